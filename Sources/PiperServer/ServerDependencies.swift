import PiperCore

/// Everything the HTTP edge needs, built by the composition root and passed down by value.
package struct ServerDependencies: Sendable {
    /// The dependencies readiness reports on.
    package var readinessChecks: [DependencyCheck]
    /// Piper's version, reported by the health endpoints.
    package var version: String

    /// Creates the dependencies.
    package init(readinessChecks: [DependencyCheck], version: String) {
        self.readinessChecks = readinessChecks
        self.version = version
    }
}
