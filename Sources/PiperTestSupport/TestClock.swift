import Foundation
import PiperCore
import Synchronization

/// A clock tests move by hand.
package final class TestClock: Sendable {
    private let current: Mutex<Date>

    /// Starts the clock at `date`.
    package init(_ date: Date = Fixtures.now) {
        current = Mutex(date)
    }

    /// The current instant.
    package var now: Date { current.withLock { $0 } }

    /// Moves the clock forward.
    package func advance(by interval: TimeInterval) {
        current.withLock { $0 = $0.addingTimeInterval(interval) }
    }

    /// The clock as an injected date generator.
    package var generator: DateGenerator {
        DateGenerator { [self] in now }
    }
}
