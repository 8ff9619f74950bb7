/// An error a handler can turn into a plain, truthful chat answer instead of failing the turn.
package protocol HonestlyExplainable: Error {
    /// What to tell the user.
    var explanation: String { get }
}

extension TodoError: HonestlyExplainable {
    /// What to tell the user.
    package var explanation: String {
        switch self {
        case .notFound:
            "I couldn't find that todo any more — it may have been deleted. Say \"show my todos\" to see the list."
        case .invalidTitle: "A todo needs a title of 1 to 500 characters. What should it say?"
        }
    }
}

extension ProjectError: HonestlyExplainable {
    /// What to tell the user.
    package var explanation: String {
        switch self {
        case .notFound: "I couldn't find that project any more. Say \"list my projects\" to see them."
        case .duplicateName(let name): "You already have a project called “\(name)”, so I didn't add another."
        case .invalidName: "A project needs a name of 1 to 200 characters."
        case .invalidRepository(let text):
            "“\(text)” doesn't look like a repository — write it as owner/name, for example acme/web."
        }
    }
}

extension ReminderError: HonestlyExplainable {
    /// What to tell the user.
    package var explanation: String {
        switch self {
        case .notFound: "I couldn't find that reminder among your pending ones."
        case .invalidText: "A reminder needs a short description of 1 to 500 characters."
        case .invalidTime(let phrase):
            "I couldn't work out a future time from “\(phrase)”. Try something like \"tomorrow at 9\" or \"in 2 hours\"."
        }
    }
}
