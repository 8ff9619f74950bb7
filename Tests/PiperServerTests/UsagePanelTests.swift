import Foundation
import HummingbirdTesting
import PiperServer
import Testing

/// The Usage panel on the chat page: a skeleton app.js fills from `/api/v1/usage`.
@Suite("Web usage panel")
struct UsagePanelTests {
    static let common = [
        "toggle-usage", "usage-panel", "usage-close", "usage-error", "usage-period", "usage-totals", "usage-limits",
        "usage-days", "usage-tasks", "usage-models", "usage-providers",
    ]

    @Test("an owner's page has the Usage panel with the workspace switch and the limits form")
    func owner() async throws {
        try await ChatServer.with { _, client in
            let page = try await client.call(.get, "/", as: "owner")
            #expect(page.status == .ok)
            for id in Self.common + ["usage-workspace", "limits-form", "limits-budget", "limits-daily", "limits-reset"]
            {
                #expect(page.body.contains("id=\"\(id)\""), "no #\(id)")
            }
            #expect(
                page.body.contains(
                    "id=\"usage-panel\" aria-labelledby=\"usage-heading\" data-testid=\"usage-panel\" hidden>"))
        }
    }

    @Test("a member's page shows their usage and the limits, but neither the workspace switch nor the form")
    func member() async throws {
        try await ChatServer.with { _, client in
            let page = try await client.call(.get, "/", as: "colleague")
            for id in Self.common {
                #expect(page.body.contains("id=\"\(id)\""), "no #\(id)")
            }
            for id in ["usage-workspace", "limits-form"] {
                #expect(!page.body.contains("id=\"\(id)\""), "a member sees #\(id)")
            }
        }
    }

    @Test("the script loads the report and labels the limits' audit entries")
    func script() async throws {
        try await ChatServer.with { _, client in
            let script = try await client.call(.get, "/assets/app.js", as: nil).body
            for fragment in ["`/usage?scope=", "'/usage/limits'", "'usage.limits_changed'", "bindUsage();"] {
                #expect(script.contains(fragment), "app.js lacks \(fragment)")
            }
        }
    }
}
