import Foundation

/// A user's todos, always within their scope.
package struct TodoStore: Sendable {
    /// Stores a new todo under the next free number and returns it.
    package var create: @Sendable (_ scope: Scope, _ id: Todo.ID, _ title: String, _ at: Date) async throws -> Todo
    /// The scope's todos with the given statuses, oldest first.
    package var list: @Sendable (_ scope: Scope, _ statuses: Set<Todo.Status>) async throws -> [Todo]
    /// One todo of the scope, or `nil`.
    package var find: @Sendable (_ scope: Scope, _ id: Todo.ID) async throws -> Todo?
    /// Saves a changed title or status; throws ``TodoError/notFound(_:)`` outside the scope.
    package var update: @Sendable (_ scope: Scope, _ todo: Todo) async throws -> Todo
    /// Deletes a todo; throws ``TodoError/notFound(_:)`` outside the scope.
    package var delete: @Sendable (_ scope: Scope, _ id: Todo.ID) async throws -> Void

    /// Creates a store from its endpoints.
    package init(
        create: @escaping @Sendable (_ scope: Scope, _ id: Todo.ID, _ title: String, _ at: Date) async throws -> Todo,
        list: @escaping @Sendable (_ scope: Scope, _ statuses: Set<Todo.Status>) async throws -> [Todo],
        find: @escaping @Sendable (_ scope: Scope, _ id: Todo.ID) async throws -> Todo?,
        update: @escaping @Sendable (_ scope: Scope, _ todo: Todo) async throws -> Todo,
        delete: @escaping @Sendable (_ scope: Scope, _ id: Todo.ID) async throws -> Void
    ) {
        self.create = create
        self.list = list
        self.find = find
        self.update = update
        self.delete = delete
    }
}

/// Why a todo operation failed.
package enum TodoError: Error, Hashable, Sendable {
    /// No such todo in the caller's scope.
    case notFound(Todo.ID)
    /// The title is empty or too long.
    case invalidTitle
}
