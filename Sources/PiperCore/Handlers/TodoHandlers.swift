import Foundation

/// Creating, listing, completing and deleting todos.
enum TodoHandlers {
    static let create: ActionHandler = { context in
        let title = try Todo.validatedTitle(TodoTitle.clean(context.slots.text ?? ""))
        if context.consent != .proceed {
            return .confirm(prompt: "Add a todo “\(title)”?", pinned: context.slots, confirmLabel: "Add it")
        }
        let todo = try await context.dependencies.todos.create(
            context.scope, context.dependencies.ids.next(), title, context.now)
        let open = try await context.dependencies.todos.list(context.scope, [.open])
        return .reply(
            Reply(
                "Added todo #\(todo.number): “\(todo.title)”. You have \(Plural.count(open.count, "open todo")).",
                activity: [Reply.Activity(.created, .todo, id: todo.id.description, label: todo.title)]))
    }

    static let list: ActionHandler = { context in
        let wantsDone = ["done", "completed", "finished"].contains {
            TextNormalization.words(context.text).contains($0)
        }
        let statuses: Set<Todo.Status> = wantsDone ? [.done] : [.open]
        let todos = try await context.dependencies.todos.list(context.scope, statuses)
        let kind = wantsDone ? "completed todo" : "open todo"
        guard !todos.isEmpty else {
            return .reply(
                Reply(
                    wantsDone ? "You haven't completed any todos yet." : "You have no open todos. Nice and clear.",
                    provenance: [
                        ProvenanceEntry(
                            source: "your todos", detail: "none \(wantsDone ? "done" : "open")", outcome: .empty)
                    ]))
        }
        return .reply(
            Reply(
                "You have \(Plural.count(todos.count, kind)):",
                blocks: [.list(title: wantsDone ? "Done" : "Todos", items: todos.map(TodoListing.item))],
                provenance: [ProvenanceEntry(source: "your todos", detail: Plural.count(todos.count, kind))],
                activity: todos.prefix(20).map {
                    Reply.Activity(.showed, .todo, id: $0.id.description, label: $0.title)
                }))
    }

    static let next: ActionHandler = { context in
        let todos = try await context.dependencies.todos.list(context.scope, [.open])
        guard let next = todos.first else {
            return .reply(
                Reply(
                    "You have no open todos — nothing is next.",
                    provenance: [ProvenanceEntry(source: "your todos", detail: "none open", outcome: .empty)]))
        }
        let rest = todos.count - 1
        return .reply(
            Reply(
                "Next up is #\(next.number): “\(next.title)”"
                    + (rest > 0 ? " (\(Plural.count(rest, "more")) after it)." : ". It's the only one left."),
                provenance: [ProvenanceEntry(source: "your todos", detail: "oldest open todo #\(next.number)")],
                activity: [Reply.Activity(.showed, .todo, id: next.id.description, label: next.title)]))
    }

    static let complete: ActionHandler = { context in
        let all = try await context.dependencies.todos.list(context.scope, [.open, .done])
        switch TodoMatcher.match(context.slots.todoRef ?? "", in: all.filter { $0.status == .open }) {
        case .one(let todo):
            let saved = try await context.dependencies.todos.update(
                context.scope, todo.with(status: .done, at: context.now))
            return .reply(
                Reply(
                    "Marked #\(saved.number) “\(saved.title)” as done.",
                    activity: [Reply.Activity(.completed, .todo, id: saved.id.description, label: saved.title)]))
        case .several(let candidates):
            return TodoListing.askWhich(candidates, verb: "complete", context: context)
        case .none:
            if case .one(let done) = TodoMatcher.match(
                context.slots.todoRef ?? "", in: all.filter { $0.status == .done })
            {
                return .reply(Reply("#\(done.number) “\(done.title)” is already done."))
            }
            return TodoListing.notFound(context.slots.todoRef ?? "", open: all.filter { $0.status == .open })
        }
    }

    static let delete: ActionHandler = { context in
        let todos = try await context.dependencies.todos.list(context.scope, [.open, .done])
        switch TodoMatcher.match(context.slots.todoRef ?? "", in: todos) {
        case .one(let todo) where context.consent != .proceed:
            var pinned = context.slots
            pinned.todoRef = "id:\(todo.id.description)"
            return .confirm(
                prompt: "Delete todo #\(todo.number) “\(todo.title)”? This can't be undone.", pinned: pinned,
                confirmLabel: "Delete it")
        case .one(let todo):
            try await context.dependencies.todos.delete(context.scope, todo.id)
            return .reply(
                Reply(
                    "Deleted todo #\(todo.number) “\(todo.title)”.",
                    activity: [Reply.Activity(.deleted, .todo, id: todo.id.description, label: todo.title)]))
        case .several(let candidates):
            return TodoListing.askWhich(candidates, verb: "delete", context: context)
        case .none:
            return TodoListing.notFound(context.slots.todoRef ?? "", open: todos.filter { $0.status == .open })
        }
    }
}
