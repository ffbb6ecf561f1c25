import Foundation

/// Synthetic but realistic articles for load: names, places, organisations and quotes,
/// in the three input shapes (bare text, bare HTML, JSON envelope).
enum GeneratedArticles {
    static let people = ["Maria Lopez", "James Okafor", "Chen Wei", "Anna Schmidt", "David Cohen", "Priya Natarajan", "Tom Becker", "Fatima Haddad"]
    static let places = ["Berlin", "Nairobi", "Ohio", "Brazil", "Tokyo", "Lagos", "Canada", "Madrid"]
    static let orgs = ["the World Bank", "Reuters", "the European Commission", "Amnesty International", "NATO", "the United Nations"]

    struct Article {
        let id: String
        let value: [UInt8]
        let contentType: String
    }

    static func make(_ index: Int) -> Article {
        let person = people[index % people.count]
        let other = people[(index * 3 + 1) % people.count]
        let place = places[index % places.count]
        let org = orgs[index % orgs.count]
        let surname = person.split(separator: " ").last.map(String.init) ?? person
        let paragraphs = [
            "\(person), a senior adviser at \(org), said on Tuesday that talks in \(place) had reached a critical stage (report \(index)).",
            "“We are closer than we have been in months, but nothing is agreed until everything is agreed,” \(surname) told reporters after the meeting.",
            "\(other) disagreed. “The numbers simply do not add up,” \(other.split(separator: " ").last ?? "") said, adding that \(org) would publish its own figures next week.",
            "Officials in \(place) expect a decision before the end of the month, according to two people familiar with the negotiations.",
        ]
        let id = "gen-\(index)"
        switch index % 3 {
        case 0:
            let envelope: [String: String] = [
                "id": id, "url": "https://news.example/\(index)", "title": "Talks in \(place) reach critical stage",
                "body": paragraphs.joined(separator: "\n\n"), "content_type": "text/plain",
            ]
            let json = try! JSONSerialization.data(withJSONObject: envelope, options: [.sortedKeys])
            return Article(id: id, value: Array(json), contentType: "application/json")
        case 1:
            let html = """
            <!DOCTYPE html><html lang="en"><head><title>Talks in \(place) | Example News</title>
            <link rel="canonical" href="https://news.example/\(index)"></head>
            <body><nav><a href="/">Home</a> <a href="/world">World</a></nav><article><h1>Talks in \(place) reach critical stage</h1>
            \(paragraphs.map { "<p>\($0)</p>" }.joined(separator: "\n"))
            </article><footer>© Example News. All rights reserved.</footer></body></html>
            """
            let envelope: [String: String] = ["id": id, "body": html, "content_type": "text/html"]
            let json = try! JSONSerialization.data(withJSONObject: envelope, options: [.sortedKeys])
            return Article(id: id, value: Array(json), contentType: "application/json")
        default:
            let envelope: [String: String] = ["id": id, "body": "Talks in \(place) reach critical stage\n\n" + paragraphs.joined(separator: "\n\n")]
            let json = try! JSONSerialization.data(withJSONObject: envelope, options: [.sortedKeys])
            return Article(id: id, value: Array(json), contentType: "application/json")
        }
    }
}
