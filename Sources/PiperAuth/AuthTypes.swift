import Foundation
import PiperCore

/// Where a request came from, for the audit log and throttling.
package struct RequestOrigin: Hashable, Sendable {
    /// The request's ID.
    package var requestID: String?
    /// The client's address, as far as it can be known.
    package var address: String
    /// The client's User-Agent, when it sent one.
    package var client: String?

    /// Creates an origin.
    package init(requestID: String?, address: String, client: String? = nil) {
        self.requestID = requestID
        self.address = address
        self.client = client
    }
}

/// How a request proved who it is.
package enum Credential: Hashable, Sendable {
    /// A session's access token (web cookie or Bearer).
    case session(SignInSession.ID)
    /// A personal API token, limited to its permission.
    case apiToken(APIToken.ID, APIToken.Permission)
    /// The embedded single-user mode: every request is the installation's local user.
    case local

    /// The most this credential may do, whatever the role.
    package var permission: APIToken.Permission {
        switch self {
        case .session, .local: .admin
        case .apiToken(_, let permission): permission
        }
    }
}

/// A request's verified identity.
package struct Authentication: Hashable, Sendable {
    /// Who, where, with which role.
    package var principal: Principal
    /// How they proved it.
    package var credential: Credential

    /// Creates the value.
    package init(principal: Principal, credential: Credential) {
        self.principal = principal
        self.credential = credential
    }
}

/// A freshly signed-in session's tokens.
package struct IssuedTokens: Sendable {
    /// Who signed in.
    package var principal: Principal
    /// The session.
    package var session: SignInSession.ID
    /// The access token (a JWT).
    package var accessToken: String
    /// When it expires.
    package var accessExpiresAt: Date
    /// The refresh token; shown once, stored only as a hash.
    package var refreshToken: String
    /// When it expires.
    package var refreshExpiresAt: Date
}

/// A sign-up as a person fills it in.
package struct SignUpRequest: Sendable {
    /// Their name.
    package var displayName: String
    /// Their email address.
    package var email: String
    /// Their chosen sign-in name.
    package var username: String
    /// Their chosen password.
    package var password: String
    /// The invitation token, unless this is the installation's first account.
    package var invitation: String?
    /// Their IANA time zone.
    package var timeZone: String
    /// A name for the workspace, when the first account founds one.
    package var workspaceName: String?

    /// Creates the request.
    package init(
        displayName: String, email: String, username: String, password: String, invitation: String?,
        timeZone: String, workspaceName: String? = nil
    ) {
        self.displayName = displayName
        self.email = email
        self.username = username
        self.password = password
        self.invitation = invitation
        self.timeZone = timeZone
        self.workspaceName = workspaceName
    }
}

/// A verified single-sign-on identity, as the provider vouched for it.
package struct SingleSignOnIdentity: Hashable, Sendable {
    /// The provider's issuer URL.
    package var issuer: String
    /// The person's ID at the provider.
    package var subject: String
    /// Their email address.
    package var email: String?
    /// Whether the provider verified that address.
    package var emailVerified: Bool
    /// Their name at the provider, for an account made from an invitation.
    package var name: String?

    /// Creates the value.
    package init(issuer: String, subject: String, email: String?, emailVerified: Bool, name: String? = nil) {
        self.issuer = issuer
        self.subject = subject
        self.email = email
        self.emailVerified = emailVerified
        self.name = name
    }
}
