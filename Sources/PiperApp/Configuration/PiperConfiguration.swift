import Logging
import PiperServer
import PiperStorage

/// Everything Piper reads from configuration, validated, with documented keys and defaults.
///
/// | key | environment | default |
/// |---|---|---|
/// | `http.host` | `PIPER_HTTP_HOST` | `127.0.0.1` |
/// | `http.port` | `PIPER_HTTP_PORT` | `8080` |
/// | `http.allowed_hosts` | `PIPER_HTTP_ALLOWED_HOSTS` | the listen host, `localhost`, `127.0.0.1`, `[::1]`, with the port |
/// | `database.url` | `PIPER_DATABASE_URL` | unset: SQLite at `database.path` |
/// | `database.path` | `PIPER_DATABASE_PATH` | `./.piper/piper.sqlite` |
/// | `database.timeout` | `PIPER_DATABASE_TIMEOUT` | `15` seconds |
/// | `database.allow_rls_bypass` | `PIPER_DATABASE_ALLOW_RLS_BYPASS` | `false`: refuse a role that skips row security |
/// | `log.level` | `PIPER_LOG_LEVEL` | `info` |
/// | `log.format` | `PIPER_LOG_FORMAT` | `text` |
/// | `local.name` | `PIPER_LOCAL_NAME` | `$USER`, else `Local user` |
/// | `local.timezone` | `PIPER_LOCAL_TIMEZONE` | the system's time zone |
/// | `reminders.interval` | `PIPER_REMINDERS_INTERVAL` | `15` seconds between checks for due reminders |
/// | `secrets.key` | `PIPER_SECRETS_KEY` | unset: read (or create) `secrets.key_file` |
/// | `secrets.key_file` | `PIPER_SECRETS_KEY_FILE` | `./.piper/master.key` |
/// | `auth.mode` | `PIPER_AUTH_MODE` | `local` on SQLite (no sign-in), `accounts` on PostgreSQL |
/// | `auth.bcrypt_cost` | `PIPER_AUTH_BCRYPT_COST` | `12` |
/// | `auth.trust_forwarded_for` | `PIPER_AUTH_TRUST_FORWARDED_FOR` | `false` |
/// | `auth.trusted_proxies` | `PIPER_AUTH_TRUSTED_PROXIES` | `1` proxy appending to `X-Forwarded-For` |
/// | `auth.oidc.issuer` | `PIPER_AUTH_OIDC_ISSUER` | unset: no single sign-on |
/// | `auth.oidc.client_id` | `PIPER_AUTH_OIDC_CLIENT_ID` | required with an issuer |
/// | `auth.oidc.client_secret` | `PIPER_AUTH_OIDC_CLIENT_SECRET` | unset: a public client |
/// | `auth.oidc.redirect_uri` | `PIPER_AUTH_OIDC_REDIRECT_URI` | required with an issuer |
/// | `auth.oidc.name` | `PIPER_AUTH_OIDC_NAME` | `single sign-on` |
/// | `models.*` | `PIPER_MODELS_*` | no model; see ``ModelsConfiguration`` |
package struct PiperConfiguration: Sendable {
    /// Where the HTTP server listens.
    package var http: HTTPConfiguration
    /// Where the data lives.
    package var database: DatabaseConfiguration
    /// How Piper logs.
    package var log: LogConfiguration
    /// Who the single user of a fresh installation is.
    package var local: LocalUserConfiguration
    /// How often due reminders are posted.
    package var reminders: ReminderConfiguration
    /// Where the master key of user secrets comes from.
    package var secrets: SecretsConfiguration
    /// Sign-in: the single-user mode or accounts, bcrypt's cost, single sign-on.
    package var auth: AuthConfiguration
    /// Language models: providers, routes, resilience, prices, limits and the classifier fallback.
    package var models: ModelsConfiguration
}

/// The master key that wraps the data keys of user secrets.
package struct SecretsConfiguration: Sendable, Hashable {
    /// The key itself (base64 of 32 bytes); secret, never logged.
    package var key: String?
    /// The file holding the key when `key` is unset; created with a fresh key (mode 0600) when missing.
    package var keyFile: String

    /// Creates the configuration.
    package init(key: String? = nil, keyFile: String = "./.piper/master.key") {
        self.key = key
        self.keyFile = keyFile
    }
}

/// The reminder scheduler.
package struct ReminderConfiguration: Sendable, Hashable {
    /// Seconds between checks for due reminders.
    package var interval: Double

    /// Creates the configuration.
    package init(interval: Double = 15) {
        self.interval = interval
    }
}

/// The HTTP listener.
package struct HTTPConfiguration: Sendable, Hashable {
    /// Host name or address to bind.
    package var host: String
    /// TCP port to bind.
    package var port: Int
    /// The `Host` names requests may use; `nil` for the listen address and the loopback names.
    package var allowedHosts: [AllowedHost]?

    /// The names Piper answers to.
    package var site: SitePolicy {
        allowedHosts.map(SitePolicy.init(allowedHosts:)) ?? .listening(on: host, port: port)
    }
}

/// The database location and how long to wait for it.
package struct DatabaseConfiguration: Sendable, Hashable {
    /// SQLite file or PostgreSQL server.
    package var location: DatabaseLocation
    /// Seconds an operation may wait for PostgreSQL before failing.
    package var timeout: Double
    /// Serve even when the PostgreSQL role skips row-level security (superuser or BYPASSRLS).
    package var allowsRowSecurityBypass: Bool

    /// Creates a database configuration.
    package init(location: DatabaseLocation, timeout: Double, allowsRowSecurityBypass: Bool = false) {
        self.location = location
        self.timeout = timeout
        self.allowsRowSecurityBypass = allowsRowSecurityBypass
    }
}

/// Log verbosity and shape.
package struct LogConfiguration: Sendable, Hashable {
    /// How lines are written.
    package enum Format: String, Sendable, Hashable, CaseIterable {
        /// Human-readable lines with `key=value` metadata.
        case text
        /// One JSON object per line.
        case json
    }

    /// The lowest level written.
    package var level: Logger.Level
    /// How lines are written.
    package var format: Format
}

/// The person an empty installation is set up for.
package struct LocalUserConfiguration: Sendable, Hashable {
    /// The name Piper calls them by.
    package var displayName: String
    /// Their IANA time zone.
    package var timeZone: String
}
