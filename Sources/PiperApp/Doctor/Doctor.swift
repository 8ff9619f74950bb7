import Foundation
import Logging
import NIOCore
import NIOPosix
import PiperCore
import PiperStorage

/// Checks configuration, database reachability, schema, the HTTP port, sign-in and language models, without
/// changing anything.
package struct Doctor: Sendable {
    private let sources: ConfigSources
    private let logger: Logger

    /// Creates a doctor over the given configuration sources.
    package init(sources: ConfigSources, logger: Logger) {
        self.sources = sources
        self.logger = logger
    }

    /// Runs every check that can run; later checks are skipped when the configuration is unusable.
    package func examine() async -> [DoctorFinding] {
        let configuration: PiperConfiguration
        do {
            configuration = try PiperConfiguration(
                reader: try await sources.makeReader(), environment: sources.environment)
        } catch {
            return [configurationFailure(error)]
        }
        var findings = [configurationFinding()]
        findings += await DatabaseExamination(configuration: configuration.database, logger: logger).findings()
        findings.append(await portFinding(configuration.http))
        findings.append(SignInFinding.finding(configuration.auth, http: configuration.http))
        findings += [SignInFinding.hostsFinding(configuration.http)].compactMap { $0 }
        findings += await ModelsFinding.findings(configuration.models)
        return findings
    }

    private func configurationFinding() -> DoctorFinding {
        let file = sources.configFilePath
        let fileNote =
            FileManager.default.fileExists(atPath: file.path)
            ? "config file \(file.path)" : "no config file; defaults and environment"
        return DoctorFinding(area: "configuration", outcome: .ok, detail: "valid (\(fileNote))")
    }

    private func configurationFailure(_ error: any Error) -> DoctorFinding {
        let fix: String =
            if let error = error as? ConfigurationError {
                "set \(error.environmentVariable), the '\(error.key)' key of the config file, or the matching flag"
            } else {
                "check the config file is valid JSON, or unset PIPER_CONFIG"
            }
        return DoctorFinding(area: "configuration", outcome: .failure, detail: "\(error)", fix: fix)
    }

    private func portFinding(_ http: HTTPConfiguration) async -> DoctorFinding {
        let address = "\(http.host):\(http.port)"
        do {
            let channel = try await ServerBootstrap(group: MultiThreadedEventLoopGroup.singleton)
                .serverChannelOption(.socketOption(.so_reuseaddr), value: 1)
                .bind(host: http.host, port: http.port).get()
            try await channel.close()
            return DoctorFinding(area: "http", outcome: .ok, detail: "\(address) is free to listen on")
        } catch {
            return DoctorFinding(
                area: "http", outcome: .warning, detail: "cannot listen on \(address): \(error)",
                fix: "stop whatever uses the port (perhaps a running piper), or pick another with --port"
            )
        }
    }
}
