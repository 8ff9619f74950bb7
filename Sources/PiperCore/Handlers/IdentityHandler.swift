/// Who Piper is.
enum IdentityHandler {
    static let handle: ActionHandler = { context in
        let mode =
            context.preferences.workingMode == .askFirst
            ? "I ask before changing anything you didn't clearly ask for"
            : "I go ahead with changes and tell you what I did"
        return .reply(
            Reply(
                """
                I'm Piper Morgan, your product-management colleague. I keep track of your todos, reminders and \
                projects, help you decide what to focus on, and — as you connect them — work with your issue \
                trackers, calendar and documents. I never claim to have done something I didn't, and \(mode). \
                I always confirm before deleting anything.
                """))
    }
}
