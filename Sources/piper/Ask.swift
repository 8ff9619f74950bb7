import ArgumentParser
import Foundation
import PiperApp

/// `piper ask "text"`: one turn; prints Piper's answer. Successive calls continue the same conversation.
struct Ask: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Say one thing to Piper and print the answer.",
        discussion: """
            Continues the current conversation, so `piper ask "yes"` answers a question the previous call \
            asked. Use --new to start a fresh conversation.
            """
    )

    @Argument(help: "What to say.")
    var text: String

    @Flag(name: .long, help: "Start a new conversation.")
    var new = false

    @OptionGroup var target: ChatTargetOptions

    func run() async throws {
        try await reportingFailures {
            let text = text
            let new = new
            try await target.withSession { session in
                let conversation = try await session.conversation(startingNew: new)
                let reply = TerminalReply { FileHandle.standardOutput.write(Data($0.utf8)) }
                await reply.finish(try await session.send(text, in: conversation, stream: reply.stream))
            }
        }
    }
}
