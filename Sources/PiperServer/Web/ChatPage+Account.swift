import Foundation

extension ChatPage {
    // MARK: - Account panel

    /// The Account panel, hidden until opened; app.js fills its lists when it opens.
    static func accountPanel(_ model: ChatPageModel) -> String {
        var html = """
            <section class="panel account-panel" id="account-panel" aria-labelledby="account-heading" \
            data-testid="account-panel" hidden>
            <h2 id="account-heading" tabindex="-1">Account <button type="button" class="icon-button account-close" \
            id="account-close" aria-label="Close account">×</button></h2>
            <p class="account-error" id="account-error" role="alert" hidden></p>

            """
        if model.isLocalUser {
            html += """
                <p class="hint">This Piper runs for one person, so there is no password or session to manage.</p>

                """
        } else {
            html += passwordSection() + sessionsSection()
        }
        html += tokensSection(model)
        html += activitySection(id: "activity", title: "Your activity")
        html += dataSection()
        if model.isAdmin {
            if !model.isLocalUser {
                html += membersSection(model) + invitationsSection(model)
            }
            html += activitySection(id: "workspace-activity", title: "Workspace activity")
        }
        return html + "</section>\n"
    }

    /// Export and erasure of the person's own data.
    private static func dataSection() -> String {
        """
        <section class="account-section" id="data-section" aria-labelledby="data-heading">
        <h3 id="data-heading">Your data</h3>
        <p class="hint">Download everything Piper holds about you in this workspace as JSON, or erase it. Erasing \
        deletes your conversations, todos, projects, reminders, context, secrets and tokens and signs you out; \
        the activity log keeps a record that it happened.</p>
        <div class="form-actions">
        <a class="button button-secondary" id="export-data" href="/api/v1/me/export" download="piper-export.json">\
        Download my data</a>
        <button type="button" class="button button-danger" id="erase-data">Erase my data…</button>
        </div>
        </section>

        """
    }

    private static func passwordSection() -> String {
        """
        <section class="account-section" id="password-section" aria-labelledby="password-heading">
        <h3 id="password-heading">Password</h3>
        <form class="context-form" id="password-form" data-testid="password-form">
        <label for="password-current">Current password</label>
        <input id="password-current" name="currentPassword" type="password" autocomplete="current-password" required>
        <label for="password-new">New password</label>
        <input id="password-new" name="newPassword" type="password" autocomplete="new-password" minlength="8" required>
        <div class="form-actions">
        <button type="submit" class="button button-secondary" id="password-save">Change password</button>
        <span class="form-status" id="password-status" role="status"></span>
        </div>
        </form>
        </section>

        """
    }

    private static func sessionsSection() -> String {
        """
        <section class="account-section" id="sessions-section" aria-labelledby="sessions-heading">
        <h3 id="sessions-heading">Sessions</h3>
        <ul class="item-list account-list" id="session-list" data-testid="session-list"></ul>
        <p class="empty-note" id="session-empty" hidden>No other sessions.</p>
        </section>

        """
    }

    private static func tokensSection(_ model: ChatPageModel) -> String {
        """
        <section class="account-section" id="tokens-section" aria-labelledby="tokens-heading">
        <h3 id="tokens-heading">API tokens</h3>
        <p class="hint">For scripts and tools: send one as “Authorization: Bearer &lt;token&gt;”.</p>
        <form class="context-form" id="token-form" data-testid="token-form">
        <label for="token-name">Name</label>
        <input id="token-name" name="name" type="text" maxlength="80" autocomplete="off" required>
        <label for="token-permission">Permission</label>
        <select id="token-permission" name="permission">
        <option value="read">Read only</option>
        <option value="write" selected>Read and write</option>\(model.isAdmin
            ? "\n<option value=\"admin\">Read, write and administer</option>" : "")
        </select>
        <label for="token-days">Expires after <span class="hint">(days)</span></label>
        <input id="token-days" name="expiresInDays" type="number" min="1" max="365" value="90" required>
        <div class="form-actions">
        <button type="submit" class="button button-secondary" id="token-create">Create token</button>
        <span class="form-status" id="token-status" role="status"></span>
        </div>
        </form>

        """
            + shownOnce(id: "token-secret", message: "Copy your new token now: Piper won't show it again.")
                + """
                <ul class="item-list account-list" id="token-list" data-testid="token-list"></ul>
                <p class="empty-note" id="token-empty" hidden>No API tokens yet.</p>
                </section>

                """
    }

    private static func activitySection(id: String, title: String) -> String {
        """
        <section class="account-section" id="\(id)-section" aria-labelledby="\(id)-heading">
        <h3 id="\(id)-heading">\(e(title))</h3>
        <ul class="item-list account-list activity-list" id="\(id)-list" data-testid="\(id)-list"></ul>
        <p class="empty-note" id="\(id)-empty" hidden>Nothing yet.</p>
        </section>

        """
    }

    private static func membersSection(_ model: ChatPageModel) -> String {
        """
        <section class="account-section" id="members-section" aria-labelledby="members-heading" \
        data-testid="members-section">
        <h3 id="members-heading">Members</h3>
        <ul class="item-list account-list" id="member-list" data-testid="member-list"></ul>

        """
            + shownOnce(
                id: "reset-code",
                message: "Give this reset code to the member; it works once, for an hour, and won't be shown again.")
            + "</section>\n"
    }

    private static func invitationsSection(_ model: ChatPageModel) -> String {
        """
        <section class="account-section" id="invitations-section" aria-labelledby="invitations-heading" \
        data-testid="invitations-section">
        <h3 id="invitations-heading">Invitations</h3>
        <form class="context-form" id="invitation-form" data-testid="invitation-form">
        <label for="invitation-email">Email</label>
        <input id="invitation-email" name="email" type="email" autocomplete="off" required>
        <label for="invitation-role">Role</label>
        <select id="invitation-role" name="role">
        <option value="member" selected>Member</option>
        <option value="admin">Admin</option>\(model.role == "owner" ? "\n<option value=\"owner\">Owner</option>" : "")
        </select>
        <div class="form-actions">
        <button type="submit" class="button button-secondary" id="invitation-create">Invite</button>
        <span class="form-status" id="invitation-status" role="status"></span>
        </div>
        </form>

        """
            + shownOnce(
                id: "invitation-link",
                message: "Send this sign-up link to the person you invited; Piper won't show it again.")
                + """
                <ul class="item-list account-list" id="invitation-list" data-testid="invitation-list"></ul>
                <p class="empty-note" id="invitation-empty" hidden>No invitations.</p>
                </section>

                """
    }

    /// A box for a secret the server returns once (a token, a code, a link), with copy and dismiss buttons.
    private static func shownOnce(id: String, message: String) -> String {
        """
        <div class="shown-once" id="\(id)" data-testid="\(id)" role="status" hidden>
        <p class="shown-once-message">\(e(message))</p>
        <code class="shown-once-value" id="\(id)-value"></code>
        <div class="form-actions">
        <button type="button" class="button button-secondary" data-copy="\(id)-value">Copy</button>
        <button type="button" class="button button-secondary" data-dismiss="\(id)">Done</button>
        </div>
        </div>

        """
    }
}
