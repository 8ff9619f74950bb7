/// The answer to a request outside a PM colleague's job: a plain no and what Piper does instead.
enum OutOfScopeHandler {
    static let handle: ActionHandler = { _ in
        .reply(
            Reply(
                """
                That's outside what I can help with — I'm a product-management colleague. I can keep your todos, \
                reminders and projects, tell you what to focus on, and (once connected) work with your issues, \
                calendar and documents. Say "what can you do?" to see everything.
                """))
    }
}
