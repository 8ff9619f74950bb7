import Foundation
import PiperCore

extension AuthService {
    /// Creates an account (by invitation, or as the installation's first) and signs it in.
    package func signUp(_ request: SignUpRequest, origin: RequestOrigin) async throws -> IssuedTokens {
        let email = try EmailAddress(request.email)
        let username = try Username(request.username)
        let name = request.displayName.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...100).contains(name.count) else { throw AccountError.invalidDisplayName }
        try PasswordPolicy.check(request.password, username: username.rawValue, email: email.rawValue)
        let address = throttleKeys(identifier: "", address: origin.address).address
        if let until = try await stores.throttles.blockedUntil([address], clock.now()) {
            throw AccountError.throttled(retryAfter: retryAfter(until))
        }
        do {
            return try await createAccount(request, email: email, username: username, name: name, origin: origin)
        } catch let error as AccountError where [.invitationInvalid, .signUpNeedsInvitation].contains(error) {
            _ = try await stores.throttles.recordFailure(address, settings.addressThrottle, clock.now())
            throw error
        }
    }

    private func createAccount(
        _ request: SignUpRequest, email: EmailAddress, username: Username, name: String, origin: RequestOrigin
    ) async throws -> IssuedTokens {
        let now = clock.now()
        let account = NewAccount(
            user: User(
                id: ids.next(), displayName: name, email: email.rawValue, timeZone: request.timeZone, createdAt: now),
            username: username, passwordHash: await hasher.hash(request.password),
            workspaceName: try request.workspaceName.map(Self.validatedWorkspaceName))
        let principal =
            if let invitation = request.invitation {
                try await stores.logins.acceptInvitation(account, OpaqueToken.hash(invitation), now)
            } else {
                try await stores.logins.claimFirstAccount(account, ids.next())
            }
        try await record(
            .accountCreated, about: principal.scope, actor: principal.userID, target: username.rawValue, origin: origin)
        let issued = try await beginSession(principal, method: .signUp, origin: origin)
        try await record(
            .signedIn, about: principal.scope, actor: principal.userID, target: "signup", detail: origin.address,
            origin: origin)
        return issued
    }

    /// Signs in with a username or email and password, refusing while the account or address is throttled.
    /// With `workspace`, the session is in that workspace (the user must belong to it); otherwise in their
    /// oldest membership's.
    package func signIn(
        identifier: String, password: String, workspace: Workspace.ID? = nil, origin: RequestOrigin
    ) async throws -> IssuedTokens {
        let record = try await stores.logins.find(identifier)
        // A known account is counted under its ID, so its username and its email share one limit.
        let keys = throttleKeys(identifier: record?.user.id.description ?? identifier, address: origin.address)
        if let until = try await stores.throttles.blockedUntil([keys.account, keys.address], clock.now()) {
            throw AccountError.throttled(retryAfter: retryAfter(until))
        }
        guard let record, let hash = record.passwordHash, await hasher.verify(password, hash: hash),
            let principal = try await principal(of: record.user.id, in: workspace)
        else {
            if record?.passwordHash == nil { await hasher.verifyNothing(password) }
            try await failedSignIn(record, keys: keys, origin: origin)
        }
        try await stores.throttles.clear(keys.account)
        let issued = try await beginSession(principal, method: .password, origin: origin)
        try await self.record(
            .signedIn, about: principal.scope, actor: principal.userID, target: "password", detail: origin.address,
            origin: origin)
        return issued
    }

    /// Counts and audits a failure, then throws: `throttled` when this failure reached a limit.
    private func failedSignIn(_ record: LoginRecord?, keys: ThrottleKeys, origin: RequestOrigin) async throws -> Never {
        let now = clock.now()
        let accountBlock = try await stores.throttles.recordFailure(keys.account, settings.accountThrottle, now)
        let addressBlock = try await stores.throttles.recordFailure(keys.address, settings.addressThrottle, now)
        let block = [accountBlock, addressBlock].compactMap { $0 }.max()
        if let record, let principal = try await principal(of: record.user.id) {
            try await self.record(
                block == nil ? .signInFailed : .signInThrottled, about: principal.scope, actor: nil,
                target: "password", detail: origin.address, origin: origin)
        } else {
            logger.notice("sign-in failed for an unknown account", metadata: ["address": "\(origin.address)"])
        }
        if let block { throw AccountError.throttled(retryAfter: retryAfter(block)) }
        throw AccountError.invalidCredentials
    }

    /// A workspace name of 1 to 100 characters, trimmed.
    static func validatedWorkspaceName(_ text: String) throws -> String {
        let name = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...100).contains(name.count) else { throw AccountError.invalidDisplayName }
        return name
    }

    func retryAfter(_ until: Date) -> Int {
        max(1, Int(until.timeIntervalSince(clock.now()).rounded(.up)))
    }

    struct ThrottleKeys {
        var account: String
        var address: String
    }

    /// Keys are hashed: a password typed into the name field must not land in the database.
    func throttleKeys(identifier: String, address: String) -> ThrottleKeys {
        let name = identifier.trimmingCharacters(in: .whitespaces).lowercased()
        return ThrottleKeys(
            account: "account:" + OpaqueToken.hash(name), address: "address:" + OpaqueToken.hash(address))
    }
}
