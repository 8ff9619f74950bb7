import Foundation

extension ChatPage {
    // MARK: - Usage and Models panels

    /// The language-model providers whose API key a person may store, with the secret each key is kept in.
    static let modelKeys: [(provider: String, label: String, secret: String)] = [
        ("openai", "OpenAI", "models.openai.api_key"),
        ("anthropic", "Anthropic", "models.anthropic.api_key"),
    ]

    /// The Usage panel, hidden until opened; app.js fills it from `/api/v1/usage`.
    static func usagePanel(_ model: ChatPageModel) -> String {
        sidePanelStart(id: "usage", title: "Usage")
            + """
            <p class="hint usage-period" id="usage-period">This month so far, in UTC days.</p>
            \(model.isAdmin ? workspaceScopeToggle() : "")<dl class="usage-totals" id="usage-totals" \
            data-testid="usage-totals"></dl>
            \(limitsSection(model))\
            \(breakdown(id: "usage-days", title: "By day", first: "Day"))\
            \(breakdown(id: "usage-tasks", title: "By task", first: "Task"))\
            \(breakdown(id: "usage-models", title: "By model", first: "Model"))\
            <section class="account-section" aria-labelledby="usage-providers-heading">
            <h3 id="usage-providers-heading">Providers</h3>
            <ul class="item-list account-list" id="usage-providers" data-testid="usage-providers"></ul>
            <p class="empty-note" id="usage-providers-empty" hidden>No model providers are configured.</p>
            </section>
            </section>

            """
    }

    /// The Models panel, hidden until opened: a person's own OpenAI and Anthropic API keys, stored as
    /// secrets. It shows only whether a key is set, never a key.
    static func modelsPanel() -> String {
        var html =
            sidePanelStart(id: "models", title: "Models")
                + """
                <p class="hint">Use your own API key for OpenAI or Anthropic. Piper keeps it encrypted and never shows it \
                again; you can replace or remove it at any time.</p>

                """
        for key in modelKeys {
            html += modelKeyForm(provider: key.provider, label: key.label, secret: key.secret)
        }
        return html + "</section>\n"
    }

    private static func sidePanelStart(id: String, title: String) -> String {
        """
        <section class="panel account-panel side-panel" id="\(id)-panel" aria-labelledby="\(id)-heading" \
        data-testid="\(id)-panel" hidden>
        <h2 id="\(id)-heading" tabindex="-1">\(e(title)) <button type="button" class="icon-button account-close" \
        id="\(id)-close" aria-label="Close \(e(title.lowercased()))">×</button></h2>
        <p class="account-error" id="\(id)-error" role="alert" hidden></p>

        """
    }

    private static func workspaceScopeToggle() -> String {
        """
        <label class="usage-scope"><input type="checkbox" id="usage-workspace" data-testid="usage-workspace"> \
        Whole workspace</label>

        """
    }

    private static func limitsSection(_ model: ChatPageModel) -> String {
        """
        <section class="account-section" aria-labelledby="usage-limits-heading">
        <h3 id="usage-limits-heading">Budget and cap</h3>
        <dl class="usage-totals" id="usage-limits" data-testid="usage-limits"></dl>
        \(model.isAdmin ? limitsForm() : "")</section>

        """
    }

    private static func limitsForm() -> String {
        """
        <form class="context-form" id="limits-form" data-testid="limits-form">
        <label for="limits-budget">Monthly budget for the workspace <span class="hint">(US dollars; empty for \
        none)</span></label>
        <input id="limits-budget" name="monthlyBudgetUsd" type="number" min="0" max="1000000" step="0.01" \
        inputmode="decimal">
        <label for="limits-daily">Model calls per person per day <span class="hint">(empty for no cap)</span></label>
        <input id="limits-daily" name="dailyRequestsPerUser" type="number" min="0" max="1000000" step="1" \
        inputmode="numeric">
        <div class="form-actions">
        <button type="submit" class="button button-secondary" id="limits-save">Save limits</button>
        <button type="button" class="button button-secondary" id="limits-reset">Use defaults</button>
        <span class="form-status" id="limits-status" role="status"></span>
        </div>
        </form>

        """
    }

    private static func breakdown(id: String, title: String, first: String) -> String {
        """
        <section class="account-section" aria-labelledby="\(id)-heading">
        <h3 id="\(id)-heading">\(e(title))</h3>
        <table class="usage-table" id="\(id)" data-testid="\(id)">
        <thead><tr><th scope="col">\(e(first))</th><th scope="col">Calls</th><th scope="col">Tokens</th>\
        <th scope="col">Cost</th></tr></thead>
        <tbody></tbody>
        </table>
        <p class="empty-note" id="\(id)-empty" hidden>No model calls.</p>
        </section>

        """
    }

    private static func modelKeyForm(provider: String, label: String, secret: String) -> String {
        let id = "model-key-\(provider)"
        return """
            <form class="context-form account-section model-key-form" id="\(id)" data-secret="\(e(secret))" \
            data-testid="\(id)">
            <h3>\(e(label))</h3>
            <p class="hint model-key-state" id="\(id)-state" role="status">Checking…</p>
            <label for="\(id)-value">New \(e(label)) API key</label>
            <input id="\(id)-value" name="value" type="password" autocomplete="off" spellcheck="false" required>
            <div class="form-actions">
            <button type="submit" class="button button-secondary" id="\(id)-save">Save key</button>
            <button type="button" class="button button-danger" id="\(id)-remove" data-remove-key="\(e(secret))" \
            hidden>Remove key</button>
            <span class="form-status" id="\(id)-status" role="status"></span>
            </div>
            </form>

            """
    }
}
