import Foundation

/// The settings a user chose in conversation or in the web UI.
package struct UserPreferences: Hashable, Sendable, Codable {
    /// Ask first or just do it.
    package var workingMode: WorkingMode
    /// The repository issue actions use when none is named, as `owner/name`.
    package var defaultRepository: String?

    /// Creates preferences; the defaults are "ask first" and no repository.
    package init(workingMode: WorkingMode = .askFirst, defaultRepository: String? = nil) {
        self.workingMode = workingMode
        self.defaultRepository = defaultRepository
    }
}
