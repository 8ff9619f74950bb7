import Hummingbird

/// API bodies are JSON and say so: a form or `text/plain` body is refused before it is decoded.
enum JSONBody {
    /// Throws 415 for a body that is not declared as JSON (`application/json` or `application/*+json`).
    static func require(_ request: Request) throws {
        if let type = request.headers[.contentType] {
            guard isJSON(type) else { throw refusal }
            return
        }
        let length = request.headers[.contentLength].flatMap { Int($0) } ?? 0
        if length > 0 || request.headers[.transferEncoding] != nil { throw refusal }
    }

    /// Whether a `Content-Type` value names JSON, parameters such as `charset` aside.
    static func isJSON(_ value: String) -> Bool {
        let type = value.split(separator: ";", maxSplits: 1).first?.trimmingCharacters(in: .whitespaces).lowercased()
        guard let type else { return false }
        return type == "application/json" || (type.hasPrefix("application/") && type.hasSuffix("+json"))
    }

    static var refusal: APIError {
        APIError(
            status: .unsupportedMediaType, code: "unsupported_media_type",
            message: "Send the body as JSON, with “Content-Type: application/json”.")
    }
}
