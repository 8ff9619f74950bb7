import Hummingbird
import PiperCore

/// A reminder on the wire.
struct ReminderDTO: ResponseEncodable, Decodable, Equatable {
    var id: String
    var text: String
    var dueAt: String
    var status: String
    var conversationId: String?

    init(_ reminder: Reminder) {
        id = reminder.id.description
        text = reminder.text
        dueAt = WireDate.text(reminder.dueAt)
        status = reminder.status.rawValue
        conversationId = reminder.conversationID?.description
    }
}

/// A list of reminders.
struct ReminderListDTO: ResponseEncodable, Decodable {
    var reminders: [ReminderDTO]
}

/// The body of `POST /reminders`: a text and either `dueAt` (ISO 8601) or `when` ("tomorrow at 9").
struct NewReminderDTO: Decodable {
    var text: String
    var dueAt: String?
    var when: String?
    var conversationId: String?
}
