import Synchronization

/// Tells background services that start-up work (migrations, the local user) has finished.
package final class StartupSignal: Sendable {
    private let isOpen = Atomic<Bool>(false)

    /// Creates a closed signal.
    package init() {}

    /// Marks start-up as finished.
    package func open() { isOpen.store(true, ordering: .releasing) }

    /// Waits, cancellably, until start-up has finished.
    package func wait() async throws {
        while !isOpen.load(ordering: .acquiring) { try await Task.sleep(for: .milliseconds(20)) }
    }
}
