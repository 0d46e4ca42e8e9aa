import AdvisorCore
import Foundation
import FuzzHarness
import Testing

/// The YAML reader that replaced Yams at start-up: same trees as libyaml where both read a text,
/// and a refusal with its place for what rule files may not use.
@Suite struct YAMLReaderTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    static func files(under dir: String) -> [URL] {
        let base = root.appendingPathComponent(dir)
        return (FileManager.default.enumerator(at: base, includingPropertiesForKeys: nil)?.compactMap { $0 as? URL } ?? [])
            .filter { ["yaml", "yml", "json"].contains($0.pathExtension) }
    }

    @Test func everyRuleAndFixtureFileReadsAsLibyamlReadsIt() throws {
        let urls = Self.files(under: "Rules") + Self.files(under: "Tests/AdvisorCoreTests/Fixtures") + Self.files(under: "Tests/AdvisorCoreTests/Scenarios")
        #expect(urls.count > 40)
        for url in urls {
            guard let text = try? String(contentsOf: url, encoding: .utf8) else { continue }
            let outcome = YAMLDifferential.compare(text)
            #expect(outcome == .same || outcome == .bothRefused, "\(url.lastPathComponent): \(outcome)")
        }
    }

    static let snippets = [
        "a: |\n  one\n\n   two\n  three\n\nb: x\n",
        "a: >\n  folded\n  lines\n\n  para\n    more\n  end\n",
        "a: |-\n  x\n\n\nb: |+\n  y\n\n\nc: >2\n   z\n  w\n",
        "- |\n  in a list\n- >-\n  folded\n  item\n",
        "p: plain\n  over\n\n  lines\nq: next\n",
        "a: \"esc \\\" \\\\ \\n \\t \\u00e9 \\U0001F600 \\x41 \\/ \\N \\_\"\n",
        "a: \"fold\n   over  \n\n  lines\\\n  joined\"\n",
        "a: 'it''s\n  here'\n",
        "k:\n- a\n- b\nm: c\n",
        "- - a\n  - b\n- c: d\n  e: f\n-\n- x\n",
        "{\"a\": [1, 2, {\"b\": \"c\"}], \"d\": {}, \"e\": []}\n",
        "a: [x, y: z, [w], {v: u}, ]\nb: {p, q: , r: s}\n",
        "a: [multi\n  line, flow\n  values]\n",
        "url: https://example.org/a#b # comment\nt: a:b\n",
        "country: NO\nn: 1.0\nz: ~\nb: true\ne:\n",
        "%YAML 1.2\n---\na: b\n...\n",
        "--- |\n  root scalar\n",
        "---\n- root\n- list\n",
        "  indented: root\n  mapping: here\n",
        "a:\n  b:\n    c: d\n  e: f\ng: h\n",
        "a: b\r\nc:\r\n  - d\r\n",
        "\"q\": 1\n'r': 2\n\"s t\": 3\n",
        "a: b # c\n# whole line\n\n  # indented comment\nd: e\n",
        "a: [1, 2\nb: c\n",
        "a: b\n c: d\n",
        "a: 'open\n",
        "a:\n  - b\n c: d\n",
        "- a\nb: c\n",
    ]

    @Test(arguments: snippets)
    func snippetReadsAsLibyamlReadsIt(_ text: String) {
        let outcome = YAMLDifferential.compare(text)
        #expect(outcome == .same || outcome == .bothRefused, "\(outcome)")
    }

    @Test func valuesStayTextAsWritten() throws {
        let root = try #require(try YAML.parse("country: NO\nn: 1.0\nz: ~\nb: true\ne:\nl: [a, 'b']\n"))
        guard let m = root.mapping else { Issue.record("not a mapping"); return }
        #expect(m.pairs.map { $0.value.scalar?.string } == ["NO", "1.0", "~", "true", "", nil])
        #expect(m["l"]?.sequence?.compactMap(\.scalar?.string) == ["a", "b"])
        #expect(m["n"]?.mark == YAMLMark(line: 2, column: 4))
    }

    struct Refusal: Sendable, CustomTestStringConvertible {
        var text: String, rule: String, line: Int, column: Int, message: String
        var testDescription: String { "\(rule) \(message)" }
    }

    static let refusals = [
        Refusal(text: "a: &x b\nc: *x\n", rule: "yaml/anchor", line: 1, column: 4, message: "anchors and aliases are not allowed"),
        Refusal(text: "a: b\nc: *x\n", rule: "yaml/anchor", line: 2, column: 4, message: "aliases (*name) are not allowed"),
        Refusal(text: "a: !!str b\n", rule: "yaml/unsupported", line: 1, column: 4, message: "tags (!name) are not supported"),
        Refusal(text: "? a\n: b\n", rule: "yaml/unsupported", line: 1, column: 1, message: "explicit keys"),
        Refusal(text: "a: 1\nb: 2\na: 3\n", rule: "yaml/duplicate-key", line: 3, column: 1, message: "duplicate key 'a' in one mapping (first at line 1)"),
        Refusal(text: "x: {k: 1, k: 2}\n", rule: "yaml/duplicate-key", line: 1, column: 11, message: "duplicate key 'k'"),
        // Past twelve keys the duplicate check keeps a dictionary: the first key's line still shows.
        Refusal(text: largeMapping(12) + "a: 99\n", rule: "yaml/duplicate-key", line: 13, column: 1,
                message: "duplicate key 'a' in one mapping (first at line 1)"),
        Refusal(text: largeMapping(14) + "b: 99\n", rule: "yaml/duplicate-key", line: 15, column: 1,
                message: "duplicate key 'b' in one mapping (first at line 2)"),
        Refusal(text: "x: {a: 0, b: 1, c: 2, d: 3, e: 4, f: 5, g: 6, h: 7, i: 8, j: 9, k: 10, l: 11, m: 12, n: 13, b: 99}\n",
                rule: "yaml/duplicate-key", line: 1, column: 93, message: "duplicate key 'b' in one mapping (first at line 1)"),
        Refusal(text: "a:\n\tb: c\n", rule: "yaml/syntax", line: 2, column: 2, message: "tab character is not allowed in indentation"),
        Refusal(text: "a: \"open\nb: c\n", rule: "yaml/syntax", line: 1, column: 4, message: "close the quote"),
        Refusal(text: "a: [b, c\nd: e\n", rule: "yaml/syntax", line: 3, column: 1, message: "did not find expected ',' or ']' (the list opened at line 1, column 4)"),
        Refusal(text: "a: b\n---\nc: d\n", rule: "yaml/syntax", line: 2, column: 1, message: "one YAML document"),
        Refusal(text: "a: b: c\n", rule: "yaml/syntax", line: 1, column: 4, message: "mapping values are not allowed"),
        Refusal(text: "a: - b\n", rule: "yaml/syntax", line: 1, column: 4, message: "block sequence entries are not allowed"),
        // Found by the yaml fuzz target: libyaml takes the '>' line for the first key's value.
        Refusal(text: "\r:###\t:\r>###\t:", rule: "yaml/syntax", line: 3, column: 1, message: "'>' cannot start a key"),
        Refusal(text: "a: b\n|c: d\n", rule: "yaml/syntax", line: 2, column: 1, message: "'|' cannot start a key"),
        Refusal(text: "a: \"\\q\"\n", rule: "yaml/syntax", line: 1, column: 5, message: "unknown escape character '\\q'"),
        Refusal(text: "a: b\u{7}\n", rule: "yaml/encoding", line: 1, column: 5, message: "U+0007 is not allowed"),
        Refusal(text: "a: " + String(repeating: "[", count: 80) + String(repeating: "]", count: 80) + "\n",
                rule: "yaml/depth", line: 1, column: 67, message: "nesting deeper than 64 levels"),
    ]

    /// `a: 0` ... one key a line, `count` keys.
    static func largeMapping(_ count: Int) -> String {
        (0..<count).map { "\(Character(Unicode.Scalar(UInt8(97 + $0)))): \($0)\n" }.joined()
    }

    @Test(arguments: refusals)
    func refusalNamesItsRuleAndPlace(_ r: Refusal) {
        #expect(throws: YAMLError.self) { try YAML.parse(r.text) }
        do {
            _ = try YAML.parse(r.text)
        } catch {
            #expect(error.rule == r.rule)
            #expect(error.mark == YAMLMark(line: r.line, column: r.column), "\(error.message)")
            #expect(error.message.contains(r.message), "\(error.message)")
        }
    }

    /// The check before parsing skips printable ASCII eight bytes at a time: a refused character
    /// must be found, at its column, wherever it falls in such a chunk.
    @Test(arguments: ["\u{1}", "\u{1F}", "\u{7F}", "\u{80}", "\u{9F}", "\u{FFFE}", "\u{FEFF}"])
    func aRefusedCharacterIsFoundAtEveryPlace(_ bad: String) {
        let hex = String(bad.unicodeScalars.first!.value, radix: 16, uppercase: true)
        let code = String(repeating: "0", count: 4 - hex.count) + hex
        for k in 0..<20 {
            let text = "a: " + String(repeating: "x", count: k) + bad + "yz\n"
            do {
                _ = try YAML.parse(text)
                Issue.record("U+\(code) after \(k) bytes was not refused")
            } catch {
                #expect(error.rule == "yaml/encoding")
                #expect(error.mark == YAMLMark(line: 1, column: 4 + k), "U+\(code) after \(k) bytes")
                #expect(error.message.contains("U+\(code) is not allowed"))
            }
        }
        #expect(throws: Never.self) { try YAML.parse("a: " + String(repeating: "x ~!", count: 9) + "\tb\n") }
    }

    @Test func emptyAndCommentOnlyTextsHaveNoRoot() throws {
        #expect(try YAML.parse("") == nil)
        #expect(try YAML.parse("# only a comment\n\n") == nil)
        #expect(try YAML.parse("---\n")?.scalar?.string == "")
    }

    @Test func aByteOrderMarkIsSkipped() throws {
        guard let m = try YAML.parse("\u{FEFF}a: b\nc: d\n")?.mapping else { Issue.record("not a mapping"); return }
        #expect(m.pairs.compactMap(\.key.scalar?.string) == ["a", "c"])
    }
}
