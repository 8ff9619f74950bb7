import Hummingbird
import PiperCore

/// `/api/v1/todos`: the signed-in user's todos.
struct TodosController: Sendable {
    let engine: EngineDependencies

    func register(on group: RouterGroup<PrincipalContext>) {
        group.get(use: list)
        group.post(use: create)
        group.get(":id", use: show)
        group.patch(":id", use: update)
        group.delete(":id", use: delete)
    }

    @Sendable func list(_ request: Request, context: PrincipalContext) async throws -> TodoListDTO {
        let statuses = try request.statusFilter(Todo.Status.self, default: "open")
        return TodoListDTO(todos: try await engine.todos.list(context.scope, statuses).map(TodoDTO.init))
    }

    @Sendable func create(_ request: Request, context: PrincipalContext) async throws -> EditedResponse<TodoDTO> {
        let body = try await request.decodeBody(TodoChangeDTO.self, context: context)
        let title = try Todo.validatedTitle(body.title ?? "")
        let todo = try await engine.todos.create(context.scope, engine.ids.next(), title, engine.clock.now())
        return EditedResponse(status: .created, response: TodoDTO(todo))
    }

    @Sendable func show(_ request: Request, context: PrincipalContext) async throws -> TodoDTO {
        TodoDTO(try await find(context))
    }

    @Sendable func update(_ request: Request, context: PrincipalContext) async throws -> TodoDTO {
        var todo = try await find(context)
        let body = try await request.decodeBody(TodoChangeDTO.self, context: context)
        if let title = body.title { todo.title = try Todo.validatedTitle(title) }
        if let status = body.status {
            guard let status = Todo.Status(rawValue: status) else {
                throw APIError(status: .badRequest, code: "invalid_status", message: "status must be open or done.")
            }
            todo = todo.with(status: status, at: engine.clock.now())
        }
        return TodoDTO(try await engine.todos.update(context.scope, todo))
    }

    @Sendable func delete(_ request: Request, context: PrincipalContext) async throws -> HTTPResponse.Status {
        try await engine.todos.delete(context.scope, try context.pathID(Todo.self, resource: "todo"))
        return .noContent
    }

    private func find(_ context: PrincipalContext) async throws -> Todo {
        let id = try context.pathID(Todo.self, resource: "todo")
        guard let todo = try await engine.todos.find(context.scope, id) else { throw TodoError.notFound(id) }
        return todo
    }
}
