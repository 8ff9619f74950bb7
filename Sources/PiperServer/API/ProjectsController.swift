import Hummingbird
import PiperCore

/// `/api/v1/projects`: the signed-in user's projects.
struct ProjectsController: Sendable {
    let engine: EngineDependencies

    func register(on group: RouterGroup<PrincipalContext>) {
        group.get(use: list)
        group.post(use: create)
        group.get(":id", use: show)
        group.patch(":id", use: update)
        group.delete(":id", use: delete)
        group.post(":id/repositories", use: link)
    }

    @Sendable func list(_ request: Request, context: PrincipalContext) async throws -> ProjectListDTO {
        let statuses = try request.statusFilter(Project.Status.self, default: "all")
        return ProjectListDTO(projects: try await engine.projects.list(context.scope, statuses).map(ProjectDTO.init))
    }

    @Sendable func create(_ request: Request, context: PrincipalContext) async throws -> EditedResponse<ProjectDTO> {
        let body = try await request.decodeBody(ProjectChangeDTO.self, context: context)
        let now = engine.clock.now()
        let project = Project(
            id: engine.ids.next(), scope: context.scope, name: try Project.validatedName(body.name ?? ""),
            status: .active,
            repositories: [], createdAt: now, updatedAt: now)
        try await engine.projects.insert(project)
        return EditedResponse(status: .created, response: ProjectDTO(project))
    }

    @Sendable func show(_ request: Request, context: PrincipalContext) async throws -> ProjectDTO {
        ProjectDTO(try await find(context))
    }

    @Sendable func update(_ request: Request, context: PrincipalContext) async throws -> ProjectDTO {
        var project = try await find(context)
        let body = try await request.decodeBody(ProjectChangeDTO.self, context: context)
        if let name = body.name { project.name = try Project.validatedName(name) }
        if let status = body.status {
            guard let status = Project.Status(rawValue: status) else {
                throw APIError(
                    status: .badRequest, code: "invalid_status", message: "status must be active or archived.")
            }
            project.status = status
        }
        project.updatedAt = engine.clock.now()
        return ProjectDTO(try await engine.projects.update(context.scope, project))
    }

    @Sendable func delete(_ request: Request, context: PrincipalContext) async throws -> HTTPResponse.Status {
        try await engine.projects.delete(context.scope, try context.pathID(Project.self, resource: "project"))
        return .noContent
    }

    @Sendable func link(_ request: Request, context: PrincipalContext) async throws -> ProjectDTO {
        var project = try await find(context)
        let body = try await request.decodeBody(RepositoryLinkDTO.self, context: context)
        let repository = try Project.validatedRepository(body.repository)
        if !project.repositories.contains(where: { $0.lowercased() == repository.lowercased() }) {
            project.repositories.append(repository)
            project.updatedAt = engine.clock.now()
            project = try await engine.projects.update(context.scope, project)
        }
        return ProjectDTO(project)
    }

    private func find(_ context: PrincipalContext) async throws -> Project {
        let id = try context.pathID(Project.self, resource: "project")
        guard let project = try await engine.projects.find(context.scope, id) else { throw ProjectError.notFound(id) }
        return project
    }
}
