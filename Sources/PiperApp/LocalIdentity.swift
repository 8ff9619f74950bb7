import PiperCore
import Synchronization

/// Identifies every request as the installation's local user (the zero-configuration single-user mode).
/// The principal is looked up once, after migrations, and then kept.
package final class LocalIdentity: Sendable {
    private let principal = Mutex<Principal?>(nil)
    private let resolve: @Sendable () async throws -> Principal

    /// Creates the identity from a way to find (or create) the local principal.
    package init(resolve: @escaping @Sendable () async throws -> Principal) {
        self.resolve = resolve
    }

    /// The local principal.
    package func current() async throws -> Principal {
        if let known = principal.withLock({ $0 }) { return known }
        let resolved = try await resolve()
        principal.withLock { $0 = resolved }
        return resolved
    }
}
