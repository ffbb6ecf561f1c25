import Metrics

/// The stage's Prometheus series, created once. Names follow Prometheus conventions
/// (`_total` counters, seconds for durations) and carry a `stage` label.
struct StageMetrics: Sendable {
    let consumed: Counter
    let produced: Counter
    let deadLettered: Counter
    let batchesCommitted: Counter
    let batchesAborted: Counter
    let batchDuration: Timer
    let transformDuration: Timer
    /// From the produce of the article (`newsflow-ingested-at`) to this stage's committed output.
    let endToEndLatency: Timer
    /// From the input record's append to this stage's input topic to its committed output.
    let stageLatency: Timer
    let assignedPartitions: Gauge
    /// Batches that ran past `NEWSFLOW_BATCH_STALL_MS`, each counted once.
    let batchStalls: Counter
    /// Lag, rebalances, dead letters by code, commit time (`OperatorMetrics`).
    let operations: OperatorMetrics

    init(stage: StageKind, factory: any MetricsFactory = MetricsSystem.factory) {
        let dimensions = [("stage", stage.rawValue)]
        consumed = Counter(label: "newsflow_records_consumed_total", dimensions: dimensions, factory: factory)
        produced = Counter(label: "newsflow_records_produced_total", dimensions: dimensions, factory: factory)
        deadLettered = Counter(label: "newsflow_records_dead_lettered_total", dimensions: dimensions, factory: factory)
        batchesCommitted = Counter(label: "newsflow_batches_committed_total", dimensions: dimensions, factory: factory)
        batchesAborted = Counter(label: "newsflow_batches_aborted_total", dimensions: dimensions, factory: factory)
        batchDuration = Timer(label: "newsflow_batch_duration_seconds", dimensions: dimensions, preferredDisplayUnit: .seconds, factory: factory)
        transformDuration = Timer(label: "newsflow_transform_duration_seconds", dimensions: dimensions, preferredDisplayUnit: .seconds, factory: factory)
        endToEndLatency = Timer(label: "newsflow_end_to_end_latency_seconds", dimensions: dimensions, preferredDisplayUnit: .seconds, factory: factory)
        stageLatency = Timer(label: "newsflow_stage_latency_seconds", dimensions: dimensions, preferredDisplayUnit: .seconds, factory: factory)
        assignedPartitions = Gauge(label: "newsflow_assigned_partitions", dimensions: dimensions, factory: factory)
        batchStalls = Counter(label: "newsflow_batch_stalls_total", dimensions: dimensions, factory: factory)
        operations = OperatorMetrics(stage: stage, factory: factory)
    }
}
