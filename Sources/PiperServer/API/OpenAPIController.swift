import Hummingbird

/// `GET /api/v1/openapi.json`: the API's OpenAPI 3.1 document, kept in step with the routes by a test.
struct OpenAPIController: Sendable {
    func register(on group: RouterGroup<AppRequestContext>) {
        group.get("openapi.json") { _, _ in
            var response = Response(
                status: .ok, body: ResponseBody(byteBuffer: ByteBuffer(string: EmbeddedFiles.openapiJSON)))
            response.headers[.contentType] = "application/json"
            return response
        }
    }
}
