/// Why a single sign-on attempt came back to the sign-in page. Only these fixed messages are shown, so a
/// crafted link cannot put words on Piper's page; the detailed reason goes to the server log.
package enum SignInProblem: String, Sendable, Equatable, CaseIterable {
    /// The provider vouched for an address with no account or invitation, or did not verify it.
    case noAccount = "sso_no_account"
    /// The sign-in started in another browser, or took too long.
    case expired = "sso_expired"
    /// The provider declined.
    case denied = "sso_denied"
    /// Anything else: the provider was unreachable, or its answer did not verify.
    case failed = "sso_failed"

    /// The sentence the page shows.
    package var message: String {
        switch self {
        case .noAccount:
            "Single sign-on worked, but no Piper account or invitation uses that (verified) email address. "
                + "Ask an admin of your workspace for an invitation."
        case .expired: "That sign-in took too long or started in another browser. Please try again."
        case .denied: "Your sign-in provider did not sign you in."
        case .failed: "Single sign-on failed. Try again, or ask your admin to check Piper's single sign-on settings."
        }
    }
}
