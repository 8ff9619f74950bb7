import PiperCore

/// Totals of a set of usage rows.
struct UsageFigures: Equatable {
    var calls = 0
    var failures = 0
    var inputTokens = 0
    var outputTokens = 0
    var costMicros: Int64 = 0
    var latencyMilliseconds = 0.0

    mutating func add(_ row: ModelUsageRow) {
        calls += row.calls
        failures += row.failures
        inputTokens += row.inputTokens
        outputTokens += row.outputTokens
        costMicros += row.costMicros
        latencyMilliseconds += row.latencyMilliseconds
    }
}

/// Usage rows totalled overall, per UTC day, per task and per provider and model.
struct UsageSummary {
    var totals = UsageFigures()
    var byDay: [String: UsageFigures] = [:]
    var byTask: [ModelTask: UsageFigures] = [:]
    var byModel: [ModelKey: UsageFigures] = [:]

    /// A provider's model.
    struct ModelKey: Hashable {
        var provider: String
        var model: String
    }

    init(_ rows: [ModelUsageRow]) {
        for row in rows {
            totals.add(row)
            byDay[row.day, default: UsageFigures()].add(row)
            byTask[row.task, default: UsageFigures()].add(row)
            byModel[ModelKey(provider: row.provider, model: row.model), default: UsageFigures()].add(row)
        }
    }

    /// Days in order.
    var days: [UsageEntryDTO] {
        byDay.sorted { $0.key < $1.key }.map { UsageEntryDTO($0.value, day: $0.key) }
    }

    /// Tasks, the costliest (then busiest) first.
    var tasks: [UsageEntryDTO] {
        Self.ranked(byTask) { $0.rawValue }.map { UsageEntryDTO($0.value, task: $0.key.rawValue) }
    }

    /// Models, the costliest (then busiest) first.
    var models: [UsageEntryDTO] {
        Self.ranked(byModel) { "\($0.provider)/\($0.model)" }.map {
            UsageEntryDTO($0.value, provider: $0.key.provider, model: $0.key.model)
        }
    }

    private static func ranked<Key>(_ figures: [Key: UsageFigures], name: (Key) -> String) -> [(
        key: Key, value: UsageFigures
    )] {
        figures.sorted { first, second in
            if first.value.costMicros != second.value.costMicros {
                return first.value.costMicros > second.value.costMicros
            }
            if first.value.calls != second.value.calls { return first.value.calls > second.value.calls }
            return name(first.key) < name(second.key)
        }
    }
}
