import PiperStorage

/// The version this binary reports.
package enum PiperVersion {
    /// Semantic version of the Piper release.
    package static let current = "0.1.0"
    /// The newest schema version this binary migrates to.
    package static var schema: Int { Schema.migrations.count }
}
