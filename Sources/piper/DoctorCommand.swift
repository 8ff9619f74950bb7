import ArgumentParser
import Logging
import PiperApp

/// `piper doctor`: says what is wrong with this installation and how to fix it.
struct Doctor: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check configuration, database reachability, schema version and the HTTP port.",
        discussion: "Changes nothing. Exits with status 1 when a check fails."
    )

    @Option(name: .long, help: "Port to check (default: the configured one).")
    var port: Int?

    @OptionGroup var options: ConfigurationOptions

    func run() async throws {
        var logger = Logger(label: "piper.doctor")
        logger.logLevel = .critical
        var extra: [String: String] = [:]
        extra["http.port"] = port.map(String.init)
        let findings = await PiperApp.Doctor(sources: options.sources(adding: extra), logger: logger).examine()
        for finding in findings {
            print(DoctorLine(finding).text)
        }
        if findings.contains(where: { $0.outcome == .failure }) {
            print("Some checks failed.")
            throw ExitCode(1)
        }
        print(
            findings.contains { $0.outcome == .warning }
                ? "Piper can run; see the warnings above." : "All checks passed.")
    }
}

/// One printed line (and its fix) of the doctor's report.
struct DoctorLine {
    let text: String

    init(_ finding: DoctorFinding) {
        let mark =
            switch finding.outcome {
            case .ok: "ok  "
            case .warning: "warn"
            case .failure: "FAIL"
            }
        let area = finding.area.padding(toLength: 14, withPad: " ", startingAt: 0)
        var text = "[\(mark)] \(area) \(finding.detail)"
        if let fix = finding.fix { text += "\n       fix: \(fix)" }
        self.text = text
    }
}
