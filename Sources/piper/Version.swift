import ArgumentParser
import PiperApp

/// `piper version`: the release and the schema version this binary migrates to.
struct Version: ParsableCommand {
    static let configuration = CommandConfiguration(abstract: "Print Piper's version.")

    func run() {
        print("piper \(PiperVersion.current) (schema version \(PiperVersion.schema))")
    }
}
