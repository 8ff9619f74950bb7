import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import PiperAuth
import PiperCore
import PiperStorage
import PiperTestSupport
import Testing

@Suite("Sign-up abuse")
struct SignUpAbuseTests {
    @Test("sign-ups with bad invitations count against the address; API tokens can't change passwords")
    func signUpAbuse() async throws {
        try await AuthServer.with { server, client in
            let access = try #require(try await client.signUpFirst().json["accessToken"] as? String)
            for attempt in 1...20 {
                let reply = try await client.send(
                    .post, "/api/v1/auth/signup",
                    json:
                        #"{"name":"Eve","email":"eve@example.com","username":"eve\#(attempt)","password":"eves long phrase","invitation":"pmi_guess\#(attempt)"}"#
                )
                #expect(reply.status == .badRequest, "attempt \(attempt)")
            }
            let blocked = try await client.send(
                .post, "/api/v1/auth/signup",
                json: #"{"name":"Eve","email":"eve@example.com","username":"eve","password":"eves long phrase"}"#)
            #expect(blocked.status == .tooManyRequests && blocked.headers[.retryAfter] != nil)
            let token = try #require(
                try await client.send(.post, "/api/v1/tokens", json: #"{"name":"cli"}"#, bearer: access).json["secret"]
                    as? String)
            let change = try await client.send(
                .post, "/api/v1/auth/password",
                json: #"{"currentPassword":"correct horse battery","newPassword":"taken over phrase"}"#, bearer: token)
            #expect(change.status == .forbidden)
            _ = server
        }
    }
}

@Suite("Closing first-account sign-up")
struct FirstAccountClosingTests {
    @Test("once an invitation exists, sign-up without one is refused even with no account yet")
    func invitationClosesOpenSignUp() async throws {
        try await AuthServer.with { server, client in
            _ = try await server.auth.service.operatorInvite(
                email: "owner@example.com", role: .owner, workspaceOwner: server.harness.principal,
                origin: RequestOrigin(requestID: nil, address: "command line"))
            let uninvited = try await client.signUpFirst()
            #expect(uninvited.status == .forbidden)
        }
    }
}
