import Foundation
import PiperCore
import PiperTestSupport
import Testing

/// `piper accounts`: the operator invites people and recovers locked-out accounts without signing in.
@Suite("piper accounts")
struct AccountsCommandTests {
    @Test("invite prints a single-use sign-up link; reset-password a code; unknown names and bad addresses fail")
    func operatorCommands() async throws {
        try await ChatCommandTests.withFolder { folder in
            let invited = try await CommandRun.run(
                "piper", ["accounts", "invite", "sam@example.com", "--role", "admin"], in: folder)
            #expect(invited.status == 0, "\(invited.errors)")
            #expect(invited.output.contains("as admin") && invited.output.contains("/signin?invitation=pmi_"))

            let missing = try await CommandRun.run("piper", ["accounts", "reset-password", "nobody"], in: folder)
            #expect(missing.status == 1 && missing.errors.contains("error: No such account called nobody"))
            let bad = try await CommandRun.run("piper", ["accounts", "invite", "not-an-email"], in: folder)
            #expect(bad.status == 1 && bad.errors.contains("doesn't look like an email address"))
            let role = try await CommandRun.run(
                "piper", ["accounts", "invite", "a@example.com", "--role", "boss"], in: folder)
            #expect(role.status != 0 && role.errors.contains("--role must be owner, admin or member"))
            #expect(!invited.output.contains("info"), "logs must not clutter the output")
        }
    }
}
