import Foundation
import PiperCore

extension AuthService {
    /// Creates an account (by invitation, or as the installation's first) and signs it in. The invitation
    /// (or the open first sign-up) is checked before the password is hashed, and each attempt is charged
    /// to the client address first; only refused invitations keep the charge.
    package func signUp(_ request: SignUpRequest, origin: RequestOrigin) async throws -> IssuedTokens {
        let email = try EmailAddress(request.email)
        let username = try Username(request.username)
        let name = request.displayName.trimmingCharacters(in: .whitespacesAndNewlines)
        guard (1...100).contains(name.count) else { throw AccountError.invalidDisplayName }
        try PasswordPolicy.check(request.password, username: username.rawValue, email: email.rawValue)
        let charge = ThrottleCharge(
            key: throttleKeys(identifier: "", address: origin.address).address, rule: settings.addressThrottle)
        let lastAllowed = try await reserve([charge])
        do {
            try await requireOpenSignUp(invitation: request.invitation, email: email)
            let issued = try await createAccount(request, email: email, username: username, name: name, origin: origin)
            try await stores.throttles.release([charge.key])
            return issued
        } catch let error as AccountError where Self.isGuess(error) {
            try await block(lastAllowed)
            throw error
        } catch {
            try await stores.throttles.release([charge.key])
            throw error
        }
    }

    /// Refused sign-ups that count against the address: someone trying invitations or the closed door.
    private static func isGuess(_ error: AccountError) -> Bool {
        [.invitationInvalid, .signUpNeedsInvitation, .invitationForAnotherEmail].contains(error)
    }

    /// Throws unless the invitation is open and made out to `email`, or, without one, sign-up is still open.
    private func requireOpenSignUp(invitation: String?, email: EmailAddress) async throws {
        guard let invitation else {
            if try await stores.logins.isSignUpClosed() { throw AccountError.signUpNeedsInvitation }
            return
        }
        guard let open = try await stores.invitations.open(OpaqueToken.hash(invitation), clock.now()) else {
            throw AccountError.invitationInvalid
        }
        guard open.email == email else { throw AccountError.invitationForAnotherEmail }
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

    /// Signs in with a username or email and password, refusing while the account, address or pair is
    /// throttled. The attempt is reserved before bcrypt runs, so parallel guesses each cost one attempt.
    /// With `workspace`, the session is in that workspace (the user must belong to it); otherwise in their
    /// oldest membership's.
    package func signIn(
        identifier: String, password: String, workspace: Workspace.ID? = nil, origin: RequestOrigin
    ) async throws -> IssuedTokens {
        let record = try await stores.logins.find(identifier)
        // A known account is counted under its ID, so its username and its email share one limit.
        let keys = throttleKeys(identifier: record?.user.id.description ?? identifier, address: origin.address)
        let charges = try await charges(keys)
        let lastAllowed = try await reserve(charges)
        guard let record, let hash = record.passwordHash, await hasher.verify(password, hash: hash),
            let principal = try await principal(of: record.user.id, in: workspace)
        else {
            if record?.passwordHash == nil { await hasher.verifyNothing(password) }
            try await failedSignIn(record, lastAllowed: lastAllowed, origin: origin)
        }
        try await stores.throttles.clear(keys.pair)
        try await stores.throttles.release(charges.map(\.key).filter { $0 != keys.pair })
        try await stores.throttles.remember(keys.known, clock.now())
        let issued = try await beginSession(principal, method: .password, origin: origin)
        try await self.record(
            .signedIn, about: principal.scope, actor: principal.userID, target: "password", detail: origin.address,
            origin: origin)
        return issued
    }

    /// The counters a sign-in attempt is charged to: the account from this address, the address, and —
    /// unless the account signed in from this address lately — the account from anywhere.
    private func charges(_ keys: ThrottleKeys) async throws -> [ThrottleCharge] {
        var charges = [
            ThrottleCharge(key: keys.pair, rule: settings.pairThrottle),
            ThrottleCharge(key: keys.address, rule: settings.addressThrottle),
        ]
        let since = clock.now().addingTimeInterval(-settings.knownAddressLifetime)
        if try await !stores.throttles.remembered(keys.known, since) {
            charges.append(ThrottleCharge(key: keys.account, rule: settings.accountThrottle))
        }
        return charges
    }

    /// Reserves one attempt on every charge; throws `throttled` when one is blocked or over its limit.
    private func reserve(_ charges: [ThrottleCharge]) async throws -> [ThrottleCharge] {
        switch try await stores.throttles.reserve(charges, clock.now()) {
        case .blocked(let until): throw AccountError.throttled(retryAfter: retryAfter(until))
        case .allowed(let lastAllowed): return lastAllowed
        }
    }

    /// Blocks the counters a failed attempt used up; returns when the longest block ends, if any.
    @discardableResult
    private func block(_ charges: [ThrottleCharge]) async throws -> Date? {
        let now = clock.now()
        for charge in charges {
            try await stores.throttles.block(charge.key, now.addingTimeInterval(charge.rule.block))
        }
        return charges.map { now.addingTimeInterval($0.rule.block) }.max()
    }

    /// Audits a failure, blocks what it used up, then throws: `throttled` when this failure reached a limit.
    private func failedSignIn(_ record: LoginRecord?, lastAllowed: [ThrottleCharge], origin: RequestOrigin)
        async throws -> Never
    {
        let block = try await block(lastAllowed)
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

    /// The throttle counters of one account and one client address.
    struct ThrottleKeys {
        /// This account from this address.
        var pair: String
        /// This address, whatever the account.
        var address: String
        /// This account, whatever the address.
        var account: String
        /// The mark that this account signed in from this address.
        var known: String
    }

    /// Keys are hashed: a password typed into the name field must not land in the database.
    func throttleKeys(identifier: String, address: String) -> ThrottleKeys {
        let name = identifier.trimmingCharacters(in: .whitespaces).lowercased()
        let pair = OpaqueToken.hash(name + "\n" + address)
        return ThrottleKeys(
            pair: "pair:" + pair, address: "address:" + OpaqueToken.hash(address),
            account: "account:" + OpaqueToken.hash(name), known: "known:" + pair)
    }
}
