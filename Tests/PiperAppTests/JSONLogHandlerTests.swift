import Foundation
import Logging
import PiperApp
import Synchronization
import Testing

@Suite("JSON log lines")
struct JSONLogHandlerTests {
    @Test("each line is one JSON object with level, message and metadata")
    func structuredLine() throws {
        let lines = Mutex<[String]>([])
        var handler = JSONLogHandler(label: "piper") { line in lines.withLock { $0.append(line) } }
        handler[metadataKey: "request.id"] = "req-7"
        var logger = Logger(label: "piper") { _ in handler }
        logger.logLevel = .info
        logger.debug("hidden")
        logger.info("request.finished", metadata: ["http.status": "200", "tags": ["a", "b"]])
        let written = lines.withLock { $0 }
        #expect(written.count == 1)
        let object = try #require(
            try JSONSerialization.jsonObject(with: Data(written[0].utf8)) as? [String: Any]
        )
        #expect(object["level"] as? String == "info")
        #expect(object["message"] as? String == "request.finished")
        #expect(object["request.id"] as? String == "req-7")
        #expect(object["http.status"] as? String == "200")
        #expect(object["tags"] as? [String] == ["a", "b"])
        #expect(object["time"] is String)
    }
}
