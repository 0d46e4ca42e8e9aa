import Testing
@testable import AdvisorCore

@Suite("Reports: the contract's JSON, text and Markdown")
struct OutputTests {
    static let hostile = try! LoaderFixtures.load("control-chars")

    func noControl(_ s: String) -> Bool {
        !s.unicodeScalars.contains { Sanitizer.isDangerous($0.value) && $0 != "\n" }
    }

    @Test func jsonKeysFollowTheContract() throws {
        let rules = try BuiltinRulesLoader.load()
        let a = advise(rules, Answers(["asset": .option("software"), "rights": .option("own")]), assumeDefaults: true)
        guard case .object(let pairs) = a.json(rules: rules) else { Issue.record("not an object"); return }
        #expect(pairs.map(\.0) == ["status", "asset", "licences", "openness", "alternatives", "services", "warnings",
                                   "actions", "trail", "rules"])
        let json = a.json(rules: rules)
        #expect(json["status"] == .string("complete"))
        guard case .array(let licences)? = json["licences"], case .object(let l)? = licences.first else {
            Issue.record("no licences"); return
        }
        #expect(l.map(\.0) == ["part", "id", "name", "url"])
        guard case .array(let services)? = json["services"], case .object(let s)? = services.first else {
            Issue.record("no services"); return
        }
        #expect(Set(s.map(\.0)).isSuperset(of: ["id", "name", "doi", "why", "cautions"]))
        guard case .array(let trail)? = json["trail"], case .object(let t)? = trail.first else { Issue.record("no trail"); return }
        #expect(t.map(\.0) == ["question", "answer", "assumed"])
        #expect(json["rules"]?["version"] == .string(rules.version))
    }

    @Test func warningsHaveTheContractKeys() {
        let rules = LoaderFixtures.minimal
        let json = advise(rules, Answers(["kind": .option("code")]), assumeDefaults: true).json(rules: rules)
        guard case .array(let ws)? = json["warnings"], case .object(let w)? = ws.first else { Issue.record("no warnings"); return }
        #expect(w.map(\.0) == ["id", "severity", "text", "sources"])
        #expect(json["warnings"]?.serialized() == #"[{"id":"w-one","severity":"caution","text":"Code warning.","sources":["Reference one"]}]"#)
    }

    @Test func needsAnswerHasNext() {
        let rules = LoaderFixtures.minimal
        let json = advise(rules, Answers(["kind": .option("code")])).json(rules: rules)
        #expect(json["status"] == .string("needs-answer"))
        #expect(json["next"]?["question"] == .string("langs"))
        #expect(json["next"]?["options"]?.serialized() == #"[{"id":"swift","label":"Swift"},{"id":"c","label":"C"}]"#)
    }

    @Test func textReport() {
        let rules = LoaderFixtures.minimal
        let text = advise(rules, Answers(["kind": .option("code")]), assumeDefaults: true).text(rules: rules)
        #expect(text.contains("B (LIC-B) for the code"))
        #expect(text.contains("Openness: not open"))
        #expect(text.contains("▲ caution: Warning one (w-one)"))
        #expect(text.contains("Code warning."))
        #expect(text.contains("1. Service (svc), DOI: yes"))
        #expect(text.contains("langs    swift: Swift (assumed)"))
        #expect(text.contains("size     1 GB (assumed)"))
        #expect(text.contains("kind     code: Code\n"))
        #expect(text.contains("  [1] Reference two\n  [2] Reference one <https://example.org/one>"))
        #expect(text.contains("- Code gets B. [1]"))
        #expect(text.contains("Sources: [2]"))
        #expect(text.contains("Rules version 9.9.9"))
        #expect(text.hasSuffix("Fixture disclaimer.\n"))
        #expect(!text.contains("Small store"), "a service that does not fit is never listed")
    }

    @Test func textForNeedsAnswerShowsHowToAnswer() {
        let rules = LoaderFixtures.minimal
        let text = advise(rules, Answers(["kind": .option("code")])).text(rules: rules)
        #expect(text.hasPrefix("MORE ANSWERS NEEDED"))
        #expect(text.contains("Next question (langs): Which languages?"))
        #expect(text.contains("swift  Swift  (default)"))
        #expect(text.contains("--set langs=ID,ID"))
        #expect(text.contains("--assume-defaults"))
    }

    @Test func markdownReport() {
        let rules = LoaderFixtures.minimal
        let advice = advise(rules, Answers(["kind": .option("data"), "country": .option("NO")]))
        let md = advice.markdown(rules: rules)
        #expect(md.hasPrefix("# Licence advice: Data\n"))
        #expect(md.contains("| data | [Licence A](https://example.org/a) | `LIC-A` |"))
        #expect(md.contains("**Openness:** open"))
        #expect(md.contains("| Question | Answer | Id |"))
        #expect(md.contains("| Where? (`country`) | Norway | `NO` |"))
        #expect(md.contains("## Where to deposit"))
        #expect(md.contains("[Service](https://example.org/svc) `svc`"))
        #expect(md.contains("## Sources"))
        #expect(md.contains("1. [Reference one](https://example.org/one)"))
        #expect(md.contains("Rules version `9.9.9`"))
        #expect(md == advice.markdown(rules: rules), "no date: the same advice gives the same bytes")
        let code = advise(rules, Answers(["kind": .option("code")]), assumeDefaults: true).markdown(rules: rules)
        #expect(code.contains("- **▲ caution: Warning one** (`w-one`): Code warning."))
        #expect(code.contains("*(assumed)*"))
    }

    @Test func controlCharactersNeverReachTheReports() {
        let rules = Self.hostile
        let advice = advise(rules, Answers(["kind": .option("data")]))
        #expect(advice.isComplete)
        for (name, report) in [("text", advice.text(rules: rules)), ("markdown", advice.markdown(rules: rules))] {
            #expect(!report.utf8.contains(0x1B), "ESC in \(name)")
            #expect(noControl(report), "control character in \(name)")
            #expect(report.contains("LIC-X"), "\(name) names the licence")
            #expect(report.contains("Text ␛"), "\(name) shows the warning, defused")
            #expect(report.contains("31mred␈␡"), "\(name) shows the warning, defused")
            #expect(report.contains("blocker"))
        }
        let needs = advise(rules, Answers()).text(rules: rules)
        #expect(noControl(needs))
        #expect(!CatalogueListing.questionsText(rules).utf8.contains(0x1B))
        #expect(!CatalogueListing.licencesText(rules).utf8.contains(0x1B))
        #expect(!CatalogueListing.servicesText(rules).utf8.contains(0x1B))
    }

    @Test func jsonEscapesControlCharacters() {
        let rules = Self.hostile
        let s = advise(rules, Answers(["kind": .option("data")])).json(rules: rules).serialized()
        #expect(!s.utf8.contains(0x1B))
        #expect(s.contains(#"Text \u001b[31mred\u0008\u007f"#))
        #expect(s.contains(#"Title"#) == false, "warning titles are not part of the contract's JSON")
        #expect(JSON.string("a\u{202E}b\u{9B}").serialized() == #""a\u202eb\u009b""#)
    }

    @Test func listings() {
        let rules = LoaderFixtures.minimal
        let services = CatalogueListing.servicesText(rules)
        #expect(services.contains("small  Small store  repository  no   LIC-A     any        unverified"))
        #expect(CatalogueListing.servicesJSON(rules).serialized().contains(#""verified":false"#))
        #expect(CatalogueListing.licencesText(rules).hasPrefix("ID     NAME  FOR   OPENNESS  COPYLEFT\nLIC-A  A     data  open      none\n"))
        let q = CatalogueListing.questionsJSON(rules)
        guard case .array(let items) = q else { Issue.record("not an array"); return }
        #expect(items.count == 4)
        #expect(items[2]["kind"] == .string("number"))
        #expect(items[2]["default"] == .number(1))
        #expect(CatalogueListing.questionsText(rules).contains("size (number): How big?\n  a number, unit GB, min 0\n  default: 1"))
    }

    @Test func conditionsAsJSON() {
        let c = Condition.all([.atom(Atom(subject: .question("size"), test: .compare(.lte, 10))),
                               .not(.atom(Atom(subject: .question("kind"), test: .oneOf(["data", "code"]))))])
        #expect(c.json.serialized() == #"{"all":[{"q":"size","lte":10},{"not":{"q":"kind","in":["data","code"]}}]}"#)
    }

    @Test func wrapping() {
        #expect(TextLayout.wrap("aaa bbb ccc", first: "- ", rest: "  ", width: 8) == "- aaa\n  bbb\n  ccc")
        #expect(TextLayout.wrap("one\ntwo", first: "> ") == "> one\n  two")
        #expect(TextLayout.columns([["a", "bb"], ["ccc", "d"]]) == "a    bb\nccc  d")
    }
}
