import SQLKit

/// One versioned step of the schema, written for both dialects.
package struct Migration: Sendable {
    /// Position in the sequence, starting at 1 and without gaps.
    package var version: Int
    /// A short name such as `foundation`.
    package var name: String
    /// Applies the step inside the migration transaction.
    package var apply: @Sendable (_ database: any SQLDatabase, _ dialect: Dialect) async throws -> Void

    /// Creates a migration.
    package init(
        version: Int,
        name: String,
        apply: @escaping @Sendable (_ database: any SQLDatabase, _ dialect: Dialect) async throws -> Void
    ) {
        self.version = version
        self.name = name
        self.apply = apply
    }

    /// A migration made of plain statements, generated per dialect.
    package init(version: Int, name: String, statements: @escaping @Sendable (Dialect) -> [String]) {
        self.init(version: version, name: name) { database, dialect in
            for statement in statements(dialect) {
                try await database.raw(SQLQueryString(statement)).run()
            }
        }
    }
}
