import Hummingbird
import PiperCore

/// What the chat surfaces (REST and web) need: the engine and a way to tell who is asking.
package struct ChatDependencies: Sendable {
    /// The engine's stores, classifier and clock.
    package var engine: EngineDependencies
    /// The one turn pipeline.
    package var pipeline: TurnPipeline
    /// Identifies the principal of a request, or `nil` when it is anonymous.
    package var identify: @Sendable (_ request: Request) async throws -> Principal?

    /// Creates the dependencies.
    package init(
        engine: EngineDependencies, pipeline: TurnPipeline,
        identify: @escaping @Sendable (_ request: Request) async throws -> Principal?
    ) {
        self.engine = engine
        self.pipeline = pipeline
        self.identify = identify
    }
}
