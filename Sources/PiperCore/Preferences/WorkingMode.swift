/// How Piper treats a change the user asked for without being explicit.
package enum WorkingMode: String, Hashable, Sendable, Codable, CaseIterable {
    /// Ask before making an ambiguous change.
    case askFirst = "ask_first"
    /// Make the change and say so.
    case justDoIt = "just_do_it"
}
