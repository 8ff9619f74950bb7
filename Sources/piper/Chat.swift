import ArgumentParser
import Foundation
import PiperApp

/// `piper chat`: an interactive conversation in the terminal.
struct Chat: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Talk with Piper in the terminal.",
        discussion: "Type a message and press Enter. /new starts a new conversation; /quit or Ctrl-D ends."
    )

    @Flag(name: .long, help: "Start a new conversation instead of continuing the last one.")
    var new = false

    @OptionGroup var target: ChatTargetOptions

    func run() async throws {
        try await reportingFailures {
            let new = new
            try await target.withSession { session in
                var conversation = try await session.conversation(startingNew: new)
                write("Piper is listening. /new starts a new conversation, /quit ends.\n")
                while true {
                    write("you> ")
                    guard let line = readLine() else { break }
                    let text = line.trimmingCharacters(in: .whitespaces)
                    if text.isEmpty { continue }
                    if text == "/quit" || text == "/exit" { break }
                    if text == "/new" {
                        conversation = try await session.conversation(startingNew: true)
                        write("piper> Started a new conversation.\n")
                        continue
                    }
                    let reply = TerminalReply(prefix: "piper> ", write: write)
                    do {
                        await reply.finish(try await session.send(text, in: conversation, stream: reply.stream))
                    } catch let error where CommandFailure.message(for: error) != nil {
                        await reply.interrupt()
                        write("piper> (error) \(CommandFailure.message(for: error) ?? "")\n")
                    }
                }
            }
        }
    }
}

/// Writes straight to standard output, unbuffered, so the prompt shows before input is read.
@Sendable private func write(_ text: String) {
    FileHandle.standardOutput.write(Data(text.utf8))
}
