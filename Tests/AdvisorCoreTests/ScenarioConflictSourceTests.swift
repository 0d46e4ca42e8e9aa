import AdvisorCore
import Testing

/// The engine's own licence-conflict blocker cites the sources of the rows whose constraints bite
/// (engine change: `constraintSources` in Engine/Advise.swift).
@Suite("Conflict sources")
struct ScenarioConflictSourceTests {
    static let rulesText = """
    schema: 1
    version: "1"
    entry: kind
    conflict-warning: licence-conflict
    """
    static let body = """
    references:
      - { id: ref-a, cite: "A" }
      - { id: ref-b, cite: "B" }
    warnings:
      - { id: licence-conflict, title: Conflict }
    licences:
      - { id: L1, name: L1, url: u, for: [data], openness: open, sources: [ref-a] }
      - { id: L2, name: L2, url: u, for: [data], openness: open, sources: [ref-a] }
    nodes:
      - question: kind
        text: Kind?
        default: x
        options: [{ id: x, label: X, next: result }]
      - outcome: result
    tables:
      - table: pick
        hit: first
        rows:
          - { id: p, when: true, licences: [{ part: data, id: L1 }], because: pick, sources: [ref-a] }
      - table: limits
        hit: collect
        rows:
          - { id: only-l2, when: true, constrain: [{ part: data, allow: [L2], because: "needs L2." }], because: c, sources: [ref-b] }
          - { id: nothing, when: true, constrain: [{ part: data, allow: [], because: "needs nothing." }], because: c, sources: [ref-a] }
    """

    @Test("an empty intersection removes the licence and the blocker cites the constraining rows")
    func blockerCitesRows() throws {
        let rules = try RuleLoader.load(files: [("manifest.yaml", Self.rulesText), ("rules.yaml", Self.body)])
        let a = advise(rules, Answers(["kind": .option("x")]))
        #expect(a.licences.isEmpty)
        let w = try #require(a.warnings.first { $0.id == "licence-conflict" })
        #expect(w.severity == "blocker")
        #expect(w.sources == ["ref-b", "ref-a"])
        #expect(w.text.contains("needs L2.") && w.text.contains("needs nothing."))
    }

    @Test("every licence-conflict the built-in rules raise names a source")
    func builtinConflictsCite() throws {
        let a = try ScenarioRules.advise(["asset": "software", "rights": "third-party-open",
                                          "input-licences": "GPL-2.0-only,Apache-2.0", "copyleft": "strong", "employer": "approved"])
        let w = try #require(a.warnings.first { $0.id == "licence-conflict" })
        #expect(!w.sources.isEmpty)
    }
}
