import Foundation

/// "Why did you suggest that?" — cites what the previous answer used.
enum ProvenanceHandler {
    static let handle: ActionHandler = { context in
        let turns = try await context.dependencies.conversations.latestTurns(
            context.scope, context.request.conversationID, Page.maximumLimit)
        guard let previous = turns.last(where: { $0.speaker == .piper && $0.details?.action != .explainSuggestion }),
            let details = previous.details
        else {
            return .reply(Reply("I haven't suggested anything in this conversation yet."))
        }
        guard !details.provenance.isEmpty else {
            return .reply(
                Reply(
                    "My last answer (“\(previous.text.prefix(80))”) didn't draw on any of your data — it came from how I work."
                ))
        }
        let citations = details.provenance.map { entry in
            "\(entry.source.capitalizedFirstLetter): \(entry.detail)"
                + (entry.outcome == .used
                    ? "" : " (\(entry.outcome.rawValue.replacingOccurrences(of: "_", with: " ")))")
        }
        return .reply(
            Reply(
                "My last answer (about \(details.action.map { context.dependencies.registry[$0].summary } ?? "your request")) was based on:",
                blocks: [.citations(citations)]))
    }
}
