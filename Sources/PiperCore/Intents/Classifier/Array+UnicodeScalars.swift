import Foundation

/// Small searches over arrays of Unicode scalars, the tokenizer's working form of a word.
extension Array where Element == Unicode.Scalar {
    /// The scalars as a string.
    var text: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: self)
        return String(view)
    }

    /// Whether the array starts with the scalars of `prefix`.
    func starts(with prefix: String) -> Bool {
        starts(with: prefix.unicodeScalars)
    }

    /// Whether the array ends with the scalars of `suffix`.
    func ends(with suffix: String) -> Bool {
        let suffixScalars = Array(suffix.unicodeScalars)
        return count >= suffixScalars.count && self[(count - suffixScalars.count)...].elementsEqual(suffixScalars)
    }

    /// Whether the scalars of `part` occur anywhere in the array.
    func contains(_ part: String) -> Bool {
        let partScalars = Array(part.unicodeScalars)
        guard !partScalars.isEmpty, partScalars.count <= count else { return partScalars.isEmpty }
        return (0...(count - partScalars.count)).contains { self[$0..<($0 + partScalars.count)].elementsEqual(partScalars) }
    }
}

/// Character tests for tokenizer scalars.
extension Unicode.Scalar {
    /// Whether the scalar is an ASCII digit.
    var isDigit: Bool { ("0"..."9").contains(self) }

    /// Whether the scalar is an ASCII lowercase letter.
    var isLowercaseLetter: Bool { ("a"..."z").contains(self) }
}

/// Character tests over scalar sequences.
extension Sequence where Element == Unicode.Scalar {
    /// Whether every scalar is an ASCII digit (and there is at least one).
    var isDigits: Bool {
        var sawAny = false
        for scalar in self {
            guard scalar.isDigit else { return false }
            sawAny = true
        }
        return sawAny
    }

    /// Whether every scalar is an ASCII lowercase letter (and there is at least one).
    var isLowercaseLetters: Bool {
        var sawAny = false
        for scalar in self {
            guard scalar.isLowercaseLetter else { return false }
            sawAny = true
        }
        return sawAny
    }
}
