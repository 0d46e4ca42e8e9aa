import Testing
@testable import AdvisorCore

@Suite("walk re-runs the flow from the start over the answers")
struct WalkTests {
    let rules = LoaderFixtures.minimal

    func path(_ w: Walk) -> [String] { w.trail.map(\.question) }

    @Test func branchesOnTheAnswer() {
        let data = walk(rules, Answers(["kind": .option("data"), "country": .option("other")]))
        #expect(path(data) == ["kind", "country"])
        #expect(data.outcome?.id == "end")

        let code = walk(rules, Answers(["kind": .option("code"), "langs": .options(["c"]), "size": .number(3),
                                        "country": .option("NO")]))
        #expect(path(code) == ["kind", "langs", "size", "country"])
        #expect(code.outcome?.id == "end")
    }

    @Test func multipleChoiceAndNumbersAreKept() {
        let w = walk(rules, Answers(["kind": .option("code"), "langs": .options(["swift", "c"]), "size": .number(2.5),
                                     "country": .option("other")]))
        #expect(w.answers["langs"] == .options(["swift", "c"]))
        #expect(w.answers["size"] == .number(2.5))
    }

    @Test func answersOffThePathAreIgnored() {
        let on = Answers(["kind": .option("data"), "country": .option("NO")])
        var off = on
        off["langs"] = .options(["c"])
        off["size"] = .number(500)
        let a = walk(rules, on)
        let b = walk(rules, off)
        #expect(a == b)
        #expect(b.answers["size"] == nil)
        #expect(advise(rules, off).signature == advise(rules, on).signature)
        #expect(advise(rules, off).json(rules: rules) == advise(rules, on).json(rules: rules))
    }

    @Test func stopsAtTheFirstOpenQuestion() {
        let w = walk(rules, Answers(["kind": .option("code")]))
        #expect(w.pending?.id == "langs")
        #expect(path(w) == ["kind"])
        let advice = advise(rules, Answers(["kind": .option("code")]))
        guard case .needsAnswer(let q) = advice.status else {
            Issue.record("expected needs-answer, got \(advice.status)")
            return
        }
        #expect(q.id == "langs")
        #expect(advice.licences.isEmpty)
        #expect(advice.json(rules: rules)["status"] == .string("needs-answer"))
        #expect(advice.json(rules: rules)["next"]?["question"] == .string("langs"))
    }

    @Test func assumedDefaultsAreMarked() {
        let w = walk(rules, Answers(["kind": .option("code")]), assumeDefaults: true)
        #expect(w.outcome?.id == "end")
        #expect(w.trail == [
            TrailStep(question: "kind", answer: .option("code"), assumed: false),
            TrailStep(question: "langs", answer: .options(["swift"]), assumed: true),
            TrailStep(question: "size", answer: .number(1), assumed: true),
            TrailStep(question: "country", answer: .option("other"), assumed: true),
        ])
    }

    @Test func anEmptyAnswerSetNeedsTheEntryQuestion() {
        #expect(walk(rules, Answers()).pending?.id == "kind")
        #expect(walk(rules, Answers(), assumeDefaults: true).trail.first == TrailStep(question: "kind", answer: .option("data"), assumed: true))
    }

    @Test func theOutcomeEvaluatesTheTables() {
        let code = advise(rules, Answers(["kind": .option("code")]), assumeDefaults: true)
        #expect(code.isComplete)
        #expect(code.licences.map(\.licence.id) == ["LIC-B"])
        #expect(code.licences.map(\.part) == ["code"])
        #expect(code.warnings.map(\.id) == ["w-one"])
        let data = advise(rules, Answers(["kind": .option("data"), "country": .option("NO")]))
        #expect(data.licences.map(\.licence.id) == ["LIC-A"])
        #expect(data.trail.last?.answer == .option("NO"))
    }
}
