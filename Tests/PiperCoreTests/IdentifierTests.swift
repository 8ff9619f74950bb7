import Foundation
import PiperCore
import Testing

@Suite("Identifier")
struct IdentifierTests {
    @Test("prints and encodes as a lowercase UUID, and parses it back")
    func roundTrip() throws {
        let id = Workspace.ID(UUID(uuidString: "E621E1F8-C36C-495A-93FC-0C247A3E6E5F")!)
        #expect(id.description == "e621e1f8-c36c-495a-93fc-0c247a3e6e5f")
        let json = try JSONEncoder().encode(id)
        #expect(String(decoding: json, as: UTF8.self) == "\"e621e1f8-c36c-495a-93fc-0c247a3e6e5f\"")
        #expect(try JSONDecoder().decode(Workspace.ID.self, from: json) == id)
        #expect(Workspace.ID(uuidString: id.description) == id)
    }

    @Test("refuses text that is not a UUID")
    func refusesGarbage() {
        #expect(Workspace.ID(uuidString: "not-a-uuid") == nil)
        #expect(throws: DecodingError.self) { try JSONDecoder().decode(User.ID.self, from: Data("\"nope\"".utf8)) }
    }

    @Test("the incrementing generator counts from 1")
    func incrementing() {
        let ids = IDGenerator.incrementing()
        let first: Conversation.ID = ids.next()
        let second: Conversation.ID = ids.next()
        #expect(first.description == "00000000-0000-0000-0000-000000000001")
        #expect(second.description == "00000000-0000-0000-0000-000000000002")
    }
}
