import AdvisorCore
import AdvisorRules
import Testing

@Suite struct RuleSetCodecTests {
    let rules = try! RuleLoader.load(files: BuiltinRules.files)

    @Test func builtInRulesSurviveTheRoundTrip() throws {
        let bytes = RuleSetCodec.encode(rules)
        let back = try RuleSetCodec.decode(bytes)
        #expect(back == rules)
        #expect(RuleSetCodec.encode(back) == bytes, "encoding is deterministic")
    }

    @Test func compiledBuiltInRulesEqualTheYAML() {
        #expect(BuiltinRules.ruleSet() == rules)
    }

    @Test func damagedBytesAreRefusedNotCrashedOn() {
        let bytes = RuleSetCodec.encode(rules)
        for cut in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 200)) {
            #expect(throws: RuleSetCodec.Malformed.self) { try RuleSetCodec.decode(Array(bytes[..<cut])) }
        }
        var flipped = bytes
        flipped[7] ^= 0xFF
        _ = try? RuleSetCodec.decode(flipped)
    }
}
