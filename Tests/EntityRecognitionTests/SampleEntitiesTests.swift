import Articles
import Testing
@testable import EntityRecognition

@Suite struct SampleEntitiesTests {
    let entities: [Entity]
    let expected: SampleArticle.Expected

    init() throws {
        let text = try SampleArticle.blinkenText()
        entities = try EntityRecognizer.shipped().entities(in: text, paragraphs: [])
        expected = try SampleArticle.blinkenExpected()
    }

    @Test func everyExpectedEntityIsFoundWithItsType() {
        for (type, names) in expected.entities {
            for name in names {
                let found = entities.first { $0.name == name }
                #expect(found?.type.rawValue == type, "\(name): expected \(type), got \(String(describing: found?.type))")
            }
        }
    }

    @Test func aliasesAreMergedUnderTheCanonicalName() {
        for (name, aliases) in expected.entity_aliases {
            let entity = entities.first { $0.name == name }
            let surfaces = Set(entity?.mentions.map(\.text) ?? [])
            for alias in aliases { #expect(surfaces.contains(alias), "\(alias) should be a mention of \(name)") }
        }
    }

    @Test func titleIsNotAnOrganizationAndNoExpectedNameIsSplit() {
        #expect(!entities.contains { $0.name == "Secretary of State" })
        let expectedNames = Set(expected.entities.values.flatMap { $0 })
        for entity in entities where entity.type == .person {
            // no person entity is a fragment of an expected full name
            let fragment = expectedNames.contains { $0 != entity.name && $0.hasSuffix(" " + entity.name) }
            #expect(!fragment, "\(entity.name) should have merged into its full name")
        }
    }

    @Test func sentenceInitialBlinkenIsAPerson() {
        let blinken = entities.first { $0.name == "Antony Blinken" }
        #expect(blinken?.type == .person)
        #expect((blinken?.count ?? 0) >= 8)
    }
}
