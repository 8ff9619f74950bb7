import Foundation

/// The user's project portfolio: list, add, archive, restore, delete and link repositories.
enum ProjectHandlers {
    static let list: ActionHandler = { context in
        let projects = try await context.dependencies.projects.list(context.scope, [.active, .archived])
        let active = projects.filter { $0.status == .active }
        let archived = projects.filter { $0.status == .archived }
        guard !projects.isEmpty else {
            return .reply(
                Reply(
                    "You have no projects yet. Say \"add a project called …\" to start one.",
                    provenance: [ProvenanceEntry(source: "your projects", detail: "none", outcome: .empty)]))
        }
        var blocks: [ReplyBlock] = [.list(title: "Active", items: active.map(item))]
        if !archived.isEmpty { blocks.append(.list(title: "Archived", items: archived.map(item))) }
        return .reply(
            Reply(
                "You have \(Plural.count(active.count, "active project"))"
                    + (archived.isEmpty ? "." : " and \(archived.count) archived."),
                blocks: blocks,
                provenance: [ProvenanceEntry(source: "your projects", detail: Plural.count(projects.count, "project"))],
                activity: projects.prefix(20).map {
                    Reply.Activity(.showed, .project, id: $0.id.description, label: $0.name)
                }))
    }

    static let add: ActionHandler = { context in
        let name = try Project.validatedName(ProjectMatcher.cleanName(context.slots.project ?? ""))
        if context.consent != .proceed {
            return .confirm(prompt: "Add a project called “\(name)”?", pinned: context.slots, confirmLabel: "Add it")
        }
        let project = Project(
            id: context.dependencies.ids.next(), scope: context.scope, name: name, status: .active, repositories: [],
            createdAt: context.now, updatedAt: context.now)
        try await context.dependencies.projects.insert(project)
        return .reply(
            Reply(
                "Added the project “\(name)”.",
                activity: [Reply.Activity(.created, .project, id: project.id.description, label: name)]))
    }

    static let archive: ActionHandler = { context in
        try await changeStatus(context, from: .active, to: .archived, event: .archived, verb: "Archived")
    }

    static let restore: ActionHandler = { context in
        try await changeStatus(context, from: .archived, to: .active, event: .restored, verb: "Restored")
    }

    static let delete: ActionHandler = { context in
        try await withProject(context, statuses: [.active, .archived], verb: "delete") { project in
            if context.consent != .proceed {
                var pinned = context.slots
                pinned.project = project.name
                return .confirm(
                    prompt: "Delete the project “\(project.name)”? This can't be undone.", pinned: pinned,
                    confirmLabel: "Delete it")
            }
            try await context.dependencies.projects.delete(context.scope, project.id)
            return .reply(
                Reply(
                    "Deleted the project “\(project.name)”.",
                    activity: [Reply.Activity(.deleted, .project, id: project.id.description, label: project.name)]))
        }
    }

    static let linkRepository: ActionHandler = { context in
        let repository = try Project.validatedRepository(context.slots.repo ?? "")
        return try await withProject(context, statuses: [.active, .archived], verb: "link") { project in
            guard !project.repositories.contains(where: { $0.lowercased() == repository.lowercased() }) else {
                return .reply(Reply("\(repository) is already linked to “\(project.name)”."))
            }
            var changed = project
            changed.repositories.append(repository)
            changed.updatedAt = context.now
            let saved = try await context.dependencies.projects.update(context.scope, changed)
            return .reply(
                Reply(
                    "Linked \(repository) to “\(saved.name)”.",
                    activity: [Reply.Activity(.linked, .project, id: saved.id.description, label: saved.name)]))
        }
    }

    private static func changeStatus(
        _ context: HandlerContext, from: Project.Status, to: Project.Status, event: LedgerEntry.Event, verb: String
    ) async throws -> HandlerOutcome {
        try await withProject(context, statuses: [from], verb: verb.lowercased()) { project in
            var changed = project
            changed.status = to
            changed.updatedAt = context.now
            let saved = try await context.dependencies.projects.update(context.scope, changed)
            return .reply(
                Reply(
                    "\(verb) the project “\(saved.name)”.",
                    activity: [Reply.Activity(event, .project, id: saved.id.description, label: saved.name)]))
        }
    }

    /// Finds the named project among `statuses` and runs `body`, or answers why it can't.
    private static func withProject(
        _ context: HandlerContext, statuses: Set<Project.Status>, verb: String,
        body: (Project) async throws -> HandlerOutcome
    ) async throws -> HandlerOutcome {
        let name = context.slots.project ?? ""
        let projects = try await context.dependencies.projects.list(context.scope, statuses)
        switch ProjectMatcher.match(name, in: projects) {
        case .one(let project):
            return try await body(project)
        case .several(let candidates):
            var pinned = context.slots
            pinned.project = nil
            let names = candidates.map { "“\($0.name)”" }.joined(separator: ", ")
            return .ask(slot: .project, question: "Which project should I \(verb): \(names)?", pinned: pinned)
        case .none:
            let known = projects.map { "“\($0.name)”" }.joined(separator: ", ")
            return .reply(
                Reply(
                    "I couldn't find a project matching “\(ProjectMatcher.cleanName(name))”"
                        + (known.isEmpty ? "." : ". The ones I can \(verb) are \(known)."),
                    provenance: [ProvenanceEntry(source: "your projects", detail: "no match", outcome: .empty)]))
        }
    }

    static func item(_ project: Project) -> ListItem {
        ListItem(
            project.name, detail: project.repositories.isEmpty ? nil : project.repositories.joined(separator: ", "))
    }
}
