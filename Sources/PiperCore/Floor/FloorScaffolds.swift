import Foundation

/// Answers built from the user's context alone, for when no language model can write one.
enum FloorScaffolds {
    static func articulateWhy(_ input: FloorScaffoldInput) -> String {
        let subject = input.topic.map { " for “\($0)”" } ?? ""
        return lines(
            "Here's a frame for the why\(subject), with what I know filled in:",
            "• Why — the problem, who has it, and the evidence: [your words]",
            "• What — the change: \(input.topic ?? "[what we're building]")",
            "• Who benefits: [users or teams]",
            "• How we'll know — a measurable signal: [metric and target]",
            known(input, [.personalContext, .projects, .todos, .pastRequests]))
    }

    static func shapeRoadmap(_ input: FloorScaffoldInput) -> String {
        let projects = input.context.lines(.projects)
        let open = input.context.lines(.todos).filter { $0.hasPrefix("Open") }
        return lines(
            "Here's a Now / Next / Later starting point from your projects and todos:",
            "• Now: " + (projects.first.map(strip) ?? "[the one bet you're committed to]"),
            "• Next: " + (projects.dropFirst().first.map(strip) ?? "[what follows once Now ships]"),
            "• Later: " + (projects.dropFirst(2).map(strip).joined(separator: "; ").nonEmpty ?? "[ideas to revisit]"),
            open.isEmpty ? nil : "Open todos that feed it: " + open.prefix(5).map(strip).joined(separator: "; "),
            known(input, [.personalContext, .reminders]))
    }

    static func scopeMVP(_ input: FloorScaffoldInput) -> String {
        lines(
            "Here's a scoping frame\(input.topic.map { " for “\($0)”" } ?? ""):",
            "• Core problem: [one sentence]",
            "• In — the smallest set that tests it: [2–3 capabilities]",
            "• Out — deliberately deferred: [everything else]",
            "• Riskiest assumption to test first: [assumption]",
            "• Success signal: [metric and target]",
            known(input, [.personalContext, .projects, .todos, .pastRequests]))
    }

    static func prioritize(_ input: FloorScaffoldInput) -> String {
        let named = PrioritizationItems.items(in: input.text)
        let items = named.isEmpty ? input.context.lines(.todos).filter { $0.hasPrefix("Open") }.map(strip) : named
        guard !items.isEmpty else {
            return lines(
                "List the items you want ranked (for example “prioritize: SSO, exports, dark mode”) and I'll lay them "
                    + "out for scoring. You have no open todos for me to rank instead.",
                known(input, [.personalContext]))
        }
        let rows = items.prefix(10).enumerated().map {
            "\($0.offset + 1). \($0.element) — impact [H/M/L], effort [H/M/L]"
        }
        return lines(
            "Here are the items to score\(named.isEmpty ? " (your open todos)" : ""), in the order given:",
            rows.joined(separator: "\n"),
            "Rank by impact ÷ effort, then by fit with your priorities.", known(input, [.personalContext]))
    }

    static func stakeholderUpdate(_ input: FloorScaffoldInput) -> String {
        let todos = input.context.lines(.todos)
        let done = todos.filter { $0.hasPrefix("Done") }.map(strip)
        let open = todos.filter { $0.hasPrefix("Open") }.map(strip)
        return lines(
            "Here's an update skeleton\(input.topic.map { " on “\($0)”" } ?? "") from your todos:",
            "Headline: [one line]",
            "Progress: " + (done.prefix(5).joined(separator: "; ").nonEmpty ?? "[nothing marked done this week]"),
            "Next: " + (open.prefix(5).joined(separator: "; ").nonEmpty ?? "[what's coming]"),
            "Risks and asks: [anything you need from them]",
            known(input, [.personalContext, .projects]))
    }

    static func guidance(_ input: FloorScaffoldInput) -> String {
        lines(
            "I can't give tailored advice without a language model, but here's a way to work through it:",
            "• Goal: what outcome would make this a success?",
            "• Constraints: time, people, dependencies.",
            "• Options: two or three ways to get there, and what each costs.",
            "• Next step: the smallest thing you can do this week.",
            known(input, [.personalContext]))
    }

    /// "What I know that may help", from the categories that held something.
    private static func known(_ input: FloorScaffoldInput, _ categories: [ContextCategory]) -> String? {
        let facts = categories.flatMap { input.context.lines($0).prefix(4) }
        guard !facts.isEmpty else { return nil }
        return "What I know that may help:\n" + facts.map { "• \($0)" }.joined(separator: "\n")
    }

    private static func lines(_ parts: String?...) -> String {
        parts.compactMap { $0 }.joined(separator: "\n")
    }

    /// A context line without its label: "Open todo #3: Ship it" → "#3 Ship it".
    private static func strip(_ line: String) -> String {
        guard let separator = line.range(of: ": ") else { return line }
        let label = line[..<separator.lowerBound]
        let rest = String(line[separator.upperBound...])
        return label.hasPrefix("Open todo ") ? "\(label.dropFirst("Open todo ".count)) \(rest)" : rest
    }
}

extension String {
    /// The string, or `nil` when it is empty.
    var nonEmpty: String? { isEmpty ? nil : self }
}

/// The items of "prioritize these: A, B and C".
enum PrioritizationItems {
    static func items(in text: String) -> [String] {
        guard let colon = text.firstIndex(of: ":") else { return [] }
        let list = text[text.index(after: colon)...]
            .replacingOccurrences(of: " and ", with: ",")
            .split(whereSeparator: { $0 == "," || $0 == ";" || $0 == "\n" })
            .map { $0.trimmingCharacters(in: .whitespaces.union(.punctuationCharacters)) }
            .filter { !$0.isEmpty }
        return list.count >= 2 ? list : []
    }
}
