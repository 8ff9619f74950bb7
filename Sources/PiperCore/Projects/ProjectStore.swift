import Foundation

/// A user's projects, always within their scope.
package struct ProjectStore: Sendable {
    /// Stores a new project; throws ``ProjectError/duplicateName(_:)`` when the name is taken.
    package var insert: @Sendable (_ project: Project) async throws -> Void
    /// The scope's projects with the given statuses, by name.
    package var list: @Sendable (_ scope: Scope, _ statuses: Set<Project.Status>) async throws -> [Project]
    /// One project of the scope, or `nil`.
    package var find: @Sendable (_ scope: Scope, _ id: Project.ID) async throws -> Project?
    /// Saves a changed name, status or repository list; throws ``ProjectError/notFound(_:)`` outside the scope.
    package var update: @Sendable (_ scope: Scope, _ project: Project) async throws -> Project
    /// Deletes a project; throws ``ProjectError/notFound(_:)`` outside the scope.
    package var delete: @Sendable (_ scope: Scope, _ id: Project.ID) async throws -> Void

    /// Creates a store from its endpoints.
    package init(
        insert: @escaping @Sendable (_ project: Project) async throws -> Void,
        list: @escaping @Sendable (_ scope: Scope, _ statuses: Set<Project.Status>) async throws -> [Project],
        find: @escaping @Sendable (_ scope: Scope, _ id: Project.ID) async throws -> Project?,
        update: @escaping @Sendable (_ scope: Scope, _ project: Project) async throws -> Project,
        delete: @escaping @Sendable (_ scope: Scope, _ id: Project.ID) async throws -> Void
    ) {
        self.insert = insert
        self.list = list
        self.find = find
        self.update = update
        self.delete = delete
    }
}

/// Why a project operation failed.
package enum ProjectError: Error, Hashable, Sendable {
    /// No such project in the caller's scope.
    case notFound(Project.ID)
    /// The user already has a project with this name.
    case duplicateName(String)
    /// The name is empty or too long.
    case invalidName
    /// A repository is not written as `owner/name`.
    case invalidRepository(String)
}
