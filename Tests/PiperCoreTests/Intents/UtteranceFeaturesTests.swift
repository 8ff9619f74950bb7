import Foundation
import Testing

@testable import PiperCore

@Suite("Utterance features")
struct UtteranceFeaturesTests {
    private func featureTexts(_ text: String) -> [String] {
        UtteranceTokenizer.tokens(in: text).map(\.featureText)
    }

    @Test("issue references, repositories, numbers and times become placeholders")
    func placeholders() {
        #expect(featureTexts("close #42") == ["close", "<issue>"])
        #expect(featureTexts("show issue 42") == ["show", "issue", "<issue>"])
        #expect(featureTexts("reopen PROJ-123.") == ["reopen", "<issue>"])
        #expect(featureTexts("link acme/web to Atlas") == ["link", "<repo>", "to", "atlas"])
        #expect(featureTexts("remind me at 3pm, or at 9") == ["remind", "me", "at", "<time>", "or", "at", "<time>"])
        #expect(featureTexts("review 3 PRs") == ["review", "<number>", "prs"])
        #expect(featureTexts("ship v2.1 on 2026-05-01") == ["ship", "<version>", "on", "<date>"])
    }

    @Test("case, width, diacritics and curly apostrophes fold to one form")
    func folding() {
        #expect(featureTexts("What’s NEXT on my Café list?") == featureTexts("whats next on my cafe list"))
        #expect(featureTexts("ＨＥＬＬＯ") == ["hello"])
    }

    @Test("phrases like and/or and 1:1 stay words")
    func conjunctionsStayWords() {
        #expect(featureTexts("and/or") == ["and", "or"])
        #expect(featureTexts("my 1:1 with Sam") == ["my", "1:1", "with", "sam"])
    }

    @Test("emoji are words of their own")
    func emoji() {
        #expect(featureTexts("👋 hi") == ["👋", "hi"])
    }

    @Test("a typo shares most character n-grams with the word it misspells")
    func typosShareCharacterGrams() {
        func grams(_ text: String) -> Set<FeatureKey> {
            Set(UtteranceFeatures(text: text).keys.filter { $0.kind == .characterGram })
        }
        let correct = grams("reminders")
        let typo = grams("remindrs")
        let unrelated = grams("weather")
        #expect(correct.intersection(typo).count >= 6)
        #expect(correct.intersection(unrelated).isEmpty)
    }

    @Test("words of one family share a concept feature")
    func conceptFeatures() {
        let kill = Set(UtteranceFeatures(text: "kill it").keys.filter { $0.kind == .concept })
        let delete = Set(UtteranceFeatures(text: "delete it").keys.filter { $0.kind == .concept })
        #expect(kill.contains(ConceptLexicon.key(of: "remove")))
        #expect(!kill.intersection(delete).isEmpty)
        #expect(ConceptLexicon.concepts(of: "thx").contains("thank"))
    }

    @Test("unknown words one edit from a known word are corrected")
    func spellingCorrection() {
        let corrector = SpellingCorrector(wordFrequencies: ["close": 5, "milestones": 3, "clone": 1])
        #expect(corrector.correction(for: "clsoe") == "close")
        #expect(corrector.correction(for: "mielstones") == "milestones")
        #expect(corrector.correction(for: "close") == nil)
        #expect(corrector.correction(for: "xyzzy") == nil)
        #expect(corrector.correction(for: "cls") == nil)
    }

    @Test("feature extraction is the same on every call")
    func extractionIsStable() {
        let text = "Remind me tomorrow at 9 to call Sam about #42 in acme/web"
        #expect(UtteranceFeatures(text: text) == UtteranceFeatures(text: text))
        #expect(FeatureHasher.hash("roadmap") == FeatureHasher.hash("roadmap"))
    }
}
