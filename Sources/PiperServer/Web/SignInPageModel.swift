import Foundation
import PiperAuth

/// What the sign-in page shows: where to go afterwards and, from an invitation link, the invitation.
package struct SignInPageModel: Sendable, Equatable {
    /// The local path to open after signing in; always starts with a single "/".
    package var next: String
    /// The invitation token from the link, when the page was opened from one.
    package var invitation: String?
    /// Why single sign-on sent the person back here, if it did.
    package var problem: SignInProblem?

    /// Creates a sign-in page model.
    package init(next: String = "/", invitation: String? = nil, problem: SignInProblem? = nil) {
        self.next = next
        self.invitation = invitation
        self.problem = problem
    }

    /// `next` when it is a path on this site, otherwise "/"; no redirect may leave Piper.
    package static func safeNext(_ next: String?) -> String {
        guard let next, next.hasPrefix("/"), !next.hasPrefix("//"), !next.hasPrefix("/\\"), next.count <= 2_048,
            !next.unicodeScalars.contains(where: { CharacterSet.controlCharacters.contains($0) })
        else { return "/" }
        return next
    }

    /// The token when it looks like an invitation token, otherwise nil.
    package static func invitationToken(_ text: String) -> String? {
        let allowed = CharacterSet.alphanumerics.union(CharacterSet(charactersIn: "-_"))
        guard text.hasPrefix(TokenPrefix.invitation), text.count <= 200,
            text.unicodeScalars.allSatisfy(allowed.contains)
        else {
            return nil
        }
        return text
    }
}
