import Foundation
import Hummingbird
import HummingbirdTesting
import PiperCore
import PiperServer
import Testing

@Suite("Health routes")
struct HealthRoutesTests {
    private static func app(_ checks: [DependencyCheck]) -> some ApplicationProtocol {
        Application(router: buildRouter(ServerDependencies(readinessChecks: checks, version: "9.9.9")))
    }

    private struct Report: Decodable {
        struct Check: Decodable {
            var name: String
            var status: String
            var reason: String?
        }

        var status: String
        var version: String?
        var checks: [Check]
    }

    @Test("liveness answers 200 without consulting dependencies")
    func live() async throws {
        let failing = DependencyCheck(name: "database") { Issue.record("liveness must not check dependencies") }
        try await Self.app([failing]).test(.router) { client in
            try await client.execute(uri: "/health/live", method: .get) { response in
                #expect(response.status == .ok)
                let report = try JSONDecoder().decode(Report.self, from: Data(buffer: response.body))
                #expect(report.status == "live")
                #expect(report.version == "9.9.9")
            }
        }
    }

    @Test("readiness answers 200 when every dependency is up")
    func ready() async throws {
        try await Self.app([DependencyCheck(name: "database") {}]).test(.router) { client in
            try await client.execute(uri: "/health/ready", method: .get) { response in
                #expect(response.status == .ok)
                let report = try JSONDecoder().decode(Report.self, from: Data(buffer: response.body))
                #expect(report.status == "ready")
                #expect(report.checks.map(\.status) == ["ok"])
            }
        }
    }

    @Test("readiness answers 503 when a dependency is down, saying only which one to anonymous callers")
    func notReady() async throws {
        let down = DependencyCheck(name: "database") {
            throw DependencyFailure(reason: "cannot connect to PostgreSQL at db:5432")
        }
        try await Self.app([DependencyCheck(name: "other") {}, down]).test(.router) { client in
            try await client.execute(uri: "/health/ready", method: .get) { response in
                #expect(response.status == .serviceUnavailable)
                #expect(response.headers[.contentType]?.hasPrefix("application/json") == true)
                let report = try JSONDecoder().decode(Report.self, from: Data(buffer: response.body))
                #expect(report.status == "unavailable")
                #expect(report.checks.map(\.name) == ["other", "database"])
                #expect(report.checks.map(\.status) == ["ok", "failing"])
                #expect(report.checks.allSatisfy { $0.reason == nil } && report.version == nil)
                #expect(!String(buffer: response.body).contains("db:5432"))
            }
        }
    }

    @Test("owners and admins see reasons and the version; members and read tokens see the summary")
    func details() async throws {
        try await ChatServer.with { _, client in
            let owner = try await client.call(.get, "/health/ready")
            #expect(owner.status == .ok && owner.body.contains(#""version":"9.9.9""#))
            let member = try await client.call(.get, "/health/ready", as: "colleague")
            #expect(member.status == .ok && !member.body.contains("version"))
            let anonymous = try await client.call(.get, "/health/ready", as: nil)
            #expect(!anonymous.body.contains("version"))
        }
    }
}
