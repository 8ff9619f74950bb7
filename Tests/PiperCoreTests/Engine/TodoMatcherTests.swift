import Foundation
import Testing

@testable import PiperCore

@Suite("Todo matching")
struct TodoMatcherTests {
    static let scope = Scope(workspace: Identifier(UUID()), owner: Identifier(UUID()))
    static let todos = ["review the Q3 roadmap", "call Sam about the roadmap launch", "rename billing settings"]
        .enumerated().map { index, title in
            Todo(
                id: Identifier(UUID()), scope: scope, number: index + 1, title: title, status: .open, createdAt: Date())
        }

    @Test(
        "by number, #number and ordinal",
        arguments: [("2", 2), ("#3", 3), ("todo 1", 1), ("the second one", 2), ("last", 3)])
    func numbers(reference: String, number: Int) {
        #expect(TodoMatcher.match(reference, in: Self.todos) == .one(Self.todos[number - 1]))
    }

    @Test("by words, tolerating typos and word endings")
    func words() {
        #expect(TodoMatcher.match("the billing one", in: Self.todos) == .one(Self.todos[2]))
        #expect(TodoMatcher.match("renaming biling", in: Self.todos) == .one(Self.todos[2]))
        #expect(TodoMatcher.match("Q3 roadmap", in: Self.todos) == .one(Self.todos[0]))
    }

    @Test("ambiguous words list the candidates; unknown ones match nothing")
    func ambiguous() {
        #expect(TodoMatcher.match("roadmap", in: Self.todos) == .several([Self.todos[0], Self.todos[1]]))
        #expect(TodoMatcher.match("expenses", in: Self.todos) == .none)
        #expect(TodoMatcher.match("9", in: Self.todos) == .none)
    }
}
