import Foundation

/// Character tests for tokenizer scalars.
extension Unicode.Scalar {
    /// Whether the scalar is an ASCII digit.
    var isASCIIDigit: Bool { ("0"..."9").contains(self) }

    /// Whether the scalar is an ASCII lowercase letter.
    var isASCIILowercaseLetter: Bool { ("a"..."z").contains(self) }
}
