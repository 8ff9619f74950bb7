import Foundation
import HummingbirdTesting
import PiperCore
import PiperServer
import PiperStorage
import PiperTestSupport
import Testing

/// `/api/v1/usage/limits`: read by every member, set and reset by owners and admins, validated and audited.
@Suite("Usage limits routes")
struct UsageLimitsRoutesTests {
    @Test("owners set limits that members read; every change is audited; DELETE brings back the defaults")
    func setAndReset() async throws {
        try await ChatServer.with { _, client in
            let saved = try await client.call(
                .put, "/api/v1/usage/limits", json: #"{"monthlyBudgetUsd":12.5,"dailyRequestsPerUser":50}"#)
            #expect(saved.status == .ok)
            let limits = try jsonObject(saved.body)
            #expect(limits["source"] as? String == "workspace" && limits["monthlyBudgetMicros"] as? Int == 12_500_000)
            #expect(limits["monthlyBudget"] as? String == "$12.50" && limits["dailyRequestsPerUser"] as? Int == 50)
            let members = try jsonObject(try await client.call(.get, "/api/v1/usage/limits", as: "colleague").body)
            #expect(members["monthlyBudgetMicros"] as? Int == 12_500_000)
            let strangers = try jsonObject(try await client.call(.get, "/api/v1/usage/limits", as: "stranger").body)
            #expect(strangers["source"] as? String == "default")

            let unlimited = try jsonObject(
                try await client.call(
                    .put, "/api/v1/usage/limits", json: #"{"monthlyBudgetUsd":null,"dailyRequestsPerUser":null}"#
                ).body)
            #expect(unlimited["source"] as? String == "workspace")
            #expect(unlimited["monthlyBudgetUsd"] is NSNull && unlimited["dailyRequestsPerUser"] is NSNull)

            let reset = try await client.call(.delete, "/api/v1/usage/limits")
            #expect(try jsonObject(reset.body)["source"] as? String == "default")
            let audit = try jsonObject(try await client.call(.get, "/api/v1/audit").body)
            let events = try #require(audit["events"] as? [[String: Any]])
            let details = events.filter { $0["action"] as? String == "usage.limits_changed" }.map {
                $0["detail"] as? String
            }
            #expect(
                Set(details) == [
                    "configured defaults", "no budget, no daily cap", "budget $12.50 a month, 50 calls per user a day",
                ])
        }
    }

    @Test("a plain member may not change limits")
    func memberRefused() async throws {
        try await ChatServer.with { _, client in
            let put = try await client.call(
                .put, "/api/v1/usage/limits", as: "colleague", json: #"{"monthlyBudgetUsd":1}"#)
            let delete = try await client.call(.delete, "/api/v1/usage/limits", as: "colleague")
            #expect(put.status == .forbidden && delete.status == .forbidden)
            let limits = try jsonObject(try await client.call(.get, "/api/v1/usage/limits").body)
            #expect(limits["source"] as? String == "default")
        }
    }

    @Test("negative, excessive, fractional or malformed limits are 400 with a JSON message and change nothing")
    func validation() async throws {
        try await ChatServer.with { _, client in
            for body in [
                #"{"monthlyBudgetUsd":-1}"#, #"{"monthlyBudgetUsd":2000000}"#, #"{"dailyRequestsPerUser":-5}"#,
                #"{"dailyRequestsPerUser":5000000}"#, #"{"dailyRequestsPerUser":1.5}"#, #"{"monthlyBudgetUsd":"ten"}"#,
                "not json",
            ] {
                let response = try await client.call(.put, "/api/v1/usage/limits", json: body)
                #expect(response.status == .badRequest, "\(body)")
                let error = try jsonObject(response.body)["error"] as? [String: Any]
                #expect((error?["message"] as? String)?.isEmpty == false, "\(body)")
            }
            let limits = try jsonObject(try await client.call(.get, "/api/v1/usage/limits").body)
            #expect(limits["source"] as? String == "default")
        }
    }
}
