/// Marks the PiperLLM target, whose adapters arrive with their own issues; it depends on PiperCore only.
package enum PiperLLMModule {
    /// The module's name, for diagnostics.
    package static let name = "PiperLLM"
}
