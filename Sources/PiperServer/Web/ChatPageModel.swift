import Foundation

/// Everything the chat page shows on first load.
package struct ChatPageModel: Sendable, Equatable {
    /// The signed-in user's display name.
    package var userName: String
    /// The name of the workspace the user is in.
    package var workspaceName: String
    /// Piper's release, shown in the page footer.
    package var version: String
    /// The user's conversations, newest first.
    package var conversations: [ConversationLink]
    /// The conversation the thread shows, or nil for the empty state.
    package var selectedConversationID: String?
    /// The selected conversation's turns, oldest first.
    package var turns: [TurnView]
    /// The user's todos; only the open ones are shown.
    package var todos: [TodoView]
    /// The user's projects, active and archived.
    package var projects: [ProjectView]
    /// The user's pending reminders.
    package var reminders: [ReminderView]
    /// The user's role in the workspace: "owner", "admin" or "member".
    package var role: String
    /// Whether the page is shown to the embedded install's local user, who never signs in.
    package var isLocalUser: Bool

    /// Whether the user may manage the workspace's members, invitations and activity.
    package var isAdmin: Bool { role == "owner" || role == "admin" }

    /// Creates a page model from its parts.
    package init(
        userName: String,
        workspaceName: String,
        version: String,
        conversations: [ConversationLink],
        selectedConversationID: String?,
        turns: [TurnView],
        todos: [TodoView],
        projects: [ProjectView],
        reminders: [ReminderView],
        role: String = "member",
        isLocalUser: Bool = false
    ) {
        self.userName = userName
        self.workspaceName = workspaceName
        self.version = version
        self.conversations = conversations
        self.selectedConversationID = selectedConversationID
        self.turns = turns
        self.todos = todos
        self.projects = projects
        self.reminders = reminders
        self.role = role
        self.isLocalUser = isLocalUser
    }
}

/// One entry of the conversation list.
package struct ConversationLink: Sendable, Equatable {
    /// The conversation's ID, as used in /c/{id}.
    package var id: String
    /// The conversation's title; an empty one is shown as "New conversation".
    package var title: String
    /// When the conversation last changed, as display text.
    package var updatedAt: String

    /// Creates a conversation link.
    package init(id: String, title: String, updatedAt: String) {
        self.id = id
        self.title = title
        self.updatedAt = updatedAt
    }
}

/// One message of the thread.
package struct TurnView: Sendable, Equatable {
    /// The turn's ID.
    package var id: String
    /// The turn's position in its conversation.
    package var sequence: Int
    /// Who wrote the turn: "user" or "piper".
    package var role: String
    /// The turn's plain text.
    package var text: String
    /// Structured content shown below the text.
    package var blocks: [BlockView]

    /// Creates a turn view.
    package init(id: String, sequence: Int, role: String, text: String, blocks: [BlockView]) {
        self.id = id
        self.sequence = sequence
        self.role = role
        self.text = text
        self.blocks = blocks
    }
}

/// Structured content of a turn.
package enum BlockView: Sendable, Equatable {
    /// A titled list of items.
    case list(title: String?, items: [ListItemView])
    /// A question with buttons; only a pending one can be answered.
    case confirmation(prompt: String, options: [OptionView], isPending: Bool)
    /// The sources a reply is based on.
    case citations([String])
}

/// One item of a list block.
package struct ListItemView: Sendable, Equatable {
    /// The item's main text.
    package var text: String
    /// Secondary text shown after the main text.
    package var detail: String?

    /// Creates a list item.
    package init(text: String, detail: String? = nil) {
        self.text = text
        self.detail = detail
    }
}

/// One button of a confirmation block.
package struct OptionView: Sendable, Equatable {
    /// The button's label.
    package var label: String
    /// The text sent as the user's turn when the button is clicked.
    package var reply: String
    /// "primary", "danger" or "secondary".
    package var style: String

    /// Creates a confirmation option.
    package init(label: String, reply: String, style: String) {
        self.label = label
        self.reply = reply
        self.style = style
    }
}

/// One todo of the Todos panel.
package struct TodoView: Sendable, Equatable {
    /// The todo's ID.
    package var id: String
    /// The todo's number, as the user refers to it.
    package var number: Int
    /// The todo's title.
    package var title: String
    /// Whether the todo is done; done todos are not shown.
    package var isDone: Bool

    /// Creates a todo view.
    package init(id: String, number: Int, title: String, isDone: Bool) {
        self.id = id
        self.number = number
        self.title = title
        self.isDone = isDone
    }
}

/// One project of the Projects panel.
package struct ProjectView: Sendable, Equatable {
    /// The project's ID.
    package var id: String
    /// The project's name.
    package var name: String
    /// Whether the project is archived.
    package var isArchived: Bool
    /// The repositories linked to the project, such as "acme/web".
    package var repositories: [String]

    /// Creates a project view.
    package init(id: String, name: String, isArchived: Bool, repositories: [String]) {
        self.id = id
        self.name = name
        self.isArchived = isArchived
        self.repositories = repositories
    }
}

/// One reminder of the Reminders panel.
package struct ReminderView: Sendable, Equatable {
    /// The reminder's ID.
    package var id: String
    /// What to be reminded of.
    package var text: String
    /// When the reminder is due, as display text.
    package var due: String

    /// Creates a reminder view.
    package init(id: String, text: String, due: String) {
        self.id = id
        self.text = text
        self.due = due
    }
}
