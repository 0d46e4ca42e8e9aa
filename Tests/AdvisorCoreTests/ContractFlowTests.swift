import AdvisorCore
import Testing

/// The contract's "asked when" column holds on every path: each question appears exactly where the
/// contract places it (or is skipped because it can no longer change the outcome), and every path ends.
@Suite("Contract flow")
struct ContractFlowTests {
    static let assets = ["dataset", "software", "ai-model", "ai-system", "content"]

    /// Answer sets that branch on every routing answer; the rest come from defaults.
    static var cases: [[String: String]] {
        var out: [[String: String]] = []
        for asset in assets {
            for chosen in ["undecided", "CC-BY-4.0", "MIT", "LicenseRef-OpenRAIL-M"] {
                for rights in ["own", "third-party-open", "third-party-restricted", "unsure"] {
                    for personal in ["none", "pseudonymised"] {
                        for attribution in ["required", "not-required"] {
                            for copyleft in ["permissive", "strong"] {
                                out.append(["asset": asset, "chosen-licence": chosen, "rights": rights, "personal-data": personal,
                                            "attribution": attribution, "copyleft": copyleft, "input-licences": "CC-BY-4.0,MIT"])
                            }
                        }
                    }
                }
            }
        }
        return out
    }

    @Test("every question is asked exactly where the contract says, and every path reaches an outcome")
    func askedWhen() throws {
        let rules = try ScenarioRules.rules()
        for answers in Self.cases {
            let a = AdvisorCore.advise(rules, try ScenarioRules.answers(answers, rules: rules), assumeDefaults: true)
            let label = answers.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: " ")
            #expect(a.isComplete, "\(label) did not finish")
            let trail = a.trail.map(\.question)
            let given = Dictionary(a.trail.map { ($0.question, $0.answer.description) }, uniquingKeysWith: { x, _ in x })
            let asset = answers["asset"]!
            let undecided = answers["chosen-licence"] == "undecided"
            let code = ["software", "ai-system"].contains(asset)
            let dataLike = ["dataset", "content", "ai-model"].contains(asset)
            let blocking = answers["personal-data"] == "pseudonymised" && ["dataset", "content"].contains(asset)
            func check(_ q: String, _ expected: Bool, _ why: String) {
                #expect(trail.contains(q) == expected, "\(label): \(q) \(expected ? "not asked" : "asked") (\(why)); trail \(trail)")
            }
            #expect(Array(trail.prefix(2)) == ["asset", "chosen-licence"], "\(label): trail starts \(trail.prefix(2))")
            check("rights", true, "every asset")
            check("input-licences", answers["rights"] == "third-party-open", "rights = third-party-open")
            check("personal-data", dataLike, "dataset, content, ai-model")
            check("eu-database", asset == "dataset", "dataset")
            check("attribution", ["dataset", "content"].contains(asset) && undecided && !blocking, "dataset, content, undecided")
            check("commercial", given["attribution"] == "required", "attribution = required")
            check("derivatives", given["attribution"] == "required", "attribution = required")
            check("copyleft", code && undecided, "software, ai-system, undecided")
            check("patents", given["copyleft"] == "permissive", "copyleft = permissive")
            check("employer", code, "software, ai-system")
            check("release", asset == "ai-model", "ai-model")
            check("use-restrictions", ["ai-model", "ai-system"].contains(asset) && undecided, "ai-model, ai-system, undecided")
            check("gpai", asset == "ai-model", "ai-model")
            check("misuse-risk", ["ai-model", "ai-system"].contains(asset), "ai-model, ai-system")
            check("country", true, "every asset")
            check("discipline", dataLike, "dataset, content, ai-model")
            check("size-gb", dataLike, "dataset, content, ai-model")
            check("access", dataLike && !blocking, "dataset, content, ai-model; skipped when personal data force controlled access")
            #expect(trail.count <= 14, "\(label): \(trail.count) questions")
        }
    }

    @Test("a licence outcome is always backed: no licence means a blocker says why")
    func emptyLicencesHaveBlocker() throws {
        let rules = try ScenarioRules.rules()
        for answers in Self.cases {
            let a = AdvisorCore.advise(rules, try ScenarioRules.answers(answers, rules: rules), assumeDefaults: true)
            if a.licences.isEmpty {
                #expect(a.warnings.contains { $0.severity == "blocker" }, "\(answers): no licence and no blocker")
            }
            for w in a.warnings {
                #expect(["info", "caution", "blocker"].contains(w.severity), "\(w.id) has severity \(w.severity)")
                #expect(!w.text.isEmpty && !w.sources.isEmpty, "\(w.id) has no text or sources")
            }
        }
    }
}
