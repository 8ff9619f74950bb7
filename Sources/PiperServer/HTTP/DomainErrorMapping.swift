import Hummingbird
import PiperCore

/// A domain error's HTTP form; the mapping lives only at the edge.
protocol DomainErrorMapping: Error {
    var apiError: APIError { get }
}

extension TodoError: DomainErrorMapping {
    var apiError: APIError {
        switch self {
        case .notFound(let id): APIError(status: .notFound, code: "not_found", message: "No todo \(id).")
        case .invalidTitle:
            APIError(
                status: .unprocessableContent, code: "invalid_title",
                message: "A todo title needs 1 to \(Todo.maximumTitleLength) characters.")
        }
    }
}

extension ProjectError: DomainErrorMapping {
    var apiError: APIError {
        switch self {
        case .notFound(let id): APIError(status: .notFound, code: "not_found", message: "No project \(id).")
        case .duplicateName(let name):
            APIError(status: .conflict, code: "duplicate_name", message: "You already have a project called “\(name)”.")
        case .invalidName:
            APIError(
                status: .unprocessableContent, code: "invalid_name",
                message: "A project name needs 1 to \(Project.maximumNameLength) characters.")
        case .invalidRepository(let text):
            APIError(
                status: .unprocessableContent, code: "invalid_repository",
                message: "“\(text)” is not a repository; write it as owner/name.")
        }
    }
}

extension ReminderError: DomainErrorMapping {
    var apiError: APIError {
        switch self {
        case .notFound(let id): APIError(status: .notFound, code: "not_found", message: "No pending reminder \(id).")
        case .invalidText:
            APIError(
                status: .unprocessableContent, code: "invalid_text",
                message: "A reminder needs a text of 1 to \(Reminder.maximumTextLength) characters.")
        case .invalidTime(let phrase):
            APIError(
                status: .unprocessableContent, code: "invalid_time",
                message: phrase.isEmpty
                    ? "A reminder needs a future time: give dueAt (ISO 8601) or when (“tomorrow at 9”)."
                    : "“\(phrase)” is not a future time I can read.")
        }
    }
}

extension TurnError: DomainErrorMapping {
    var apiError: APIError {
        switch self {
        case .emptyMessage:
            APIError(status: .unprocessableContent, code: "empty_message", message: "The message is empty.")
        case .messageTooLong(let limit):
            APIError(
                status: .contentTooLarge, code: "message_too_long",
                message: "The message is longer than \(limit) characters.")
        case .unknownUser:
            APIError(status: .unauthorized, code: "unauthorized", message: "Your account no longer exists.")
        }
    }
}

extension PreferenceError: DomainErrorMapping {
    var apiError: APIError {
        APIError(
            status: .unprocessableContent, code: "context_too_long",
            message:
                "Each context field is limited to \(PersonalContext.maximumFieldLength) characters and "
                + "\(PersonalContext.maximumPriorities) priorities.")
    }
}

extension SecretError: DomainErrorMapping {
    var apiError: APIError {
        switch self {
        case .invalidName:
            APIError(
                status: .unprocessableContent, code: "invalid_name",
                message: "A secret name has 1 to 64 lowercase letters, digits, '.', '_' or '-'.")
        case .invalidValue:
            APIError(
                status: .unprocessableContent, code: "invalid_value",
                message: "A secret value needs 1 to \(SecretStore.maximumValueLength) bytes.")
        case .notFound(let name): APIError(status: .notFound, code: "not_found", message: "No secret \(name).")
        case .wrongMasterKey, .corrupted:
            APIError(
                status: .internalServerError, code: "secrets_unreadable",
                message: "Stored secrets cannot be decrypted with this installation's master key.")
        }
    }
}

extension AccountError: DomainErrorMapping {
    var apiError: APIError {
        APIError(status: status, code: code, message: description, retryAfter: retryAfter)
    }

    private var status: HTTPResponse.Status {
        switch self {
        case .invalidUsername, .invalidEmail, .invalidDisplayName, .weakPassword, .invalidToken: .unprocessableContent
        case .usernameTaken, .emailTaken, .lastOwner: .conflict
        case .signUpNeedsInvitation, .invitationForAnotherEmail, .forbidden, .currentPasswordWrong: .forbidden
        case .invitationInvalid, .resetCodeInvalid: .badRequest
        case .invalidCredentials, .sessionInvalid, .refreshTokenReused: .unauthorized
        case .throttled: .tooManyRequests
        case .notFound: .notFound
        }
    }

    private var code: String {
        switch self {
        case .invalidUsername: "invalid_username"
        case .invalidEmail: "invalid_email"
        case .invalidDisplayName: "invalid_name"
        case .weakPassword: "weak_password"
        case .usernameTaken: "username_taken"
        case .emailTaken: "email_taken"
        case .signUpNeedsInvitation: "invitation_required"
        case .invitationInvalid: "invalid_invitation"
        case .invitationForAnotherEmail: "invitation_email_mismatch"
        case .invalidCredentials: "invalid_credentials"
        case .throttled: "too_many_attempts"
        case .sessionInvalid: "session_expired"
        case .refreshTokenReused: "refresh_token_reused"
        case .resetCodeInvalid: "invalid_reset_code"
        case .currentPasswordWrong: "wrong_password"
        case .forbidden: "forbidden"
        case .notFound: "not_found"
        case .lastOwner: "last_owner"
        case .invalidToken: "invalid_token"
        }
    }

    private var retryAfter: Int? {
        if case .throttled(let seconds) = self { return seconds }
        return nil
    }
}
