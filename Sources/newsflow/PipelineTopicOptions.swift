import ArgumentParser
import StageRuntime

/// The topic names `newsflow view` and `newsflow dlq` read, as flags in front of the
/// environment (`NEWSFLOW_TOPIC_*`, `NEWSFLOW_DLQ_TOPIC`) and the defaults.
struct PipelineTopicOptions: ParsableArguments {
    @Option(help: ArgumentHelp(ViewSettings.rawTopic.help)) var rawTopic: String?
    @Option(help: ArgumentHelp(ViewSettings.cleanTopic.help)) var cleanTopic: String?
    @Option(help: ArgumentHelp(ViewSettings.entitiesTopic.help)) var entitiesTopic: String?
    @Option(help: ArgumentHelp(ViewSettings.enrichedTopic.help)) var enrichedTopic: String?
    @Option(help: ArgumentHelp(WorkerSettings.deadLetterTopic.help)) var dlqTopic: String?
    @Option(help: ArgumentHelp(ViewSettings.replayGroup.help)) var replayGroup: String?

    var flags: [Setting: String] {
        var flags: [Setting: String] = [:]
        flags[ViewSettings.rawTopic] = rawTopic
        flags[ViewSettings.cleanTopic] = cleanTopic
        flags[ViewSettings.entitiesTopic] = entitiesTopic
        flags[ViewSettings.enrichedTopic] = enrichedTopic
        flags[WorkerSettings.deadLetterTopic] = dlqTopic
        flags[ViewSettings.replayGroup] = replayGroup
        return flags
    }

    func topology(_ settings: SettingsReader) -> PipelineTopology { PipelineTopology(settings: settings) }

    func ledgerGroup(_ settings: SettingsReader) -> String {
        settings.string(ViewSettings.replayGroup) ?? DeadLetterReplayer.defaultLedgerGroup
    }
}
