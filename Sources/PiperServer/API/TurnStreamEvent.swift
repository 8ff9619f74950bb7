import Foundation
import Hummingbird

/// One server-sent event of a streamed turn: a piece of reply text, the recorded turns, or a failure.
enum TurnStreamEvent: Sendable {
    /// A new piece of the reply's text, as the model writes it.
    case delta(String)
    /// Both recorded turns, exactly as the JSON answer carries them; the last event of a turn that succeeded.
    case turns(TurnListDTO)
    /// The turn failed after the stream started; the last event, shaped like a JSON error response's body.
    case error(APIError.Body)

    private struct DeltaDTO: Encodable {
        var text: String
    }

    /// The event's name, `delta`, `turns` or `error`.
    var name: String {
        switch self {
        case .delta: "delta"
        case .turns: "turns"
        case .error: "error"
        }
    }

    /// The event as it goes on the wire: its name and its JSON on one `data:` line, then a blank line.
    func encoded() throws -> ByteBuffer {
        let encoder = JSONEncoder()
        let data =
            switch self {
            case .delta(let text): try encoder.encode(DeltaDTO(text: text))
            case .turns(let turns): try encoder.encode(turns)
            case .error(let body): try encoder.encode(body)
            }
        return ByteBuffer(string: "event: \(name)\ndata: \(String(decoding: data, as: UTF8.self))\n\n")
    }
}
