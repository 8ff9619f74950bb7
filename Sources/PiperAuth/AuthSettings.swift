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
    /// Failed sign-ins one account may have before it is blocked for a while.
    package var accountThrottle = ThrottleRule(limit: 5, window: 900, block: 900)
    /// Failed sign-ins one client address may have before it is blocked for a while.
    package var addressThrottle = ThrottleRule(limit: 20, window: 900, block: 900)

    /// The defaults.
    package init() {}
}
