import ArgumentParser
import Foundation
import PiperApp

/// Runs a command body; known failures print one readable line on standard error and exit with status 1.
func reportingFailures(_ body: () async throws -> Void) async throws {
    do {
        try await body()
    } catch {
        guard let message = CommandFailure.message(for: error) else { throw error }
        FileHandle.standardError.write(Data("error: \(message)\n".utf8))
        throw ExitCode(1)
    }
}
