import Foundation

/// Small searches over arrays of Unicode scalars, the tokenizer's working form of a word.
extension Array where Element == Unicode.Scalar {
    /// The scalars as a string.
    var joinedScalars: String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: self)
        return String(view)
    }

    /// Whether the array starts with the scalars of `prefix`.
    func startsWithScalars(of prefix: String) -> Bool {
        starts(with: prefix.unicodeScalars)
    }

    /// Whether the array ends with the scalars of `suffix`.
    func endsWithScalars(of suffix: String) -> Bool {
        let suffixScalars = Array(suffix.unicodeScalars)
        return count >= suffixScalars.count && self[(count - suffixScalars.count)...].elementsEqual(suffixScalars)
    }

    /// Whether the scalars of `part` occur anywhere in the array.
    func containsScalars(of part: String) -> Bool {
        let partScalars = Array(part.unicodeScalars)
        guard !partScalars.isEmpty, partScalars.count <= count else { return partScalars.isEmpty }
        return (0...(count - partScalars.count)).contains {
            self[$0..<($0 + partScalars.count)].elementsEqual(partScalars)
        }
    }
}
