/// Marks the PiperEmbeddings target, whose adapters arrive with their own issues; it depends on PiperCore only.
package enum PiperEmbeddingsModule {
    /// The module's name, for diagnostics.
    package static let name = "PiperEmbeddings"
}
