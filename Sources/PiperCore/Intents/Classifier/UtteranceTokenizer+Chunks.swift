import Foundation

extension UtteranceTokenizer {
    private static let conjunctionPaths: Set<String> = [
        "and/or", "a/b", "ci/cd", "n/a", "i/o", "yes/no", "he/she", "w/o", "w/", "24/7", "ui/ux", "ux/ui",
    ]
    private static let wordAliases: [String: String] = ["1:1": "1:1", "1-1": "1:1", "1on1": "1:1", "1-on-1": "1:1"]
    private static let splitters: [Unicode.Scalar] = ["/", ":", "-", "#", "@"]

    /// Classifies one chunk and appends its tokens: a placeholder, one word, or several words when it splits.
    static func appendTokens(for chunk: [Unicode.Scalar], to tokens: inout [UtteranceToken]) {
        if chunk.allSatisfy({ !$0.isASCIIDigit && !isJoiner($0) }) {
            tokens.append(UtteranceToken(kind: .word, surface: chunk.joinedScalars))
            return
        }
        if let kind = placeholderKind(for: chunk) {
            tokens.append(UtteranceToken(kind: kind, surface: chunk.joinedScalars))
            return
        }
        let text = chunk.joinedScalars
        if let alias = wordAliases[text] {
            tokens.append(UtteranceToken(kind: .word, surface: alias))
            return
        }
        let word = chunk.filter { $0 != "'" }
        for splitter in splitters where word.contains(splitter) {
            for part in word.split(separator: splitter) { appendTokens(for: Array(part), to: &tokens) }
            return
        }
        if word.containsScalars(of: ".") {
            appendDotted(word, to: &tokens)
        } else if !word.isEmpty {
            tokens.append(UtteranceToken(kind: .word, surface: word.joinedScalars))
        }
    }

    /// "e.g" and "a.m" join into one word; "index.html" splits into two.
    private static func appendDotted(_ word: [Unicode.Scalar], to tokens: inout [UtteranceToken]) {
        let parts = word.split(separator: ".")
        if parts.allSatisfy({ $0.count == 1 }) {
            tokens.append(UtteranceToken(kind: .word, surface: Array(parts.joined()).joinedScalars))
        } else {
            for part in parts { appendTokens(for: Array(part), to: &tokens) }
        }
    }

    /// The placeholder kind a chunk stands for, if it is a reference, number, time, date, version or address.
    static func placeholderKind(for chunk: [Unicode.Scalar]) -> UtteranceToken.Kind? {
        if chunk.first == "#" { return chunk.dropFirst().isASCIIDigits ? .issueReference : nil }
        if chunk.containsScalars(of: "://") || chunk.startsWithScalars(of: "www.") {
            return isRepositoryLink(chunk) ? .repository : .link
        }
        if chunk.first != "@", chunk.containsScalars(of: "@"), chunk.containsScalars(of: ".") { return .email }
        if chunk.isASCIIDigits { return .number }
        if isClockTime(chunk) { return .time }
        if isOrdinal(chunk) { return .ordinal }
        if isVersion(chunk) { return .version }
        if isNumericDate(chunk) { return .date }
        if isTrackerKey(chunk) { return .issueReference }
        if isRepositoryPath(chunk) { return .repository }
        return nil
    }

    /// "9am", "9:30", "14:30", "11a.m".
    static func isClockTime(_ chunk: [Unicode.Scalar]) -> Bool {
        var body = chunk[...]
        var hasMeridiem = false
        for suffix in ["a.m", "p.m", "am", "pm"] where chunk.endsWithScalars(of: suffix) {
            body = body.dropLast(suffix.unicodeScalars.count)
            hasMeridiem = true
            break
        }
        let parts = body.split(separator: ":", maxSplits: 1, omittingEmptySubsequences: false)
        guard let hourText = parts.first, hourText.isASCIIDigits, hourText.count <= 2,
            let hour = Int(Array(hourText).joinedScalars)
        else { return false }
        guard parts.count == 2 else { return hasMeridiem && (1...12).contains(hour) }
        let minuteText = parts[1]
        guard minuteText.isASCIIDigits, minuteText.count == 2, let minute = Int(Array(minuteText).joinedScalars) else {
            return false
        }
        return hour <= 24 && minute < 60
    }

    private static func isOrdinal(_ chunk: [Unicode.Scalar]) -> Bool {
        for suffix in ["st", "nd", "rd", "th"] where chunk.endsWithScalars(of: suffix) {
            return chunk.dropLast(2).isASCIIDigits
        }
        return false
    }

    private static func isVersion(_ chunk: [Unicode.Scalar]) -> Bool {
        let hasPrefix = chunk.first == "v"
        let parts = chunk.dropFirst(hasPrefix ? 1 : 0).split(separator: ".", omittingEmptySubsequences: false)
        guard parts.allSatisfy(\.isASCIIDigits) else { return false }
        return parts.count >= 2 || (hasPrefix && parts.count == 1)
    }

    private static func isNumericDate(_ chunk: [Unicode.Scalar]) -> Bool {
        for separator: Unicode.Scalar in ["/", "-"] {
            let parts = chunk.split(separator: separator, omittingEmptySubsequences: false)
            if (2...3).contains(parts.count), parts.allSatisfy(\.isASCIIDigits) { return true }
        }
        return false
    }

    /// "proj-123", "eng-42": two to ten letters, a hyphen, digits.
    static func isTrackerKey(_ chunk: [Unicode.Scalar]) -> Bool {
        let parts = chunk.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, (2...10).contains(parts[0].count) else { return false }
        return parts[0].isASCIILowercaseLetters && parts[1].isASCIIDigits
    }

    /// "acme/web", "piper-morgan/core.swift": two path parts, not a phrase like "and/or".
    static func isRepositoryPath(_ chunk: [Unicode.Scalar]) -> Bool {
        let parts = chunk.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, !conjunctionPaths.contains(chunk.joinedScalars) else { return false }
        return parts.allSatisfy(isRepositoryPart) && !parts[0].isASCIIDigits
    }

    private static func isRepositoryPart(_ part: ArraySlice<Unicode.Scalar>) -> Bool {
        guard let first = part.first, isWordScalar(first) else { return false }
        return part.allSatisfy { $0.isASCII && (isWordScalar($0) || $0 == "-" || $0 == "_" || $0 == ".") }
    }

    private static func isRepositoryLink(_ chunk: [Unicode.Scalar]) -> Bool {
        let marker = Array("github.com/".unicodeScalars)
        guard chunk.count > marker.count else { return false }
        for start in 0...(chunk.count - marker.count) where chunk[start..<(start + marker.count)].elementsEqual(marker)
        {
            return chunk[(start + marker.count)...].split(separator: "/").count >= 2
        }
        return false
    }
}

extension UtteranceTokenizer {
    /// Whether the text is one or more ASCII digits.
    static func isDigits(_ text: Substring) -> Bool { text.unicodeScalars.isASCIIDigits }

    /// Whether the text is one or more ASCII digits.
    static func isDigits(_ text: String) -> Bool { text.unicodeScalars.isASCIIDigits }

    /// Whether folded text is a tracker key such as "proj-123".
    static func isTrackerKey(_ text: String) -> Bool {
        text.utf8.contains(UInt8(ascii: "-")) && isTrackerKey(Array(text.unicodeScalars))
    }

    /// Whether folded text is an `owner/name` repository path.
    static func isRepositoryPath(_ text: String) -> Bool {
        text.utf8.contains(UInt8(ascii: "/")) && isRepositoryPath(Array(text.unicodeScalars))
    }
}
