import Foundation

/// Prices per million tokens by model, and costs in millionths of a US dollar (micro-dollars).
package struct ModelPriceTable: Hashable, Sendable {
    /// The price of one model.
    package struct Price: Hashable, Sendable {
        /// Dollars per million input tokens.
        package var inputPerMillion: Double
        /// Dollars per million output tokens.
        package var outputPerMillion: Double

        /// Creates a price.
        package init(inputPerMillion: Double, outputPerMillion: Double) {
            self.inputPerMillion = inputPerMillion
            self.outputPerMillion = outputPerMillion
        }
    }

    /// Prices by model name; a model missing here costs nothing (a local model).
    package var prices: [String: Price]

    /// Creates a table.
    package init(_ prices: [String: Price] = [:]) {
        self.prices = prices
    }

    /// The cost of `usage` on `model`, in micro-dollars, rounded up.
    package func costMicros(model: String, usage: ModelUsage) -> Int64 {
        guard let price = prices[model] else { return 0 }
        // A price per million tokens is, per token, that many micro-dollars.
        let micros =
            Double(usage.inputTokens) * price.inputPerMillion + Double(usage.outputTokens) * price.outputPerMillion
        return Int64((micros - 1e-6).rounded(.up))
    }
}

/// Formatting of micro-dollar amounts.
package enum ModelCost {
    /// `$1.25`, or `$0.0031` for amounts under a cent.
    package static func dollars(_ micros: Int64) -> String {
        let sign = micros < 0 ? "-" : ""
        let magnitude = micros.magnitude
        if micros != 0, magnitude < 10_000 {
            return sign + "$0." + String(format: "%04d", Int((magnitude + 50) / 100))
        }
        let cents = (magnitude + 5_000) / 10_000
        return sign + "$\(cents / 100)." + String(format: "%02d", Int(cents % 100))
    }
}
