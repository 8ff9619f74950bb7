/// A user's settings and personal context document, within their scope.
package struct PreferenceStore: Sendable {
    /// The user's settings; defaults when never saved.
    package var preferences: @Sendable (_ scope: Scope) async throws -> UserPreferences
    /// Saves the user's settings.
    package var savePreferences: @Sendable (_ scope: Scope, _ preferences: UserPreferences) async throws -> Void
    /// The user's context document; empty when never saved.
    package var context: @Sendable (_ scope: Scope) async throws -> PersonalContext
    /// Saves the user's context document.
    package var saveContext: @Sendable (_ scope: Scope, _ context: PersonalContext) async throws -> Void

    /// Creates a store from its endpoints.
    package init(
        preferences: @escaping @Sendable (_ scope: Scope) async throws -> UserPreferences,
        savePreferences: @escaping @Sendable (_ scope: Scope, _ preferences: UserPreferences) async throws -> Void,
        context: @escaping @Sendable (_ scope: Scope) async throws -> PersonalContext,
        saveContext: @escaping @Sendable (_ scope: Scope, _ context: PersonalContext) async throws -> Void
    ) {
        self.preferences = preferences
        self.savePreferences = savePreferences
        self.context = context
        self.saveContext = saveContext
    }
}
