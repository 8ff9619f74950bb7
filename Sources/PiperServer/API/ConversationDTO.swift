import Hummingbird
import PiperCore

/// A conversation on the wire.
struct ConversationDTO: ResponseEncodable, Decodable, Equatable {
    var id: String
    var title: String
    var createdAt: String
    var updatedAt: String

    init(_ conversation: Conversation) {
        id = conversation.id.description
        title = conversation.title
        createdAt = WireDate.text(conversation.createdAt)
        updatedAt = WireDate.text(conversation.updatedAt)
    }
}

/// A list of conversations.
struct ConversationListDTO: ResponseEncodable, Decodable {
    var conversations: [ConversationDTO]
}
