import Hummingbird
import PiperCore

/// `/api/v1/secrets`: store, list and delete the signed-in user's secrets. Values go in, never out.
struct SecretsController: Sendable {
    let secrets: SecretStore
    let audit: AuditLog
    let engine: EngineDependencies

    func register(on group: RouterGroup<PrincipalContext>) {
        group.get(use: list)
        group.put(":name", use: store)
        group.delete(":name", use: delete)
    }

    struct ValueBody: Decodable {
        var value: String
    }

    @Sendable func list(_ request: Request, context: PrincipalContext) async throws -> SecretListDTO {
        SecretListDTO(secrets: try await secrets.list(context.scope).map(SecretDTO.init))
    }

    @Sendable func store(_ request: Request, context: PrincipalContext) async throws -> SecretDTO {
        let name = try SecretName(try context.parameters.require("name"))
        let body = try await request.decodeBody(ValueBody.self, context: context)
        let stored = try await secrets.store(context.scope, name, body.value, engine.clock.now())
        try await record(.secretStored, name, context: context)
        return SecretDTO(stored)
    }

    @Sendable func delete(_ request: Request, context: PrincipalContext) async throws -> HTTPResponse.Status {
        let name = try SecretName(try context.parameters.require("name"))
        try await secrets.delete(context.scope, name)
        try await record(.secretDeleted, name, context: context)
        return .noContent
    }

    private func record(_ action: AuditEvent.Action, _ name: SecretName, context: PrincipalContext) async throws {
        try await audit.record(
            AuditEvent(
                id: engine.ids.next(), scope: context.scope, actor: context.principal.userID, action: action,
                target: name.rawValue, requestID: context.requestID, createdAt: engine.clock.now()))
    }
}

/// A secret's metadata on the wire; the value is never sent back.
struct SecretDTO: ResponseEncodable, Decodable {
    var name: String
    var keyVersion: Int
    var createdAt: String
    var updatedAt: String

    init(_ metadata: SecretMetadata) {
        name = metadata.name.rawValue
        keyVersion = metadata.keyVersion
        createdAt = WireDate.text(metadata.createdAt)
        updatedAt = WireDate.text(metadata.updatedAt)
    }
}

/// A list of secrets' metadata.
struct SecretListDTO: ResponseEncodable, Decodable {
    var secrets: [SecretDTO]
}
