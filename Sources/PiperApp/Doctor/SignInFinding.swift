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
                    "single-user mode on \(http.host): anyone who can reach port \(http.port) acts as the local user",
                fix: "set auth.mode to accounts (PIPER_AUTH_MODE=accounts), or listen on 127.0.0.1")
        }
    }

    static func isLoopback(_ host: String) -> Bool {
        ["127.0.0.1", "localhost", "::1", "[::1]"].contains(host.lowercased()) || host.hasPrefix("127.")
    }
}
