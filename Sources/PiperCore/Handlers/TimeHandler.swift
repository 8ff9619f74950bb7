import Foundation

/// The current date and time in the user's time zone.
enum TimeHandler {
    static let handle: ActionHandler = { context in
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = context.timeZone
        formatter.dateFormat = "h:mm a 'on' EEEE, MMMM d, yyyy"
        return .reply(
            Reply(
                "It's \(formatter.string(from: context.now)) (\(context.timeZone.identifier)).",
                provenance: [ProvenanceEntry(source: "clock", detail: "your time zone \(context.timeZone.identifier)")])
        )
    }
}
