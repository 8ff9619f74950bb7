import Testing

@testable import PiperCore

@Suite("Consent")
struct ConsentTests {
    @Test(
        "one rule decides",
        arguments: [
            (ActionEffect.read, RequestFraming.tentative, WorkingMode.askFirst, false, ConsentDecision.proceed),
            (.destructive, .imperative, .justDoIt, false, .confirmFirst),
            (.destructive, .imperative, .justDoIt, true, .proceed),
            (.write, .draftingHelp, .justDoIt, false, .collaborate),
            (.write, .imperative, .askFirst, false, .proceed),
            (.write, .tentative, .askFirst, false, .confirmFirst),
            (.write, .tentative, .justDoIt, false, .proceed),
        ])
    func rule(
        effect: ActionEffect, framing: RequestFraming, mode: WorkingMode, confirmed: Bool, expected: ConsentDecision
    ) {
        #expect(
            ConsentDecision.decide(effect: effect, framing: framing, workingMode: mode, isConfirmed: confirmed)
                == expected)
    }

    @Test(
        "reads the framing of a request",
        arguments: [
            ("add a todo to call Sam", RequestFraming.imperative),
            ("please archive the pricing project", .imperative),
            ("help me draft a ticket about SSO", .draftingHelp),
            ("maybe we should add a todo about the launch", .tentative),
            ("should I archive the sandbox project?", .tentative),
        ])
    func framing(text: String, expected: RequestFraming) {
        #expect(RequestFraming.of(text) == expected)
    }
}
