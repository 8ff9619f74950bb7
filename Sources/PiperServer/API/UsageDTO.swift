import Hummingbird
import PiperCore

/// Totals of model calls on the wire, labelled by day, task or model when they are a breakdown's entry.
struct UsageEntryDTO: Codable, Equatable {
    var day: String?
    var task: String?
    var provider: String?
    var model: String?
    var calls: Int
    var failures: Int
    var inputTokens: Int
    var outputTokens: Int
    var costMicros: Int64
    /// The cost in dollars, formatted such as `$1.25`.
    var cost: String
    /// The mean latency in whole milliseconds; `nil` without calls.
    var averageLatencyMs: Int?

    init(
        _ figures: UsageFigures, day: String? = nil, task: String? = nil, provider: String? = nil,
        model: String? = nil
    ) {
        self.day = day
        self.task = task
        self.provider = provider
        self.model = model
        calls = figures.calls
        failures = figures.failures
        inputTokens = figures.inputTokens
        outputTokens = figures.outputTokens
        costMicros = figures.costMicros
        cost = ModelCost.dollars(figures.costMicros)
        averageLatencyMs =
            figures.calls == 0 ? nil : Int((figures.latencyMilliseconds / Double(figures.calls)).rounded())
    }
}

/// One configured provider and its circuit on the wire.
struct ModelProviderDTO: Codable, Equatable {
    var name: String
    var kind: String
    /// `closed`, `open` or `half_open`.
    var circuit: String
    var consecutiveFailures: Int
    var lastError: String?

    init(_ state: ModelProviderState) {
        name = state.name
        kind = state.kind
        circuit = state.circuit.rawValue
        consecutiveFailures = state.consecutiveFailures
        lastError = state.lastError
    }
}

/// The usage report: totals and breakdowns for a period, the limits in force and the providers' state.
struct UsageReportDTO: ResponseEncodable, Decodable {
    /// `me` or `workspace`.
    var scope: String
    /// The first day covered, `YYYY-MM-DD` (UTC).
    var from: String
    /// The last day covered, inclusive.
    var to: String
    var totals: UsageEntryDTO
    var byDay: [UsageEntryDTO]
    var byTask: [UsageEntryDTO]
    var byModel: [UsageEntryDTO]
    var limits: UsageLimitsDTO
    var providers: [ModelProviderDTO]
}
