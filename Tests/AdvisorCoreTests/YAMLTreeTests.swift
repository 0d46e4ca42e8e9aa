import AdvisorCore
import Testing

/// The flat tree: scalars read as written or decoded, keys found by their bytes, and the pair that
/// `[key: value]` makes inside a list.
@Suite struct YAMLTreeTests {
    static let text = """
        plain: as written
        quoted: "tab\\there"
        folded: a
          b
        block: |
          line one
          line two
        "é": accent
        ab: longer
        a: shorter
        empty:
        list: [x, k: v, 'it''s']

        """

    @Test func scalarsReadAsWrittenOrDecoded() throws {
        let m = try #require(try YAML.parse(Self.text)?.mapping)
        #expect(m.count == 9)
        #expect(m["plain"]?.scalar?.string == "as written")
        #expect(m["quoted"]?.scalar?.string == "tab\there")
        #expect(m["folded"]?.scalar?.string == "a b")
        #expect(m["block"]?.scalar?.string == "line one\nline two\n")
        #expect(m["empty"]?.scalar?.string == "")
        #expect(m["é"]?.scalar?.string == "accent")
    }

    @Test func keysAreFoundByTheirWholeText() throws {
        let m = try #require(try YAML.parse(Self.text)?.mapping)
        #expect(m["a"]?.scalar?.string == "shorter")
        #expect(m["ab"]?.scalar?.string == "longer")
        #expect(m["b"] == nil)
        #expect(m["e"] == nil)
        #expect(m.index(of: "ab") == 5)
        #expect(m.key(at: 4).isScalar("é"))
        #expect(!m.key(at: 4).isScalar("e"))
        #expect(m.keys.compactMap(\.scalar?.string) == ["plain", "quoted", "folded", "block", "é", "ab", "a", "empty", "list"])
    }

    @Test func aPairInsideAListIsAOnePairMapping() throws {
        let list = try #require(try YAML.parse(Self.text)?.mapping?["list"]?.sequence)
        #expect(list.count == 3)
        #expect(list[0].scalar?.string == "x")
        let pair = try #require(list[1].mapping)
        #expect(pair.count == 1 && pair["k"]?.scalar?.string == "v")
        #expect(pair.mark == YAMLMark(line: 12, column: 11))
        #expect(list[2].scalar?.string == "it's")
    }

    @Test func lineBreaksOfEitherKindGiveTheSameTree() throws {
        let lf = try #require(try YAML.parse(Self.text))
        let crlf = try #require(try YAML.parse(Self.text.replacingOccurrences(of: "\n", with: "\r\n")))
        #expect(lf == crlf)
        #expect(lf != (try YAML.parse(Self.text.replacingOccurrences(of: "shorter", with: "short"))))
    }

    @Test func theEmptyListHasNoItems() {
        #expect(YAMLSequence.empty.isEmpty)
    }
}
