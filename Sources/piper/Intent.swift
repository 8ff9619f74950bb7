import ArgumentParser
import Foundation
import PiperApp
import PiperCore

/// `piper intent`: how Piper understands a message, without acting on it.
struct Intent: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Classify a message into one of Piper's actions.",
        discussion: """
            Prints the action, its category, the calibrated confidence and the slots. With --jsonl, reads one \
            utterance per line on standard input (plain text, or a JSON object with a "text" field) and prints \
            one JSON object per line.
            """
    )

    @Argument(help: "The message to classify.")
    var text: String?

    @Flag(name: .long, help: "Print JSON.")
    var json = false

    @Flag(name: .long, help: "Read utterances from standard input, one per line; print one JSON object per line.")
    var jsonl = false

    @Option(name: .long, help: "IANA time zone for time phrases (default: the system's).")
    var timezone: String?

    func validate() throws {
        if jsonl == (text != nil) { throw ValidationError("Give a message, or --jsonl to read messages from stdin.") }
    }

    func run() async throws {
        let classifier = IntentReport.Classifier(timeZone: timezone.map(TimeZoneName.resolve) ?? .current)
        guard jsonl else {
            let report = classifier.report(for: text ?? "")
            print(json ? report.jsonLine : report.description)
            return
        }
        while let line = readLine(strippingNewline: true) {
            print(classifier.report(for: IntentReport.utterance(fromLine: line)).jsonLine)
        }
    }
}
