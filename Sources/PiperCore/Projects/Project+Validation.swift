import Foundation

extension Project {
    /// The longest name a project may have.
    package static let maximumNameLength = 200

    /// A trimmed name of 1 to ``maximumNameLength`` characters, or ``ProjectError/invalidName``.
    package static func validatedName(_ name: String) throws -> String {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...maximumNameLength).contains(trimmed.count) else { throw ProjectError.invalidName }
        return trimmed
    }

    /// A repository written `owner/name`, or ``ProjectError/invalidRepository(_:)``.
    package static func validatedRepository(_ repository: String) throws -> String {
        let trimmed = repository.trimmingCharacters(in: .whitespacesAndNewlines)
        guard RepositoryName.isValid(trimmed) else { throw ProjectError.invalidRepository(trimmed) }
        return trimmed
    }
}
