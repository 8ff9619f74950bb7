import Logging
import PiperCore
import ServiceLifecycle

/// Posts due reminders into their conversations on a fixed interval until graceful shutdown.
///
/// Several instances may run against one PostgreSQL database: each claims reminders with `SKIP LOCKED`,
/// so every reminder is posted once.
package struct ReminderScheduler: Service {
    private let firing: ReminderFiring
    private let interval: Duration
    private let logger: Logger
    private let started: StartupSignal?
    private let onFired: @Sendable ([FiredReminder]) -> Void

    /// Creates the scheduler; with `started`, the first check waits until start-up (migrations) has finished.
    /// `onFired` hears of the reminders each check posted.
    package init(
        firing: ReminderFiring, interval: Duration, logger: Logger, started: StartupSignal? = nil,
        onFired: @escaping @Sendable ([FiredReminder]) -> Void = { _ in }
    ) {
        self.firing = firing
        self.interval = interval
        self.logger = logger
        self.started = started
        self.onFired = onFired
    }

    /// Checks for due reminders every interval, once start-up has finished.
    package func run() async throws {
        await cancelWhenGracefulShutdown {
            do {
                try await started?.wait()
            } catch {
                return
            }
            while !Task.isCancelled {
                do {
                    try await Task.sleep(for: interval)
                } catch {
                    return
                }
                await fireDue()
            }
        }
    }

    private func fireDue() async {
        do {
            let fired = try await firing.fireDue()
            if !fired.isEmpty {
                logger.info("reminders.fired", metadata: ["reminders.count": "\(fired.count)"])
                onFired(fired)
            }
        } catch {
            logger.warning("reminders.failed", metadata: ["error.type": "\(String(reflecting: type(of: error)))"])
        }
    }
}
