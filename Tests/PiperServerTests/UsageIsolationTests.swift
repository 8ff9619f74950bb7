import Foundation
import HummingbirdTesting
import PiperCore
import PiperServer
import PiperStorage
import PiperTestSupport
import Testing

/// One person's model calls stay theirs: other workspaces never see them, nor do colleagues in their own
/// usage; the personal-data export includes them and erasure deletes them.
@Suite("Usage isolation and personal data")
struct UsageIsolationTests {
    @Test("another workspace and a colleague see none of the owner's calls", arguments: TestDatabase.availableDialects)
    func isolation(dialect: Dialect) async throws {
        try await ChatServer.with(dialect) { server, client in
            try await UsageRoutesTests.record(
                server.owner.principal.scope, at: "2026-09-21T09:00:00Z", in: server.database,
                model: ("openai", "secret-model-x"))
            let owners = try await client.call(.get, "/api/v1/usage?scope=workspace")
            #expect(owners.body.contains("secret-model-x"))
            for (user, uri) in [
                ("stranger", "/api/v1/usage"), ("stranger", "/api/v1/usage?scope=workspace"),
                ("colleague", "/api/v1/usage"), ("stranger", "/api/v1/usage/limits"),
            ] {
                let response = try await client.call(.get, uri, as: user)
                #expect(response.status == .ok, "\(user) \(uri)")
                #expect(!response.body.contains("secret-model-x"), "\(user) \(uri)")
                let totals = try jsonObject(response.body)["totals"] as? [String: Any]
                #expect(totals == nil || totals?["calls"] as? Int == 0, "\(user) \(uri) counts the owner's call")
                if user == "stranger" {
                    #expect(!response.body.contains("1500"), "\(uri) shows the owner's spend")
                }
            }
            try await client.call(.put, "/api/v1/usage/limits", as: "stranger", json: #"{"dailyRequestsPerUser":3}"#)
            let limits = try jsonObject(try await client.call(.get, "/api/v1/usage/limits").body)
            #expect(limits["source"] as? String == "default")
        }
    }

    @Test("the personal-data export lists the caller's model usage, and erasure deletes it")
    func personalData() async throws {
        try await ChatServer.with { server, client in
            let scope = server.owner.principal.scope
            try await UsageRoutesTests.record(scope, at: "2026-09-21T09:00:00Z", in: server.database)
            let export = try jsonObject(try await client.call(.get, "/api/v1/me/export").body)
            let usage = try #require(export["modelUsage"] as? [[String: Any]])
            #expect(usage.count == 1 && usage.first?["model"] as? String == "gpt-4o-mini")
            #expect(usage.first?["day"] as? String == "2026-09-21" && usage.first?["costMicros"] as? Int == 1_500)
            let erased = try await client.call(.post, "/api/v1/me/erase", json: #"{"confirm":"erase my data"}"#)
            #expect(erased.status == .noContent)
            let since = Date(timeIntervalSince1970: 0)
            let remaining = try await ModelUsageStore.sql(server.database).userRequests(scope, since)
            #expect(remaining == 0)
        }
    }
}
