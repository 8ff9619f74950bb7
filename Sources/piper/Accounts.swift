import ArgumentParser
import Foundation
import Logging
import PiperApp
import PiperAuth
import PiperCore
import PiperStorage

/// `piper accounts`: what the installation's operator does without signing in.
struct Accounts: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Invite people and recover accounts from the command line.",
        subcommands: [AccountsInvite.self, AccountsResetPassword.self])
}

/// `piper accounts invite EMAIL`: a sign-up link for the installation's workspace.
struct AccountsInvite: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "invite", abstract: "Print a single-use sign-up link for EMAIL (valid for 7 days).")

    @Argument(help: "The invitee's email address; only that address can accept.")
    var email: String

    @Option(help: "owner, admin or member.")
    var role: String = "member"

    @OptionGroup var options: ConfigurationOptions

    func run() async throws {
        try await reportingFailures {
            guard let role = Membership.Role(rawValue: role.lowercased()) else {
                throw ValidationError("--role must be owner, admin or member")
            }
            let made = try await AccountsCommand.withService(options) { service, owner in
                try await service.operatorInvite(email: email, role: role, workspaceOwner: owner, origin: .commandLine)
            }
            print(
                "invitation for \(made.invitation.email) as \(role.rawValue), valid until \(made.invitation.expiresAt)")
            print("sign-up link: <your Piper address>/signin?invitation=\(made.token)")
        }
    }
}

/// `piper accounts reset-password NAME`: a reset code for a locked-out account.
struct AccountsResetPassword: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reset-password",
        abstract: "Print a single-use code (valid for an hour) that sets a new password for an account.")

    @Argument(help: "The account's username or email.")
    var account: String

    @OptionGroup var options: ConfigurationOptions

    func run() async throws {
        try await reportingFailures {
            let reset = try await AccountsCommand.withService(options) { service, _ in
                try await service.operatorPasswordReset(for: account, origin: .commandLine)
            }
            print("reset code (valid until \(reset.expiresAt)): \(reset.code)")
            print("use it on the sign-in page under “Reset password with a code”; every session of the account ends")
        }
    }
}

extension RequestOrigin {
    /// The command line, as the audit log shows it.
    static let commandLine = RequestOrigin(requestID: nil, address: "command line")
}

/// Opens the configured database, migrated, with the authentication service and the installation's owner.
enum AccountsCommand {
    static func withService<T: Sendable>(
        _ options: ConfigurationOptions, _ body: @escaping @Sendable (AuthService, Principal) async throws -> T
    ) async throws -> T {
        let configuration = try await options.quietConfiguration()
        let master = try configuration.secrets.loadMasterKey()
        let logger = Logger(label: "piper")
        let dependencies = try await LiveDependencies.open(configuration.database, logger: logger)
        return try await withServedDatabase(dependencies.database) { _ in
            let owner = try await dependencies.prepare(local: configuration.local, logger: logger)
            let service = await dependencies.authService(
                master: master, bcryptCost: configuration.auth.bcryptCost, logger: logger)
            return try await body(service, owner)
        }
    }
}
