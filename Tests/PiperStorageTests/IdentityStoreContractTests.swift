import Foundation
import PiperCore
import PiperStorage
import PiperTestSupport
import Testing

/// The identity stores' contract, on every database.
@Suite("Identity store contract")
struct IdentityStoreContractTests {
    static let now = Fixtures.now

    @Test(
        "a refresh token rotates once; spending it again revokes the session", arguments: TestDatabase.availableDialects
    )
    func refreshRotation(dialect: Dialect) async throws {
        try await TestDatabase.withMigrated(dialect) { database in
            let scope = try await Fixtures.makeScope(in: .sql(database))
            let sessions = SessionStore.sql(database)
            let session = SignInSession(
                id: .init(UUID()), scope: scope, method: .password, createdAt: Self.now, lastUsedAt: Self.now)
            try await sessions.begin(session, "hash-1", Self.now.addingTimeInterval(3600))
            let later = Self.now.addingTimeInterval(60)
            guard
                case .rotated(let rotated) = try await sessions.rotate(
                    "hash-1", "hash-2", later.addingTimeInterval(3600), later)
            else {
                Issue.record("first use did not rotate")
                return
            }
            #expect(rotated.lastUsedAt == later)
            #expect(try await sessions.activeRole(scope, session.id) == .owner)
            guard case .reused = try await sessions.rotate("hash-1", "hash-3", later, later) else {
                Issue.record("second use was not detected")
                return
            }
            #expect(try await sessions.activeRole(scope, session.id) == nil)
            let afterRevocation = try await sessions.rotate("hash-2", "hash-4", later, later)
            #expect(afterRevocation == .unknown)
            #expect(try await sessions.rotate("nothing", "hash-5", later, later) == .unknown)
        }
    }

    @Test("an expired refresh token is unknown", arguments: TestDatabase.availableDialects)
    func expiredRefresh(dialect: Dialect) async throws {
        try await TestDatabase.withMigrated(dialect) { database in
            let scope = try await Fixtures.makeScope(in: .sql(database))
            let sessions = SessionStore.sql(database)
            let session = SignInSession(
                id: .init(UUID()), scope: scope, method: .password, createdAt: Self.now, lastUsedAt: Self.now)
            try await sessions.begin(session, "old", Self.now.addingTimeInterval(10))
            let late = Self.now.addingTimeInterval(11)
            #expect(try await sessions.rotate("old", "new", late.addingTimeInterval(10), late) == .unknown)
        }
    }

    @Test(
        "API tokens authenticate until revoked or expired, with their owner's current role",
        arguments: TestDatabase.availableDialects)
    func apiTokens(dialect: Dialect) async throws {
        try await TestDatabase.withMigrated(dialect) { database in
            let scope = try await Fixtures.makeScope(in: .sql(database), role: .admin)
            let tokens = APITokenStore.sql(database)
            let token = APIToken(
                id: .init(UUID()), scope: scope, name: "cli", permission: .read,
                expiresAt: Self.now.addingTimeInterval(86_400), createdAt: Self.now)
            try await tokens.insert(token, "secret-hash")
            let found = try await tokens.authenticate("secret-hash", Self.now)
            #expect(found?.token.id == token.id && found?.role == .admin && found?.token.permission == .read)
            #expect(try await tokens.list(scope).first?.lastUsedAt == Self.now)
            #expect(try await tokens.authenticate("secret-hash", Self.now.addingTimeInterval(86_401)) == nil)
            let other = try await Fixtures.makeScope(in: .sql(database))
            await #expect(throws: AccountError.notFound("active token")) {
                try await tokens.revoke(other, token.id, Self.now)
            }
            try await tokens.revoke(scope, token.id, Self.now)
            #expect(try await tokens.authenticate("secret-hash", Self.now) == nil)
            #expect(try await tokens.list(other).isEmpty)
        }
    }

    @Test(
        "reservations count every attempt, block past the limit, expire with the window; release, clear and remember",
        arguments: TestDatabase.availableDialects)
    func throttles(dialect: Dialect) async throws {
        try await TestDatabase.withMigrated(dialect) { database in
            let throttles = ThrottleStore.sql(database)
            let charge = ThrottleCharge(key: "k", rule: ThrottleRule(limit: 3, window: 60, block: 300))
            let other = ThrottleCharge(key: "x", rule: ThrottleRule(limit: 10, window: 60, block: 300))
            #expect(try await throttles.reserve([charge, other], Self.now) == .allowed(lastAllowed: []))
            // A new window starts once the old one has passed.
            #expect(try await throttles.reserve([charge], Self.now.addingTimeInterval(70)) == .allowed(lastAllowed: []))
            #expect(try await throttles.reserve([charge], Self.now.addingTimeInterval(71)) == .allowed(lastAllowed: []))
            let third = try await throttles.reserve([charge, other], Self.now.addingTimeInterval(72))
            #expect(third == .allowed(lastAllowed: [charge]))
            let fourth = try await throttles.reserve([other, charge], Self.now.addingTimeInterval(73))
            #expect(fourth == .blocked(until: Self.now.addingTimeInterval(373)))
            #expect(
                try await throttles.reserve([other], Self.now.addingTimeInterval(74)) == .allowed(lastAllowed: []),
                "another key is not blocked with it")
            #expect(
                try await throttles.reserve([charge], Self.now.addingTimeInterval(200))
                    == .blocked(until: Self.now.addingTimeInterval(373)))
            #expect(
                try await throttles.reserve([charge], Self.now.addingTimeInterval(400)) == .allowed(lastAllowed: []))
            try await throttles.block("k", Self.now.addingTimeInterval(900))
            #expect(
                try await throttles.reserve([charge], Self.now.addingTimeInterval(500))
                    == .blocked(until: Self.now.addingTimeInterval(900)))
            try await throttles.clear("k")
            #expect(
                try await throttles.reserve([charge], Self.now.addingTimeInterval(500)) == .allowed(lastAllowed: []))
            try await throttles.release(["k"])
            try await throttles.release(["k"])
            for second in 501...502 {
                #expect(
                    try await throttles.reserve([charge], Self.now.addingTimeInterval(Double(second)))
                        == .allowed(lastAllowed: []))
            }
            #expect(
                try await throttles.reserve([charge], Self.now.addingTimeInterval(503))
                    == .allowed(lastAllowed: [charge]),
                "a released attempt no longer counts, and the count never goes below zero")
            #expect(try await !throttles.remembered("known:a", Self.now))
            try await throttles.remember("known:a", Self.now.addingTimeInterval(10))
            #expect(try await throttles.remembered("known:a", Self.now))
            #expect(try await !throttles.remembered("known:a", Self.now.addingTimeInterval(11)))
        }
    }

    @Test(
        "invitations are single-use, address-bound and revocable; reset codes single-use",
        arguments: TestDatabase.availableDialects)
    func invitationsAndResets(dialect: Dialect) async throws {
        try await TestDatabase.withMigrated(dialect) { database in
            let admin = try await Fixtures.makeScope(in: .sql(database), role: .admin)
            let invitations = InvitationStore.sql(database)
            let logins = LoginStore.sql(database)
            let invitation = Invitation(
                id: .init(UUID()), workspaceID: admin.workspace, email: try EmailAddress("sam@example.com"),
                role: .member, invitedBy: admin.owner, expiresAt: Self.now.addingTimeInterval(600), createdAt: Self.now)
            try await invitations.insert(invitation, "invite-hash")
            func account(_ email: String, _ name: String) throws -> NewAccount {
                NewAccount(
                    user: User(
                        id: .init(UUID()), displayName: name, email: email, timeZone: "UTC", createdAt: Self.now),
                    username: try Username(name), passwordHash: "$2b$04$hash", workspaceName: "w")
            }
            await #expect(throws: AccountError.invitationForAnotherEmail) {
                _ = try await logins.acceptInvitation(try account("eve@example.com", "eve"), "invite-hash", Self.now)
            }
            let sam = try await logins.acceptInvitation(try account("sam@example.com", "sam"), "invite-hash", Self.now)
            #expect(sam.workspaceID == admin.workspace && sam.role == .member)
            await #expect(throws: AccountError.invitationInvalid) {
                _ = try await logins.acceptInvitation(try account("sam@example.com", "sam2"), "invite-hash", Self.now)
            }
            #expect(try await logins.find("SAM")?.user.id == sam.userID)

            #expect(try await logins.joinOpenInvitation(try account("kim@example.com", "sam"), Self.now) == nil)
            let forKim = Invitation(
                id: .init(UUID()), workspaceID: admin.workspace, email: try EmailAddress("kim@example.com"),
                role: .admin, invitedBy: admin.owner, expiresAt: Self.now.addingTimeInterval(600), createdAt: Self.now)
            try await invitations.insert(forKim, "kim-hash")
            let kim = try #require(try await logins.joinOpenInvitation(try account("kim@example.com", "sam"), Self.now))
            #expect(kim.role == .admin && kim.workspaceID == admin.workspace)
            #expect(try await logins.find("sam-2")?.user.id == kim.userID)
            #expect(try await logins.find("kim@example.com")?.passwordHash == "$2b$04$hash")
            #expect(try await logins.joinOpenInvitation(try account("kim@example.com", "kim"), Self.now) == nil)

            let resets = PasswordResetStore.sql(database)
            let reset = PasswordReset(
                scope: sam.scope, issuedBy: admin.owner, expiresAt: Self.now.addingTimeInterval(60), createdAt: Self.now
            )
            try await resets.issue(reset, "code-1")
            try await resets.issue(reset, "code-2")
            #expect(try await resets.redeem("code-1", Self.now) == nil)
            #expect(try await resets.find("code-2", Self.now) == reset)
            #expect(try await resets.find("code-2", Self.now.addingTimeInterval(61)) == nil)
            #expect(try await resets.redeem("code-2", Self.now) == reset)
            #expect(try await resets.redeem("code-2", Self.now) == nil)
        }
    }

    @Test("the last owner can be neither demoted nor removed", arguments: TestDatabase.availableDialects)
    func lastOwner(dialect: Dialect) async throws {
        try await TestDatabase.withMigrated(dialect) { database in
            let owner = try await Fixtures.makeScope(in: .sql(database))
            let members = MemberStore.sql(database)
            await #expect(throws: AccountError.lastOwner) {
                try await members.setRole(owner.workspace, owner.owner, .admin)
            }
            await #expect(throws: AccountError.lastOwner) {
                try await members.remove(owner.workspace, owner.owner, Self.now)
            }
            let workspace = try #require(try await AccountStore.sql(database).workspace(owner.workspace))
            let second = try await Fixtures.makeScope(in: .sql(database), workspace: workspace, role: .member)
            try await members.setRole(owner.workspace, second.owner, .owner)
            try await members.setRole(owner.workspace, owner.owner, .admin)
            #expect(try await members.list(owner.workspace).map(\.role).sorted() == [.admin, .owner])
            try await members.remove(owner.workspace, owner.owner, Self.now)
            #expect(try await members.role(owner.workspace, owner.owner) == nil)
        }
    }
}
