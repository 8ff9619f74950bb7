/// One line of `piper doctor`: what was checked, how it went and, when it failed, how to fix it.
package struct DoctorFinding: Hashable, Sendable {
    /// How a check went.
    package enum Outcome: String, Hashable, Sendable {
        /// Fine.
        case ok
        /// Works, but something deserves attention.
        case warning
        /// Piper will not work until this is fixed.
        case failure
    }

    /// The area checked, such as `database`.
    package var area: String
    /// How it went.
    package var outcome: Outcome
    /// What was found.
    package var detail: String
    /// What to do, when something is wrong.
    package var fix: String?

    /// Creates a finding.
    package init(area: String, outcome: Outcome, detail: String, fix: String? = nil) {
        self.area = area
        self.outcome = outcome
        self.detail = detail
        self.fix = fix
    }
}
