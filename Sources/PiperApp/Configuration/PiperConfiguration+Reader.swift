import Configuration
import Foundation
import Logging
import PiperCore
import PiperServer
import PiperStorage

extension PiperConfiguration {
    /// Reads and validates the configuration; the first unusable value throws ``ConfigurationError``.
    package init(reader: ConfigReader, environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        self.http = try HTTPConfiguration(reader: reader.scoped(to: "http"))
        self.database = try DatabaseConfiguration(reader: reader.scoped(to: "database"))
        self.log = try LogConfiguration(reader: reader.scoped(to: "log"))
        self.local = try LocalUserConfiguration(reader: reader.scoped(to: "local"), environment: environment)
        self.reminders = try ReminderConfiguration(reader: reader.scoped(to: "reminders"))
        let secrets = reader.scoped(to: "secrets")
        self.secrets = SecretsConfiguration(
            key: secrets.string(forKey: "key", isSecret: true),
            keyFile: secrets.string(forKey: "key_file", default: "./.piper/master.key"))
        self.auth = try AuthConfiguration(reader: reader.scoped(to: "auth"), database: database.location)
        self.models = try ModelsConfiguration(reader: reader.scoped(to: "models"))
    }
}

extension ReminderConfiguration {
    init(reader: ConfigReader) throws {
        let interval = reader.double(forKey: "interval", default: 15)
        guard (0.05...3600).contains(interval) else {
            throw ConfigurationError(key: "reminders.interval", problem: "must be between 0.05 and 3600 seconds")
        }
        self.init(interval: interval)
    }
}

extension HTTPConfiguration {
    init(reader: ConfigReader) throws {
        self.host = reader.string(forKey: "host", default: "127.0.0.1")
        self.port = try reader.validatedInt("port", in: 0...65535, default: 8080, fullKey: "http.port")
        guard !host.isEmpty else { throw ConfigurationError(key: "http.host", problem: "must not be empty") }
        self.allowedHosts = try Self.allowedHosts(reader)
    }

    /// `http.allowed_hosts`: a list, or one string of comma-separated entries (`name`, `name:port`, `*`).
    private static func allowedHosts(_ reader: ConfigReader) throws -> [AllowedHost]? {
        let texts =
            reader.stringArray(forKey: "allowed_hosts")
            ?? reader.string(forKey: "allowed_hosts").map { $0.split(separator: ",").map(String.init) }
        guard let texts else { return nil }
        let entries = texts.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        guard !entries.isEmpty else {
            throw ConfigurationError(
                key: "http.allowed_hosts", problem: "names no host; leave it unset for the defaults")
        }
        return try entries.map { text in
            guard let host = AllowedHost(parsing: text) else {
                throw ConfigurationError(
                    key: "http.allowed_hosts", problem: "'\(text)' is not a host name, host:port, [v6]:port or *")
            }
            return host
        }
    }
}

extension DatabaseConfiguration {
    init(reader: ConfigReader) throws {
        let url = reader.string(forKey: "url", isSecret: true)
        let path = reader.string(forKey: "path", default: "./.piper/piper.sqlite")
        do {
            self.location = try DatabaseLocation(parsing: url ?? path)
        } catch {
            throw ConfigurationError(key: url == nil ? "database.path" : "database.url", problem: error.description)
        }
        let timeout = reader.double(forKey: "timeout", default: 15)
        guard timeout > 0 else { throw ConfigurationError(key: "database.timeout", problem: "must be above 0 seconds") }
        self.timeout = timeout
        self.allowsRowSecurityBypass = reader.bool(forKey: "allow_rls_bypass", default: false)
    }
}

extension LogConfiguration {
    init(reader: ConfigReader) throws {
        let levelName = reader.string(forKey: "level", default: "info").lowercased()
        guard let level = Logger.Level(rawValue: levelName) else {
            let names = Logger.Level.allCases.map(\.rawValue).joined(separator: ", ")
            throw ConfigurationError(key: "log.level", problem: "'\(levelName)' is not one of \(names)")
        }
        let formatName = reader.string(forKey: "format", default: "text").lowercased()
        guard let format = Format(rawValue: formatName) else {
            throw ConfigurationError(key: "log.format", problem: "'\(formatName)' is not text or json")
        }
        self.level = level
        self.format = format
    }
}

extension LocalUserConfiguration {
    init(reader: ConfigReader, environment: [String: String]) throws {
        let fallbackName = environment["USER"].flatMap { $0.isEmpty || $0 == "root" ? nil : $0 } ?? "Local user"
        self.displayName = reader.string(forKey: "name", default: fallbackName)
        self.timeZone = reader.string(forKey: "timezone", default: TimeZone.current.identifier)
        guard Self.isKnownTimeZone(timeZone) else {
            throw ConfigurationError(key: "local.timezone", problem: "'\(timeZone)' is not an IANA time zone")
        }
    }
}

extension LocalUserConfiguration {
    /// Whether `identifier` names a real IANA zone (Foundation on Linux accepts any text, so ask the list).
    static func isKnownTimeZone(_ identifier: String) -> Bool {
        ["UTC", "GMT"].contains(identifier) || identifier.hasPrefix("Etc/")
            || TimeZone.knownTimeZoneIdentifiers.contains(identifier)
    }
}

extension ConfigReader {
    /// An integer in `range`; a present value that is not one throws instead of falling back silently.
    func validatedInt(_ key: String, in range: ClosedRange<Int>, default: Int, fullKey: String) throws
        -> Int
    {
        let text = string(forKey: ConfigKey(key))
        if let value = int(forKey: ConfigKey(key)) ?? text.flatMap({ Int($0) }) {
            guard range.contains(value) else {
                throw ConfigurationError(
                    key: fullKey, problem: "\(value) is outside \(range.lowerBound)–\(range.upperBound)")
            }
            return value
        }
        if let text {
            throw ConfigurationError(key: fullKey, problem: "'\(text)' is not a whole number")
        }
        return `default`
    }
}
