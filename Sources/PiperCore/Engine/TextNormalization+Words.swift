import Foundation

extension TextNormalization {
    /// The words of a text, folded, without punctuation (`#`, `/`, `-`, `_`, `.` and `'` inside words kept).
    package static func words(_ text: String) -> [String] {
        folded(text).split { character in
            !(character.isLetter || character.isNumber || "'#/-_.".contains(character))
        }
        .map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "'.-_")) }
        .filter { !$0.isEmpty }
    }
}
