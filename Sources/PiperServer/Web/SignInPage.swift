import Foundation

/// Renders the sign-in page: sign in, sign up (from an invitation, or the first account), reset a password
/// with a code, and single sign-on when app.js learns it is configured. app.js posts the forms as JSON.
package enum SignInPage {
    /// Renders the whole HTML5 document for the model.
    package static func render(_ model: SignInPageModel) -> String {
        let isInvited = model.invitation != nil
        return """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            <title>\(isInvited ? "Join your workspace" : "Sign in") · Piper Morgan</title>
            <link rel="stylesheet" href="/assets/app.css">
            <script src="/assets/app.js" defer></script>
            </head>
            <body class="auth-page" data-page="signin" data-next="\(e(model.next))">
            <main class="auth" aria-labelledby="auth-heading">
            <div class="auth-card">
            <p class="auth-brand"><span class="brand-mark" aria-hidden="true">P</span> Piper Morgan</p>
            <h1 id="auth-heading">\(isInvited ? "Join your workspace" : "Sign in to Piper")</h1>
            <p class="auth-note" id="local-note" hidden>This Piper runs for one person and needs no sign-in. \
            <a href="/">Open Piper</a></p>
            <div class="auth-error" id="auth-error" role="alert" data-testid="auth-error"\
            \(model.problem.map { ">\(e($0.message))" } ?? " hidden>")</div>
            <p class="auth-notice" id="auth-notice" role="status" hidden></p>

            """
                + signInForm(hidden: isInvited, next: model.next) + signUpForm(model) + resetForm()
                + switches(isInvited: isInvited)
                    + """
                    </div>
                    </main>
                    </body>
                    </html>

                    """
    }

    private static func signInForm(hidden: Bool, next: String) -> String {
        """
        <section class="auth-section" id="signin-section"\(hidden ? " hidden" : "")>
        <form class="auth-form" id="signin-form" method="post" action="/signin" data-testid="signin-form">
        <label for="signin-identifier">Username or email</label>
        <input id="signin-identifier" name="identifier" type="text" autocomplete="username" required>
        <label for="signin-password">Password</label>
        <input id="signin-password" name="password" type="password" autocomplete="current-password" required>
        <button type="submit" class="button button-primary">Sign in</button>
        </form>
        <p class="auth-sso" id="sso" hidden><a class="button button-secondary" id="sso-link" \
        href="/api/v1/auth/oidc/start?next=\(e(WebHTML.pathSegment(next)))">Sign in with \
        <span id="sso-name">single sign-on</span></a></p>
        </section>

        """
    }

    private static func signUpForm(_ model: SignInPageModel) -> String {
        let invitation = model.invitation ?? ""
        let isInvited = model.invitation != nil
        return """
            <section class="auth-section" id="signup-section" aria-labelledby="signup-heading"\
            \(isInvited ? "" : " hidden")>
            <h2 id="signup-heading">\(isInvited ? "Create your account" : "Create the first account")</h2>
            <p class="auth-hint">\(isInvited
                ? "You were invited to a workspace: create your account to join it."
                : "Only the very first account can be created without an invitation; it owns the workspace.")</p>
            <form class="auth-form" id="signup-form" method="post" action="/signin" data-testid="signup-form">
            <input type="hidden" id="signup-invitation" name="invitation" value="\(e(invitation))">
            <label for="signup-name">Name</label>
            <input id="signup-name" name="name" type="text" autocomplete="name" required>
            <label for="signup-email">Email</label>
            <input id="signup-email" name="email" type="email" autocomplete="email" required>
            <label for="signup-username">Username</label>
            <input id="signup-username" name="username" type="text" autocomplete="username" required>
            <label for="signup-password">Password</label>
            <input id="signup-password" name="password" type="password" autocomplete="new-password" minlength="8" \
            required>
            <div class="auth-field" id="signup-workspace-field"\(isInvited ? " hidden" : "")>
            <label for="signup-workspace">Workspace name <span class="hint">(optional)</span></label>
            <input id="signup-workspace" name="workspaceName" type="text" autocomplete="organization">
            </div>
            <button type="submit" class="button button-primary">Create account</button>
            </form>
            </section>

            """
    }

    private static func resetForm() -> String {
        """
        <section class="auth-section" id="reset-section" aria-labelledby="reset-heading" hidden>
        <h2 id="reset-heading">Reset your password</h2>
        <p class="auth-hint">A workspace owner or admin can give you a reset code.</p>
        <form class="auth-form" id="reset-form" method="post" action="/signin" data-testid="reset-form">
        <label for="reset-code">Reset code</label>
        <input id="reset-code" name="code" type="text" autocomplete="one-time-code" required>
        <label for="reset-password">New password</label>
        <input id="reset-password" name="newPassword" type="password" autocomplete="new-password" minlength="8" \
        required>
        <button type="submit" class="button button-primary">Set password</button>
        </form>
        </section>

        """
    }

    private static func switches(isInvited: Bool) -> String {
        let shown = isInvited ? "signup-section" : "signin-section"
        let links = [
            ("signin-section", "I have an account"),
            ("signup-section", isInvited ? "Create your account" : "Create the first account"),
            ("reset-section", "Reset password with a code"),
        ]
        var html = "<nav class=\"auth-switches\" aria-label=\"Other ways in\">\n"
        for (section, label) in links {
            html += """
                <button type="button" class="link-button" data-show="\(section)"\(section == shown ? " hidden" : "")>\
                \(label)</button>

                """
        }
        return html + "</nav>\n"
    }

    private static func e(_ text: String) -> String {
        WebHTML.escape(text)
    }
}
