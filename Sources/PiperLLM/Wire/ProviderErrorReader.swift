import Foundation
import PiperCore

/// Turns a provider's unsuccessful HTTP response into a ``PiperCore/ModelError`` that never holds the key.
package enum ProviderErrorReader {
    /// The error for `status`, with a short message from `body` for rejections.
    package static func error(
        provider: String, status: Int, headers: [String: String], body: [UInt8], apiKey: String?, now: Date
    ) -> ModelError {
        switch status {
        case 401, 403: .unauthorized(provider: provider)
        case 429: .rateLimited(provider: provider, retryAfter: retryAfter(headers, now: now))
        case 500...599, 529: .providerFailed(provider: provider, status: status)
        default: .rejected(provider: provider, status: status, message: message(body, apiKey: apiKey))
        }
    }

    /// Seconds to wait from `Retry-After` (seconds or an HTTP-date); `nil` when absent or unreadable.
    package static func retryAfter(_ headers: [String: String], now: Date) -> Double? {
        guard let value = headers["retry-after"]?.trimmingCharacters(in: .whitespaces) else { return nil }
        if let seconds = Double(value) { return max(0, seconds) }
        return httpDate(value).map { max(0, $0.timeIntervalSince(now)) }
    }

    /// The provider's `error.message`, else the body's text, cut to 200 characters with the key redacted.
    package static func message(_ body: [UInt8], apiKey: String?) -> String {
        let text = String(decoding: body, as: UTF8.self)
        let json = JSONValue.parse(text)
        let message =
            json?["error"]?["message"]?.stringValue ?? json?["error"]?.stringValue ?? json?["message"]?.stringValue
        return redacted(String((message ?? text).prefix(200)), apiKey: apiKey)
    }

    /// `text` with every occurrence of the key (and of a long enough prefix of it) replaced.
    package static func redacted(_ text: String, apiKey: String?) -> String {
        guard let apiKey, apiKey.count >= 4 else { return text }
        var result = text.replacingOccurrences(of: apiKey, with: "[redacted]")
        // A message cut at 200 characters may end in the first part of the key.
        for length in stride(from: apiKey.count - 1, through: 8, by: -1)
        where result.hasSuffix(String(apiKey.prefix(length))) {
            result = String(result.dropLast(length)) + "[redacted]"
            break
        }
        return result
    }

    private static func httpDate(_ text: String) -> Date? {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss zzz"
        return formatter.date(from: text)
    }
}
