import PiperCore
import SQLKit

/// The one place owner-bearing queries get their tenant predicate.
enum ScopedQuery {
    /// Confines a query to one workspace and owner; every read and write of user data goes through here.
    static func scoped<Builder: SQLPredicateBuilder>(_ builder: Builder, to scope: Scope) -> Builder {
        builder
            .where("workspace_id", .equal, scope.workspace.rawValue)
            .where("owner_id", .equal, scope.owner.rawValue)
    }

    /// The scope's workspace and owner as the first two values of an insert.
    static func ownerValues(_ scope: Scope) -> [SQLBind] {
        [SQLBind(scope.workspace.rawValue), SQLBind(scope.owner.rawValue)]
    }
}
