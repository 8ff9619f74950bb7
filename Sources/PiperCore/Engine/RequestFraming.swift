/// How a request is phrased: a clear instruction, a request for drafting help, or a tentative thought.
package enum RequestFraming: Hashable, Sendable {
    /// "add a todo to …", "please archive X".
    case imperative
    /// "help me draft …", "can you help me write …".
    case draftingHelp
    /// "maybe we should add …", "should I archive X?".
    case tentative

    /// Reads the framing of a message.
    package static func of(_ text: String) -> RequestFraming {
        let words = " " + TextNormalization.words(text).joined(separator: " ") + " "
        if draftingMarkers.contains(where: words.contains) { return .draftingHelp }
        if tentativeMarkers.contains(where: words.contains) { return .tentative }
        return .imperative
    }

    private static let draftingMarkers = [
        " help me write ", " help me draft ", " help me word ", " draft a ", " draft an ", " help me put together ",
        " help me phrase ",
    ]
    private static let tentativeMarkers = [
        " maybe ", " perhaps ", " should i ", " should we ", " i wonder ", " not sure ", " what if ", " might ",
        " i guess ", " thinking about ", " would it make sense ",
    ]
}
