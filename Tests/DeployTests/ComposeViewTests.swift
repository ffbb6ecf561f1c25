import StageRuntime
import Testing

/// The `view` profile runs `newsflow view` next to the workers, on all of the container's
/// interfaces, so it needs the token; every variable it gets is one it reads.
@Suite("Compose: the view profile")
struct ComposeViewTests {
    @Test("newsflow view on 0.0.0.0, behind the view profile, the token passed through bare")
    func viewService() throws {
        let service = try ComposeFile.load().service("view")
        #expect(service.profiles == ["view"])
        #expect(service.command == ["newsflow", "view", "--host", "0.0.0.0"])
        #expect(service.environment[ViewSettings.token.environmentName] != nil, "the token reaches the view")
        #expect(service.environment[ViewSettings.token.environmentName].map { $0 == nil } == true, "and is never written into the compose file")
        #expect(service.ports.allSatisfy { $0.hasPrefix("127.0.0.1:") })
    }

    @Test("every variable set on the view is one the view reads")
    func everyVariableIsRead() throws {
        let service = try ComposeFile.load().service("view")
        let viewKeys = Set(ViewSettings.all.map(\.environmentName))
        for key in service.environment.keys.sorted() {
            #expect(WorkerEnvironment.isRead(key) || viewKeys.contains(key), "view sets \(key), which it does not read")
        }
        for setting in [ViewSettings.rawTopic, ViewSettings.cleanTopic, ViewSettings.entitiesTopic, ViewSettings.enrichedTopic] {
            #expect(service.environment[setting.environmentName] != nil, "\(setting.environmentName) names the same topic the workers use")
        }
    }
}
