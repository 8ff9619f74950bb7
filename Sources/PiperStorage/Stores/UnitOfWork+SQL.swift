import PiperCore

extension UnitOfWork {
    /// Units of work as transactions of Piper's database, confined to the scope's tenant.
    package static func sql(_ database: Database) -> UnitOfWork {
        UnitOfWork(
            writing: { scope, body in try await database.write(in: .owner(scope)) { _ in try await body() } },
            reading: { scope, body in try await database.readTogether(in: .owner(scope)) { _ in try await body() } }
        )
    }
}
