import Foundation

extension ActionRegistry {
    /// `docs/actions.md`: the vocabulary as a Markdown table, generated so it can never drift from the registry.
    package var markdown: String {
        var lines = [
            "# Actions",
            "",
            "Generated from the action registry (`ActionRegistry.standard`); a test fails when this file is stale.",
            "Regenerate with `PIPER_UPDATE_DOCS=1 swift test --filter ActionDocumentation`.",
            "",
            "Effect: read < write < destructive (Piper confirms destructive actions, quoting the target).",
            "Outward actions are visible to other people.",
            "",
            "| category | action | effect | outward | required slots | what the user wants | example | works now |",
            "|---|---|---|---|---|---|---|---|",
        ]
        for definition in definitions {
            let slots = definition.requiredSlots.map { "`\($0.rawValue)`" }.joined(separator: ", ")
            let availability: String =
                switch definition.availability {
                case .available: "yes"
                case .needs(let requirement):
                    "needs \(requirement.split(separator: "—").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? requirement)"
                }
            let cells = [
                definition.category.rawValue, "`\(definition.name.rawValue)`", definition.effect.rawValue,
                definition.outwardness == .outward ? "yes" : "", slots, definition.summary,
                definition.examples.map { "“\($0)”" }.joined(separator: "; "), availability,
            ]
            lines.append(
                "| " + cells.map { $0.replacingOccurrences(of: "|", with: "\\|") }.joined(separator: " | ") + " |")
        }
        lines += [
            "",
            "Slots the classifier extracts: " + SlotName.allCases.map { "`\($0.rawValue)`" }.joined(separator: ", ")
                + ".",
        ]
        return lines.joined(separator: "\n") + "\n"
    }
}
