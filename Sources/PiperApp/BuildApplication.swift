import AsyncHTTPClient
import Configuration
import Hummingbird
import Logging
import NIOCore
import PiperAuth
import PiperCore
import PiperServer
import PiperStorage

/// The application type `buildApplication(reader:)` returns.
package typealias PiperApplication = Application<RouterResponder<AppRequestContext>>

/// Builds the whole application from configuration: database, migrations, local user, router, services.
///
/// Migrations and the local user are prepared before the server accepts its first request.
package func buildApplication(
    reader: ConfigReader, logger: Logger = Logger(label: "piper"), hooks: ApplicationHooks = ApplicationHooks()
) async throws -> PiperApplication {
    try await buildApplication(configuration: PiperConfiguration(reader: reader), logger: logger, hooks: hooks)
}

/// Builds the application from configuration that has already been read and validated.
package func buildApplication(
    configuration: PiperConfiguration, logger: Logger = Logger(label: "piper"),
    hooks: ApplicationHooks = ApplicationHooks()
) async throws -> PiperApplication {
    var logger = logger
    logger.logLevel = configuration.log.level
    let master = try configuration.secrets.loadMasterKey()
    var opened = try await LiveDependencies.open(configuration.database, logger: logger)
    opened.clock = hooks.clock
    let dependencies = opened
    Task.detached(priority: .background) {
        _ = await BundledClassifier.shared.value()
        FreedMemory.release()
    }
    let secrets = SecretStore.sql(dependencies.database, master: master)
    let modelHTTP = LiveDependencies.modelHTTPClient()
    let models = dependencies.modelGateway(
        configuration.models.gatewaySettings, secrets: secrets, http: modelHTTP, logger: logger
    ).languageModel
    let engine = dependencies.engine(
        logger: logger, languageModel: models, classifierThreshold: configuration.models.classifierThreshold)
    let identity = LocalIdentity { try await dependencies.localPrincipal(configuration.local) }
    let service = await dependencies.authService(
        master: master, bcryptCost: configuration.auth.bcryptCost, logger: logger)
    var localPrincipal: (@Sendable () async throws -> Principal)?
    if configuration.auth.mode == .local { localPrincipal = { try await identity.current() } }
    let identityProvider = configuration.auth.singleSignOn.map { settings in
        let http = HTTPClient(eventLoopGroupProvider: .singleton, configuration: OIDCTransport.oidcConfiguration)
        return (settings.client(master: master, http: http), HTTPClientService(client: http))
    }
    let auth = AuthDependencies(
        service: service, localPrincipal: localPrincipal, trustForwardedFor: configuration.auth.trustForwardedFor,
        trustedProxies: configuration.auth.trustedProxies, singleSignOn: identityProvider?.0)
    let authenticator = Authenticator(auth)
    let router = buildRouter(
        ServerDependencies(
            readinessChecks: [.database(dependencies.database)],
            version: PiperVersion.current,
            chat: ChatDependencies(
                engine: engine, pipeline: TurnPipeline(dependencies: engine),
                identify: { request, context in try await authenticator.authenticate(request, context: context) }),
            secrets: secrets,
            audit: .sql(dependencies.database),
            auth: auth,
            usage: UsageDependencies(
                store: .sql(dependencies.database), defaults: configuration.models.defaultLimits,
                providers: models.providers),
            site: configuration.http.site,
            languageModels: models.providers
        )
    )
    let started = StartupSignal()
    let scheduler = ReminderScheduler(
        firing: ReminderFiring(
            reminders: engine.reminders, accounts: engine.accounts, ids: engine.ids, clock: engine.clock),
        interval: .milliseconds(Int(configuration.reminders.interval * 1000)), logger: logger, started: started,
        onFired: hooks.remindersFired)
    var app = Application(
        router: router,
        configuration: .init(
            address: .hostname(configuration.http.host, port: configuration.http.port),
            serverName: "Piper/\(PiperVersion.current)"
        ),
        services: [
            DatabaseService(database: dependencies.database, logger: logger), scheduler,
            HTTPClientService(client: modelHTTP),
        ] + (identityProvider.map { [$0.1] } ?? []),
        onServerRunning: hooks.onServerRunning,
        logger: logger
    )
    app.beforeServerStarts { [logger] in
        try await RowSecurityRequirement.check(dependencies.database, configuration: configuration.database)
        let principal = try await dependencies.prepare(local: configuration.local, logger: logger)
        started.open()
        logger.info(
            "piper.ready",
            metadata: [
                "database.location": .string(dependencies.database.location.description),
                "workspace.id": .string(principal.workspaceID.description),
            ]
        )
    }
    return app
}
