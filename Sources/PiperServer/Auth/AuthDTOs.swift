import Foundation
import Hummingbird
import PiperAuth
import PiperCore

/// How a client wants its session: tokens in the body (API clients) or HttpOnly cookies (the web UI).
enum SessionDelivery: String, Decodable {
    case token
    case cookie
}

struct SignUpBody: Decodable {
    var name: String
    var email: String
    var username: String
    var password: String
    var invitation: String?
    var timeZone: String?
    var workspaceName: String?
    var session: SessionDelivery?
}

struct SignInBody: Decodable {
    var identifier: String
    var password: String
    var workspaceId: String?
    var session: SessionDelivery?
}

struct AcceptInvitationBody: Decodable {
    var invitation: String
}

struct SwitchWorkspaceBody: Decodable {
    var workspaceId: String
    var session: SessionDelivery?
}

struct WorkspaceMembershipDTO: Codable {
    var workspaceId: String
    var name: String
    var role: String
    var current: Bool
}

struct WorkspaceListDTO: ResponseEncodable, Decodable {
    var workspaces: [WorkspaceMembershipDTO]
}

extension Workspace.ID {
    /// Parses a workspace ID from a request body, or answers 422.
    static func parsed(_ text: String) throws -> Workspace.ID {
        guard let id = Workspace.ID(uuidString: text) else {
            throw APIError(
                status: .unprocessableContent, code: "invalid_workspace", message: "“\(text)” is not a workspace ID.")
        }
        return id
    }
}

struct RefreshBody: Decodable {
    var refreshToken: String?
    var session: SessionDelivery?
}

struct ResetBody: Decodable {
    var code: String
    var newPassword: String
}

struct PasswordChangeBody: Decodable {
    var currentPassword: String
    var newPassword: String
}

/// A signed-in session on the wire; tokens are present only when delivered in the body.
struct SessionDTO: ResponseEncodable, Decodable {
    var userId: String
    var workspaceId: String
    var role: String
    var accessToken: String?
    var accessTokenExpiresAt: String
    var refreshToken: String?
    var refreshTokenExpiresAt: String
    var tokenType: String

    init(_ tokens: IssuedTokens, includeTokens: Bool) {
        userId = tokens.principal.userID.description
        workspaceId = tokens.principal.workspaceID.description
        role = tokens.principal.role.rawValue
        accessToken = includeTokens ? tokens.accessToken : nil
        accessTokenExpiresAt = WireDate.text(tokens.accessExpiresAt)
        refreshToken = includeTokens ? tokens.refreshToken : nil
        refreshTokenExpiresAt = WireDate.text(tokens.refreshExpiresAt)
        tokenType = "Bearer"
    }
}

/// What the sign-in page needs to know before anyone is signed in.
struct AuthStatusDTO: ResponseEncodable, Decodable {
    var mode: String
    var signedIn: Bool
    var singleSignOn: String?
}

struct SignInSessionDTO: Codable {
    var id: String
    var method: String
    var current: Bool
    var client: String?
    var address: String?
    var createdAt: String
    var lastUsedAt: String
}

struct SessionListDTO: ResponseEncodable, Decodable {
    var sessions: [SignInSessionDTO]
}

struct TokenCreateBody: Decodable {
    var name: String
    var permission: APIToken.Permission?
    var expiresInDays: Int?
}

struct APITokenDTO: Codable {
    var id: String
    var name: String
    var permission: String
    var expiresAt: String
    var revokedAt: String?
    var lastUsedAt: String?
    var createdAt: String

    init(_ token: APIToken) {
        id = token.id.description
        name = token.name
        permission = token.permission.rawValue
        expiresAt = WireDate.text(token.expiresAt)
        revokedAt = token.revokedAt.map(WireDate.text)
        lastUsedAt = token.lastUsedAt.map(WireDate.text)
        createdAt = WireDate.text(token.createdAt)
    }
}

/// A new token: the secret appears here once and never again.
struct CreatedTokenDTO: ResponseEncodable, Decodable {
    var token: APITokenDTO
    var secret: String
}

struct APITokenListDTO: ResponseEncodable, Decodable {
    var tokens: [APITokenDTO]
}

struct MemberDTO: Codable {
    var userId: String
    var name: String
    var email: String?
    var username: String?
    var role: String
    var joinedAt: String

    init(_ member: Member) {
        userId = member.user.id.description
        name = member.user.displayName
        email = member.user.email
        username = member.username
        role = member.role.rawValue
        joinedAt = WireDate.text(member.joinedAt)
    }
}

struct MemberListDTO: ResponseEncodable, Decodable {
    var members: [MemberDTO]
}

struct RoleBody: Decodable {
    var role: Membership.Role
}

struct InvitationBody: Decodable {
    var email: String
    var role: Membership.Role?
}

struct InvitationDTO: Codable {
    var id: String
    var email: String
    var role: String
    var status: String
    var expiresAt: String
    var createdAt: String

    init(_ invitation: Invitation, now: Date) {
        id = invitation.id.description
        email = invitation.email.rawValue
        role = invitation.role.rawValue
        status =
            invitation.acceptedAt != nil
            ? "accepted"
            : invitation.revokedAt != nil ? "revoked" : invitation.expiresAt <= now ? "expired" : "open"
        expiresAt = WireDate.text(invitation.expiresAt)
        createdAt = WireDate.text(invitation.createdAt)
    }
}

/// A new invitation: the token (and the sign-up link that carries it) appear here once.
struct CreatedInvitationDTO: ResponseEncodable, Decodable {
    var invitation: InvitationDTO
    var token: String
    var signUpPath: String
}

struct InvitationListDTO: ResponseEncodable, Decodable {
    var invitations: [InvitationDTO]
}

/// A reset code an admin hands to a member; shown once.
struct ResetCodeDTO: ResponseEncodable, Decodable {
    var code: String
    var expiresAt: String
}
