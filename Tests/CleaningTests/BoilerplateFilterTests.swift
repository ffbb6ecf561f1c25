import Testing
@testable import Cleaning

/// The filters in front of the boilerplate-line searches may only skip searches that fail.
@Suite struct BoilerplateFilterTests {
    static let lines = [
        "We use cookies to improve your experience", "Photo: Getty Images", "(AP Photo/Jane Doe)", "Sign up for our newsletter",
        "The council met on Tuesday to discuss the budget.", "Über uns — Impressum", "«Read more»", "ab", "a", "",
        "Some of our links may earn an affiliate commission", "Bild: dpa", "정부 예산 통과",
    ]
    static let needles = [
        "we use cookies", "getty images", "ap photo/", "newsletter", "cookie", "budget", "ab", "b", "ba", "photo:", "예산",
        "impressum", "more»", "affiliate commission", "zz",
    ]

    @Test func bytePairFilterNeverRejectsANeedleThatOccurs() {
        for line in Self.lines {
            let bytes = Array(line.lowercased().utf8)
            bytes.withUnsafeBufferPointer { buffer in
                let filter = BytePairFilter(buffer)
                for needle in Self.needles {
                    let occurs = needle.isEmpty || bytes.count >= needle.utf8.count
                        && (0...(bytes.count - needle.utf8.count)).contains { bytes[$0..<$0 + needle.utf8.count].elementsEqual(needle.utf8) }
                    if occurs { #expect(filter.mayContain(BytePairFilter.Needle(Array(needle.utf8))), "\(needle) in \(line)") }
                }
            }
        }
        let cookies = Array("we use cookies on this site".utf8)
        cookies.withUnsafeBufferPointer { buffer in
            #expect(!BytePairFilter(buffer).mayContain(BytePairFilter.Needle(Array("getty images".utf8))))
        }
    }

    @Test func labelGateKeepsMembersAndNonASCIIEquivalents() {
        let gate = ByteLabelGate(["share", "advert", "publicité"].map { Array($0.utf8) })
        #expect(gate.mayContain(Array("share".utf8)))
        #expect(gate.mayContain(Array("publicité".utf8)))
        #expect(!gate.mayContain(Array("shared".utf8)))
        #expect(!gate.mayContain(Array("xhare".utf8)))
        // Canonically equal to a member but with other bytes: must reach the real lookup.
        #expect(gate.mayContain(Array("publicite\u{301}".utf8)))
    }

    @Test func classifyStillFindsEachKindOfPattern() {
        #expect(BoilerplateLines.classify("Advertisement") == .advertisement)
        #expect(BoilerplateLines.classify("Publicite\u{301}") == .advertisement)
        #expect(BoilerplateLines.classify("» Read more:") == .related)
        #expect(BoilerplateLines.classify("This site would like to say we use cookies, see the policy") == .cookieNotice)
        #expect(BoilerplateLines.classify("A view of the harbour. Photo: Getty Images") == .photoCredit)
        #expect(BoilerplateLines.classify("Follow us on Twitter") == .share)
        #expect(BoilerplateLines.classify("Follow the council on Facebook") == .share)
        #expect(BoilerplateLines.classify("The council met on Tuesday to discuss the budget.") == nil)
    }

    @Test func legalFootersAndPlayerControlsAreFurniture() {
        #expect(BoilerplateLines.classify("Registration on or use of this site constitutes acceptance of our User Agreement and Privacy Policy") == .footer)
        #expect(BoilerplateLines.classify("The material on this site may not be reproduced, distributed, transmitted, cached or otherwise used") == .footer)
        #expect(BoilerplateLines.classify("Stock quotes are delayed at least 15 minutes for Nasdaq.") == .footer)
        #expect(BoilerplateLines.classify("Subscribe now and get 1 year for only $17.97!") == .newsletter)
        #expect(BoilerplateLines.classify("Buy Photo") == .photoCredit)
        #expect(BoilerplateLines.classify("Show Thumbnails") == .navigation)
        #expect(BoilerplateLines.classify("You may also like these photo galleries:") == .related)
        #expect(BoilerplateLines.classify("The photo may not be reproduced without a licence, the agency said.") == nil)
    }

    /// Legal notices run past the length other furniture is judged at (160 characters).
    @Test func longLegalNoticesAreFooters() {
        let wire = "© 2005 The Associated Press. All rights reserved. This material may not be published, broadcast, rewritten or "
            + "redistributed. Learn more about our Privacy Policy and the terms of use of this site."
        let site = "The material on this site may not be reproduced, distributed, transmitted, cached or otherwise used, except with "
            + "the prior written permission of the publisher of this newspaper and its parent company."
        #expect(wire.count > BoilerplateLines.maxJudgedLength && site.count > BoilerplateLines.maxJudgedLength)
        #expect(BoilerplateLines.classify(wire) == .footer)
        #expect(BoilerplateLines.classify(site) == .footer)
        let quotes = "Stock quotes are delayed at least 15 minutes for the exchanges listed here, at least 20 minutes for the others. "
            + "Market indexes are delayed as well, with the exceptions given by each data provider on its own terms page."
        #expect(quotes.count > BoilerplateLines.maxJudgedLength)
        #expect(BoilerplateLines.classify(quotes) == .footer)
        // Prose that says it in passing stays, and so does any line past the notice length.
        let prose = "The label said that all rights reserved under the old contract would return to the band next year, and that "
            + "the albums would be reissued on vinyl with the songs the group had recorded in Berlin."
        #expect(prose.count > BoilerplateLines.maxJudgedLength)
        #expect(BoilerplateLines.classify(prose) == nil)
        #expect(BoilerplateLines.classify(String(repeating: prose + " ", count: 2) + site) == nil)
    }
}

