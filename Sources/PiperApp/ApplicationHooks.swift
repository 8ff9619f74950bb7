import NIOCore
import PiperCore

/// What a test replaces in an application built from configuration; the defaults are production's.
package struct ApplicationHooks: Sendable {
    /// The clock every use case reads.
    package var clock: DateGenerator
    /// Called with the reminders each check of the scheduler posted, when it posted any.
    package var remindersFired: @Sendable ([FiredReminder]) -> Void
    /// Called with the listening channel once the server runs (and so with the port chosen for port 0).
    package var onServerRunning: @Sendable (any Channel) async -> Void

    /// Creates the hooks.
    package init(
        clock: DateGenerator = .system, remindersFired: @escaping @Sendable ([FiredReminder]) -> Void = { _ in },
        onServerRunning: @escaping @Sendable (any Channel) async -> Void = { _ in }
    ) {
        self.clock = clock
        self.remindersFired = remindersFired
        self.onServerRunning = onServerRunning
    }
}
