import AdvisorCore
import Foundation
import Testing

/// Rule files come from institutions: hostile ones get a clear error in bounded time and memory.
@Suite struct HostileRulesTests {
    static let manifest = "schema: 1\nversion: \"1\"\nentry: q\n"
    static let question = "nodes:\n  - question: q\n    text: Q\n    default: a\n    options:\n      - { id: a, label: A, next: end }\n  - outcome: end\n"

    func errors(_ file: String) -> [Diagnostic] {
        do {
            _ = try RuleLoader.load(files: [("Rules/manifest.yaml", Self.manifest), ("Rules/x.yaml", file)])
            return []
        } catch {
            return error.diagnostics
        }
    }

    @Test func aliasBombIsRefusedAtTheFirstAnchor() {
        var yaml = "a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n"
        for i in 1...30 { yaml += "a\(i): &a\(i) [*a\(i - 1), *a\(i - 1), *a\(i - 1), *a\(i - 1), *a\(i - 1), *a\(i - 1), *a\(i - 1), *a\(i - 1), *a\(i - 1), *a\(i - 1)]\n" }
        let found = errors(yaml)
        #expect(found.map(\.rule) == ["yaml/anchor"])
        #expect(found.first?.location?.line == 1, "the first anchor is on line 1")
    }

    @Test func deepNestingIsRefused() {
        let depth = 5000
        let yaml = "nodes: " + String(repeating: "[", count: depth) + String(repeating: "]", count: depth) + "\n"
        let rules = errors(yaml).map(\.rule)
        #expect(rules.contains("yaml/depth") || rules.contains("yaml/syntax"))
    }

    @Test func oversizeFileIsRefusedBeforeParsing() {
        let yaml = "# " + String(repeating: "x", count: YAMLLimits.maxBytes) + "\n"
        #expect(errors(yaml).map(\.rule) == ["yaml/size"])
    }

    @Test func nulByteIsRefusedWithItsLine() {
        let found = errors("nodes: []\n# bad\u{0}\n")
        #expect(found.map(\.rule) == ["yaml/nul"])
        #expect(found.first?.location?.line == 2)
    }

    @Test func invalidUTF8IsRefusedWithItsLine() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("hostile-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try Self.manifest.write(to: dir.appendingPathComponent("manifest.yaml"), atomically: true, encoding: .utf8)
        try Data("nodes: []\n".utf8 + [0x23, 0xFF, 0xFE, 0x0A]).write(to: dir.appendingPathComponent("bad.yaml"))
        do {
            _ = try RuleLoader.load(directory: dir.path)
            Issue.record("invalid UTF-8 accepted")
        } catch {
            #expect(error.diagnostics.map(\.rule) == ["yaml/encoding"])
            #expect(error.diagnostics.first?.location?.line == 2)
        }
    }

    @Test func aHundredThousandOptionsLoadInLinearTime() throws {
        var yaml = "nodes:\n  - question: q\n    text: Q\n    default: o0\n    next: end\n    options:\n"
        for i in 0..<100_000 { yaml += "      - { id: o\(i), label: O }\n" }
        yaml += "  - outcome: end\n"
        let rules = try RuleLoader.load(files: [("Rules/manifest.yaml", Self.manifest), ("Rules/x.yaml", yaml)])
        #expect(rules.question("q")?.options.count == 100_000)
        #expect(advise(rules, Answers(["q": .option("o99999")])).isComplete)
    }

    @Test func controlCharactersInRulesNeverReachOutputsRaw() throws {
        let evil = "Q\u{1B}[2J\u{202E}evil\u{07}"
        let yaml = Self.question.replacingOccurrences(of: "text: Q", with: "text: \"\(evil.unicodeScalars.map { $0.value < 0x20 || $0.value > 0x7E ? String(format: "\\u%04X", $0.value) : String($0) }.joined())\"")
        let rules = try RuleLoader.load(files: [("Rules/manifest.yaml", Self.manifest), ("Rules/x.yaml", yaml)])
        #expect(rules.question("q")?.text == evil)
        let json = rules.question("q")!.json().serialized()
        #expect(!json.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x202E || $0.value == 0x07 })
        #expect(json.contains("\\u001b[2J\\u202eevil\\u0007"))
        let shown = Sanitizer.line(evil)
        #expect(shown == "Q␛[2J<U+202E>evil␇")
    }
}
