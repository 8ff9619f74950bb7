import PiperCore

/// Everything the HTTP edge needs, built by the composition root and passed down by value.
package struct ServerDependencies: Sendable {
    /// The dependencies readiness reports on.
    package var readinessChecks: [DependencyCheck]
    /// Piper's version, reported by the health endpoints.
    package var version: String
    /// The configured language-model providers and their circuits, reported by readiness.
    package var languageModels: @Sendable () async -> [ModelProviderState]
    /// The chat surfaces' dependencies; without them only health routes exist.
    package var chat: ChatDependencies?
    /// The user's encrypted secrets; without them the secrets routes are absent.
    package var secrets: SecretStore?
    /// The audit log that secret changes and other sensitive actions are written to.
    package var audit: AuditLog?
    /// Accounts, sign-in and tokens; without them only the chat dependencies' `identify` is used.
    package var auth: AuthDependencies?
    /// Model-call accounting and limits; without them the usage routes are absent.
    package var usage: UsageDependencies?
    /// The host names Piper answers to, and so its own origin.
    package var site: SitePolicy

    /// Creates the dependencies.
    package init(
        readinessChecks: [DependencyCheck], version: String, chat: ChatDependencies? = nil, secrets: SecretStore? = nil,
        audit: AuditLog? = nil, auth: AuthDependencies? = nil, usage: UsageDependencies? = nil,
        site: SitePolicy = .loopback, languageModels: @escaping @Sendable () async -> [ModelProviderState] = { [] }
    ) {
        self.site = site
        self.languageModels = languageModels
        self.usage = usage
        self.auth = auth
        self.readinessChecks = readinessChecks
        self.version = version
        self.chat = chat
        self.secrets = secrets
        self.audit = audit
    }
}
