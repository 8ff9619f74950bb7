import AsyncHTTPClient
import Logging
import PiperCore
import PiperLLM
import PiperStorage

extension LiveDependencies {
    /// The language-model gateway over the configured providers: every call is accounted in the database, and
    /// a user's own key is read from their encrypted secrets.
    package func modelGateway(
        _ settings: ModelGatewaySettings, secrets: SecretStore, http: HTTPClient, logger: Logger
    ) -> ModelGateway {
        ModelGateway(
            settings: settings, transport: .asyncHTTPClient(http), usage: .sql(database),
            userKey: Self.userKeys(in: secrets, logger: logger), clock: clock, ids: ids, logger: logger)
    }

    /// Runs `body` with the configured language model, for commands that run turns in-process; the HTTP
    /// client is shut down afterwards.
    package func withLanguageModel<T: Sendable>(
        _ configuration: PiperConfiguration, logger: Logger,
        _ body: @escaping @Sendable (LanguageModel) async throws -> T
    ) async throws -> T {
        let secrets = SecretStore.sql(database, master: try configuration.secrets.loadMasterKey())
        let http = Self.modelHTTPClient()
        let gateway = modelGateway(configuration.models.gatewaySettings, secrets: secrets, http: http, logger: logger)
        do {
            let result = try await body(gateway.languageModel)
            try await http.shutdown()
            return result
        } catch {
            try? await http.shutdown()
            throw error
        }
    }

    /// An HTTP client for model providers: a refused or silent endpoint fails within seconds instead of being
    /// retried until the call's deadline, so a dead local server opens its circuit quickly.
    package static func modelHTTPClient() -> HTTPClient {
        var configuration = HTTPClient.Configuration()
        configuration.timeout.connect = .seconds(5)
        configuration.connectionPool.retryConnectionEstablishment = false
        return HTTPClient(eventLoopGroupProvider: .singleton, configuration: configuration)
    }

    /// Reads a user's own key for a provider kind; a secret that cannot be read counts as absent.
    static func userKeys(in secrets: SecretStore, logger: Logger) -> ModelGateway.UserKey {
        { scope, kind in
            do {
                return try await secrets.reveal(scope, try SecretName(kind.userKeySecretName))
            } catch {
                logger.warning("model.user_key_unreadable", metadata: ["error.type": "\(type(of: error))"])
                return nil
            }
        }
    }

    /// The engine with a language model behind the floor and, above the threshold, the classifier.
    package func engine(logger: Logger, languageModel: LanguageModel, classifierThreshold: Double?)
        -> EngineDependencies
    {
        var engine = engine(logger: logger)
        engine.languageModel = languageModel
        if let classifierThreshold {
            engine.classifier = .bundled(
                fallback: ModelClassifierFallback(
                    model: languageModel, threshold: classifierThreshold, logger: logger))
        }
        return engine
    }
}
