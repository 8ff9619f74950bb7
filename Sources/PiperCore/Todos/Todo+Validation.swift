import Foundation

extension Todo {
    /// The longest title a todo may have.
    package static let maximumTitleLength = 500

    /// A trimmed title of 1 to ``maximumTitleLength`` characters, or ``TodoError/invalidTitle``.
    package static func validatedTitle(_ title: String) throws -> String {
        let trimmed = title.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...maximumTitleLength).contains(trimmed.count) else { throw TodoError.invalidTitle }
        return trimmed
    }

    /// The todo with a new status, stamping or clearing its completion time.
    package func with(status: Status, at now: Date) -> Todo {
        var changed = self
        changed.status = status
        changed.completedAt = status == .done ? (completedAt ?? now) : nil
        return changed
    }
}
