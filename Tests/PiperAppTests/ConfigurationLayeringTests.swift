import Foundation
import PiperApp
import PiperStorage
import Testing

@Suite("Configuration layering")
struct ConfigurationLayeringTests {
    private static func configuration(
        flags: [String: String] = [:],
        environment: [String: String] = [:],
        file: String? = nil
    ) async throws -> PiperConfiguration {
        let sources = ConfigSources(flags: flags, environment: environment, configFile: file)
        return try PiperConfiguration(reader: try await sources.makeReader(), environment: environment)
    }

    private static func writeConfigFile(_ json: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("piper-\(UUID()).json")
        try Data(json.utf8).write(to: url)
        return url.path
    }

    @Test("defaults: localhost, port 8080, the embedded SQLite file")
    func defaults() async throws {
        let configuration = try await Self.configuration(file: nil)
        #expect(configuration.http.host == "127.0.0.1")
        #expect(configuration.http.port == 8080)
        #expect(configuration.database.location == .sqlite(path: "./.piper/piper.sqlite"))
        #expect(configuration.log.level == .info)
    }

    @Test("file beats defaults, environment beats file, flags beat environment")
    func precedence() async throws {
        let file = try Self.writeConfigFile(#"{"http": {"host": "0.0.0.0", "port": 9000}, "log": {"level": "debug"}}"#)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let fromFile = try await Self.configuration(file: file)
        #expect(fromFile.http.host == "0.0.0.0")
        #expect(fromFile.http.port == 9000)
        let fromEnvironment = try await Self.configuration(environment: ["PIPER_HTTP_PORT": "9100"], file: file)
        #expect(fromEnvironment.http.port == 9100)
        #expect(fromEnvironment.log.level == .debug)
        let fromFlags = try await Self.configuration(
            flags: ["http.port": "9200"], environment: ["PIPER_HTTP_PORT": "9100"], file: file
        )
        #expect(fromFlags.http.port == 9200)
        #expect(fromFlags.http.host == "0.0.0.0")
    }

    @Test("PIPER_CONFIG names the config file")
    func configFromEnvironment() async throws {
        let file = try Self.writeConfigFile(#"{"http": {"port": 7000}}"#)
        defer { try? FileManager.default.removeItem(atPath: file) }
        let configuration = try await Self.configuration(environment: ["PIPER_CONFIG": file])
        #expect(configuration.http.port == 7000)
    }

    @Test("PIPER_DATABASE_URL selects PostgreSQL; a --database path overrides it")
    func databaseSelection() async throws {
        let url = "postgres://piper:pw@db.internal:5432/piper"
        let postgres = try await Self.configuration(environment: ["PIPER_DATABASE_URL": url])
        guard case .postgres(let location) = postgres.database.location else {
            Issue.record("expected PostgreSQL, got \(postgres.database.location)")
            return
        }
        #expect(location.host == "db.internal")
        let overridden = try await Self.configuration(
            flags: ["database.url": "/tmp/other.sqlite"], environment: ["PIPER_DATABASE_URL": url]
        )
        #expect(overridden.database.location == .sqlite(path: "/tmp/other.sqlite"))
    }

    @Test(
        "unusable values fail with the key and variable named",
        arguments: [
            ("PIPER_HTTP_PORT", "eighty", "http.port"),
            ("PIPER_HTTP_PORT", "70000", "http.port"),
            ("PIPER_LOG_LEVEL", "loud", "log.level"),
            ("PIPER_DATABASE_URL", "mysql://db/piper", "database.url"),
            ("PIPER_LOCAL_TIMEZONE", "Mars/Olympus", "local.timezone"),
        ])
    func invalidValues(variable: String, value: String, key: String) async throws {
        do {
            _ = try await Self.configuration(environment: [variable: value])
            Issue.record("\(variable)=\(value) should be refused")
        } catch let error as ConfigurationError {
            #expect(error.key == key)
            #expect(error.description.contains(error.environmentVariable))
        }
    }

    @Test("a missing explicit config file is an error, a missing default one is not")
    func missingFile() async throws {
        await #expect(throws: ConfigurationError.self) {
            try await Self.configuration(file: "/nonexistent/piper.json")
        }
        _ = try await Self.configuration(file: nil)
    }
}
