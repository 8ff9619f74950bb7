import Hummingbird
import PiperCore

extension PrincipalContext {
    /// The `{id}` path parameter as a typed identifier; anything else is a 404 naming the resource.
    func pathID<Subject>(_: Subject.Type, resource: String) throws -> Identifier<Subject> {
        let text = try parameters.require("id")
        guard let id = Identifier<Subject>(uuidString: text) else {
            throw APIError(status: .notFound, code: "not_found", message: "No \(resource) \(text).")
        }
        return id
    }
}

extension Request {
    /// Decodes a JSON body, answering 400 with a readable message when it is malformed.
    func decodeBody<Body: Decodable>(_ type: Body.Type, context: some RequestContext) async throws -> Body {
        do {
            return try await decode(as: type, context: context)
        } catch let error as DecodingError {
            throw APIError(status: .badRequest, code: "invalid_body", message: DecodingProblem.describe(error))
        } catch let error as HTTPError where error.status == .badRequest {
            throw APIError(
                status: .badRequest, code: "invalid_body", message: error.body ?? "The body is not valid JSON.")
        }
    }
}

extension Request {
    /// Decodes a JSON body when there is one; `nil` for an empty body.
    func decodeOptionalBody<Body: Decodable>(_ type: Body.Type, context: PrincipalContext) async throws -> Body? {
        var request = self
        let buffer = try await request.collectBody(upTo: context.maxUploadSize)
        guard buffer.readableBytes > 0 else { return nil }
        return try await request.decodeBody(type, context: context)
    }
}

/// Plain words for a JSON decoding failure.
enum DecodingProblem {
    static func describe(_ error: DecodingError) -> String {
        switch error {
        case .keyNotFound(let key, _): "The body is missing the field “\(key.stringValue)”."
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            "The field “\(context.codingPath.map(\.stringValue).joined(separator: "."))” has the wrong type."
        case .dataCorrupted: "The body is not valid JSON."
        @unknown default: "The body could not be read."
        }
    }
}
