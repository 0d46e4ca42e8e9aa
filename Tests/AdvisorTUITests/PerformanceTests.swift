@testable import AdvisorTUI
import AdvisorCore
import AdvisorRules
import Testing

/// What keeps key → frame cheap, checked by structure rather than by the clock (timing lives in
/// scripts/bench): moving around never re-runs the engine, and a scrolled document is built once and
/// then served from the cache.
@Suite struct PerformanceTests {
    @Test func navigationKeysNeitherReRunTheEngineNorRebuildTheDocument() throws {
        let rules = BuiltinRules.ruleSet()
        let size = Size(width: 200, height: 60)
        let answers = walk(rules, Answers(["asset": .option("dataset"), "personal-data": .option("none")]),
                           assumeDefaults: true).answers
        var state = AppState(rules: rules, answers: answers, size: size)
        state.press([.resize(width: size.width, height: size.height), .enter, .char("r"), .end, .enter, .enter])
        try #require(state.screen == .result)
        _ = state.currentDocument()
        let revision = state.revision
        let cached = try #require(state.documentCache.latest)
        for key in [Key.down, .down, .up, .pageDown, .pageUp] {
            _ = state.handle(key)
            _ = render(state, width: size.width, height: size.height)
        }
        #expect(state.revision == revision, "navigation changed what the documents show")
        #expect(state.documentCache.latest?.key == cached.key, "navigation rebuilt the result document")
    }

    @Test func openingAndClosingThePanelsKeepsTheResultDocument() throws {
        let rules = BuiltinRules.ruleSet()
        let size = Size(width: 120, height: 40)
        let answers = walk(rules, Answers(["asset": .option("software")]), assumeDefaults: true).answers
        var state = AppState(rules: rules, answers: answers, size: size)
        state.press([.resize(width: size.width, height: size.height), .enter, .char("r"), .end, .enter, .enter])
        try #require(state.screen == .result)
        _ = state.currentDocument()
        let result = try #require(state.documentCache.latest?.key)
        _ = state.handle(.char("w"))
        _ = state.currentDocument()
        #expect(state.documentCache.latest?.key.kind == .why)
        #expect(state.documentCache.document(result) != nil, "opening why evicted the result")
        let before = state.documentCache.entries.map(\.key)
        _ = state.handle(.escape)
        #expect(state.panel == nil)
        _ = state.currentDocument()
        _ = render(state, width: size.width, height: size.height)
        #expect(state.documentCache.entries.map(\.key) == before, "closing why built the result again")
    }
}
