import Testing
import Foundation
@testable import EntityRecognition
@Test func zzDump() throws {
    let r = try EntityRecognizer.shipped()
    for line in try String(contentsOfFile: "/tmp/ood.txt", encoding: .utf8).split(separator: "\n") {
        let text = line.replacingOccurrences(of: "\\n", with: "\n").replacingOccurrences(of: "\\\"", with: "\"")
        for e in r.entities(in: text, paragraphs: []) where e.type.rawValue.count > 4 || e.type == .misc {
            print("ENT", e.type.rawValue, e.name, "|", Set(e.mentions.map(\.text)).sorted().joined(separator: "; "))
        }
        print("ENT ----")
    }
}
