import Foundation

extension ChatPage {
    // MARK: - Side panels

    static func panels(_ model: ChatPageModel) -> String {
        panelsStart(model) + projectsPanel(model) + remindersPanel(model) + contextPanel() + "</aside>\n"
    }

    static func panelsStart(_ model: ChatPageModel) -> String {
        let open = model.todos.filter { !$0.isDone }
        var html = """
            <aside class="panels drawer" id="panels" aria-label="Todos, projects, reminders and about me" \
            data-testid="panels">
            <button type="button" class="icon-button drawer-close" data-close-drawer \
            aria-label="Close panels">×</button>
            \(accountPanel(model))\(usagePanel(model))\(modelsPanel())\
            <section class="panel" id="todos-panel" aria-labelledby="todos-heading">
            <h2 id="todos-heading">Todos <span class="count" id="todo-count">\(open.count)</span></h2>
            <ul class="item-list" id="todo-list" data-testid="todo-list">

            """
        for todo in open {
            html += todoItem(todo)
        }
        html += """
            </ul>
            <p class="empty-note" id="todo-empty"\(open.isEmpty ? "" : " hidden")>No open todos.</p>
            <form class="quick-add" id="todo-form">
            <label class="visually-hidden" for="todo-new">New todo</label>
            <input id="todo-new" name="title" type="text" placeholder="Add a todo…" autocomplete="off">
            <button type="submit" class="button button-secondary">Add</button>
            </form>
            </section>

            """
        return html
    }

    static func todoItem(_ todo: TodoView) -> String {
        let checkboxID = "todo-done-" + WebHTML.pathSegment(todo.id)
        return """
            <li class="todo" data-todo-id="\(e(todo.id))" data-number="\(todo.number)">\
            <input type="checkbox" class="todo-check" id="\(e(checkboxID))">\
            <label for="\(e(checkboxID))"><span class="todo-number">#\(todo.number)</span> \
            <span class="todo-title">\(e(todo.title))</span></label>\
            <button type="button" class="icon-button todo-delete" \
            aria-label="Delete todo #\(todo.number): \(e(todo.title))" title="Delete">×</button></li>

            """
    }

    static func projectsPanel(_ model: ChatPageModel) -> String {
        let active = model.projects.filter { !$0.isArchived }
        let archived = model.projects.filter(\.isArchived)
        var html = """
            <section class="panel" id="projects-panel" aria-labelledby="projects-heading">
            <h2 id="projects-heading">Projects <span class="count" id="project-count">\(active.count)</span></h2>
            <ul class="item-list" id="project-list" data-testid="project-list">

            """
        for project in active {
            html += projectItem(project)
        }
        html += """
            </ul>
            <p class="empty-note" id="project-empty"\(active.isEmpty ? "" : " hidden")>No active projects.</p>
            <details class="archived" id="archived-projects"\(archived.isEmpty ? " hidden" : "")>
            <summary>Archived (<span id="archived-count">\(archived.count)</span>)</summary>
            <ul class="item-list" id="archived-project-list">

            """
        for project in archived {
            html += projectItem(project)
        }
        html += "</ul>\n</details>\n</section>\n"
        return html
    }

    static func projectItem(_ project: ProjectView) -> String {
        var html = """
            <li class="project" data-project-id="\(e(project.id))">\
            <span class="project-name">\(e(project.name))</span>
            """
        if !project.repositories.isEmpty {
            html += "<ul class=\"repo-list\" aria-label=\"Repositories\">"
            for repository in project.repositories {
                html += "<li><code>\(e(repository))</code></li>"
            }
            html += "</ul>"
        }
        return html + "</li>\n"
    }

    static func remindersPanel(_ model: ChatPageModel) -> String {
        var html = """
            <section class="panel" id="reminders-panel" aria-labelledby="reminders-heading">
            <h2 id="reminders-heading">Reminders <span class="count" id="reminder-count">\(model.reminders.count)\
            </span></h2>
            <ul class="item-list" id="reminder-list" data-testid="reminder-list">

            """
        for reminder in model.reminders {
            html += """
                <li class="reminder" data-reminder-id="\(e(reminder.id))">\
                <span class="reminder-text">\(e(reminder.text))</span> \
                <span class="reminder-due">\(e(reminder.due))</span>\
                <button type="button" class="icon-button reminder-delete" \
                aria-label="Delete reminder: \(e(reminder.text))" title="Delete">×</button></li>

                """
        }
        html += """
            </ul>
            <p class="empty-note" id="reminder-empty"\(model.reminders.isEmpty ? "" : " hidden")>\
            No pending reminders.</p>
            </section>

            """
        return html
    }

    static func contextPanel() -> String {
        """
        <section class="panel" id="context-panel" aria-labelledby="context-heading">
        <h2 id="context-heading">About me</h2>
        <form class="context-form" id="context-form" data-testid="context-form">
        <label for="context-role">Role</label>
        <input id="context-role" name="role" type="text" autocomplete="organization-title">
        <label for="context-focus">Current focus</label>
        <input id="context-focus" name="focus" type="text">
        <label for="context-priorities">Standing priorities <span class="hint">(one per line)</span></label>
        <textarea id="context-priorities" name="priorities" rows="3"></textarea>
        <label for="context-notes">Notes</label>
        <textarea id="context-notes" name="notes" rows="3"></textarea>
        <div class="form-actions">
        <button type="submit" class="button button-secondary" id="context-save">Save</button>
        <span class="form-status" id="context-status" role="status"></span>
        </div>
        </form>
        </section>

        """
    }
}
