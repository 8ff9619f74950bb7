import Foundation

/// The text clean-up shared by features and slots: straight quotes, plain spaces, folded case.
package enum TextNormalization {
    /// Straightens curly apostrophes and quotes, turns dashes into hyphens and odd spaces into plain ones.
    package static func straightened(_ text: String) -> String {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(text.unicodeScalars.count)
        for scalar in text.unicodeScalars {
            scalars.append(replacement(for: scalar))
        }
        return String(scalars)
    }

    /// Straightens the text, then folds case, diacritics and width: "Ｗhat’s Café" becomes "what's cafe".
    package static func folded(_ text: String) -> String {
        straightened(text).folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
    }

    private static func replacement(for scalar: Unicode.Scalar) -> Unicode.Scalar {
        switch scalar.value {
        case 0x2018, 0x2019, 0x201B, 0x02BC, 0x0060, 0x00B4, 0x2032: "'"
        case 0x201C, 0x201D, 0x201E, 0x2033, 0x00AB, 0x00BB: "\""
        case 0x2010...0x2015, 0x2212: "-"
        case 0x00A0, 0x2000...0x200A, 0x202F, 0x205F, 0x3000: " "
        default: scalar
        }
    }
}
