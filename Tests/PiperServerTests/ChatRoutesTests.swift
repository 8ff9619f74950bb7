import Foundation
import Hummingbird
import HummingbirdTesting
import PiperCore
import PiperServer
import Testing

@Suite("Chat API routes")
struct ChatRoutesTests {
    @Test("a conversation over the API: post turns, confirm a delete, list turns")
    func conversation() async throws {
        try await ChatServer.with { _, client in
            let created = try await client.call(.post, "/api/v1/conversations", json: "{}")
            #expect(created.status == .created)
            let id = try #require(try jsonObject(created.body)["id"] as? String)

            let added = try await client.call(
                .post, "/api/v1/conversations/\(id)/turns", json: #"{"text":"add a todo to review the Q3 roadmap"}"#)
            #expect(added.status == .created)
            let turns = try #require(try jsonObject(added.body)["turns"] as? [[String: Any]])
            #expect(turns.map { $0["role"] as? String } == ["user", "piper"])
            #expect((turns[1]["text"] as? String)?.contains("Added todo #1") == true)
            #expect(turns[1]["action"] as? String == "create_todo")

            let asked = try await client.call(
                .post, "/api/v1/conversations/\(id)/turns", json: #"{"text":"delete the roadmap todo"}"#)
            let confirmation = try #require(
                (try jsonObject(asked.body)["turns"] as? [[String: Any]])?.last?["blocks"] as? [[String: Any]])
            #expect(confirmation.first?["type"] as? String == "confirmation")
            #expect((confirmation.first?["prompt"] as? String)?.contains("review the Q3 roadmap") == true)

            try await client.call(.post, "/api/v1/conversations/\(id)/turns", json: #"{"text":"yes"}"#)
            let todos = try await client.call(.get, "/api/v1/todos?status=all")
            #expect((try jsonObject(todos.body)["todos"] as? [Any])?.isEmpty == true)

            let all = try await client.call(.get, "/api/v1/conversations/\(id)/turns")
            #expect((try jsonObject(all.body)["turns"] as? [Any])?.count == 6)
            let after = try await client.call(.get, "/api/v1/conversations/\(id)/turns?after=4")
            #expect((try jsonObject(after.body)["turns"] as? [Any])?.count == 2)
            let listed = try await client.call(.get, "/api/v1/conversations")
            let titles = (try jsonObject(listed.body)["conversations"] as? [[String: Any]])?.compactMap {
                $0["title"] as? String
            }
            #expect(titles?.contains("add a todo to review the Q3 roadmap") == true)
        }
    }

    @Test("todos, projects, reminders and context over REST")
    func resources() async throws {
        try await ChatServer.with { _, client in
            let todo = try await client.call(.post, "/api/v1/todos", json: #"{"title":"Write the PRD"}"#)
            #expect(todo.status == .created)
            let todoID = try #require(try jsonObject(todo.body)["id"] as? String)
            let done = try await client.call(.patch, "/api/v1/todos/\(todoID)", json: #"{"status":"done"}"#)
            #expect(try jsonObject(done.body)["status"] as? String == "done")
            #expect(try await client.call(.delete, "/api/v1/todos/\(todoID)").status == .noContent)
            #expect(try await client.call(.get, "/api/v1/todos/\(todoID)").status == .notFound)

            let project = try await client.call(.post, "/api/v1/projects", json: #"{"name":"Atlas"}"#)
            let projectID = try #require(try jsonObject(project.body)["id"] as? String)
            let linked = try await client.call(
                .post, "/api/v1/projects/\(projectID)/repositories", json: #"{"repository":"acme/web"}"#)
            #expect(try jsonObject(linked.body)["repositories"] as? [String] == ["acme/web"])
            let archived = try await client.call(
                .patch, "/api/v1/projects/\(projectID)", json: #"{"status":"archived"}"#)
            #expect(try jsonObject(archived.body)["status"] as? String == "archived")
            #expect(try await client.call(.post, "/api/v1/projects", json: #"{"name":"atlas"}"#).status == .conflict)

            let reminder = try await client.call(
                .post, "/api/v1/reminders", json: #"{"text":"Call Sam","when":"tomorrow at 9"}"#)
            #expect(reminder.status == .created)
            let reminderID = try #require(try jsonObject(reminder.body)["id"] as? String)
            #expect(
                (try jsonObject(try await client.call(.get, "/api/v1/reminders").body)["reminders"] as? [Any])?.count
                    == 1)
            #expect(try await client.call(.delete, "/api/v1/reminders/\(reminderID)").status == .noContent)

            let saved = try await client.call(
                .put, "/api/v1/context",
                json: #"{"role":"PM","focus":"Checkout","priorities":["Ship it"," "],"notes":""}"#)
            #expect(try jsonObject(saved.body)["priorities"] as? [String] == ["Ship it"])
            #expect(try jsonObject(try await client.call(.get, "/api/v1/context").body)["role"] as? String == "PM")
            #expect(
                try jsonObject(try await client.call(.get, "/api/v1/me").body)["timeZone"] as? String == "Europe/Berlin"
            )
        }
    }

    @Test(
        "bad input gets a JSON 4xx and changes nothing",
        arguments: [
            ("POST", "/api/v1/todos", #"{"title":""}"#, 422),
            ("POST", "/api/v1/todos", #"{"title":"#, 400),
            ("POST", "/api/v1/todos", #"{"title":42}"#, 400),
            ("GET", "/api/v1/todos?status=maybe", nil, 400),
            ("POST", "/api/v1/reminders", #"{"text":"x","when":"someday"}"#, 422),
            ("POST", "/api/v1/reminders", #"{"text":"x","dueAt":"2001-01-01T00:00:00Z"}"#, 422),
            ("POST", "/api/v1/projects/not-an-id/repositories", #"{"repository":"acme/web"}"#, 404),
            ("POST", "/api/v1/conversations/00000000-0000-0000-0000-000000000000/turns", #"{"text":"hi"}"#, 404),
            ("PUT", "/api/v1/context", #"{"priorities":"one"}"#, 400),
        ] as [(String, String, String?, Int)])
    func badInput(method: String, uri: String, body: String?, status: Int) async throws {
        try await ChatServer.with { _, client in
            let response = try await client.call(HTTPRequest.Method(method)!, uri, json: body)
            #expect(response.status.code == status, "\(response.body)")
            let error = try #require(try jsonObject(response.body)["error"] as? [String: Any])
            #expect(error["status"] as? Int == status)
            #expect((error["message"] as? String)?.isEmpty == false)
            #expect(
                (try jsonObject(try await client.call(.get, "/api/v1/todos?status=all").body)["todos"] as? [Any])?
                    .isEmpty == true)
        }
    }

    @Test("an empty or oversized message is refused")
    func badMessages() async throws {
        try await ChatServer.with { _, client in
            let id = try #require(
                try jsonObject(try await client.call(.post, "/api/v1/conversations").body)["id"] as? String)
            #expect(
                try await client.call(.post, "/api/v1/conversations/\(id)/turns", json: #"{"text":"  "}"#).status.code
                    == 422)
            let long = String(repeating: "a", count: 4_001)
            #expect(
                try await client.call(.post, "/api/v1/conversations/\(id)/turns", json: #"{"text":"\#(long)"}"#).status
                    .code == 413)
            #expect(
                (try jsonObject(try await client.call(.get, "/api/v1/conversations/\(id)/turns").body)["turns"]
                    as? [Any])?.isEmpty == true)
        }
    }

    @Test("anonymous requests get 401 (pages redirect to sign-in), health and the API document stay public")
    func anonymous() async throws {
        try await ChatServer.with { _, client in
            let checked118 = try await client.call(.get, "/api/v1/todos", as: nil).status == .unauthorized
            #expect(checked118)
            let checked119 = try await client.call(.get, "/", as: nil).status == .found
            #expect(checked119)
            let checked120 = try await client.call(.get, "/api/v1/openapi.json", as: nil).status == .ok
            #expect(checked120)
            let checked121 = try await client.call(.get, "/health/live", as: nil).status == .ok
            #expect(checked121)
        }
    }
}
