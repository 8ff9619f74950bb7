import Logging
import PiperStorage
import ServiceLifecycle

/// Keeps the database served for the life of the service group and closes it on shutdown.
///
/// Hummingbird runs the group's services in order and stops them in reverse, so the HTTP server stops
/// taking requests before the database goes away.
struct DatabaseService: Service {
    let database: Database
    let logger: Logger

    func run() async throws {
        logger.info("database.serving", metadata: ["database.location": .string(database.location.description)])
        await cancelWhenGracefulShutdown {
            await database.run()
        }
        await database.close()
        logger.info("database.closed")
    }
}
