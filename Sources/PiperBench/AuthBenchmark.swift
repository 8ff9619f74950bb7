import ArgumentParser
import Crypto
import Foundation
import Logging
import PiperAuth
import PiperCore
import PiperStorage

/// `piper-bench auth`: what authentication adds to every request, and what a sign-in costs.
struct AuthBenchmark: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "auth",
        abstract: "Time request authentication (access JWT + session check, API token) and bcrypt sign-in.",
        discussion: "Uses a fresh temporary SQLite file unless --database names another location."
    )

    @Option(help: "A SQLite path or postgres:// URL; its data is added to, never removed.")
    var database: String?

    @Option(help: "Authentications of each kind to time.")
    var requests = 2_000

    @Option(help: "Sign-ins to time (bcrypt at the given cost).")
    var signIns = 10

    @Option(help: "bcrypt cost for the sign-in timing.")
    var cost = 12

    func run() async throws {
        let plan = AuthPlan(requests: requests, signIns: signIns, cost: UInt8(cost), logger: BenchDatabase.logger)
        let (location, measurements) = try await BenchDatabase.withMigrated(database) { try await plan.measure(on: $0) }
        print("auth benchmark on \(location)")
        for measurement in measurements { print(measurement.line) }
    }
}

/// The timed operations of the auth benchmark.
struct AuthPlan: Sendable {
    let requests: Int
    let signIns: Int
    let cost: UInt8
    let logger: Logger

    func measure(on database: Database) async throws -> [Measurement] {
        let service = await service(database)
        let origin = RequestOrigin(requestID: nil, address: "bench-\(UUID())")
        let name = "bench\(Int.random(in: 1000...999_999))"
        let owner = try await admin(service.stores.accounts)
        let invitation = try await service.invite(
            by: Authentication(principal: owner, credential: .local), email: "\(name)@example.com", role: .member,
            origin: origin)
        let issued = try await service.signUp(
            SignUpRequest(
                displayName: "Bench", email: "\(name)@example.com", username: name, password: "bench pass phrase 1",
                invitation: invitation.token, timeZone: "UTC"), origin: origin)
        return try await measurements(service, issued: issued, name: name, origin: origin)
    }

    private func measurements(_ service: AuthService, issued: IssuedTokens, name: String, origin: RequestOrigin)
        async throws -> [Measurement]
    {
        let token = try await service.createAPIToken(
            for: Authentication(principal: issued.principal, credential: .local), name: "bench", permission: .write,
            days: 1, origin: origin
        ).secret
        let access = try await Measurement.time("access token", requests) {
            _ = try await service.authenticate(bearer: issued.accessToken)
        }
        let apiToken = try await Measurement.time("API token", requests) {
            _ = try await service.authenticate(bearer: token)
        }
        let signIn = try await Measurement.time("sign-in", signIns) {
            _ = try await service.signIn(identifier: name, password: "bench pass phrase 1", origin: origin)
        }
        return [access, apiToken, signIn]
    }

    /// A new workspace and its owner, to invite the measured account.
    private func admin(_ accounts: AccountStore) async throws -> Principal {
        let now = Date()
        let workspace = Workspace(id: .init(UUID()), name: "Bench", createdAt: now)
        let user = User(id: .init(UUID()), displayName: "Bench admin", email: nil, timeZone: "UTC", createdAt: now)
        try await accounts.insertWorkspace(workspace)
        try await accounts.insertUser(user)
        try await accounts.upsertMembership(
            Membership(workspaceID: workspace.id, userID: user.id, role: .owner, createdAt: now))
        return Principal(userID: user.id, workspaceID: workspace.id, role: .owner)
    }

    private func service(_ database: Database) async -> AuthService {
        let stores = AuthStores.sql(database)
        return AuthService(
            stores: stores, hasher: PasswordHasher(cost: cost),
            tokens: await AccessTokens(signingKey: SymmetricKey(size: .bits256)), clock: .system, ids: .random,
            logger: logger)
    }
}
