import Hummingbird
import PiperCore

/// A todo on the wire.
struct TodoDTO: ResponseEncodable, Decodable, Equatable {
    var id: String
    var number: Int
    var title: String
    var status: String
    var createdAt: String
    var completedAt: String?

    init(_ todo: Todo) {
        id = todo.id.description
        number = todo.number
        title = todo.title
        status = todo.status.rawValue
        createdAt = WireDate.text(todo.createdAt)
        completedAt = todo.completedAt.map(WireDate.text)
    }
}

/// A list of todos.
struct TodoListDTO: ResponseEncodable, Decodable {
    var todos: [TodoDTO]
}

/// The body of `POST /todos` and `PATCH /todos/{id}`.
struct TodoChangeDTO: Decodable {
    var title: String?
    var status: String?
}
