import Testing

/// The test helper substitutes variables as compose does; the other suites rely on it.
@Suite("Compose variable substitution (test helper)")
struct ComposeInterpolationTests {
    @Test func defaultsApplyWhenUnsetOrEmpty() throws {
        let unset = ComposeInterpolation()
        let empty = ComposeInterpolation(variables: ["A": ""])
        let set = ComposeInterpolation(variables: ["A": "x"])
        #expect(try unset.resolve("${A:-d}") == "d")
        #expect(try empty.resolve("${A:-d}") == "d")
        #expect(try empty.resolve("${A-d}") == "")
        #expect(try set.resolve("p-${A:-d}-s") == "p-x-s")
        #expect(try unset.resolve("${A:--Xmx1g}") == "-Xmx1g")
    }

    @Test func plainVariablesAndEscapes() throws {
        let interpolation = ComposeInterpolation(variables: ["HOST": "kafka"])
        #expect(try interpolation.resolve("$HOST:19092") == "kafka:19092")
        #expect(try interpolation.resolve("$${HOST}") == "${HOST}")
        #expect(try interpolation.resolve("cost: 5$") == "cost: 5$")
        #expect(try ComposeInterpolation().resolve("${MISSING}") == "")
    }

    @Test func requiredVariablesFail() {
        #expect(throws: DeployFileError.self) { try ComposeInterpolation().resolve("${TOKEN:?set TOKEN in .env}") }
    }
}
