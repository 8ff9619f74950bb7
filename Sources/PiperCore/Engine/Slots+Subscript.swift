import Foundation

extension Slots {
    /// Reads or writes a text slot by name; the issue number is read as text and written when numeric.
    package subscript(name: SlotName) -> String? {
        get {
            switch name {
            case .issueNumber: issueNumber.map(String.init)
            case .repo: repo
            case .project: project
            case .todoRef: todoRef
            case .text: text
            case .when: when
            case .tracker: tracker
            case .person: person
            case .document: document
            }
        }
        set {
            switch name {
            case .issueNumber: issueNumber = newValue.flatMap { Int($0) }
            case .repo: repo = newValue
            case .project: project = newValue
            case .todoRef: todoRef = newValue
            case .text: text = newValue
            case .when: when = newValue
            case .tracker: tracker = newValue
            case .person: person = newValue
            case .document: document = newValue
            }
        }
    }

    /// Whether the slot has a non-empty value.
    package func has(_ name: SlotName) -> Bool {
        guard let value = self[name] else { return false }
        return !value.trimmingCharacters(in: .whitespaces).isEmpty
    }

    /// This value with `other`'s non-empty slots laid over it.
    package func merging(_ other: Slots) -> Slots {
        var merged = self
        for name in SlotName.allCases where other.has(name) { merged[name] = other[name] }
        return merged
    }
}
