/// Working mode and default repository.
enum SettingsHandlers {
    static let setWorkingMode: ActionHandler = { context in
        guard let mode = WorkingModePhrase.mode(in: context.text) else {
            return .reply(
                Reply(
                    """
                    Do you want me to ask first before changes you didn't spell out, or just do them? \
                    Say "ask me first" or "just do it".
                    """))
        }
        var preferences = context.preferences
        preferences.workingMode = mode
        try await context.dependencies.preferences.savePreferences(context.scope, preferences)
        let text =
            mode == .justDoIt
            ? "Got it — from now on I'll make changes you ask for without checking first (I still confirm deletions)."
            : "Got it — I'll ask before making any change you didn't clearly ask for."
        return .reply(
            Reply(text, activity: [Reply.Activity(.updated, .setting, id: "working_mode", label: mode.rawValue)]))
    }

    static let setDefaultRepository: ActionHandler = { context in
        let repository = try Project.validatedRepository(context.slots.repo ?? "")
        var preferences = context.preferences
        preferences.defaultRepository = repository
        try await context.dependencies.preferences.savePreferences(context.scope, preferences)
        return .reply(
            Reply(
                "Your default repository is now \(repository).",
                activity: [Reply.Activity(.updated, .setting, id: "default_repository", label: repository)]))
    }

    static let defaultRepository: ActionHandler = { context in
        guard let repository = context.preferences.defaultRepository else {
            return .reply(
                Reply(
                    "You haven't set a default repository. Say \"set my default repo to owner/name\".",
                    provenance: [
                        ProvenanceEntry(source: "your settings", detail: "no default repository", outcome: .empty)
                    ]))
        }
        return .reply(
            Reply(
                "Your default repository is \(repository).",
                provenance: [ProvenanceEntry(source: "your settings", detail: "default repository")]))
    }
}

/// Reads "just do it" or "ask me first" out of a message.
enum WorkingModePhrase {
    static func mode(in text: String) -> WorkingMode? {
        let words = " " + TextNormalization.words(text).joined(separator: " ") + " "
        let asks = [" ask ", " check with me", " confirm ", " ask-first ", " permission ", " check first "]
        let acts = [
            " just do ", " without asking ", " don't ask ", " dont ask ", " stop asking ", " no need to ask ",
            " autopilot ", " go ahead ", " just-do-it ", " no confirmation", " skip the confirm", " act on your own ",
        ]
        if acts.contains(where: words.contains) { return .justDoIt }
        if asks.contains(where: words.contains) { return .askFirst }
        return nil
    }
}
