import Articles
import StageRuntime
import Testing

/// The README's configuration table is `WorkerSettings.markdownTable` (what
/// `newsflow config` prints), so a setting cannot be added, renamed or given a new
/// default without the documentation following.
@Suite("README configuration table")
struct ReadmeConfigurationTests {
    @Test("the README holds the table generated from the setting declarations")
    func readmeTableIsGenerated() throws {
        let readme = try RepositoryFiles.text("README.md")
        #expect(readme.contains(WorkerSettings.markdownTable), "run `newsflow config` and paste its table into the README")
    }

    @Test("the README holds the view's settings table")
    func readmeViewTableIsGenerated() throws {
        let readme = try RepositoryFiles.text("README.md")
        #expect(readme.contains(ViewSettings.markdownTable), "run `newsflow config --view` and paste its table into the README")
        #expect(Set(ViewSettings.all.map(\.environmentName)).isDisjoint(with: WorkerSettings.all.map(\.environmentName)))
    }

    @Test("the README lists every dead-letter code from the catalogue")
    func readmeDeadLetterCodes() throws {
        let readme = try RepositoryFiles.text("README.md")
        #expect(readme.contains(DeadLetterCode.markdownTable), "paste DeadLetterCode.markdownTable into the README")
    }

    @Test("every setting has its own variable and flag")
    func namesAreUnique() {
        #expect(Set(WorkerSettings.all.map(\.environmentName)).count == WorkerSettings.all.count)
        #expect(Set(WorkerSettings.all.map(\.flag)).count == WorkerSettings.all.count)
    }
}
