import Articles

/// Fixed canonical names for abbreviations no statistical model can resolve
/// from the text alone ("US", "U.S." → "United States"). Keys are lower case
/// with periods and spaces removed.
enum EntityAliases {
    static let canonical: [String: (name: String, type: EntityType)] = [
        "us": ("United States", .location), "usa": ("United States", .location),
        "unitedstates": ("United States", .location), "unitedstatesofamerica": ("United States", .location),
        "uk": ("United Kingdom", .location), "unitedkingdom": ("United Kingdom", .location),
        "britain": ("United Kingdom", .location), "greatbritain": ("United Kingdom", .location),
        "un": ("United Nations", .organization), "unitednations": ("United Nations", .organization),
        "eu": ("European Union", .organization), "europeanunion": ("European Union", .organization),
        "uae": ("United Arab Emirates", .location), "unitedarabemirates": ("United Arab Emirates", .location),
        "ussr": ("Soviet Union", .location), "sovietunion": ("Soviet Union", .location),
        "nato": ("NATO", .organization), "fbi": ("FBI", .organization), "cia": ("CIA", .organization),
        "idf": ("IDF", .organization), "israeldefenseforces": ("IDF", .organization),
        // Organisations whose names look like places or peoples to a model trained on 1996 news.
        "hezbollah": ("Hezbollah", .organization), "hamas": ("Hamas", .organization),
        "taliban": ("Taliban", .organization), "alqaeda": ("al-Qaeda", .organization),
        "al-qaeda": ("al-Qaeda", .organization), "isis": ("ISIS", .organization),
        "houthis": ("Houthis", .organization), "pentagon": ("Pentagon", .organization),
        "kremlin": ("Kremlin", .organization), "whitehouse": ("White House", .organization),
        "whitehousenationalsecuritycouncil": ("White House National Security Council", .organization),
        "imf": ("IMF", .organization), "opec": ("OPEC", .organization),
    ]

    /// Job titles that news text capitalises but that name no entity.
    static let titles: Set<String> = [
        "secretary of state", "secretary", "prime minister", "president", "minister", "foreign minister",
        "defense secretary", "defence secretary", "chancellor", "senator", "governor", "spokesperson",
        "spokesman", "spokeswoman", "mayor", "ambassador", "general", "vice president", "speaker",
    ]

    /// Lower case, without a leading "the", periods and spaces: "The U.S." → "us".
    static func key(_ text: String) -> String {
        var lower = text.lowercased()
        if lower.hasPrefix("the ") { lower.removeFirst(4) }
        return String(lower.unicodeScalars.filter { $0 != "." && $0 != " " }.map(Character.init))
    }

    static func lookup(_ text: String) -> (name: String, type: EntityType)? { canonical[key(text)] }

    static func isTitle(_ text: String) -> Bool { titles.contains(text.lowercased()) }
}
