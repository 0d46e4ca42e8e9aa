import AdvisorCore
import Testing

/// One fixture per lint rule: the rule id, severity and exact place of each finding.
@Suite("Lint rules")
struct LintRuleTests {
    @Test("the base fixture lints without any finding")
    func baseIsClean() throws {
        let report = try LintFixtures.lint("base")
        #expect(report.diagnostics.map(\.description) == [])
        #expect(report.summary == "lint: 0 errors, 0 warnings in 4 files")
    }

    @Test("graph/unreachable: a node nothing leads to")
    func unreachable() throws {
        let r = try LintFixtures.lint("graph-unreachable")
        #expect(r.places("graph/unreachable") == ["flow.yaml:13:5 warning"])
        #expect(r.messages("graph/unreachable") == ["'orphan' is never reached from the entry 'kind': no node leads to it"])
        #expect(!r.failed(strict: false) && r.failed(strict: true))
    }

    @Test("graph/cycle names every node of the cycle with file and line")
    func cycle() throws {
        let r = try LintFixtures.lint("graph-cycle")
        #expect(r.places("graph/cycle") == ["flow.yaml:13:5 error"])
        #expect(r.messages("graph/cycle") == [
            "2 nodes form a cycle: 'loop-a' (flow.yaml:13), 'loop-b' (flow.yaml:19); for example loop-a → loop-b → loop-a",
        ])
        #expect(r.diagnostics.count == 1)
    }

    @Test("graph/option-without-next: an option, a number question, a question with options from the catalogue")
    func optionWithoutNext() throws {
        let r = try LintFixtures.lint("graph-option-without-next")
        #expect(r.places("graph/option-without-next") == ["flow.yaml:7:9 error", "flow.yaml:9:5 error", "flow.yaml:13:5 error"])
        #expect(r.messages("graph/option-without-next") == [
            "option 'code' of 'kind' has no next, and the question has no next for it",
            "number question 'size' has no next: every answer to it leads nowhere",
            "question 'pick' takes its options from the licence catalogue but has no next for them",
        ])
        #expect(r.messages("graph/dead-end") == ["no outcome can be reached from 'kind' (its paths end at 'size', which has no way on); it is the entry"])
    }

    @Test("graph/dead-end is reported where the flow enters the dead part, with the answers that lead there")
    func deadEnd() throws {
        let r = try LintFixtures.lint("graph-dead-end")
        #expect(r.places("graph/dead-end") == ["flow.yaml:13:5 error"])
        #expect(r.messages("graph/dead-end") == [
            "no outcome can be reached from 'spin' (its paths only go round a cycle); reached by kind=code → spin",
        ])
    }

    @Test("graph/router-no-otherwise with the answers no route takes")
    func routerNoOtherwise() throws {
        let r = try LintFixtures.lint("graph-router-no-otherwise")
        #expect(r.places("graph/router-no-otherwise") == ["flow.yaml:8:5 error"])
        #expect(r.messages("graph/router-no-otherwise") == [
            "route node 'by-kind' has no otherwise: no route holds when kind = code (for example with kind=code); add otherwise: NODE",
        ])
    }

    @Test("question/no-default")
    func noDefault() throws {
        let r = try LintFixtures.lint("question-no-default")
        #expect(r.places("question/no-default") == ["flow.yaml:8:5 error"])
    }

    @Test("flow/use-before-ask: a route reads a question one path skips")
    func useBeforeAskRoute() throws {
        let r = try LintFixtures.lint("flow-use-before-ask-route")
        #expect(r.places("flow/use-before-ask") == ["flow.yaml:15:19 error"])
        #expect(r.messages("flow/use-before-ask").first?.contains("(for example with kind=code); a test on an unasked question is false; test it with { q: size, asked: true }") == true)
    }

    @Test("flow/use-before-ask: a negated table test on a question one path skips")
    func useBeforeAskTable() throws {
        let r = try LintFixtures.lint("flow-use-before-ask-table")
        #expect(r.places("flow/use-before-ask") == ["tables.yaml:19:24 error"])
        #expect(r.messages("flow/use-before-ask").first?.contains("(for example with kind=code); a test on an unasked question is false, so its 'not' holds and the row applies; if that is meant, say so with { q: size, asked: false }") == true)
    }

    @Test("flow/use-before-ask: a table reads a question never asked before its outcome")
    func neverAsked() throws {
        let r = try LintFixtures.lint("flow-never-asked")
        #expect(r.places("flow/use-before-ask") == ["tables.yaml:19:17 error"])
        #expect(r.messages("flow/use-before-ask") == ["row 'extra' of table 'notes' reads 'extra', which is never asked on any path to 'result'"])
    }

    @Test("table/gap with a witness valuation")
    func gap() throws {
        let r = try LintFixtures.lint("table-gap")
        #expect(r.places("table/gap") == ["tables.yaml:2:5 error"])
        #expect(r.messages("table/gap") == ["unique table 'licence' has no row for answers that reach 'result': kind = data, size = 51 (for example with kind=data size=51)"])
    }

    @Test("table/overlap names both rows")
    func overlap() throws {
        let r = try LintFixtures.lint("table-overlap")
        #expect(r.places("table/overlap") == ["tables.yaml:11:9 error"])
        #expect(r.messages("table/overlap") == ["rows 'data' and 'any-kind' of unique table 'licence' both match answers that reach 'result': kind = data (for example with kind=data size=1)"])
    }

    @Test("table/shadowed: a first-table row that never wins")
    func shadowed() throws {
        let r = try LintFixtures.lint("table-shadowed")
        #expect(r.places("table/shadowed") == ["tables.yaml:11:9 warning"])
        #expect(r.diagnostics.count == 1)
    }

    @Test("table/unchecked: too many combinations is an info, not a blow-up")
    func unchecked() throws {
        let r = try LintFixtures.lint("table-unchecked")
        #expect(r.places("table/unchecked") == ["tables.yaml:16:5 info"])
        #expect(r.diagnostics.count == 1 && !r.failed(strict: true))
    }

    @Test("table/unused")
    func tableUnused() throws {
        #expect(try LintFixtures.lint("table-unused").places("table/unused") == ["tables.yaml:16:5 warning"])
    }

    @Test("cond/never-true: a row no answers that reach it can match")
    func neverTrue() throws {
        let r = try LintFixtures.lint("cond-never-true")
        #expect(r.places("cond/never-true") == ["tables.yaml:18:9 warning"])
        #expect(r.diagnostics.count == 1)
    }

    @Test("catalog/invalid-spdx: deprecated and unknown ids; LicenseRef passes")
    func invalidSPDX() throws {
        let r = try LintFixtures.lint("catalog-invalid-spdx")
        #expect(r.places("catalog/invalid-spdx") == ["catalogue.yaml:14:5 error", "catalogue.yaml:20:5 error"])
        #expect(r.messages("catalog/invalid-spdx") == [
            "licence id 'GPL-3.0' is deprecated in the SPDX License List; use GPL-3.0-only or GPL-3.0-or-later",
            "licence id 'CC-BY-4' is not in the SPDX License List \(SPDXLicenseIDs.listVersion) (did you mean 'CC-BY-4.0'?); write LicenseRef-NAME for a licence outside it",
        ])
    }

    @Test("catalog/unused: licence, unreachable service, reference, warning")
    func unused() throws {
        let r = try LintFixtures.lint("catalog-unused")
        #expect(r.places("catalog/unused") == [
            "catalogue.yaml:14:5 warning", "catalogue.yaml:28:5 warning", "catalogue.yaml:38:5 warning", "catalogue.yaml:42:5 warning",
        ])
        #expect(r.messages("catalog/unused")[1] == "service 'never' is never listed: its 'requires' clauses cannot all hold for any answers")
    }

    @Test("source/missing")
    func sourceMissing() throws {
        let r = try LintFixtures.lint("source-missing")
        #expect(r.places("source/missing") == ["tables.yaml:11:9 error"])
    }

    @Test("text/empty and text/duplicate-label")
    func texts() throws {
        #expect(try LintFixtures.lint("text-empty").places("text/empty") == ["flow.yaml:7:9 warning", "flow.yaml:8:5 warning"])
        let dup = try LintFixtures.lint("text-duplicate-label")
        #expect(dup.places("text/duplicate-label") == ["flow.yaml:7:9 warning"])
    }

    @Test("load errors come out of lint too, sorted by place")
    func loadErrors() throws {
        let r = try LintFixtures.lint("load-error")
        #expect(r.diagnostics.map { "\($0.location!) \($0.rule)" } == [
            "flow.yaml:7:9 ref/unknown", "flow.yaml:8:5 schema/missing-key", "flow.yaml:10:5 schema/unknown-key",
        ])
        #expect(r.summary == "lint: 3 errors, 0 warnings in 4 files")
    }
}

extension LintRuleTests {
    @Test("the example answers are chosen so that every route on the way is taken, and checked by a walk")
    func witnessAnswersFollowRoutes() throws {
        let r = try LintFixtures.lint("flow-use-before-ask-witness")
        #expect(r.places("flow/use-before-ask") == ["tables.yaml:19:24 error"])
        #expect(r.messages("flow/use-before-ask").first?.contains("(for example with kind=data sensitive=yes)") == true)
    }
}
