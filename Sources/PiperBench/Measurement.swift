import Foundation
import PiperCore

/// Latencies of one operation and the wall time they took together.
struct Measurement: Sendable {
    let name: String
    let samples: [Duration]
    let elapsed: Duration

    /// `name  count  ops/s  p50  p99  max`, aligned for a terminal.
    var line: String {
        let sorted = samples.sorted()
        let seconds = elapsed.milliseconds / 1000
        let rate = seconds > 0 ? Double(samples.count) / seconds : 0
        let columns = [
            name.padding(toLength: 14, withPad: " ", startingAt: 0),
            "n=\(samples.count)",
            "\(Int(rate.rounded())) ops/s",
            "p50 \(Self.formatted(Self.percentile(0.50, of: sorted)))",
            "p99 \(Self.formatted(Self.percentile(0.99, of: sorted)))",
            "max \(Self.formatted(sorted.last ?? .zero))",
        ]
        return columns.joined(separator: "  ")
    }

    /// Runs `body` `count` times, one after another, and measures each run.
    static func time(_ name: String, _ count: Int, _ body: () async throws -> Void) async throws -> Measurement {
        let clock = ContinuousClock()
        var samples: [Duration] = []
        let started = clock.now
        for _ in 0..<count {
            let start = clock.now
            try await body()
            samples.append(clock.now - start)
        }
        return Measurement(name: name, samples: samples, elapsed: clock.now - started)
    }

    private static func percentile(_ fraction: Double, of sorted: [Duration]) -> Duration {
        guard !sorted.isEmpty else { return .zero }
        let index = min(sorted.count - 1, Int((Double(sorted.count) * fraction).rounded(.up)) - 1)
        return sorted[max(index, 0)]
    }

    private static func formatted(_ duration: Duration) -> String {
        String(format: "%.3f ms", duration.milliseconds)
    }
}
