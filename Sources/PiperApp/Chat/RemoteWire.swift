import Foundation
import NIOHTTP1
import PiperCore

/// The server's JSON as the CLI reads it.
struct WireConversation: Decodable {
    var id: String
}

/// A `delta` event's data: the next piece of the reply.
struct WireDelta: Decodable {
    var text: String
}

struct WireTurnList: Decodable {
    var turns: [WireTurn]
}

struct WireTurn: Decodable {
    var role: String
    var text: String
    var blocks: [WireBlock]
}

struct WireBlock: Decodable {
    struct Item: Decodable {
        var text: String
        var detail: String?
    }

    struct Option: Decodable {
        var label: String
        var reply: String
        var style: String
    }

    var type: String
    var title: String?
    var prompt: String?
    var items: [Item]?
    var options: [Option]?

    var replyBlock: ReplyBlock? {
        switch type {
        case "list": .list(title: title, items: (items ?? []).map { ListItem($0.text, detail: $0.detail) })
        case "confirmation":
            .confirmation(
                prompt: prompt ?? "",
                options: (options ?? []).map {
                    ReplyOption(
                        label: $0.label, reply: $0.reply, style: ReplyOption.Style(rawValue: $0.style) ?? .secondary)
                })
        case "citations": .citations((items ?? []).map(\.text))
        default: nil
        }
    }
}

/// Why a call to a running server failed.
package enum RemoteError: Error, Hashable, Sendable {
    /// Nothing answered at the address.
    case unreachable(String)
    /// The server answered with an error.
    case rejected(status: Int, message: String)
    /// The server's answer could not be read.
    case malformedReply

    private struct Envelope: Decodable {
        struct Detail: Decodable {
            var status: Int?
            var message: String
        }
        var error: Detail
    }

    static func from(status: HTTPResponseStatus, body: Data) -> RemoteError {
        let message = (try? JSONDecoder().decode(Envelope.self, from: body))?.error.message ?? "no details"
        let hint = status == .unauthorized ? " Pass a personal API token with --token or PIPER_TOKEN." : ""
        return .rejected(status: Int(status.code), message: message + hint)
    }

    /// The failure an `error` event reports, once the turn's stream had started.
    static func from(eventData: Data) -> RemoteError {
        guard let detail = try? JSONDecoder().decode(Envelope.self, from: eventData).error else {
            return .malformedReply
        }
        return .rejected(status: detail.status ?? 500, message: detail.message)
    }
}
