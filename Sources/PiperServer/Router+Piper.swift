import Hummingbird
import PiperCore

/// Builds Piper's router: every surface, grouped, behind request IDs and JSON errors.
package func buildRouter(_ dependencies: ServerDependencies) -> Router<AppRequestContext> {
    let router = Router(context: AppRequestContext.self)
    router.add(middleware: RequestIDMiddleware())
    router.add(middleware: JSONErrorMiddleware())
    HealthController(checks: dependencies.readinessChecks, version: dependencies.version)
        .register(on: router.group("health"))
    return router
}
