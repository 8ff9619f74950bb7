/// Checks that a repository is written `owner/name` as GitHub spells them.
package enum RepositoryName {
    /// Whether `text` is a plausible `owner/name`.
    package static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2 else { return false }
        return parts.allSatisfy { part in
            !part.isEmpty && part.count <= 100 && part.first != "." && part.first != "-"
                && part.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "-_.".contains($0)) }
        }
    }
}
