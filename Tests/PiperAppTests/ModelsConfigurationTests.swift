import Foundation
import PiperApp
import PiperCore
import PiperLLM
import Testing

@Suite("Models configuration")
struct ModelsConfigurationTests {
    private static func models(_ flags: [String: String], environment: [String: String] = [:]) async throws
        -> ModelsConfiguration
    {
        try ModelsConfiguration(
            reader: try await ConfigSources(flags: flags, environment: environment).makeReader().scoped(to: "models"))
    }

    @Test("with no providers there is no model, and the defaults apply")
    func defaults() async throws {
        let models = try await Self.models([:])
        #expect(models.providers.isEmpty && !models.hasProviders)
        #expect(models.retries == 2 && models.circuitFailures == 3 && models.circuitCoolDown == 30)
        #expect(models.defaultLimits == .unlimited && models.classifierThreshold == 0.5)
        #expect(models.prices.prices["gpt-4o-mini"] == .init(inputPerMillion: 0.15, outputPerMillion: 0.60))
    }

    @Test("providers are read with kinds, official base URLs by name, secret keys, models and timeouts")
    func providers() async throws {
        let models = try await Self.models(
            [
                "models.providers": "local, openai,anthropic", "models.local.base_url": "http://127.0.0.1:8081/v1",
                "models.local.model": "llama-3.2-3b-instruct", "models.local.timeout": "120",
                "models.openai.model": "gpt-4o-mini", "models.anthropic.model": "claude-sonnet-4-5",
            ],
            environment: ["PIPER_MODELS_OPENAI_API_KEY": "sk-from-env-0123456789"])
        #expect(models.providers.map(\.name) == ["local", "openai", "anthropic"])
        #expect(models.providers.map(\.kind) == [.openai, .openai, .anthropic])
        #expect(
            models.providers.map(\.baseURL) == [
                "http://127.0.0.1:8081/v1", "https://api.openai.com/v1", "https://api.anthropic.com/v1",
            ])
        #expect(models.providers.map(\.apiKey) == [nil, "sk-from-env-0123456789", nil])
        #expect(models.providers.map(\.timeout) == [120, 60, 60])
        #expect(
            !String(describing: models).contains("sk-from-env") && !String(reflecting: models).contains("sk-from-env"))
        #expect(String(describing: models).contains("API key set"))
    }

    @Test("routes name providers and optional models (which may contain colons); others use every provider")
    func routes() async throws {
        let models = try await Self.models([
            "models.providers": "local,openai", "models.local.base_url": "http://127.0.0.1:11434/v1",
            "models.local.model": "llama3.2:3b", "models.openai.model": "gpt-4o-mini",
            "models.route.drafting": "openai:gpt-4.1, local", "models.route.classification": "local:qwen2.5:0.5b",
        ])
        let settings = models.gatewaySettings
        #expect(
            settings.targets(for: .drafting) == [.init(provider: "openai", model: "gpt-4.1"), .init(provider: "local")])
        #expect(settings.targets(for: .classification) == [.init(provider: "local", model: "qwen2.5:0.5b")])
        #expect(settings.targets(for: .floor) == [.init(provider: "local"), .init(provider: "openai")])
    }

    @Test("prices merge over the built-in ones; budget, cap, retries, circuit and threshold are read")
    func pricesAndLimits() async throws {
        let models = try await Self.models([
            "models.prices": "gpt-4o-mini=0.2/0.8; my-model=1/2", "models.budget.monthly_usd": "12.5",
            "models.cap.daily_requests": "200", "models.retries": "4", "models.circuit.failures": "5",
            "models.circuit.cooldown": "45", "models.classifier.threshold": "0.7",
        ])
        #expect(models.prices.prices["gpt-4o-mini"] == .init(inputPerMillion: 0.2, outputPerMillion: 0.8))
        #expect(models.prices.prices["my-model"] == .init(inputPerMillion: 1, outputPerMillion: 2))
        #expect(models.prices.prices["claude-sonnet-4-5"] != nil)
        #expect(models.defaultLimits == ModelLimits(monthlyBudgetMicros: 12_500_000, dailyRequestsPerUser: 200))
        let settings = models.gatewaySettings
        #expect(settings.retry.maxRetries == 4 && settings.circuit == .init(failureThreshold: 5, coolDown: 45))
        #expect(models.classifierThreshold == 0.7 && settings.defaultLimits == models.defaultLimits)
    }

    @Test(
        "bad values name their key",
        arguments: [
            (["models.providers": "local", "models.local.kind": "gemini"], "models.local.kind"),
            (["models.providers": "local", "models.local.base_url": "http://127.0.0.1:1/v1"], "models.local.model"),
            (["models.providers": "local", "models.local.model": "m"], "models.local.base_url"),
            (
                ["models.providers": "openai", "models.openai.model": "m", "models.route.floor": "local"],
                "models.route.floor"
            ),
            (["models.prices": "gpt-4o=cheap"], "models.prices"),
            (
                ["models.providers": "openai", "models.openai.model": "m", "models.openai.timeout": "0"],
                "models.openai.timeout"
            ),
            (["models.budget.monthly_usd": "lots"], "models.budget.monthly_usd"),
            (["models.cap.daily_requests": "-1"], "models.cap.daily_requests"),
            (["models.retries": "many"], "models.retries"),
            (["models.classifier.threshold": "2"], "models.classifier.threshold"),
            (["models.providers": "piper"], "models.providers"),
        ])
    func refusals(flags: [String: String], key: String) async throws {
        do {
            _ = try await Self.models(flags)
            Issue.record("accepted \(flags)")
        } catch let error as ConfigurationError {
            #expect(error.key == key, "\(error)")
        }
    }
}
