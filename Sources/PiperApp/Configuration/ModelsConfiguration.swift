import Configuration
import Foundation
import PiperCore
import PiperLLM

/// Language models: providers, per-task routes, retries, circuit breaking, prices and workspace limits.
///
/// Keys (under `models.`, environment `PIPER_MODELS_…`): `providers` (comma-separated names; none means no model),
/// per provider `<name>.kind` (`openai` | `anthropic`), `<name>.base_url`, `<name>.api_key` (secret),
/// `<name>.model` (required), `<name>.timeout` (seconds, 60); `route.<task>` (comma list of `provider` or
/// `provider:model`); `retries` (2); `circuit.failures` (3); `circuit.cooldown` (seconds, 30); `prices`
/// (`model=input/output;…`, dollars per million tokens); `budget.monthly_usd`; `cap.daily_requests`;
/// `classifier.threshold` (0.5).
package struct ModelsConfiguration: Sendable, Hashable {
    /// The providers, in the order of `models.providers`.
    package var providers: [ModelProviderSettings]
    /// Routes configured per task; tasks without one try every provider in order.
    package var routes: [ModelTask: [ModelGatewaySettings.RouteTarget]]
    /// Retries per provider after a transient failure.
    package var retries: Int
    /// Consecutive failures that open a provider's circuit.
    package var circuitFailures: Int
    /// Seconds an open circuit waits before a trial call.
    package var circuitCoolDown: Double
    /// Prices: the built-in ones with configured ones on top.
    package var prices: ModelPriceTable
    /// Limits for workspaces that set none of their own.
    package var defaultLimits: ModelLimits
    /// The deterministic classifier's confidence below which the model is asked.
    package var classifierThreshold: Double

    /// Creates the configuration; the defaults configure no model.
    package init(
        providers: [ModelProviderSettings] = [], routes: [ModelTask: [ModelGatewaySettings.RouteTarget]] = [:],
        retries: Int = 2, circuitFailures: Int = 3, circuitCoolDown: Double = 30,
        prices: ModelPriceTable = ModelsConfiguration.builtInPrices, defaultLimits: ModelLimits = .unlimited,
        classifierThreshold: Double = 0.5
    ) {
        self.providers = providers
        self.routes = routes
        self.retries = retries
        self.circuitFailures = circuitFailures
        self.circuitCoolDown = circuitCoolDown
        self.prices = prices
        self.defaultLimits = defaultLimits
        self.classifierThreshold = classifierThreshold
    }

    /// Whether any provider is configured.
    package var hasProviders: Bool { !providers.isEmpty }

    /// The gateway's settings.
    package var gatewaySettings: ModelGatewaySettings {
        ModelGatewaySettings(
            providers: providers, routes: routes, retry: RetryPolicy(maxRetries: retries),
            circuit: CircuitBreaker.Policy(failureThreshold: circuitFailures, coolDown: circuitCoolDown),
            prices: prices, defaultLimits: defaultLimits)
    }

    /// Prices in dollars per million tokens for well-known hosted models; any other model costs nothing.
    package static let builtInPrices = ModelPriceTable([
        "gpt-4o-mini": .init(inputPerMillion: 0.15, outputPerMillion: 0.60),
        "gpt-4o": .init(inputPerMillion: 2.50, outputPerMillion: 10.00),
        "gpt-4.1": .init(inputPerMillion: 2.00, outputPerMillion: 8.00),
        "gpt-4.1-mini": .init(inputPerMillion: 0.40, outputPerMillion: 1.60),
        "gpt-4.1-nano": .init(inputPerMillion: 0.10, outputPerMillion: 0.40),
        "claude-haiku-4-5": .init(inputPerMillion: 1.00, outputPerMillion: 5.00),
        "claude-sonnet-4-5": .init(inputPerMillion: 3.00, outputPerMillion: 15.00),
        "claude-opus-4-1": .init(inputPerMillion: 15.00, outputPerMillion: 75.00),
        "claude-3-5-haiku-latest": .init(inputPerMillion: 0.80, outputPerMillion: 4.00),
    ])
}

extension ModelsConfiguration: CustomStringConvertible, CustomDebugStringConvertible {
    /// Providers and routes, with keys only said to be present.
    package var description: String { gatewaySettings.description }

    /// The same as ``description``, so a debug print never shows a key either.
    package var debugDescription: String { description }
}

extension ModelsConfiguration {
    /// Reads the `models.*` keys from `reader`, which is scoped to `models`; the first unusable value throws
    /// ``ConfigurationError``.
    package init(reader: ConfigReader) throws {
        let names = Self.list(reader.string(forKey: "providers", default: ""))
        var providers: [ModelProviderSettings] = []
        for name in names {
            guard !providers.contains(where: { $0.name == name }) else {
                throw ConfigurationError(key: "models.providers", problem: "names '\(name)' twice")
            }
            providers.append(try Self.provider(name, reader: reader.scoped(to: ConfigKey(name))))
        }
        self.init(
            providers: providers,
            routes: try Self.routes(reader.scoped(to: "route"), providers: providers),
            retries: try reader.validatedInt("retries", in: 0...10, default: 2, fullKey: "models.retries"),
            circuitFailures: try reader.validatedInt(
                "circuit.failures", in: 1...1000, default: 3, fullKey: "models.circuit.failures"),
            circuitCoolDown: try Self.seconds(reader, "circuit.cooldown", default: 30),
            prices: try Self.prices(reader.string(forKey: "prices")),
            defaultLimits: try Self.limits(reader),
            classifierThreshold: try Self.threshold(reader))
    }

    private static func provider(_ name: String, reader: ConfigReader) throws -> ModelProviderSettings {
        guard name.allSatisfy({ $0.isASCII && ($0.isLowercase || $0.isNumber || $0 == "_") }), name != "piper",
            name != "route"
        else {
            throw ConfigurationError(
                key: "models.providers", problem: "'\(name)' is not a provider name (lowercase letters, digits, _)")
        }
        let kindName = reader.string(forKey: "kind", default: name == "anthropic" ? "anthropic" : "openai").lowercased()
        guard let kind = ModelProviderKind(rawValue: kindName) else {
            throw ConfigurationError(key: "models.\(name).kind", problem: "'\(kindName)' is not openai or anthropic")
        }
        let officialDefault = name == kind.rawValue ? kind.officialBaseURL : nil
        guard let baseURL = reader.string(forKey: "base_url") ?? officialDefault,
            let url = URL(string: baseURL), ["http", "https"].contains(url.scheme ?? ""), url.host != nil
        else {
            throw ConfigurationError(
                key: "models.\(name).base_url",
                problem: "must be the provider's http(s) URL, such as http://127.0.0.1:8080/v1")
        }
        guard let model = reader.string(forKey: "model"), !model.isEmpty else {
            throw ConfigurationError(
                key: "models.\(name).model", problem: "is required for each provider in models.providers")
        }
        let apiKey = reader.string(forKey: "api_key", isSecret: true).flatMap { $0.isEmpty ? nil : $0 }
        return ModelProviderSettings(
            name: name, kind: kind, baseURL: baseURL, apiKey: apiKey, model: model,
            timeout: try seconds(reader, "timeout", default: 60, fullKey: "models.\(name).timeout"))
    }

    private static func routes(_ reader: ConfigReader, providers: [ModelProviderSettings]) throws
        -> [ModelTask: [ModelGatewaySettings.RouteTarget]]
    {
        var routes: [ModelTask: [ModelGatewaySettings.RouteTarget]] = [:]
        for task in ModelTask.allCases {
            guard let text = reader.string(forKey: ConfigKey(task.rawValue)) else { continue }
            routes[task] = try list(text).map { entry in
                let parts = entry.split(separator: ":", maxSplits: 1).map(String.init)
                guard providers.contains(where: { $0.name == parts[0] }) else {
                    throw ConfigurationError(
                        key: "models.route.\(task.rawValue)", problem: "'\(parts[0])' is not listed in models.providers"
                    )
                }
                return .init(provider: parts[0], model: parts.count > 1 && !parts[1].isEmpty ? parts[1] : nil)
            }
        }
        return routes
    }

    /// The built-in prices with `text` (`model=input/output;…`) on top.
    static func prices(_ text: String?) throws -> ModelPriceTable {
        var table = builtInPrices
        for entry in (text ?? "").split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) })
        where !entry.isEmpty {
            let pair = entry.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            let amounts = pair.count == 2 ? pair[1].split(separator: "/").compactMap { Double($0) } : []
            guard pair.count == 2, !pair[0].isEmpty, amounts.count == 2, amounts.allSatisfy({ $0 >= 0 }) else {
                throw ConfigurationError(
                    key: "models.prices", problem: "'\(entry)' is not model=input/output in dollars per million tokens")
            }
            table.prices[pair[0]] = .init(inputPerMillion: amounts[0], outputPerMillion: amounts[1])
        }
        return table
    }

    private static func limits(_ reader: ConfigReader) throws -> ModelLimits {
        var limits = ModelLimits.unlimited
        if let text = reader.string(forKey: "budget.monthly_usd") {
            guard let dollars = Double(text), dollars >= 0 else {
                throw ConfigurationError(
                    key: "models.budget.monthly_usd", problem: "'\(text)' is not an amount of dollars")
            }
            limits.monthlyBudgetMicros = Int64((dollars * 1_000_000).rounded())
        }
        if reader.string(forKey: "cap.daily_requests") != nil {
            limits.dailyRequestsPerUser = try reader.validatedInt(
                "cap.daily_requests", in: 0...1_000_000, default: 0, fullKey: "models.cap.daily_requests")
        }
        return limits
    }

    private static func threshold(_ reader: ConfigReader) throws -> Double {
        let text = reader.string(forKey: "classifier.threshold") ?? "0.5"
        guard let value = Double(text), (0...1).contains(value) else {
            throw ConfigurationError(key: "models.classifier.threshold", problem: "'\(text)' is not between 0 and 1")
        }
        return value
    }

    private static func seconds(_ reader: ConfigReader, _ key: String, default: Double, fullKey: String? = nil) throws
        -> Double
    {
        let text = reader.string(forKey: ConfigKey(key))
        guard let text else { return `default` }
        guard let value = Double(text), value > 0 else {
            throw ConfigurationError(
                key: fullKey ?? "models.\(key)", problem: "'\(text)' is not a number of seconds above 0")
        }
        return value
    }

    private static func list(_ text: String) -> [String] {
        text.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}
