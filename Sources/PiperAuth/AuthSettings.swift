import Foundation
import PiperCore

/// Lifetimes and limits of sign-in, tokens and codes.
package struct AuthSettings: Hashable, Sendable {
    /// How long a refresh token (and so an idle session) lasts.
    package var refreshLifetime: TimeInterval = 30 * 86_400
    /// How long an invitation can be accepted.
    package var invitationLifetime: TimeInterval = 7 * 86_400
    /// How long a password reset code works.
    package var resetLifetime: TimeInterval = 3_600
    /// The expiry of an API token when none is asked for, in days.
    package var apiTokenDefaultDays = 90
    /// The longest an API token may live, in days.
    package var apiTokenMaximumDays = 365
    /// Sign-in attempts on one account from one address before that pair is blocked for a while: what
    /// stops a guesser without touching the owner elsewhere.
    package var pairThrottle = ThrottleRule(limit: 5, window: 900, block: 900)
    /// Sign-in (and sign-up) attempts from one address, on any account, before it is blocked for a while.
    package var addressThrottle = ThrottleRule(limit: 20, window: 900, block: 900)
    /// Sign-in attempts on one account from addresses it has not signed in from lately: a slower limit on
    /// guessing spread over many addresses. Addresses the account used within ``knownAddressLifetime`` are
    /// exempt, so such an attack cannot lock the owner out of their usual places.
    package var accountThrottle = ThrottleRule(limit: 50, window: 3_600, block: 900)
    /// How long a successful sign-in makes its address known to the account.
    package var knownAddressLifetime: TimeInterval = 90 * 86_400

    /// The defaults.
    package init() {}
}
