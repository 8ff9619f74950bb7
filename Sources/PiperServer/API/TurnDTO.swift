import Hummingbird
import PiperCore

/// A turn on the wire, with its structured blocks.
struct TurnDTO: ResponseEncodable, Decodable, Equatable {
    var id: String
    var sequence: Int
    var role: String
    var text: String
    var createdAt: String
    var action: String?
    /// What decided the action: `classifier`, `language-model`, `offer` or `scheduler`.
    var decidedBy: String?
    var blocks: [BlockDTO]
    /// The sources the reply consulted, and what each held.
    var provenance: [ProvenanceDTO]

    init(_ turn: Turn) {
        id = turn.id.description
        sequence = turn.sequence
        role = turn.speaker.rawValue
        text = turn.text
        createdAt = WireDate.text(turn.createdAt)
        action = turn.details?.action?.rawValue
        decidedBy = turn.details?.decidedBy
        blocks = (turn.details?.blocks ?? []).map(BlockDTO.init)
        provenance = (turn.details?.provenance ?? []).map(ProvenanceDTO.init)
    }
}

/// One source a reply consulted: `used`, `empty` (checked, nothing there), `not_checked` or `failed`.
struct ProvenanceDTO: Codable, Equatable {
    var source: String
    var detail: String
    var outcome: String

    init(_ entry: ProvenanceEntry) {
        source = entry.source
        detail = entry.detail
        outcome = entry.outcome.rawValue
    }
}

/// A list of turns.
struct TurnListDTO: ResponseEncodable, Decodable {
    var turns: [TurnDTO]
}

/// A structured block: `list`, `confirmation` or `citations`.
struct BlockDTO: Codable, Equatable {
    struct Item: Codable, Equatable {
        var text: String
        var detail: String?
    }

    struct Option: Codable, Equatable {
        var label: String
        var reply: String
        var style: String
    }

    var type: String
    var title: String?
    var prompt: String?
    var items: [Item]?
    var options: [Option]?

    init(_ block: ReplyBlock) {
        switch block {
        case .list(let title, let items):
            type = "list"
            self.title = title
            self.items = items.map { Item(text: $0.text, detail: $0.detail) }
        case .confirmation(let prompt, let options):
            type = "confirmation"
            self.prompt = prompt
            self.options = options.map { Option(label: $0.label, reply: $0.reply, style: $0.style.rawValue) }
        case .citations(let citations):
            type = "citations"
            items = citations.map { Item(text: $0, detail: nil) }
        }
    }
}

/// The body of `POST /conversations/{id}/turns`.
struct NewTurnDTO: Decodable {
    var text: String
}
