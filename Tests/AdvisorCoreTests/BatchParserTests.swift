import Testing
@testable import AdvisorCore

@Suite("The strict JSON reader for batch lines")
struct BatchParserTests {
    func parse(_ s: String) throws(LineError) -> [(key: String, value: RawAnswer)] { try AnswerLineParser.parse(s) }

    func error(_ s: String) -> LineError? {
        do {
            _ = try parse(s)
            return nil
        } catch {
            return error
        }
    }

    func error(bytes: [UInt8]) -> LineError? {
        bytes.withUnsafeBufferPointer { b -> LineError? in
            do throws(LineError) {
                _ = try AnswerLineParser.parse(b)
                return nil
            } catch {
                return error
            }
        }
    }

    @Test func readsTheThreeValueKinds() throws {
        let pairs = try parse(#" { "asset" : "dataset", "release": ["weights", "training-code"], "size-gb": 12.5e0, "n": -0 } "#)
        #expect(pairs.map(\.key) == ["asset", "release", "size-gb", "n"])
        #expect(pairs[0].value == .string("dataset"))
        #expect(pairs[1].value == .strings(["weights", "training-code"]))
        #expect(pairs[2].value == .number(12.5))
        #expect(pairs[3].value == .number(0))
        #expect(try parse("{}").isEmpty)
        #expect(try parse(#"{"a":[]}"#)[0].value == .strings([]))
    }

    @Test func decodesEscapes() throws {
        let pairs = try parse(#"{"k":"caf\u00e9 \ud83d\ude00 \"q\" \\ \/ \n"}"#)
        #expect(pairs[0].value == .string("café 😀 \"q\" \\ / \n"))
        #expect(try parse(#"{"k":"Åre"}"#)[0].value == .string("Åre"))
    }

    @Test(arguments: [
        (#"{"a":"x","a":"y"}"#, "duplicate key 'a'", 10),
        (#"{"a":{"b":"c"}}"#, "nested objects", 6),
        (#"{"a":[["b"]]}"#, "nested objects and lists of lists", 7),
        (#"{"a":[1]}"#, "option ids (strings) only", 7),
        (#"{"a":true}"#, "true and false are not answers", 6),
        (#"{"a":null}"#, "null is not an answer", 6),
        (#"{"a":"x"} x"#, "unexpected text after the object", 11),
        (#"{"a":"x",}"#, "expected a question id", 10),
        (#"{"a" "x"}"#, "expected ':'", 6),
        (#"{"a":01}"#, "leading zero", 6),
        (#"{"a":1.}"#, "invalid number", 6),
        (#"{"a":1e999}"#, "number out of range", 6),
        (#"{"a":"x\q"}"#, "invalid escape", 8),
        (#"{"a":"\ud800"}"#, "unpaired surrogate", nil),
        (#"{"a":"x"#, "unterminated string", 6),
        (#"["a"]"#, "expected a JSON object", 1),
        ("", "blank line", 1),
        ("   ", "blank line", 4),
        ("{\"a\":\"x\ty\"}", "raw control character", 8),
    ] as [(String, String, Int?)])
    func rejects(_ input: String, _ message: String, _ column: Int?) {
        let e = error(input)
        #expect(e?.message.contains(message) == true, "\(String(describing: e))")
        if let column { #expect(e?.column == column, "\(String(describing: e))") }
    }

    @Test func rejectsInvalidUTF8() {
        let e = error(bytes: Array(#"{"a":"caf"#.utf8) + [0xE9] + Array(#""}"#.utf8))
        #expect(e?.message == "invalid UTF-8 in a string")
        #expect(e?.column == 6)
        #expect(error(bytes: [0x7B, 0xFF, 0x7D])?.message.contains("unexpected byte 0xff") == true)
    }

    @Test func rejectsHugeLines() {
        let big = "{\"a\":\"" + String(repeating: "x", count: AnswerLineParser.maxLineBytes) + "\"}"
        #expect(error(big)?.message.contains("longer than 65536 bytes") == true)
    }
}
