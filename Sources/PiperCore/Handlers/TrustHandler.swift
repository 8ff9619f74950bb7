/// How Piper handles the user's data, stated plainly.
enum TrustHandler {
    static let handle: ActionHandler = { _ in
        .reply(
            Reply(
                """
                Here's how I handle your data. Everything you tell me — conversations, todos, reminders, projects and \
                your context document — is stored in this Piper installation's own database, tagged with your \
                workspace and your user, and every read is limited to you. Tokens and keys you give me are stored \
                encrypted and never shown back, and your sign-ins, tokens and secret use are kept in an activity log \
                you can read. In the Account panel you can download everything I hold about you, or erase it. No \
                language model or outside service is connected, so nothing you say leaves this installation. I \
                confirm before deleting anything, I never claim to have done something I didn't, and I can tell you \
                what any answer was based on — ask "why did you suggest that?".
                """,
                provenance: [ProvenanceEntry(source: "installation settings", detail: "no outside services connected")])
        )
    }
}
