import Foundation
import Hummingbird

extension WebController {
    /// `GET /signin`: public, so it is registered before requests are identified.
    static func registerSignIn(on group: RouterGroup<AppRequestContext>) {
        group.get("signin") { request, _ in
            let query = request.uri.queryParameters
            let model = SignInPageModel(
                next: SignInPageModel.safeNext(query.get("next")),
                invitation: query.get("invitation").flatMap(SignInPageModel.invitationToken),
                problem: query.get("problem").flatMap(SignInProblem.init(rawValue:)))
            return html(SignInPage.render(model))
        }
    }
}
