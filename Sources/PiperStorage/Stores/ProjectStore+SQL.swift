import Foundation
import PiperCore
import SQLKit

extension ProjectStore {
    /// The project store over Piper's database (SQLite or PostgreSQL).
    package static func sql(_ database: Database) -> ProjectStore {
        ProjectStore(
            insert: { project in
                try await database.write(in: .owner(project.scope)) { sql in
                    try await ProjectRows.ensureNameFree(project, sql: sql)
                    try await ProjectRows.insert(project, into: sql)
                }
            },
            list: { scope, statuses in
                try await database.read(in: .owner(scope)) { sql in
                    try await ScopedQuery.scoped(sql.select().columns("*").from("projects"), to: scope)
                        .where("status", .in, statuses.map(\.rawValue).sorted())
                        .orderBy("name_key").all().map(ProjectRows.project)
                }
            },
            find: { scope, id in
                try await database.read(in: .owner(scope)) { sql in
                    try await ScopedQuery.scoped(sql.select().columns("*").from("projects"), to: scope)
                        .where("id", .equal, id.rawValue).first().map(ProjectRows.project)
                }
            },
            update: { scope, project in
                try await database.write(in: .owner(scope)) { sql in
                    try await ProjectRows.ensureNameFree(project, sql: sql)
                    return try await ScopedQuery.scoped(sql.update("projects"), to: scope)
                        .set("name", to: project.name).set("name_key", to: ProjectRows.key(project.name))
                        .set("status", to: project.status.rawValue)
                        .set("repositories", to: try JSONColumn.encode(project.repositories))
                        .set("updated_at", to: project.updatedAt)
                        .where("id", .equal, project.id.rawValue)
                        .returning("*").first().map(ProjectRows.project)
                        ?? { throw ProjectError.notFound(project.id) }()
                }
            },
            delete: { scope, id in
                try await database.write(in: .owner(scope)) { sql in
                    let deleted = try await ScopedQuery.scoped(sql.delete(from: "projects"), to: scope)
                        .where("id", .equal, id.rawValue).returning("id").all()
                    if deleted.isEmpty { throw ProjectError.notFound(id) }
                }
            }
        )
    }
}

/// Rows of the projects table.
enum ProjectRows {
    /// The case-insensitive form a project name is unique by.
    static func key(_ name: String) -> String {
        name.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    static func ensureNameFree(_ project: Project, sql: any SQLDatabase) async throws {
        let clash = try await ScopedQuery.scoped(sql.select().column("id").from("projects"), to: project.scope)
            .where("name_key", .equal, key(project.name))
            .where("id", .notEqual, project.id.rawValue)
            .first()
        if clash != nil { throw ProjectError.duplicateName(project.name) }
    }

    static func insert(_ project: Project, into sql: any SQLDatabase) async throws {
        try await sql.insert(into: "projects")
            .columns(
                "id", "workspace_id", "owner_id", "name", "name_key", "status", "repositories", "created_at",
                "updated_at"
            )
            .values(
                [SQLBind(project.id.rawValue)] + ScopedQuery.ownerValues(project.scope) + [
                    SQLBind(project.name), SQLBind(key(project.name)), SQLBind(project.status.rawValue),
                    SQLBind(try JSONColumn.encode(project.repositories)), SQLBind(project.createdAt),
                    SQLBind(project.updatedAt),
                ]
            ).run()
    }

    static func project(_ row: any SQLRow) throws -> Project {
        Project(
            id: try row.identifier("id"),
            scope: try row.scope(),
            name: try row.decode(column: "name", as: String.self),
            status: try row.enumeration("status", as: Project.Status.self),
            repositories: try JSONColumn.decode(
                [String].self, from: try row.decode(column: "repositories", as: String.self)),
            createdAt: try row.decode(column: "created_at", as: Date.self),
            updatedAt: try row.decode(column: "updated_at", as: Date.self)
        )
    }
}
