import Articles
import Testing
@testable import QuoteAttribution

@Suite("Speaker attribution: cues, word order, anaphora, continuation")
struct SpeakerAttributionTests {
    let extractor = QuoteExtractor()

    func speakers(_ text: String, entities: [Entity] = []) -> [String?] {
        extractor.quotes(in: text, paragraphs: [], entities: entities).map(\.speaker)
    }

    @Test("cue word order and tense variants all attribute", arguments: [
        "“We will win,” said Antony Blinken.",
        "“We will win,” Antony Blinken said Wednesday.",
        "Antony Blinken said Wednesday that “we will win.”",
        "Antony Blinken told reporters, “We will win.”",
        "“We will win,” Antony Blinken, the secretary of state, added.",
        "According to Antony Blinken, “we will win.”",
        "“We will win,” Antony Blinken insisted.",
    ])
    func cueVariants(text: String) {
        #expect(speakers(text) == ["Antony Blinken"])
    }

    @Test("titles and appositives are kept off the name: the speaker is the person")
    func titledSpeakers() {
        #expect(speakers("White House National Security Council spokesperson John Kirby told reporters, “These are serious talks.”")
                == ["John Kirby"])
        #expect(speakers("“It was fine,” said Sen. Maria Cantwell of Washington.") == ["Maria Cantwell"])
    }

    @Test("he/she resolve to the person of that gender; an unresolvable 'they' stays nil")
    func pronouns() {
        let text = """
        Hillary Clinton spoke after Donald Trump left the stage.

        “We are ready,” she said.

        “They are not,” he said.

        “Nobody is,” they said.
        """
        #expect(speakers(text) == ["Hillary Clinton", "Donald Trump", nil])
    }

    @Test("with entities, the speaker carries the entity's canonical name and id")
    func entityIds() {
        let text = "US Secretary of State Antony Blinken spoke in Washington.\n\n“We will win,” the US secretary of state added. “Soon,” he said."
        let blinken = Entity(id: "e7", name: "Antony Blinken", type: .person, mentions: [Mention(text: "Antony Blinken", start: 22, end: 36)])
        let quotes = extractor.quotes(in: text, paragraphs: [], entities: [blinken])
        #expect(quotes.map(\.speaker) == ["Antony Blinken", "Antony Blinken"])
        #expect(quotes.map(\.speakerId) == ["e7", "e7"])
        #expect(quotes.map(\.cue) == ["added", "said"])
    }

    @Test("a description resolves to the person who holds that title")
    func descriptionAnaphora() {
        let text = "US Secretary of State Antony Blinken met Joe Biden.\n\nThe secretary insisted that “it works.”"
        #expect(speakers(text) == ["Antony Blinken"])
    }

    @Test("a quote paragraph with no cue continues the previous paragraph's speaker")
    func continuation() {
        let text = "“The first point,” Blinken said.\n\n“The second point.”\n\nThe war started in October."
        #expect(speakers(text) == ["Blinken", "Blinken"])
    }

    @Test("a quote with no cue anywhere gets no speaker, never a guess")
    func noGuess() {
        #expect(speakers("Donald Trump flew to Ohio. The crowd held signs reading “Lock her up.”") == [nil])
        #expect(speakers("The plan was called “a mess” by critics.") != ["Donald Trump"])
    }

    @Test("the listener after 'told' is not the speaker")
    func listener() {
        #expect(speakers("“I support him,” Brent Bozell, founder of the Media Research Center, tells Breitbart News.")
                == ["Brent Bozell"])
    }

    @Test("transcript labels and signed quotes name their speakers")
    func labelsAndSignatures() {
        #expect(speakers("\"PENCE: Well, the question really should be why.") == ["PENCE"])
        #expect(speakers("“The most unqualified child to ever run.” ― Francisco Herrero") == ["Francisco Herrero"])
    }
}
