import Foundation

/// Character tests over scalar sequences.
extension Sequence where Element == Unicode.Scalar {
    /// Whether every scalar is an ASCII digit (and there is at least one).
    var isASCIIDigits: Bool {
        var sawAny = false
        for scalar in self {
            guard scalar.isASCIIDigit else { return false }
            sawAny = true
        }
        return sawAny
    }

    /// Whether every scalar is an ASCII lowercase letter (and there is at least one).
    var isASCIILowercaseLetters: Bool {
        var sawAny = false
        for scalar in self {
            guard scalar.isASCIILowercaseLetter else { return false }
            sawAny = true
        }
        return sawAny
    }
}
