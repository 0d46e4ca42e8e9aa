import AdvisorCore
import AdvisorRules
import Testing

/// Explain (decisive answers) and Candidates (what is still possible), over the fixture and built-in rules.
@Suite struct EngineTests {
    let dataset = Answers(["asset": .option("dataset"), "chosen-licence": .option("undecided"), "rights": .option("own"),
                           "attribution": .option("required"), "commercial": .option("allow"), "size-gb": .number(30)])

    @Test func decisiveAnswersNameWhatWouldChange() {
        let d = explain(fixtureRules, dataset)
        let attribution = d.first { $0.question == "attribution" }
        #expect(attribution?.alternative == .option("not-required"))
        #expect(attribution?.changes.contains("licence: CC BY 4.0 → CC0 1.0") == true)
        #expect(attribution?.changes.contains("+ service Dryad") == true)
        let commercial = d.first { $0.question == "commercial" }
        #expect(commercial?.changes.contains("openness: open → not-open") == true)
        // rights: another answer adds a blocker without changing the licence
        #expect(d.first { $0.question == "rights" }?.changes == ["+ blocker: Other people's rights"])
        // asset: the other path has open questions, taken at their defaults
        let assets = d.filter { $0.question == "asset" }
        #expect(!assets.isEmpty && assets.allSatisfy { $0.assumedDefaults })
    }

    @Test func numbersAreProbedAroundThresholds() {
        #expect(thresholds(fixtureRules, question: "size-gb") == [20, 50])
        let size = explain(fixtureRules, dataset).filter { $0.question == "size-gb" }
        // 20 and 21 only change a caution (not part of the result); 51 drops Zenodo. The closest probe wins.
        #expect(size.map(\.alternative) == [.number(51)])
        #expect(size.first?.changes == ["− service Zenodo"])
    }

    @Test func answersThatChangeNothingAreNotDecisive() {
        let d = explain(fixtureRules, dataset)
        #expect(!d.contains { $0.question == "chosen-licence" && $0.alternative == .option("CC-BY-4.0") })
        for item in d { #expect(!item.changes.isEmpty) }
    }

    @Test func multipleChoiceTogglesOneOptionAtATime() {
        let model = Answers(["asset": .option("ai-model"), "chosen-licence": .option("undecided"), "rights": .option("own"),
                             "release": .options(["weights", "training-code"]), "size-gb": .number(5)])
        let d = explain(fixtureRules, model).filter { $0.question == "release" }
        #expect(d.map(\.alternative) == [.options(["weights", "training-code", "data-information"])])
        #expect(d.first?.changes.contains("openness: open-weights → open") == true)
    }

    @Test func candidatesShrinkAsAnswersNarrowThem() {
        let ids = { (c: Candidates) in c.licences.map(\.id) }
        let start = candidates(fixtureRules, Answers())
        #expect(ids(start) == ["CC0-1.0", "CC-BY-4.0", "CC-BY-NC-4.0", "MIT", "Apache-2.0"])
        #expect(start.services.map(\.id) == ["zenodo", "dryad", "hub"])
        var a = Answers(["asset": .option("dataset"), "chosen-licence": .option("undecided")])
        let data = candidates(fixtureRules, a)
        #expect(ids(data) == ["CC0-1.0", "CC-BY-4.0", "CC-BY-NC-4.0"])
        #expect(data.services.map(\.id) == ["zenodo", "dryad"])  // the hub requires a model
        a["rights"] = .option("own")
        a["attribution"] = .option("required")
        let credit = candidates(fixtureRules, a)
        #expect(ids(credit) == ["CC-BY-4.0", "CC-BY-NC-4.0"])
        #expect(credit.services.map(\.id) == ["zenodo"])  // Dryad takes CC0 only
        #expect(!credit.final)
        a["commercial"] = .option("allow")
        a["size-gb"] = .number(60)
        let done = candidates(fixtureRules, a)
        #expect(done.final)
        #expect(ids(done) == ["CC-BY-4.0"])
        #expect(done.services.isEmpty)  // Zenodo holds 50 GB at most
    }

    @Test func aChosenLicenceIsTheCandidate() {
        let a = Answers(["asset": .option("dataset"), "chosen-licence": .option("CC-BY-NC-4.0")])
        #expect(candidates(fixtureRules, a).licences.map(\.id) == ["CC-BY-NC-4.0"])
    }

    @Test func questionsTheFlowCanNoLongerAskCountAsUnasked() {
        // software never asks size-gb, so Zenodo's "size-gb not asked or small" clause holds for sure
        let a = Answers(["asset": .option("software"), "chosen-licence": .option("undecided"), "rights": .option("own")])
        let c = candidates(fixtureRules, a)
        #expect(c.services.map(\.id) == ["zenodo"])
        #expect(c.licences.map(\.id) == ["MIT", "Apache-2.0"])
    }

    @Test func builtinRulesContractExamplesStillExplainable() throws {
        let rules = try RuleLoader.load(files: BuiltinRules.files)
        let a = Answers(["asset": .option("software"), "chosen-licence": .option("undecided"), "rights": .option("own"),
                         "copyleft": .option("permissive"), "patents": .option("yes"), "employer": .option("approved"),
                         "country": .option("SE")])
        let base = advise(rules, a)
        #expect(base.licences.first?.licence.id == "Apache-2.0")
        let d = explain(rules, a)
        #expect(d.contains { $0.question == "patents" && $0.changes.contains { $0.contains("MIT") } })
        #expect(candidates(rules, a).final)
    }
}
