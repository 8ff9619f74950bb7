import Foundation

/// The model's recent classification answers, per workspace and message; per instance and disposable.
package actor ClassificationCache {
    /// A workspace and a message, normalized.
    package struct Key: Hashable, Sendable {
        let workspace: Workspace.ID
        let text: String

        /// Creates a key; case and surrounding space do not matter.
        package init(workspace: Workspace.ID, text: String) {
            self.workspace = workspace
            self.text = text.lowercased().trimmingCharacters(in: .whitespacesAndNewlines)
        }
    }

    private var entries: [Key: ActionName] = [:]
    private var order: [Key] = []
    private let capacity: Int

    /// Creates a cache holding at most `capacity` answers, the oldest evicted first.
    package init(capacity: Int = 2_000) {
        self.capacity = capacity
    }

    /// The cached answer.
    package func value(for key: Key) -> ActionName? {
        entries[key]
    }

    /// Stores an answer.
    package func store(_ action: ActionName, for key: Key) {
        if entries.updateValue(action, forKey: key) == nil { order.append(key) }
        if order.count > capacity { entries[order.removeFirst()] = nil }
    }
}
