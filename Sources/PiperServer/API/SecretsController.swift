import Hummingbird
import PiperCore

/// `/api/v1/secrets`: store, list and delete the signed-in user's secrets. Values go in, never out.
struct SecretsController: Sendable {
    let secrets: SecretStore
    let clock: DateGenerator

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
        return SecretDTO(try await secrets.store(context.scope, name, body.value, clock.now()))
    }

    @Sendable func delete(_ request: Request, context: PrincipalContext) async throws -> HTTPResponse.Status {
        try await secrets.delete(context.scope, try SecretName(try context.parameters.require("name")))
        return .noContent
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
