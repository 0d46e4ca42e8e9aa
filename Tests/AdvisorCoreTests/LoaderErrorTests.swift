import Testing
@testable import AdvisorCore

struct LoaderErrorCase: Sendable, CustomTestStringConvertible {
    var fixture: String
    var rule: String
    var file: String
    var line: Int
    var column: Int
    var message: String
    var testDescription: String { fixture }
}

@Suite("Loader errors carry their rule, file, line and column")
struct LoaderErrorTests {
    static let cases: [LoaderErrorCase] = [
        .init(fixture: "yaml-syntax", rule: "yaml/syntax", file: "flow.yaml", line: 5, column: 3,
              message: "did not find expected ',' or ']'"),
        .init(fixture: "duplicate-key", rule: "yaml/duplicate-key", file: "flow.yaml", line: 6, column: 5,
              message: "duplicate key 'text' in one mapping (first at line 3)"),
        .init(fixture: "unknown-key", rule: "schema/unknown-key", file: "flow.yaml", line: 3, column: 5,
              message: "unknown key 'txet' in a question (did you mean 'text'?)"),
        .init(fixture: "wrong-type", rule: "schema/type", file: "flow.yaml", line: 4, column: 14,
              message: "'options' in a question must be a list"),
        .init(fixture: "unknown-reference", rule: "ref/unknown", file: "flow.yaml", line: 6, column: 9,
              message: "next 'finsh' is not a node (did you mean 'finish'?)"),
        .init(fixture: "anchor", rule: "yaml/anchor", file: "flow.yaml", line: 5, column: 9,
              message: "anchors and aliases are not allowed"),
        .init(fixture: "invalid-utf8", rule: "yaml/encoding", file: "flow.yaml", line: 3, column: 15,
              message: "not valid UTF-8"),
        .init(fixture: "nul-byte", rule: "yaml/nul", file: "flow.yaml", line: 3, column: 17,
              message: "NUL byte"),
    ]

    @Test(arguments: cases)
    func located(_ c: LoaderErrorCase) throws {
        let errors = LoaderFixtures.errors(c.fixture)
        let hit = try #require(errors.first { $0.rule == c.rule }, "no \(c.rule) among \(errors)")
        let at = try #require(hit.location)
        #expect(at.file.hasSuffix("\(c.fixture)/\(c.file)"))
        #expect(at.line == c.line)
        #expect(at.column == c.column)
        #expect(hit.message.contains(c.message), "\(hit.message)")
        #expect(hit.severity == .error)
        #expect(hit.description.hasSuffix(": error: \(hit.message) [\(c.rule)]"))
        #expect(hit.description.contains("\(c.file):\(c.line):\(c.column): error: "))
    }

    /// The subject of an option's or a route's message names its node (formatted only for a message).
    @Test func optionAndRouteMessagesNameTheirNode() throws {
        let files = [
            (path: "manifest.yaml", text: "schema: 1\nversion: \"1\"\nentry: q\n"),
            (path: "flow.yaml", text: """
                nodes:
                  - question: q
                    text: Which?
                    default: a
                    options:
                      - { id: a, lable: A, next: r }
                  - route: r
                    routes:
                      - { when: true, nxt: end }
                    otherwise: end
                  - outcome: end

                """),
        ]
        #expect(throws: DiagnosticList.self) { try RuleLoader.load(files: files) }
        do {
            _ = try RuleLoader.load(files: files)
        } catch {
            let messages = error.diagnostics.map(\.description)
            #expect(messages.contains("flow.yaml:6:18: error: unknown key 'lable' in an option of 'q' (did you mean 'label'?) [schema/unknown-key]"), "\(messages)")
            #expect(messages.contains("flow.yaml:9:23: error: unknown key 'nxt' in a route of 'r' (did you mean 'next'?) [schema/unknown-key]"), "\(messages)")
        }
    }

    @Test func missingManifest() {
        let errors = LoaderFixtures.errors("missing-manifest")
        #expect(errors.count == 1)
        #expect(errors.first?.rule == "rules/manifest")
        #expect(errors.first?.location == nil)
        #expect(errors.first?.message.contains("no manifest.yaml") == true)
    }

    @Test func missingDirectory() {
        let errors = LoaderFixtures.errors("does-not-exist")
        #expect(errors.map(\.rule) == ["rules/missing"])
    }

    @Test func theMinimalFixtureLoads() throws {
        #expect(LoaderFixtures.errors("minimal").isEmpty)
        let rules = LoaderFixtures.minimal
        #expect(rules.version == "9.9.9")
        #expect(rules.questions.map(\.id) == ["kind", "langs", "size", "country"])
    }

    /// The Norway problem in a rule file: an unquoted `id: NO` is the text NO, not a boolean.
    @Test func norwayStaysNorwayInRules() throws {
        let country = try #require(LoaderFixtures.minimal.question("country"))
        #expect(country.options.map(\.id) == ["NO", "other"])
    }

    @Test func builtInRulesLoad() throws {
        let rules = try BuiltinRulesLoader.load()
        #expect(rules.question("country")?.option("NO")?.label == "Norway")
        #expect(rules.question("eu-database")?.option("yes") != nil)
    }

    @Test func equallyCloseSuggestionsDoNotDependOnOrder() {
        // 'q5' is one edit from each; hashed collections hand them over in any order
        for order in [["q9", "q1", "q3"], ["q3", "q9", "q1"], ["q1", "q3", "q9"]] {
            #expect(Suggest.closest(to: "q5", in: order) == "q1")
        }
        #expect(Suggest.closest(to: "routers", in: ["route", "zouters"]) == "zouters", "the closer one, even if later in text order")
    }
}
