import Foundation

/// "What did we create today?" from the activity ledger.
enum SessionActivityHandler {
    static let handle: ActionHandler = { context in
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = context.timeZone
        let startOfDay = calendar.startOfDay(for: context.now)
        let entries = try await context.dependencies.ledger.entries(context.scope, startOfDay, nil, 200)
            .filter { $0.event != .showed }
        guard !entries.isEmpty else {
            return .reply(
                Reply(
                    "We haven't created or changed anything today yet.",
                    provenance: [
                        ProvenanceEntry(source: "activity ledger", detail: "nothing since midnight", outcome: .empty)
                    ]))
        }
        let wording = TimeWording(timeZone: context.timeZone)
        let items = entries.reversed().map { entry in
            ListItem(
                "\(entry.event.rawValue.capitalizedFirstLetter) \(entry.subjectKind.rawValue) “\(entry.label)”",
                detail: wording.timeOfDay(entry.createdAt))
        }
        let created = entries.filter { $0.event == .created }.count
        return .reply(
            Reply(
                "Today we made \(Plural.count(entries.count, "change")), \(created) of them new:",
                blocks: [.list(title: "Today", items: items)],
                provenance: [
                    ProvenanceEntry(source: "activity ledger", detail: "since midnight, \(context.timeZone.identifier)")
                ]))
    }
}
