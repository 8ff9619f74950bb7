import Foundation

/// Why an account, sign-in or token operation was refused. Descriptions are safe to show the person.
package enum AccountError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A username outside the allowed shape.
    case invalidUsername(String)
    /// Not an email address.
    case invalidEmail
    /// A display name that is empty or too long.
    case invalidDisplayName
    /// The password fails a strength rule; the text says which.
    case weakPassword(String)
    /// Another account has that username.
    case usernameTaken
    /// Another account has that email address.
    case emailTaken
    /// Sign-up needs an invitation once the installation has an account.
    case signUpNeedsInvitation
    /// The invitation is unknown, used, revoked or expired.
    case invitationInvalid
    /// The invitation was made out to another email address.
    case invitationForAnotherEmail
    /// Wrong identifier or password (never says which).
    case invalidCredentials
    /// Too many failed attempts; try again after this many seconds.
    case throttled(retryAfter: Int)
    /// The access or refresh token is missing, malformed, expired or revoked.
    case sessionInvalid
    /// A refresh token was presented twice; its whole session was revoked.
    case refreshTokenReused
    /// The reset code is unknown, used or expired.
    case resetCodeInvalid
    /// The current password given to a change was wrong.
    case currentPasswordWrong
    /// The caller's role or token does not allow this.
    case forbidden(String)
    /// The member, invitation or token does not exist in the caller's workspace.
    case notFound(String)
    /// The change would leave the workspace without an owner.
    case lastOwner
    /// The API token name or expiry is unusable.
    case invalidToken(String)

    /// A readable explanation.
    package var description: String {
        switch self {
        case .invalidUsername(let reason): "That username won't work: \(reason)."
        case .invalidEmail: "That doesn't look like an email address."
        case .invalidDisplayName: "A name needs 1 to 100 characters."
        case .weakPassword(let reason): "That password is too weak: \(reason)."
        case .usernameTaken: "That username is taken."
        case .emailTaken: "An account with that email address already exists."
        case .signUpNeedsInvitation: "Sign-up needs an invitation; ask an admin of your workspace for one."
        case .invitationInvalid: "That invitation is not valid any more (it may have expired or been used)."
        case .invitationForAnotherEmail: "That invitation was made out to a different email address."
        case .invalidCredentials: "That username or email and password don't match."
        case .throttled(let seconds): "Too many failed sign-ins. Try again in \(seconds) seconds."
        case .sessionInvalid: "Your session has ended; sign in again."
        case .refreshTokenReused: "That session was signed out because its refresh token was used twice."
        case .resetCodeInvalid: "That reset code is not valid any more."
        case .currentPasswordWrong: "The current password is not right."
        case .forbidden(let reason): reason
        case .notFound(let what): "No such \(what) in this workspace."
        case .lastOwner: "A workspace needs at least one owner."
        case .invalidToken(let reason): reason
        }
    }
}
