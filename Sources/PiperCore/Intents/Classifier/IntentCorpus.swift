import Foundation

/// Reads the labelled intent corpus: one JSON object per line, blank lines ignored.
package enum IntentCorpus {
    /// Parses JSON Lines into labelled utterances, throwing an `IntentCorpusError` that names the first bad line.
    package static func parse(jsonl: String) throws -> [LabelledUtterance] {
        var utterances: [LabelledUtterance] = []
        let decoder = JSONDecoder()
        for (offset, line) in jsonl.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !trimmed.isEmpty else { continue }
            utterances.append(try parseLine(trimmed, number: offset + 1, decoder: decoder))
        }
        return utterances
    }

    private static func parseLine(_ line: String, number: Int, decoder: JSONDecoder) throws -> LabelledUtterance {
        guard let value = try? decoder.decode(CorpusJSONValue.self, from: Data(line.utf8)),
            case .object(let fields) = value
        else { throw IntentCorpusError.invalidJSON(line: number) }
        guard let text = fields["text"]?.stringValue else {
            throw IntentCorpusError.missingField(line: number, field: "text")
        }
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw IntentCorpusError.emptyText(line: number)
        }
        guard let action = fields["action"]?.stringValue else {
            throw IntentCorpusError.missingField(line: number, field: "action")
        }
        guard isValidActionName(action) else { throw IntentCorpusError.invalidAction(line: number, action: action) }
        let slots = try fields["slots"].flatMap { try parseSlots($0, line: number) }
        return LabelledUtterance(text: text, action: action, slots: slots)
    }

    private static func isValidActionName(_ action: String) -> Bool {
        !action.isEmpty && action.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || $0 == "_" }
    }

    private static func parseSlots(_ value: CorpusJSONValue, line: Int) throws -> Slots? {
        if case .null = value { return nil }
        guard case .object(let fields) = value else {
            throw IntentCorpusError.invalidSlotValue(line: line, slot: "slots")
        }
        var slots = Slots()
        for name in fields.keys.sorted() {
            guard let key = Slots.CodingKeys(rawValue: name) else {
                throw IntentCorpusError.unknownSlot(line: line, slot: name)
            }
            guard let fieldValue = fields[name] else { continue }
            try assign(fieldValue, to: key, in: &slots, line: line)
        }
        return slots
    }

    private static func assign(_ value: CorpusJSONValue, to key: Slots.CodingKeys, in slots: inout Slots, line: Int)
        throws
    {
        if case .null = value { return }
        if key == .issueNumber {
            guard let number = issueNumber(from: value) else {
                throw IntentCorpusError.invalidSlotValue(line: line, slot: key.rawValue)
            }
            slots.issueNumber = number
            return
        }
        guard let string = value.stringValue else {
            throw IntentCorpusError.invalidSlotValue(line: line, slot: key.rawValue)
        }
        slots.setText(string, for: key)
    }

    /// An integer, or text naming one: "42", "#42", or a tracker key such as "PROJ-42" (its number).
    private static func issueNumber(from value: CorpusJSONValue) -> Int? {
        switch value {
        case .integer(let number): return number
        case .string(let text): return SlotExtractor.issueNumber(inReference: text)
        default: return nil
        }
    }
}
