import PiperCore

extension Authentication {
    /// Whether this request may administer the workspace or read beyond its owner's own data: an owner or
    /// admin, signed in with a session (or the single-user mode), or with an API token of `admin` permission.
    package var mayAdminister: Bool {
        principal.role >= .admin && credential.permission >= .admin
    }

    /// Throws ``AccountError/forbidden(_:)`` unless the request ``mayAdminister``; the message says which
    /// of the two was missing.
    package func requireAdministration() throws {
        guard principal.role >= .admin else {
            throw AccountError.forbidden("Only workspace owners and admins can do that.")
        }
        guard credential.permission >= .admin else {
            throw AccountError.forbidden("This API token is not allowed to administer the workspace.")
        }
    }

    /// Throws unless the request may read workspace-wide data (other people's): any member signed in, but
    /// an API token only with `admin` permission — a `read` or `write` token reads only its owner's data.
    package func requireWorkspaceRead() throws {
        guard credential.permission >= .admin else {
            throw AccountError.forbidden("This API token may read only its owner's own data.")
        }
    }
}
