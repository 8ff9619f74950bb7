import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PiperServer
import Testing

@Suite("Security headers on every response")
struct SecurityHeadersTests {
    @Test("JSON, errors, pages and assets carry nosniff and Referrer-Policy; pages a CSP; https adds HSTS")
    func headers() async throws {
        try await ChatServer.with { _, client in
            let owner: HTTPFields = [HTTPField.Name("X-Test-User")!: "owner"]
            for uri in ["/api/v1/todos", "/api/v1/nowhere", "/", "/assets/app.js", "/health/live", "/signin"] {
                try await client.execute(uri: uri, method: .get, headers: owner) { response in
                    #expect(response.headers[.xContentTypeOptions] == "nosniff", "\(uri)")
                    #expect(response.headers[HTTPField.Name("Referrer-Policy")!] == "same-origin", "\(uri)")
                    #expect(response.headers[.strictTransportSecurity] == nil, "\(uri) over plain http")
                    let isPage = response.headers[.contentType]?.hasPrefix("text/html") == true
                    #expect(
                        (response.headers[.contentSecurityPolicy] == SecurityHeadersMiddleware.contentSecurityPolicy)
                            == isPage, "\(uri)")
                }
            }
            var secure = owner
            secure[HTTPField.Name("X-Forwarded-Proto")!] = "https"
            try await client.execute(uri: "/api/v1/todos", method: .get, headers: secure) { response in
                #expect(response.headers[.strictTransportSecurity]?.hasPrefix("max-age=") == true)
            }
        }
    }
}
