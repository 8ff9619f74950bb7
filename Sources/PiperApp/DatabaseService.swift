import Logging
import PiperStorage
import ServiceLifecycle

/// Keeps the database served for the life of the service group and closes it on shutdown.
///
/// Hummingbird runs the group's services in order and stops them in reverse, so the HTTP server stops
/// taking requests before the database goes away.
package struct DatabaseService: Service {
    private let database: Database
    private let logger: Logger

    /// Creates the service for an open database.
    package init(database: Database, logger: Logger) {
        self.database = database
        self.logger = logger
    }

    /// Serves until graceful shutdown or cancellation, then closes the database.
    package func run() async throws {
        logger.info("database.serving", metadata: ["database.location": .string(database.location.description)])
        await cancelWhenGracefulShutdown {
            await database.run()
        }
        await database.close()
        logger.info("database.closed")
    }
}
