import Foundation

/// Runs one of the package's executables to completion and captures what it printed.
package struct CommandRun: Sendable {
    /// The exit status.
    package var status: Int32
    /// Standard output.
    package var output: String
    /// Standard error.
    package var errors: String

    /// Runs `executable` with `arguments` in `directory`, feeding `input` on standard input.
    package static func run(
        _ executable: String, _ arguments: [String], in directory: URL, input: String = "",
        environment: [String: String] = [:]
    ) async throws -> CommandRun {
        let url = ChildProcess.builtProductsFolder.appendingPathComponent(executable)
        guard FileManager.default.isExecutableFile(atPath: url.path) else {
            throw ChildProcessError.missingExecutable(url.path)
        }
        let process = Process()
        process.executableURL = url
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let (stdin, stdout, stderr) = (Pipe(), Pipe(), Pipe())
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        let (exited, continuation) = AsyncStream<Void>.makeStream()
        process.terminationHandler = { _ in continuation.finish() }
        try process.run()
        stdin.fileHandleForWriting.write(Data(input.utf8))
        try stdin.fileHandleForWriting.close()
        async let output = stdout.fileHandleForReading.readToEnd()
        async let errors = stderr.fileHandleForReading.readToEnd()
        let (outputData, errorData) = try await (output, errors)
        for await _ in exited {}
        return CommandRun(
            status: process.terminationStatus, output: String(decoding: outputData ?? Data(), as: UTF8.self),
            errors: String(decoding: errorData ?? Data(), as: UTF8.self))
    }
}
