import Testing
@testable import AdvisorCore

@Suite("Answers files and --set")
struct AnswersTests {
    let rules = LoaderFixtures.minimal
    var reader: AnswersReader { AnswersReader(rules: rules) }

    func errors(_ text: String) -> [Diagnostic] {
        do {
            _ = try reader.parse(text: text, path: "answers.yaml")
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test func theNorwayProblem() throws {
        let yaml = try reader.parse(text: "kind: data\ncountry: NO\n", path: "a.yaml")
        #expect(yaml.answers["country"] == .option("NO"))
        let json = try reader.parse(text: #"{"kind": "data", "country": "NO"}"#, path: "a.json")
        #expect(json.answers["country"] == .option("NO"))
        let builtin = try BuiltinRulesLoader.load()
        let b = try AnswersReader(rules: builtin).parse(text: "country: NO\neu-database: yes\n", path: "b.yaml")
        #expect(b.answers["country"] == .option("NO"))
        #expect(b.answers["eu-database"] == .option("yes"))
    }

    @Test func listsAndNumbers() throws {
        let p = try reader.parse(text: "kind: code\nlangs: [swift, c]\nsize: 12.5\n", path: "a.yaml")
        #expect(p.answers["langs"] == .options(["swift", "c"]))
        #expect(p.answers["size"] == .number(12.5))
        let commas = try reader.parse(text: "langs: swift, c, swift\n", path: "a.yaml")
        #expect(commas.answers["langs"] == .options(["swift", "c"]))
    }

    @Test func savedInterviewWrapper() throws {
        let p = try reader.parse(text: "rules-version: \"9.9.9\"\nanswers:\n  kind: code\n", path: "s.yaml")
        #expect(p.rulesVersion == "9.9.9")
        #expect(p.answers["kind"] == .option("code"))
    }

    @Test func unknownQuestionNamesItAndListsTheValidOnes() throws {
        let e = errors("kind: data\nknid: code\n")
        let d = try #require(e.first)
        #expect(d.rule == "answers/unknown-question")
        #expect(d.location == SourceLocation(file: "answers.yaml", line: 2, column: 1))
        #expect(d.message.contains("unknown question 'knid'"))
        #expect(d.message.contains("did you mean 'kind'?"))
        #expect(d.message.contains("valid questions: kind, langs, size, country"))
    }

    @Test func unknownOptionNamesItAndListsTheValidOnes() throws {
        let d = try #require(errors("kind: dta\n").first)
        #expect(d.rule == "answers/invalid")
        #expect(d.location == SourceLocation(file: "answers.yaml", line: 1, column: 7))
        #expect(d.message.contains("'dta' is not an option of 'kind'"))
        #expect(d.message.contains("valid options: data, code"))
    }

    @Test func wrongTypes() throws {
        #expect(errors("kind: [data, code]\n").first?.message.contains("takes one answer, not a list") == true)
        #expect(errors("size: big\n").first?.message.contains("'big' is not a number") == true)
        #expect(errors("size: -1\n").first?.message.contains("below the minimum 0") == true)
        #expect(errors("kind: { a: b }\n").first?.rule == "answers/type")
        #expect(errors("- kind\n").first?.message.contains("must be a mapping") == true)
    }

    @Test func everyErrorIsReported() {
        #expect(errors("knid: data\nsize: x\n").count == 2)
    }

    @Test func setParsing() throws {
        #expect(try reader.parse(set: "kind=code") == ("kind", .option("code")) )
        #expect(try reader.parse(set: "langs=swift,c") == ("langs", .options(["swift", "c"])))
        #expect(try reader.parse(set: " size = 3 ") == ("size", .number(3)))
        #expect(try reader.parse(set: "country=NO") == ("country", .option("NO")))
    }

    @Test func setErrors() {
        func message(_ s: String) -> String {
            do {
                _ = try reader.parse(set: s)
                return ""
            } catch {
                return error.description
            }
        }
        #expect(message("kind").contains("--set 'kind' must be ID=VALUE"))
        #expect(message("colour=red").contains("unknown question 'colour'"))
        #expect(message("colour=red").contains("valid questions: kind, langs, size, country"))
        #expect(message("kind=car").contains("'car' is not an option of 'kind'"))
        #expect(message("kind=car").contains("valid options: data, code"))
        #expect(message("langs=swift,go").contains("'go' is not an option of 'langs'"))
        #expect(message("size=lots").contains("not a number"))
        #expect(message("kind=data,code").contains("'data,code' is not an option of 'kind'"))
    }

    @Test func controlCharactersInIdsAreNotEchoedRaw() {
        let d = errors("\"k\\e[31m\": data\n").first
        #expect(d?.description.unicodeScalars.contains { $0.value == 0x1B } == false)
    }
}

private func == (a: (String, AnswerValue), b: (String, AnswerValue)) -> Bool { a.0 == b.0 && a.1 == b.1 }
