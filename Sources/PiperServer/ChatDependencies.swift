import Hummingbird
import PiperAuth
import PiperCore

/// What the chat surfaces (REST and web) need: the engine and a way to tell who is asking.
package struct ChatDependencies: Sendable {
    /// The engine's stores, classifier and clock.
    package var engine: EngineDependencies
    /// The one turn pipeline.
    package var pipeline: TurnPipeline
    /// Identifies who sent a request, or `nil` when it is anonymous; throws 401 for a bad credential.
    package var identify: @Sendable (_ request: Request, _ context: AppRequestContext) async throws -> Authentication?

    /// Creates the dependencies.
    package init(
        engine: EngineDependencies, pipeline: TurnPipeline,
        identify: @escaping @Sendable (_ request: Request, _ context: AppRequestContext) async throws -> Authentication?
    ) {
        self.engine = engine
        self.pipeline = pipeline
        self.identify = identify
    }
}
