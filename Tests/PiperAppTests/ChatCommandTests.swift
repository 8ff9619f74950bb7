import Foundation
import PiperCore
import PiperTestSupport
import Testing

/// The `piper` binary's conversation commands, run as a user would in a fresh folder.
@Suite("piper ask, chat and intent")
struct ChatCommandTests {
    static func withFolder(_ body: (URL) async throws -> Void) async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("piper-cli-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try await body(folder)
    }

    @Test("successive asks continue one conversation, so yes answers the previous question")
    func askContinues() async throws {
        try await Self.withFolder { folder in
            let added = try await CommandRun.run("piper", ["ask", "add a todo to review the Q3 roadmap"], in: folder)
            #expect(added.status == 0, "\(added.errors)")
            #expect(added.output.contains("Added todo #1: “review the Q3 roadmap”"))
            let asked = try await CommandRun.run("piper", ["ask", "delete the roadmap todo"], in: folder)
            #expect(asked.output.contains("Delete todo #1 “review the Q3 roadmap”?"))
            #expect(asked.output.contains("[yes] Delete it"))
            let confirmed = try await CommandRun.run("piper", ["ask", "yes"], in: folder)
            #expect(confirmed.output.contains("Deleted todo #1"))
            let fresh = try await CommandRun.run("piper", ["ask", "--new", "yes"], in: folder)
            #expect(!fresh.output.contains("Deleted"))
            #expect(!added.output.contains("info"), "logs must not clutter the answer")
        }
    }

    @Test("chat reads messages until /quit")
    func chat() async throws {
        try await Self.withFolder { folder in
            let run = try await CommandRun.run(
                "piper", ["chat"], in: folder, input: "add a todo to call Sam\nshow my todos\n/quit\nnever read\n")
            #expect(run.status == 0, "\(run.errors)")
            #expect(run.output.contains("Added todo #1: “call Sam”"))
            #expect(run.output.contains("• #1 call Sam"))
            #expect(!run.output.contains("never read"))
        }
    }

    @Test("intent prints JSON, one line per input line with --jsonl")
    func intent() async throws {
        try await Self.withFolder { folder in
            let single = try await CommandRun.run(
                "piper", ["intent", "--json", "remind me tomorrow at 9 to call Sam", "--timezone", "Europe/Berlin"],
                in: folder)
            let object = try #require(
                try JSONSerialization.jsonObject(with: Data(single.output.utf8)) as? [String: Any])
            #expect(object["action"] as? String == "create_reminder")
            #expect(object["category"] as? String == "EXECUTION")
            #expect((object["slots"] as? [String: Any])?["when"] as? String == "tomorrow at 9")

            let input = """
                show my todos
                {"text": "what's the weather in Paris?", "action": "out_of_scope"}

                close issue 42
                """
            let lines = try await CommandRun.run("piper", ["intent", "--jsonl"], in: folder, input: input)
            let actions = lines.output.split(separator: "\n").map { line in
                (try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])?["action"] as? String
            }
            #expect(actions == ["list_todos", "out_of_scope", "out_of_scope", "close_issue"])
        }
    }

    @Test("secrets rotate re-encrypts under a new version and status reports it")
    func rotate() async throws {
        try await Self.withFolder { folder in
            let empty = try await CommandRun.run("piper", ["secrets", "status"], in: folder)
            #expect(empty.status == 0, "\(empty.errors)")
            #expect(empty.output.contains("no data keys yet"))
            let rotated = try await CommandRun.run("piper", ["secrets", "rotate"], in: folder)
            #expect(rotated.output.contains("data key version 1 is active; 0 secrets re-encrypted"))
            let again = try await CommandRun.run("piper", ["secrets", "rotate"], in: folder)
            #expect(again.output.contains("data key version 2 is active"))
            let status = try await CommandRun.run("piper", ["secrets", "status"], in: folder)
            #expect(status.output.contains("version 2 (active): 0 secrets"))
            let keyFile = folder.appendingPathComponent(".piper/master.key").path
            let permissions = try FileManager.default.attributesOfItem(atPath: keyFile)[.posixPermissions] as? Int
            #expect(permissions == 0o600)
            let broken = try await CommandRun.run(
                "piper", ["secrets", "status"], in: folder, environment: ["PIPER_SECRETS_KEY": "not-a-key"])
            #expect(broken.status == 1)
            #expect(broken.errors.contains("secrets.key"))
            #expect(!broken.errors.contains("not-a-key"))
        }
    }

    @Test("eval intents reports the held-out numbers; a bad file is a readable error")
    func evaluate() async throws {
        try await Self.withFolder { folder in
            let bad = folder.appendingPathComponent("bad.jsonl")
            try Data("{\"text\": \"hi\"}\nnot json\n".utf8).write(to: bad)
            let failed = try await CommandRun.run("piper", ["eval", "intents", bad.path], in: folder)
            #expect(failed.status == 1)
            #expect(failed.errors.hasPrefix("error: "))
            #expect(failed.errors.contains("line"))
        }
    }
}
