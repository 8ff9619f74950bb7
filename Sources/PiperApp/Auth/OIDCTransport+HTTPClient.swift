import AsyncHTTPClient
import Foundation
import NIOCore
import NIOHTTP1
import PiperAuth

extension OIDCTransport {
    /// A transport over AsyncHTTPClient with a per-request timeout and a response size limit.
    ///
    /// Give it a client made with `oidcConfiguration`, which does not follow redirects, so credentials sent to
    /// the token endpoint never travel elsewhere.
    package static func httpClient(
        _ client: HTTPClient, timeout: TimeAmount = .seconds(10), maximumBodySize: Int = 1024 * 1024
    ) -> OIDCTransport {
        OIDCTransport(
            get: { url in
                var request = HTTPClientRequest(url: url.absoluteString)
                request.headers.add(name: "Accept", value: "application/json")
                return try await execute(request, url: url, client: client, timeout: timeout, limit: maximumBodySize)
            },
            postForm: { url, fields, credentials in
                var request = HTTPClientRequest(url: url.absoluteString)
                request.method = .POST
                request.headers.add(name: "Accept", value: "application/json")
                request.headers.add(name: "Content-Type", value: "application/x-www-form-urlencoded")
                if let credentials {
                    request.headers.add(name: "Authorization", value: basicAuthorization(credentials))
                }
                request.body = .bytes(ByteBuffer(bytes: formBody(fields)))
                return try await execute(request, url: url, client: client, timeout: timeout, limit: maximumBodySize)
            }
        )
    }

    /// A client configuration for identity providers: no redirects, 10-second connect timeout.
    package static var oidcConfiguration: HTTPClient.Configuration {
        var configuration = HTTPClient.Configuration(redirectConfiguration: .disallow)
        configuration.timeout = .init(connect: .seconds(10), read: .seconds(10))
        return configuration
    }

    /// Runs one request; errors name only the host, never the request's contents.
    private static func execute(
        _ request: HTTPClientRequest, url: URL, client: HTTPClient, timeout: TimeAmount, limit: Int
    ) async throws -> Response {
        let host = url.host ?? "the identity provider"
        do {
            let response = try await client.execute(request, timeout: timeout)
            let body = try await response.body.collect(upTo: limit)
            return Response(status: Int(response.status.code), body: Array(buffer: body))
        } catch is CancellationError {
            throw CancellationError()
        } catch is NIOTooManyBytesError {
            throw OIDCTransportError.responseTooLarge(host: host, limit: limit)
        } catch let error as HTTPClientError where error == .deadlineExceeded || error == .readTimeout {
            throw OIDCTransportError.timedOut(host: host)
        } catch {
            throw OIDCTransportError.connectionFailed(host: host)
        }
    }
}
