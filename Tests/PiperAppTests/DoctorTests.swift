import Foundation
import Logging
import PiperStorage
import PiperTestSupport
import Testing

@testable import PiperApp

@Suite("Doctor")
struct DoctorTests {
    private static func examine(_ environment: [String: String]) async -> [DoctorFinding] {
        await Doctor(sources: ConfigSources(environment: environment), logger: TestDatabase.logger).examine()
    }

    @Test("an unusable configuration is one failure that names the variable to fix")
    func badConfiguration() async {
        let findings = await Self.examine(["PIPER_HTTP_PORT": "eighty"])
        #expect(findings.count == 1)
        #expect(findings.first?.outcome == .failure)
        #expect(findings.first?.fix?.contains("PIPER_HTTP_PORT") == true)
    }

    @Test("an unreachable PostgreSQL is a failure with a fix and no password")
    func unreachableDatabase() async {
        let findings = await Self.examine([
            "PIPER_DATABASE_URL": "postgres://piper:hunter2hunter2@127.0.0.1:1/piper?sslmode=disable"
        ])
        let database = findings.first { $0.area == "database" }
        #expect(database?.outcome == .failure)
        #expect(database?.fix != nil)
        #expect(findings.allSatisfy { !$0.detail.contains("hunter2") })
    }

    @Test("a fresh SQLite location is fine: the file is created on first start")
    func freshSQLite() async {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("doctor-\(UUID())/piper.sqlite").path
        let findings = await Self.examine(["PIPER_DATABASE_PATH": path, "PIPER_HTTP_PORT": "0"])
        #expect(findings.map(\.area) == ["configuration", "database", "http", "sign-in", "models"])
        #expect(findings.allSatisfy { $0.outcome == .ok })
    }

    @Test("an unreachable model server is a warning with a fix; its key never shows")
    func unreachableModel() async {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("doctor-\(UUID())/piper.sqlite").path
        let findings = await Self.examine([
            "PIPER_DATABASE_PATH": path, "PIPER_HTTP_PORT": "0", "PIPER_MODELS_PROVIDERS": "local",
            "PIPER_MODELS_LOCAL_BASE_URL": "http://127.0.0.1:1/v1", "PIPER_MODELS_LOCAL_MODEL": "tiny",
            "PIPER_MODELS_LOCAL_API_KEY": "sk-doctor-secret-123",
        ])
        let models = findings.first { $0.area == "models" }
        #expect(models?.outcome == .warning)
        #expect(models?.fix?.contains("models.local.base_url") == true)
        #expect(findings.allSatisfy { !$0.detail.contains("sk-doctor-secret-123") })
    }

    @Test("a model server that lists the configured model is fine")
    func reachableModel() async throws {
        try await ModelProviderDouble.run { double in
            let path = FileManager.default.temporaryDirectory.appendingPathComponent("doctor-\(UUID())/piper.sqlite")
                .path
            let findings = await Self.examine([
                "PIPER_DATABASE_PATH": path, "PIPER_HTTP_PORT": "0", "PIPER_MODELS_PROVIDERS": "local",
                "PIPER_MODELS_LOCAL_BASE_URL": double.baseURL, "PIPER_MODELS_LOCAL_MODEL": "tiny",
            ])
            let models = findings.first { $0.area == "models" }
            #expect(models?.outcome == .ok, "\(String(describing: models))")
        }
    }

    @Test("the single-user mode on a public address is a warning; accounts mode is fine there")
    func exposedSingleUserMode() async {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("doctor-\(UUID())/piper.sqlite").path
        let exposed = await Self.examine([
            "PIPER_DATABASE_PATH": path, "PIPER_HTTP_PORT": "0", "PIPER_HTTP_HOST": "0.0.0.0",
        ])
        let warning = exposed.first { $0.area == "sign-in" }
        #expect(warning?.outcome == .warning && warning?.fix?.contains("PIPER_AUTH_MODE=accounts") == true)
        let hosts = exposed.first { $0.area == "hosts" }
        #expect(hosts?.outcome == .warning && hosts?.fix?.contains("http.allowed_hosts") == true)
        let accounts = await Self.examine([
            "PIPER_DATABASE_PATH": path, "PIPER_HTTP_PORT": "0", "PIPER_HTTP_HOST": "0.0.0.0",
            "PIPER_AUTH_MODE": "accounts",
        ])
        #expect(accounts.first { $0.area == "sign-in" }?.outcome == .ok)
    }

    @Test("a PostgreSQL role that skips row-level security is a warning that says so")
    func rowSecurityBypassed() {
        for bypass in [RowSecurityBypass.superuser, .bypassAttribute] {
            let finding = DatabaseExamination.rowSecurityFinding(bypass, role: "piper")
            #expect(finding.outcome == .warning)
            #expect(finding.detail.contains("row-level security is bypassed"))
            #expect(finding.fix?.contains("NOBYPASSRLS") == true)
        }
        #expect(DatabaseExamination.rowSecurityFinding(nil, role: "piper_app").outcome == .ok)
    }

    @Test(
        "on PostgreSQL, doctor checks that row-level security binds the role",
        .enabled(if: TestDatabase.postgresAdminURL != nil, "needs PIPER_TEST_POSTGRES_URL"))
    func rowSecurityOnPostgres() async throws {
        try await TestDatabase.withFreshLocation(.postgres) { location in
            guard case .postgres(let postgres) = location else { return }
            let database = try await Database.open(
                location, operationTimeout: TestDatabase.operationTimeout, logger: TestDatabase.logger)
            let bypass = try await withServedDatabase(database) { database in
                try await Migrator(database: database, clock: { Date() }).migrate()
                return try await database.rowSecurityBypass()
            }
            let url =
                "postgres://\(postgres.username):\(postgres.password ?? "")@\(postgres.host):\(postgres.port)/"
                + "\(postgres.database)?sslmode=disable"
            let findings = await Self.examine(["PIPER_DATABASE_URL": url, "PIPER_HTTP_PORT": "0"])
            let finding = findings.first { $0.area == "row security" }
            #expect(finding?.outcome == (bypass == nil ? .ok : .warning))
            #expect(finding?.detail.contains(postgres.username) == true)
        }
    }

    @Test("a database from a newer Piper is a schema failure")
    func newerSchema() async throws {
        try await TestDatabase.withFreshLocation(.sqlite) { location in
            guard case .sqlite(let path) = location else { return }
            let database = try await Database.open(
                location, operationTimeout: TestDatabase.operationTimeout, logger: TestDatabase.logger)
            try await withServedDatabase(database) { database in
                let future = Migration(version: Schema.migrations.count + 1, name: "future") { _ in [] }
                try await Migrator(database: database, migrations: Schema.migrations + [future], clock: { Date() })
                    .migrate()
            }
            let findings = await Self.examine(["PIPER_DATABASE_PATH": path, "PIPER_HTTP_PORT": "0"])
            let schema = findings.first { $0.area == "schema" }
            #expect(schema?.outcome == .failure)
            #expect(schema?.fix?.contains("newer") == true)
        }
    }
}
