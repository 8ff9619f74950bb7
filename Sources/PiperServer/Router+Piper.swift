import Hummingbird
import PiperCore

/// Builds Piper's router: every surface, grouped, behind request IDs, security headers, JSON errors and the
/// cross-site gate.
package func buildRouter(_ dependencies: ServerDependencies) -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: RequestIDMiddleware())
    router.add(middleware: SecurityHeadersMiddleware())
    router.add(middleware: JSONErrorMiddleware())
    router.add(middleware: CrossSiteMiddleware(policy: dependencies.site))
    HealthController(
        checks: dependencies.readinessChecks, version: dependencies.version,
        languageModels: dependencies.languageModels, identify: dependencies.chat?.identify, site: dependencies.site
    )
    .register(on: router.group("health"))
    guard let chat = dependencies.chat else { return router }
    OpenAPIController().register(on: router.group("api/v1"))
    WebController.registerAssets(on: router.group())
    WebController.registerSignIn(on: router.group())
    if let auth = dependencies.auth {
        AuthController(auth: auth).register(on: router.group("api/v1/auth"))
        if let client = auth.singleSignOn {
            SingleSignOnController(auth: auth, client: client).register(on: router.group("api/v1/auth/oidc"))
        }
    }
    router.add(middleware: PrincipalMiddleware(identify: chat.identify))
    let api = router.group("api/v1", context: PrincipalContext.self)
    if let auth = dependencies.auth {
        AccountController(auth: auth).register(auth: api.group("auth"), tokens: api.group("tokens"))
        WorkspaceSwitchingController(auth: auth).register(on: api.group("auth"))
        WorkspaceController(auth: auth).register(on: api.group("workspace"))
        let personalData = PersonalDataController(
            engine: chat.engine, auth: auth, secrets: dependencies.secrets, usage: dependencies.usage?.store)
        personalData.register(on: api.group("me"))
    }
    MeController(engine: chat.engine).register(on: api)
    ConversationsController(engine: chat.engine, pipeline: chat.pipeline).register(on: api.group("conversations"))
    TodosController(engine: chat.engine).register(on: api.group("todos"))
    ProjectsController(engine: chat.engine).register(on: api.group("projects"))
    RemindersController(engine: chat.engine).register(on: api.group("reminders"))
    ContextController(engine: chat.engine).register(on: api.group("context"))
    if let secrets = dependencies.secrets, let audit = dependencies.audit {
        SecretsController(secrets: secrets, audit: audit, engine: chat.engine).register(on: api.group("secrets"))
        AuditController(audit: audit).register(on: api.group("audit"))
    }
    if let usage = dependencies.usage {
        UsageController(usage: usage, audit: dependencies.audit, engine: chat.engine).register(on: api.group("usage"))
    }
    WebController(engine: chat.engine, version: dependencies.version)
        .register(on: router.group().add(middleware: SignInRedirectMiddleware()).group(context: PrincipalContext.self))
    return router
}
