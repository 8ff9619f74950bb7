import Foundation
import Logging
import PiperCore
import PiperStorage

/// The database part of `piper doctor`: reachability, schema version and, on PostgreSQL, whether
/// row-level security binds the configured role; read-only.
struct DatabaseExamination {
    let configuration: DatabaseConfiguration
    let logger: Logger

    func findings() async -> [DoctorFinding] {
        if case .sqlite(let path) = configuration.location, !FileManager.default.fileExists(atPath: path) {
            return [missingSQLiteFile(path)]
        }
        do {
            let database = try await Database.open(configuration.location, operationTimeout: 5, logger: logger)
            return try await withServedDatabase(database) { database in
                let started = ContinuousClock.now
                try await database.ping(timeout: 5)
                let elapsed = ContinuousClock.now - started
                let reach = DoctorFinding(
                    area: "database", outcome: .ok,
                    detail: "\(database.location) answered in \(elapsed.formatted(.units(allowed: [.milliseconds])))"
                )
                var findings = [reach, try await schemaFinding(database)]
                if case .postgres(let postgres) = database.location {
                    findings.append(
                        Self.rowSecurityFinding(try await database.rowSecurityBypass(), role: postgres.username))
                }
                return findings
            }
        } catch {
            return [unreachable(error)]
        }
    }

    private func schemaFinding(_ database: Database) async throws -> DoctorFinding {
        let status = try await Migrator(database: database, clock: { Date() }).status()
        if status.isNewerThanBinary {
            return DoctorFinding(
                area: "schema", outcome: .failure,
                detail: "version \(status.current), newer than this binary's \(status.latest)",
                fix: "run the newer piper that migrated this database"
            )
        }
        if status.hasPending {
            return DoctorFinding(
                area: "schema", outcome: .warning,
                detail: "version \(status.current); \(status.latest - status.current) migration(s) pending",
                fix: "run `piper migrate`, or start `piper serve`, which migrates first"
            )
        }
        return DoctorFinding(area: "schema", outcome: .ok, detail: "version \(status.current), up to date")
    }

    /// Whether tenants are isolated by the database as well as by Piper's own queries.
    static func rowSecurityFinding(_ bypass: RowSecurityBypass?, role: String) -> DoctorFinding {
        guard let bypass else {
            return DoctorFinding(area: "row security", outcome: .ok, detail: "enforced for role '\(role)'")
        }
        return DoctorFinding(
            area: "row security", outcome: .warning,
            detail: "row-level security is bypassed: role '\(role)' is \(bypass.rawValue)",
            fix: "connect as a role with NOSUPERUSER NOBYPASSRLS (it may own the tables: they force row security)"
        )
    }

    private func missingSQLiteFile(_ path: String) -> DoctorFinding {
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        var existing = folder
        while !FileManager.default.fileExists(atPath: existing.path), existing.pathComponents.count > 1 {
            existing.deleteLastPathComponent()
        }
        guard FileManager.default.isWritableFile(atPath: existing.path) else {
            return DoctorFinding(
                area: "database", outcome: .failure, detail: "cannot create \(path): \(existing.path) is not writable",
                fix: "choose a writable location with --database or PIPER_DATABASE_PATH"
            )
        }
        return DoctorFinding(
            area: "database", outcome: .ok, detail: "sqlite:\(path) does not exist yet; `piper serve` creates it"
        )
    }

    private func unreachable(_ error: any Error) -> DoctorFinding {
        let fix: String =
            switch configuration.location {
            case .sqlite: "check the file's permissions, or point --database at another file"
            case .postgres: "start PostgreSQL, check host, port, user and password in PIPER_DATABASE_URL"
            }
        return DoctorFinding(area: "database", outcome: .failure, detail: "\(error)", fix: fix)
    }
}
