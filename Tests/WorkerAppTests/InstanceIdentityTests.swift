import Foundation
import StageRuntime
import Testing
import WorkerApp

/// NEWSFLOW_INSTANCE_ID names a replica for good: its transactional id and its static
/// group membership both derive from it, so a restarted replica is the same member.
@Suite("Replica identity")
struct InstanceIdentityTests {
    @Test("by default the instance id is the host name, and the transactional id is <group>-<instance id>")
    func defaultsToHostName() throws {
        let config = try StageOptions.parse([]).resolve(stage: .entities, environment: [:])
        let host = ProcessInfo.processInfo.hostName
        #expect(config.instanceID == host)
        #expect(config.producerProperties["transactional.id"] == "newsflow-entities-\(host)")
        #expect(config.consumerProperties["group.instance.id"] == host)
    }

    @Test("the same instance id gives the same identity in a new process: nothing depends on the pid")
    func stableAcrossRestarts() throws {
        let environment = ["NEWSFLOW_INSTANCE_ID": "entities-0", "NEWSFLOW_GROUP_ID": "g"]
        let first = try StageOptions.parse([]).resolve(stage: .entities, environment: environment)
        let second = try StageOptions.parse([]).resolve(stage: .entities, environment: environment)
        #expect(first.producerProperties["transactional.id"] == "g-entities-0")
        #expect(first.producerProperties["transactional.id"] == second.producerProperties["transactional.id"])
        #expect(first.consumerProperties["group.instance.id"] == "entities-0")
        #expect(!first.producerProperties["transactional.id"]!.contains("\(ProcessInfo.processInfo.processIdentifier)"))
    }

    @Test("the flag wins over the variable, and the stages of one host still get distinct transactional ids")
    func flagAndStages() throws {
        let environment = ["NEWSFLOW_INSTANCE_ID": "from-env"]
        let cleaner = try StageOptions.parse(["--instance-id", "node-a"]).resolve(stage: .cleaner, environment: environment)
        let quotes = try StageOptions.parse(["--instance-id", "node-a"]).resolve(stage: .quotes, environment: environment)
        #expect(cleaner.instanceID == "node-a")
        #expect(cleaner.producerProperties["transactional.id"] != quotes.producerProperties["transactional.id"])
    }

    @Test("dynamic membership drops group.instance.id but keeps the derived transactional id")
    func dynamicMembership() throws {
        let config = try StageOptions.parse(["--group-membership", "dynamic"])
            .resolve(stage: .cleaner, environment: ["NEWSFLOW_INSTANCE_ID": "c-1"])
        #expect(config.membership == .dynamic)
        #expect(config.consumerProperties["group.instance.id"] == nil)
        #expect(config.producerProperties["transactional.id"] == "newsflow-cleaner-c-1")
        #expect(throws: (any Error).self) {
            try StageOptions.parse(["--group-membership", "sometimes"]).resolve(stage: .cleaner, environment: [:])
        }
    }

    @Test("an explicit transactional id overrides the derived one and survives a later group change")
    func explicitTransactionalID() throws {
        var config = try StageOptions.parse(["--transactional-id", "tx-fixed"]).resolve(stage: .cleaner, environment: [:])
        config.groupID = "other"
        #expect(config.producerProperties["transactional.id"] == "tx-fixed")
        config = try StageOptions.parse([]).resolve(stage: .cleaner, environment: ["NEWSFLOW_INSTANCE_ID": "i"])
        config.groupID = "other"
        #expect(config.transactionalID == "other-i", "the derived id follows the group")
    }
}
