import Hummingbird
import PiperCore

/// A project on the wire.
struct ProjectDTO: ResponseEncodable, Decodable, Equatable {
    var id: String
    var name: String
    var status: String
    var repositories: [String]
    var createdAt: String

    init(_ project: Project) {
        id = project.id.description
        name = project.name
        status = project.status.rawValue
        repositories = project.repositories
        createdAt = WireDate.text(project.createdAt)
    }
}

/// A list of projects.
struct ProjectListDTO: ResponseEncodable, Decodable {
    var projects: [ProjectDTO]
}

/// The body of `POST /projects` and `PATCH /projects/{id}`.
struct ProjectChangeDTO: Decodable {
    var name: String?
    var status: String?
}

/// The body of `POST /projects/{id}/repositories`.
struct RepositoryLinkDTO: Decodable {
    var repository: String
}
