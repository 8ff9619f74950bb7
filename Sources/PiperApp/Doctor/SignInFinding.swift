/// What `piper doctor` says about sign-in: which mode, and whether the single-user mode is exposed.
enum SignInFinding {
    static func finding(_ auth: AuthConfiguration, http: HTTPConfiguration) -> DoctorFinding {
        switch auth.mode {
        case .accounts:
            let sso = auth.singleSignOn.map { ", single sign-on with \($0.name) (\($0.issuer))" } ?? ""
            return DoctorFinding(area: "sign-in", outcome: .ok, detail: "accounts mode: every request signs in\(sso)")
        case .local where isLoopback(http.host):
            return DoctorFinding(
                area: "sign-in", outcome: .ok,
                detail: "single-user mode on \(http.host): requests without credentials act as the local user")
        case .local:
            return DoctorFinding(
                area: "sign-in", outcome: .warning,
                detail:
                    "single-user mode on \(http.host): only this machine is served; other machines get 401",
                fix:
                    "set auth.mode to accounts (PIPER_AUTH_MODE=accounts) so others can sign in, or listen on 127.0.0.1"
            )
        }
    }

    /// On an address beyond loopback with the default host list, requests by the machine's name or address
    /// are refused with 421: say which names to allow. `nil` when there is nothing to say.
    static func hostsFinding(_ http: HTTPConfiguration) -> DoctorFinding? {
        guard http.allowedHosts == nil, !isLoopback(http.host) else { return nil }
        return DoctorFinding(
            area: "hosts", outcome: .warning,
            detail:
                "listening on \(http.host), but only \(http.site.allowedHosts.map(\.description).joined(separator: ", ")) "
                + "are answered; other Host names get 421",
            fix: "set http.allowed_hosts (PIPER_HTTP_ALLOWED_HOSTS) to the names people use, e.g. piper.example.com")
    }

    static func isLoopback(_ host: String) -> Bool {
        ["127.0.0.1", "localhost", "::1", "[::1]"].contains(host.lowercased()) || host.hasPrefix("127.")
    }
}
