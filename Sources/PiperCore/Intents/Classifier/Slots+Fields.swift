import Foundation

extension Slots {
    /// The present slots as (JSON name, text) pairs in `CodingKeys` order; the issue number as decimal text.
    package var presentFields: [(name: String, value: String)] {
        CodingKeys.allCases.compactMap { key in
            value(for: key).map { (name: key.rawValue, value: $0) }
        }
    }

    /// One slot's value as text, or `nil` when absent.
    package func value(for key: CodingKeys) -> String? {
        switch key {
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
}

extension Slots {
    /// Sets one text-valued slot; the issue number takes decimal text and ignores anything else.
    package mutating func setText(_ text: String, for key: CodingKeys) {
        switch key {
        case .issueNumber: issueNumber = Int(text)
        case .repo: repo = text
        case .project: project = text
        case .todoRef: todoRef = text
        case .text: self.text = text
        case .when: when = text
        case .tracker: tracker = text
        case .person: person = text
        case .document: document = text
        }
    }
}
