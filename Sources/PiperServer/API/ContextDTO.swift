import Hummingbird
import PiperCore

/// The personal context document on the wire.
struct ContextDTO: ResponseEncodable, Codable, Equatable {
    var role: String
    var focus: String
    var priorities: [String]
    var notes: String
    var updatedAt: String?

    init(_ context: PersonalContext) {
        role = context.role
        focus = context.focus
        priorities = context.priorities
        notes = context.notes
        updatedAt = context.updatedAt.map(WireDate.text)
    }
}

/// Who is signed in, in which workspace.
struct MeDTO: ResponseEncodable, Decodable {
    struct UserDTO: Codable {
        var id: String
        var name: String
        var email: String?
    }

    struct WorkspaceDTO: Codable {
        var id: String
        var name: String
    }

    var user: UserDTO
    var workspace: WorkspaceDTO
    var timeZone: String
}
