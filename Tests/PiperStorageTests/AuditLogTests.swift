import Foundation
import PiperCore
import PiperStorage
import PiperTestSupport
import SQLKit
import Testing

@Suite("Audit log")
struct AuditLogTests {
    @Test("entries are scoped, and the table refuses updates and deletes", arguments: TestDatabase.availableDialects)
    func appendOnly(dialect: Dialect) async throws {
        try await EngineStoreContractTests.withTenants(dialect) { database, tenants in
            let log = AuditLog.sql(database)
            let event = AuditEvent(
                id: IDGenerator.random.next(), scope: tenants.owner, actor: tenants.owner.owner, action: .secretStored,
                target: "github.token", requestID: "req-1", createdAt: Fixtures.now)
            try await log.record(event)
            #expect(try await log.entries(tenants.owner, Page()) == [event])
            #expect(try await log.entries(tenants.colleague, Page()).isEmpty)
            #expect(try await log.workspaceEntries(tenants.owner.workspace, Page()) == [event])
            #expect(try await log.workspaceEntries(tenants.stranger.workspace, Page()).isEmpty)
            await #expect(throws: (any Error).self) {
                try await database.write(in: .owner(tenants.owner)) {
                    try await $0.raw("UPDATE audit_events SET target = 'x'").run()
                }
            }
            await #expect(throws: (any Error).self) {
                try await database.write(in: .owner(tenants.owner)) {
                    try await $0.raw("DELETE FROM audit_events").run()
                }
            }
            #expect(try await log.entries(tenants.owner, Page()) == [event])
        }
    }
}
