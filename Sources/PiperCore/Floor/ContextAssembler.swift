/// Gathers the categories a request needs, concurrently, and marks the rest "not checked".
enum ContextAssembler {
    /// Sources Piper cannot reach in this installation yet; the model must not guess what they hold.
    static let unreachableSources = ["your issue tracker", "your calendar", "your documents"]

    /// The assembled context for `categories`; every other category is listed as not checked.
    static func assemble(_ categories: [ContextCategory], for context: HandlerContext) async -> AssembledContext {
        let gathered = await withTaskGroup(of: ContextSection.self) { group in
            for category in categories { group.addTask { await ContextGatherers.gather(category, context) } }
            var sections: [ContextSection] = []
            for await section in group { sections.append(section) }
            return sections
        }
        let ordered = ContextCategory.allCases.map { category in
            gathered.first { $0.category == category }
                ?? ContextSection(category, .notChecked("not needed for this request"))
        }
        let unreachable = unreachableSources.map {
            ContextSection(source: $0, state: .notChecked("not connected in this installation"))
        }
        return AssembledContext(sections: ordered + unreachable)
    }
}
