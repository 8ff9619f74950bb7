import Foundation

extension PersonalContext {
    /// The document trimmed and checked against the limits, or ``PreferenceError/contextTooLong``.
    package func validated(at now: Date) throws -> PersonalContext {
        let priorities = priorities.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.filter { !$0.isEmpty }
        let fields = [role, focus, notes] + priorities
        guard fields.allSatisfy({ $0.count <= Self.maximumFieldLength }), priorities.count <= Self.maximumPriorities
        else { throw PreferenceError.contextTooLong }
        return PersonalContext(
            role: role.trimmingCharacters(in: .whitespacesAndNewlines),
            focus: focus.trimmingCharacters(in: .whitespacesAndNewlines), priorities: priorities,
            notes: notes.trimmingCharacters(in: .whitespacesAndNewlines), updatedAt: now)
    }
}

/// Why a settings change failed.
package enum PreferenceError: Error, Hashable, Sendable {
    /// A context field is over ``PersonalContext/maximumFieldLength`` characters or there are too many priorities.
    case contextTooLong
}
