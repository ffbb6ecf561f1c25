import Articles
import Testing
@testable import QuoteAttribution

/// Sentence shapes news writers use around quotes, each of which once sent the speaker
/// to the wrong phrase: appositives, ages, datelines, possessives, parentheticals.
@Suite("Speaker attribution: appositives, possessives and sentence subjects")
struct SentenceShapeTests {
    let extractor = QuoteExtractor()

    func speakers(_ text: String, entities: [Entity] = []) -> [String?] {
        extractor.quotes(in: text, paragraphs: [], entities: entities).map(\.speaker)
    }

    /// A PERSON entity for every listed name, with mentions wherever the text has them.
    func people(_ names: [String], in text: String) -> [Entity] {
        let scalars = Array(text.unicodeScalars)
        return names.enumerated().map { index, name in
            let needle = Array(name.unicodeScalars)
            var mentions: [Mention] = []
            var i = 0
            while i + needle.count <= scalars.count {
                if Array(scalars[i..<(i + needle.count)]) == needle {
                    mentions.append(Mention(text: name, start: i, end: i + needle.count))
                    i += needle.count
                } else {
                    i += 1
                }
            }
            return Entity(id: "e\(index)", name: name, type: .person, mentions: mentions)
        }
    }

    @Test("the name before an appositive, an age or a place speaks, not what follows the cue", arguments: [
        "“It is over,” Maria Lopez, a campaign adviser, said Thursday on Fox News.",
        "“It is over,” Maria Lopez, 82, told me.",
        "“It is over,” Maria Lopez, a nurse from Dayton, Ohio, said on Twitter.",
        "Maria Lopez, 59, of Ashton, Md., who watched the vote on a screen, said the result was ''a relief.''",
        "Perhaps it was irony -- which the firm's chief executive, Maria Lopez, called ''total nonsense'' -- that won.",
    ])
    func appositives(text: String) {
        #expect(speakers(text) == ["Maria Lopez"])
    }

    @Test("a possessive opens a description: the family speaks, not the person it belongs to")
    func possessiveDescriptions() {
        #expect(speakers("Scott's family has called on police to release the videos \"as a matter of transparency\" and waited.")
                == ["Scott's family"])
    }

    @Test("an honorific keeps a surname that is also a title word")
    func honorificSurname() {
        let text = "Why now? ''They pay us well,'' Mr. King said."
        #expect(speakers(text) == ["King"])
    }

    @Test("a cue after a quote in a new clause does not beat the cue before it")
    func clauseAfterQuote() {
        #expect(speakers("Mayor Ann Roberts also said the videos were \"inconclusive\" and that the footage released Friday showed nothing.")
                == ["Ann Roberts"])
        #expect(speakers("Gov. Chris Dale described his rival as a “disgrace” after she attacked the police.") == ["Chris Dale"])
    }

    @Test("a quote that ends its sentence is not attributed by the next sentence's report")
    func nextSentenceReport() {
        let text = "Seoul accused the North of \"fanatic recklessness.\" President Park Lee said Kim's state was \"out of control.\""
        #expect(speakers(text) == ["Seoul", "Park Lee"])
    }

    @Test("a bare word after a partial quote is no inverted cue")
    func noInversionAfterPartialQuote() {
        let text = "Sen. Ron Adams kept asking why the agency had tied the violence to \"spontaneous\" protests rather than terror."
        #expect(speakers(text) != ["rather"])
    }

    @Test("a quote worked into a sentence without a cue belongs to the sentence's subject, when it is a known person")
    func sentenceSubject() {
        let text = "In recent weeks, Harry Reid (D-Nev.), in particular, has gone after Trump as a “human leech” and a “spoiled brat.”"
        #expect(speakers(text, entities: people(["Harry Reid", "Trump"], in: text)) == ["Harry Reid", "Harry Reid"])
        // No known person: no guess.
        #expect(speakers("Likewise, the deal is a “pre-agreement” for now.") == [nil])
    }

    @Test("a quote after a sentence with no cue takes that sentence's subject only when it is a known person")
    func previousSentenceSubject() {
        let text = "Iowa State's Dianne Bystrom agreed. “Time is running out.”\n\nBuddy Valastro praised the governor.\n\n“We need someone new.”"
        #expect(speakers(text, entities: people(["Dianne Bystrom", "Buddy Valastro"], in: text)) == ["Dianne Bystrom", "Buddy Valastro"])
        #expect(speakers("The crowd grew restless. “Time is running out.”") == [nil])
    }

    @Test("a dateline is not the subject")
    func dateline() {
        let text = "WASHINGTON -- President Obama, opening the museum on Saturday, said it would tell a story of ''suffering and delight.''"
        #expect(speakers(text) == ["Obama"])
    }

    @Test("a participle after an appositive hangs from the name; after 'in Tulsa, Oklahoma,' too")
    func participles() {
        #expect(speakers("Donald Trump, the most unusual candidate in years, is promising to create \"a big spectacle\" there.")
                == ["Donald Trump"])
        #expect(speakers("Hillary Clinton spoke about the death in Tulsa, Oklahoma, arguing that it was “intolerable.”")
                == ["Hillary Clinton"])
        #expect(speakers("The ad uses footage of Hillary Clinton asking, “Why aren’t I ahead?”") == ["Hillary Clinton"])
        // The participle elaborates the cue before it; "with X calling" makes X the speaker; an outlet
        // after "to" is not.
        #expect(speakers("Under the plan, “the seats are safe,” Steven Law said, noting that donors feel “we need insurance.”")
                == ["Steven Law", "Steven Law"])
        #expect(speakers("Republicans were irritated, with Sen. John McCain calling it a “Chinese menu.”") == ["John McCain"])
        #expect(speakers("Peter Thiel wrote in a statement to Wired explaining that “most Americans agree.”") == ["Peter Thiel"])
    }

    @Test("a state abbreviation after a hyphen does not end the sentence")
    func hyphenatedAbbreviation() {
        let text = "“Our assumption is that the veto will be overridden,” Senate Majority Leader Mitch McConnell, R-Ky., said Tuesday."
        #expect(speakers(text, entities: people(["Mitch McConnell"], in: text)) == ["Mitch McConnell"])
    }

    @Test("names inside a quotation are no antecedents for the 'he' that attributes it")
    func antecedentOutsideQuotes() {
        let text = "Mr. Obama read the science.\n\n\"My top adviser, John Holdren, sends charts every morning,\" he said."
        #expect(speakers(text, entities: people(["Obama", "John Holdren"], in: text)) == ["Obama"])
    }

    @Test("a single-quoted subheading alone on its line is no quotation; a quoted sentence alone still is")
    func subheadings() {
        let text = "\"It is over,\" said Mr. Morgan.\n\n'Coal Isn't the Villain.'\n\nIt was raining.\n\n'We will be back next year,' he said."
        let quotes = extractor.quotes(in: text, paragraphs: [], entities: [])
        #expect(quotes.map(\.text) == ["It is over,", "We will be back next year,"])
    }

    @Test("titles through 'of the', capitalised modifiers, subordinate clauses and appositives before 'who'")
    func phraseShapes() {
        #expect(speakers("After the tweet, Speaker of the House Rep. Paul Ryan (R-WI) said “images like that have no place.”")
                == ["Paul Ryan"])
        #expect(speakers("“They sound alike,” the Gawker employee wrote.") == ["the Gawker employee"])
        #expect(speakers("Some said they feared a repeat, when Mr. Buchanan, who had lost, called for a ''cultural war.''")
                == ["Buchanan"])
        #expect(speakers("Matt Braynard, a South Carolina native who writes of a contest “where the loser becomes the main course”")
                == ["Matt Braynard"])
    }

    @Test("'it' is the organisation its sentence opens with; a count belongs to a description")
    func organisationsAndCounts() {
        #expect(speakers("The Security Council on Friday pledged new sanctions against what it called \"a clear threat.\"")
                == ["The Security Council"])
        #expect(speakers("When pressed on the plan, the 34-year-old mother of three replied, \"It is meant to help.\"")
                == ["the 34-year-old mother of three"])
    }

    @Test("a passive report in the next sentence does not attribute the quote before it")
    func passiveNextSentence() {
        #expect(speakers("Ann Morris says the campaign will “compete vigorously.” The move was first reported by MSNBC.")
                == ["Ann Morris"])
    }

    @Test("a byline after a dash and a name before a colon speak")
    func colonIntroductions() {
        #expect(speakers("POLLS WERE EARLY - Mark Lee: “The polls ended too soon.”") == ["Mark Lee"])
        #expect(speakers("A lesson from Loretta Lynch: 'Be the voice that people hear.'") == ["Loretta Lynch"])
    }
}
