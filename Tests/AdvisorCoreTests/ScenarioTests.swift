import AdvisorCore
import Testing

/// The scenario suite: answer sets in Scenarios/*.yaml with the advice they must produce.
@Suite("Scenarios")
struct ScenarioTests {
    @Test("scenario", arguments: ScenarioFiles.all)
    func scenario(_ s: Scenario) throws {
        if let e = s.readError { Issue.record("\(s.name): \(e)"); return }
        let advice = try ScenarioRules.advise(s.answers, assumeDefaults: s.assumeDefaults)
        let failures = ScenarioCheck.failures(s, advice)
        #expect(failures.isEmpty, "\(s.name): \(failures.joined(separator: "; "))")
    }

    @Test("the suite is large and every scenario name is unique")
    func size() {
        let names = ScenarioFiles.all.map(\.name)
        #expect(names.count >= 60, "only \(names.count) scenarios")
        #expect(Set(names).count == names.count, "duplicate names: \(names.filter { n in names.filter { $0 == n }.count > 1 })")
    }

    @Test("every warning id is expected by some scenario")
    func warningsCovered() throws {
        let rules = try ScenarioRules.rules()
        let expected = Set(ScenarioFiles.all.flatMap { ($0.expect["warnings"] ?? []) + Array($0.severities.keys) })
        let missing = rules.warningKinds.map(\.id).filter { !expected.contains($0) }
        #expect(missing.isEmpty, "no scenario expects: \(missing)")
    }

    @Test("every service id is listed by some scenario")
    func servicesCovered() throws {
        let rules = try ScenarioRules.rules()
        let listed = Set(ScenarioFiles.all.flatMap { ($0.expect["services-in"] ?? []) + ($0.expect["services-first"] ?? []) })
        let missing = rules.services.map(\.id).filter { !listed.contains($0) }
        #expect(missing.isEmpty, "no scenario expects these services to fit: \(missing)")
    }

    @Test("every asset kind and every Creative Commons chooser outcome is covered")
    func kindsCovered() throws {
        let assets = Set(ScenarioFiles.all.compactMap { $0.answers["asset"] })
        #expect(assets.isSuperset(of: ["dataset", "software", "ai-model", "ai-system", "content"]), "assets covered: \(assets)")
        let cc = ["CC0-1.0", "CC-BY-4.0", "CC-BY-SA-4.0", "CC-BY-ND-4.0", "CC-BY-NC-4.0", "CC-BY-NC-SA-4.0", "CC-BY-NC-ND-4.0"]
        let fromChooser = ScenarioFiles.all.filter { $0.answers["rights"] == "own" && $0.answers["chosen-licence"] == nil }
        for asset in ["dataset", "content"] {
            let got = Set(fromChooser.filter { $0.answers["asset"] == asset }.compactMap { $0.expect["licences"]?.first })
            let missing = cc.filter { !got.contains($0) }
            #expect(missing.isEmpty, "\(asset): no chooser scenario gives \(missing)")
        }
    }
}
