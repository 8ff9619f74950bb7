import Foundation
import Synchronization

/// A helper executable of this package run as a child process, its standard output read line by line.
package final class ChildProcess: Sendable {
    private let process: Process
    private let exited: AsyncStream<Void>
    /// The lines the child has printed so far, as they arrive; finishes when its output closes.
    package let lines: AsyncStream<String>

    /// Starts `executable` (a product built next to the test bundle) with `arguments`.
    package init(executable: String, arguments: [String]) throws {
        let url = Self.builtProductsFolder.appendingPathComponent(executable)
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            throw ChildProcessError.missingExecutable(url.path)
        }
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        let (lines, continuation) = AsyncStream<String>.makeStream()
        let pending = Mutex("")
        output.fileHandleForReading.readabilityHandler = { handle in
            let data = handle.availableData
            guard !data.isEmpty else {
                handle.readabilityHandler = nil
                continuation.finish()
                return
            }
            let complete = pending.withLock { buffer -> [String] in
                buffer += String(decoding: data, as: UTF8.self)
                var parts = buffer.components(separatedBy: "\n")
                buffer = parts.removeLast()
                return parts
            }
            for line in complete { continuation.yield(line) }
        }
        let (exited, exitContinuation) = AsyncStream<Void>.makeStream()
        process.terminationHandler = { _ in exitContinuation.finish() }
        try process.run()
        self.process = process
        self.exited = exited
        self.lines = lines
    }

    /// Kills the child with SIGKILL, as a crash would, and waits until it is gone.
    ///
    /// Waiting is asynchronous: `Process.waitUntilExit()` would block a thread of the shared concurrency
    /// pool, and two tests doing so at once on a two-core machine starve every other test.
    package func kill() async {
        Foundation.kill(process.processIdentifier, SIGKILL)
        for await _ in exited {}
    }

    /// The folder holding the test bundle and the package's executables.
    static var builtProductsFolder: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
    }
}

/// Why a child process could not be run.
package enum ChildProcessError: Error, CustomStringConvertible {
    /// The executable has not been built (run `swift build --build-tests` first).
    case missingExecutable(String)

    /// Explains what to build.
    package var description: String {
        switch self {
        case .missingExecutable(let path): "\(path) is missing; build it with `swift build --build-tests`"
        }
    }
}
