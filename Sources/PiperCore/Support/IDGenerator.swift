import Foundation
import Synchronization

/// The injected source of new identifiers, so tests get predictable IDs.
package struct IDGenerator: Sendable {
    /// Returns a fresh UUID.
    package var nextUUID: @Sendable () -> UUID

    /// Creates a generator from a closure.
    package init(nextUUID: @escaping @Sendable () -> UUID) {
        self.nextUUID = nextUUID
    }

    /// Returns a fresh typed identifier.
    package func next<Subject>(_: Subject.Type = Subject.self) -> Identifier<Subject> {
        Identifier(nextUUID())
    }

    /// Random version-4 UUIDs.
    package static let random = IDGenerator { UUID() }

    /// `00000000-0000-0000-0000-000000000001`, `…0002` and so on: readable and deterministic.
    package static func incrementing() -> IDGenerator {
        let counter = Atomic<UInt64>(0)
        return IDGenerator {
            let value = counter.add(1, ordering: .relaxed).newValue
            return UUID(uuidString: String(format: "00000000-0000-0000-0000-%012llx", value))!
        }
    }
}
