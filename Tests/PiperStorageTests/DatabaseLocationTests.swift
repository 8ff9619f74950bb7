import PiperCore
import PiperStorage
import Testing

@Suite("DatabaseLocation")
struct DatabaseLocationTests {
    @Test("plain paths and sqlite URLs select SQLite")
    func sqlite() throws {
        #expect(try DatabaseLocation(parsing: "./.piper/piper.sqlite") == .sqlite(path: "./.piper/piper.sqlite"))
        #expect(try DatabaseLocation(parsing: "sqlite:///var/lib/piper.db") == .sqlite(path: "/var/lib/piper.db"))
        #expect(try DatabaseLocation(parsing: "sqlite:data.db") == .sqlite(path: "data.db"))
    }

    @Test("postgres URLs select PostgreSQL with every part")
    func postgres() throws {
        let location = try DatabaseLocation(
            parsing: "postgresql://piper:s%40cret@db.internal:6543/piper?sslmode=require")
        let expected = PostgresLocation(
            host: "db.internal", port: 6543, username: "piper", password: "s@cret", database: "piper", tls: .require
        )
        #expect(location == .postgres(expected))
    }

    @Test("defaults the port, database and TLS mode")
    func postgresDefaults() throws {
        let location = try DatabaseLocation(parsing: "postgres://alex@localhost")
        #expect(
            location
                == .postgres(
                    .init(
                        host: "localhost", port: 5432, username: "alex", password: nil, database: "alex", tls: .prefer))
        )
    }

    @Test("descriptions never contain the password")
    func redaction() throws {
        let location = try DatabaseLocation(parsing: "postgres://piper:hunter2hunter2@db:5432/piper")
        #expect(!location.description.contains("hunter2"))
        #expect(location.description == "postgres://piper@db:5432/piper")
    }

    @Test(
        "refuses unusable locations with a clear reason",
        arguments: [
            "", "mysql://root@db/piper", "postgres://db:5432/piper", "postgres://piper@db/piper?sslmode=sometimes",
        ])
    func refusals(text: String) {
        #expect(throws: StorageError.self) { try DatabaseLocation(parsing: text) }
    }

    @Test("a malformed URL's error does not repeat its password")
    func errorRedaction() {
        do {
            _ = try DatabaseLocation(parsing: "postgres://piper:hunter2hunter2@db/piper?sslmode=bogus")
            Issue.record("expected a failure")
        } catch {
            #expect(!error.description.contains("hunter2"))
        }
    }
}
