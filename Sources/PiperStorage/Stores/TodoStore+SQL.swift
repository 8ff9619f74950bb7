import Foundation
import PiperCore
import SQLKit

extension TodoStore {
    /// The todo store over Piper's database (SQLite or PostgreSQL).
    package static func sql(_ database: Database) -> TodoStore {
        TodoStore(
            create: { scope, id, title, at in
                try await database.write(in: .owner(scope)) { sql in
                    let number = try await TodoRows.nextNumber(for: scope, sql: sql)
                    let todo = Todo(id: id, scope: scope, number: number, title: title, status: .open, createdAt: at)
                    try await TodoRows.insert(todo, into: sql)
                    return todo
                }
            },
            list: { scope, statuses in
                try await database.read(in: .owner(scope)) { sql in
                    try await ScopedQuery.scoped(sql.select().columns("*").from("todos"), to: scope)
                        .where("status", .in, statuses.map(\.rawValue).sorted())
                        .orderBy("number").all().map(TodoRows.todo)
                }
            },
            find: { scope, id in
                try await database.read(in: .owner(scope)) { sql in
                    try await ScopedQuery.scoped(sql.select().columns("*").from("todos"), to: scope)
                        .where("id", .equal, id.rawValue).first().map(TodoRows.todo)
                }
            },
            update: { scope, todo in
                try await database.write(in: .owner(scope)) { sql in
                    try await ScopedQuery.scoped(sql.update("todos"), to: scope)
                        .set("title", to: todo.title).set("status", to: todo.status.rawValue)
                        .set("completed_at", to: todo.completedAt)
                        .where("id", .equal, todo.id.rawValue)
                        .returning("*").first().map(TodoRows.todo) ?? { throw TodoError.notFound(todo.id) }()
                }
            },
            delete: { scope, id in
                try await database.write(in: .owner(scope)) { sql in
                    let deleted = try await ScopedQuery.scoped(sql.delete(from: "todos"), to: scope)
                        .where("id", .equal, id.rawValue).returning("id").all()
                    if deleted.isEmpty { throw TodoError.notFound(id) }
                }
            }
        )
    }
}

/// Rows of the todo tables.
enum TodoRows {
    /// Takes the user's next todo number; numbers are never reused, even after deletes.
    static func nextNumber(for scope: Scope, sql: any SQLDatabase) async throws -> Int {
        let row = try await sql.raw(
            """
            INSERT INTO todo_counters (workspace_id, owner_id, last_number) VALUES (\(bind: scope.workspace.rawValue), \
            \(bind: scope.owner.rawValue), 1)
            ON CONFLICT (workspace_id, owner_id) DO UPDATE SET last_number = todo_counters.last_number + 1
            RETURNING last_number
            """
        ).first()
        return try row?.decode(column: "last_number", as: Int.self) ?? 1
    }

    static func insert(_ todo: Todo, into sql: any SQLDatabase) async throws {
        try await sql.insert(into: "todos")
            .columns("id", "workspace_id", "owner_id", "number", "title", "status", "created_at", "completed_at")
            .values(
                [SQLBind(todo.id.rawValue)] + ScopedQuery.ownerValues(todo.scope) + [
                    SQLBind(todo.number), SQLBind(todo.title), SQLBind(todo.status.rawValue),
                    SQLBind(todo.createdAt), SQLBind(todo.completedAt),
                ]
            ).run()
    }

    static func todo(_ row: any SQLRow) throws -> Todo {
        Todo(
            id: try row.identifier("id"),
            scope: try row.scope(),
            number: try row.decode(column: "number", as: Int.self),
            title: try row.decode(column: "title", as: String.self),
            status: try row.enumeration("status", as: Todo.Status.self),
            createdAt: try row.decode(column: "created_at", as: Date.self),
            completedAt: try row.decode(column: "completed_at", as: Date?.self)
        )
    }
}
