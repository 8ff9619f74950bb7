/// Marks the PiperIntegrations target, whose adapters arrive with their own issues; it depends on PiperCore only.
package enum PiperIntegrationsModule {
    /// The module's name, for diagnostics.
    package static let name = "PiperIntegrations"
}
