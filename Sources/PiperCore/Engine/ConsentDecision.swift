/// What the consent step allows a handler to do.
package enum ConsentDecision: Hashable, Sendable {
    /// Go ahead.
    case proceed
    /// Ask a yes/no question quoting the exact target, and act only on a crisp yes.
    case confirmFirst
    /// Draft together with the user rather than acting.
    case collaborate

    /// The one rule of consent: destructive → confirm; drafting framing → collaborate; clear instruction →
    /// proceed; tentative → the user's working mode; reading → proceed. A yes already given → proceed.
    package static func decide(
        effect: ActionEffect, framing: RequestFraming, workingMode: WorkingMode, isConfirmed: Bool
    ) -> ConsentDecision {
        if isConfirmed { return .proceed }
        switch (effect, framing) {
        case (.read, _): return .proceed
        case (.destructive, _): return .confirmFirst
        case (.write, .draftingHelp): return .collaborate
        case (.write, .imperative): return .proceed
        case (.write, .tentative): return workingMode == .justDoIt ? .proceed : .confirmFirst
        }
    }
}
