import Foundation

/// Renders the web chat page; app.js enhances it in the browser and renders new content the same way.
package enum ChatPage {
    /// Renders the whole HTML5 document for the model.
    package static func render(_ model: ChatPageModel) -> String {
        let selectedID = model.selectedConversationID ?? ""
        let selectedTitle = model.conversations.first { $0.id == selectedID }.map { displayTitle($0.title) }
        let pageTitle = selectedTitle.map { "\($0) · Piper Morgan" } ?? "Piper Morgan"
        var html = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <meta name="color-scheme" content="light dark">
            <title>\(e(pageTitle))</title>
            <link rel="stylesheet" href="/assets/app.css">
            <script src="/assets/app.js" defer></script>
            </head>
            <body data-page="chat" data-conversation-id="\(e(selectedID))" data-user-name="\(e(model.userName))" \
            data-role="\(e(model.role))" data-local-user="\(model.isLocalUser)">
            <a class="skip-link" href="#composer">Skip to the message box</a>
            <div class="app" id="app">

            """
        html += header()
        html += sidebar(model, selectedID: selectedID)
        html += chat(model)
        html += panels(model)
        html += """
            <div class="backdrop" id="backdrop" hidden></div>
            </div>
            </body>
            </html>

            """
        return html
    }

    // MARK: - Regions

    private static func header() -> String {
        """
        <header class="topbar" data-testid="topbar">
        <button type="button" class="toggle" id="toggle-conversations" aria-controls="sidebar" \
        aria-expanded="false">Chats</button>
        <div class="brand"><span class="brand-mark" aria-hidden="true">P</span> Piper Morgan</div>
        <button type="button" class="toggle" id="toggle-panels" aria-controls="panels" \
        aria-expanded="false">Panels</button>
        </header>

        """
    }

    private static func sidebar(_ model: ChatPageModel, selectedID: String) -> String {
        var html = """
            <nav class="sidebar drawer" id="sidebar" aria-label="Conversations" data-testid="sidebar">
            <button type="button" class="icon-button drawer-close" data-close-drawer \
            aria-label="Close conversations">×</button>
            <button type="button" class="button button-primary new-conversation" id="new-conversation" \
            data-testid="new-conversation">New conversation</button>
            <h2 class="visually-hidden" id="conversations-heading">Conversations</h2>
            <ul class="conversation-list" id="conversation-list" aria-labelledby="conversations-heading">

            """
        for conversation in model.conversations {
            html += conversationItem(conversation, isSelected: conversation.id == selectedID)
        }
        html += """
            </ul>
            <p class="empty-note" id="conversation-empty"\(model.conversations.isEmpty ? "" : " hidden")>\
            No conversations yet.</p>
            <div class="account-bar settings-bar">
            <button type="button" class="button button-secondary" id="toggle-usage" aria-controls="usage-panel" \
            aria-expanded="false" data-testid="toggle-usage">Usage</button>
            <button type="button" class="button button-secondary" id="toggle-models" aria-controls="models-panel" \
            aria-expanded="false" data-testid="toggle-models">Models</button>
            </div>
            <div class="account-bar">
            <button type="button" class="button button-secondary" id="toggle-account" aria-controls="account-panel" \
            aria-expanded="false" data-testid="toggle-account">Account</button>
            <button type="button" class="button button-secondary" id="sign-out" data-testid="sign-out"\
            \(model.isLocalUser ? " hidden" : "")>Sign out</button>
            </div>
            <p class="sidebar-footer"><span class="sidebar-identity">\(e(model.userName)) · \(e(model.workspaceName))\
            </span> <span class="version">Piper Morgan \(e(model.version))</span></p>
            </nav>

            """
        return html
    }

    private static func conversationItem(_ conversation: ConversationLink, isSelected: Bool) -> String {
        let href = "/c/" + WebHTML.pathSegment(conversation.id)
        return """
            <li><a class="conversation-link" href="\(e(href))" data-id="\(e(conversation.id))"\
            \(isSelected ? " aria-current=\"page\"" : "")><span class="conversation-title">\
            \(e(displayTitle(conversation.title)))</span> <span class="conversation-time">\
            \(e(conversation.updatedAt))</span></a></li>

            """
    }

    private static func chat(_ model: ChatPageModel) -> String {
        var html = """
            <main class="chat" id="chat" aria-labelledby="chat-heading">
            <h1 class="visually-hidden" id="chat-heading">Chat with Piper</h1>
            <div class="error-banner" id="error-banner" role="alert" data-testid="error-banner" hidden>\
            <span class="error-message" id="error-message"></span> \
            <button type="button" class="icon-button" id="error-dismiss" aria-label="Dismiss error">×</button></div>
            <div class="thread" id="thread" role="log" aria-live="polite" aria-relevant="additions" \
            aria-label="Messages" tabindex="-1" data-testid="thread">

            """
        if model.turns.isEmpty {
            html += emptyState(model)
        }
        let lastPiperID = model.turns.last { $0.role == "piper" }?.id
        for turn in model.turns {
            html += message(turn, isLastPiperTurn: turn.id == lastPiperID)
        }
        html += """
            </div>
            <div class="thinking" id="thinking" role="status" data-testid="thinking" hidden>\
            <span class="thinking-dots" aria-hidden="true"><span></span><span></span><span></span></span> \
            Piper is thinking…</div>
            <form class="composer" id="composer-form" data-testid="composer-form">
            <label class="visually-hidden" for="composer">Message Piper</label>
            <textarea id="composer" name="text" rows="1" placeholder="Message Piper…" \
            aria-describedby="composer-hint" data-testid="composer"></textarea>
            <button type="submit" class="button button-primary" id="send" data-testid="send">Send</button>
            <p class="composer-hint" id="composer-hint">Enter sends, Shift+Enter adds a line.</p>
            </form>
            </main>

            """
        return html
    }

    private static func emptyState(_ model: ChatPageModel) -> String {
        let greeting = model.userName.isEmpty ? "Hi!" : "Hi \(model.userName)!"
        let examples = [
            "Add a todo to draft the launch plan",
            "Show my todos",
            "Remind me tomorrow at 9 to send the weekly update",
        ]
        var html = """
            <div class="empty-state" id="empty-state">
            <p class="empty-title">\(e(greeting)) I'm Piper, your product-management colleague.</p>
            <p>Ask me to track todos, projects and reminders, or think a problem through with you.</p>
            <ul class="examples">

            """
        for example in examples {
            html += """
                <li><button type="button" class="example" data-example="\(e(example))">\(e(example))</button></li>

                """
        }
        html += "</ul>\n</div>\n"
        return html
    }

    /// Renders one turn; a confirmation can be answered only in the last piper turn.
    static func message(_ turn: TurnView, isLastPiperTurn: Bool) -> String {
        let role = turn.role == "user" ? "user" : "piper"
        let author = role == "user" ? "You" : "Piper"
        var html = """
            <article class="message message-\(role)" data-role="\(role)" data-turn-id="\(e(turn.id))" \
            data-sequence="\(turn.sequence)" aria-label="\(author)">
            <div class="message-author" aria-hidden="true">\(author)</div>
            <div class="message-body">
            <div class="message-text">\(WebHTML.messageText(turn.text))</div>

            """
        for block in turn.blocks {
            html += self.block(block, isActive: isLastPiperTurn, turnText: turn.text)
        }
        html += "</div>\n</article>\n"
        return html
    }

    /// Renders one block; a confirmation whose prompt repeats the turn's text shows the prompt only once.
    private static func block(_ block: BlockView, isActive: Bool, turnText: String) -> String {
        switch block {
        case .list(let title, let items):
            var html = "<div class=\"block block-list\" data-block=\"list\">"
            if let title, !title.isEmpty {
                html += "<p class=\"block-title\">\(e(title))</p>"
            }
            html += "<ul>"
            for item in items {
                html += "<li><span class=\"item-text\">\(e(item.text))</span>"
                if let detail = item.detail, !detail.isEmpty {
                    html += " <span class=\"item-detail\">\(e(detail))</span>"
                }
                html += "</li>"
            }
            return html + "</ul></div>\n"
        case .confirmation(let prompt, let options, let isPending):
            let enabled = isPending && isActive
            let repeatsText = sameText(prompt, turnText)
            var html = """
                <div class="block confirmation" data-block="confirmation" data-pending="\(enabled)" \
                role="group" aria-label="\(e(prompt))">
                """
            if !repeatsText {
                html += "<p class=\"confirmation-prompt\">\(e(prompt))</p>"
            }
            html += "<div class=\"confirmation-options\">"
            for option in options {
                let style = ["primary", "danger", "secondary"].contains(option.style) ? option.style : "secondary"
                html += """
                    <button type="button" class="button button-\(style)" data-style="\(style)" \
                    data-reply="\(e(option.reply))"\(enabled ? "" : " disabled")>\(e(option.label))</button>
                    """
            }
            return html + "</div></div>\n"
        case .citations(let items):
            var html = "<div class=\"block citations\" data-block=\"citations\">"
            html += "<p class=\"block-title\">Sources</p><ol>"
            for item in items {
                html += "<li>\(e(item))</li>"
            }
            return html + "</ol></div>\n"
        }
    }

    // MARK: - Helpers

    static func sameText(_ first: String, _ second: String) -> Bool {
        first.trimmingCharacters(in: .whitespacesAndNewlines) == second.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func displayTitle(_ title: String) -> String {
        let trimmed = title.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.isEmpty ? "New conversation" : trimmed
    }

    static func e(_ text: String) -> String {
        WebHTML.escape(text)
    }
}
