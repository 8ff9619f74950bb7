import Foundation
import PiperCore
import Testing

@Suite("Small values")
struct ValueTests {
    @Test("roles order by power")
    func roles() {
        #expect(Membership.Role.member < .admin)
        #expect(Membership.Role.admin < .owner)
        #expect(Membership.Role.allCases.max() == .owner)
    }

    @Test(
        "pages clamp their limit and offset",
        arguments: [
            (0, -5, 1, 0), (50, 10, 50, 10), (10_000, 0, Page.maximumLimit, 0),
        ])
    func pages(limit: Int, offset: Int, expectedLimit: Int, expectedOffset: Int) {
        let page = Page(limit: limit, offset: offset)
        #expect(page.limit == expectedLimit)
        #expect(page.offset == expectedOffset)
    }

    @Test("a principal's scope is its own workspace and user")
    func principalScope() {
        let ids = IDGenerator.incrementing()
        let principal = Principal(userID: ids.next(), workspaceID: ids.next(), role: .member)
        #expect(principal.scope == Scope(workspace: principal.workspaceID, owner: principal.userID))
    }

    @Test("a constant clock always answers the same instant")
    func constantClock() {
        let instant = Date(timeIntervalSince1970: 42)
        let clock = DateGenerator.constant(instant)
        #expect(clock.now() == instant)
        #expect(clock.now() == instant)
    }
}
