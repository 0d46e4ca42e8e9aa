@testable import AdvisorCore
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

    @Test func compiledFormIsValidUTF8SoTheProgramCanCarryItAsALiteral() {
        let bytes = RuleSetCodec.encode(rules)
        #expect(String(validating: bytes, as: UTF8.self) != nil)
        var w = ByteWriter()
        for v: UInt64 in [0, 1, 0x3F, 0x40, 0xFFF, 1 << 40, UInt64.max, (-2.5e300).bitPattern] { w.uint64(v) }
        #expect(w.bytes.allSatisfy { $0 < 0x80 }, "numbers are written in ASCII bytes")
        let generated = RuleSetCodec.encode(try! RuleSetGenerator.ruleSet(nodes: 300))
        #expect(String(validating: generated, as: UTF8.self) != nil)
        #expect(try! RuleSetCodec.decode(generated) == (try! RuleSetGenerator.ruleSet(nodes: 300)))
    }

    @Test func numbersSurviveTheRoundTrip() throws {
        var w = ByteWriter()
        let values: [UInt64] = [0, 1, 0x3F, 0x40, 0xFFF, 1 << 40, UInt64.max, (-2.5e300).bitPattern]
        for v in values { w.uint64(v) }
        try w.bytes.withUnsafeBufferPointer { buffer throws in
            var r = ByteReader(bytes: buffer, at: 0)
            for v in values { #expect(try r.uint64() == v) }
            #expect(r.at == buffer.count)
        }
    }

    @Test func compiledBuiltInRulesEqualTheYAML() {
        #expect(BuiltinRules.ruleSet() == rules)
    }

    @Test func stringsReadInPlaceEndWhereTheirTextEnds() {
        // C strings of them stop at the NUL the codec writes after each (as after a compiler's literal)
        let decoded = BuiltinRules.ruleSet()
        let texts = decoded.questions.flatMap { [$0.id, $0.text] + $0.options.map(\.label) } + decoded.licences.map(\.summary)
        for text in texts { #expect(text.withCString { String(cString: $0) } == text) }
        #expect(texts.contains { $0.utf8.count > 15 } && texts.contains { !$0.utf8.allSatisfy { $0 < 0x80 } }, "long and non-ASCII texts are among them")
    }

    @Test func builtInRulesReplayTheConditionsCompiledAtBuildTime() throws {
        let decoded = BuiltinRules.ruleSet()
        #expect(decoded.indexCell.precompiled != nil)
        #expect(decoded.index.replayedExactly)
        #expect(decoded.index.program.snapshot == rules.index.program.snapshot, "the same program as compiling them now")
        #expect(rules.indexCell.precompiled == nil)
    }

    @Test func aSnapshotThatDoesNotFitTheRulesIsNotUsed() throws {
        let good = try RuleLoader.load(files: BuiltinRules.files).index.program.snapshot
        var short = good
        short.starts.removeLast()
        var outside = good  // a truth table reaching past the end (the evaluator does not check)
        if let i = outside.atoms.firstIndex(where: { $0.kind == .option || $0.kind == .licence }) { outside.atoms[i].truth = Int32(good.truth.count) }
        #expect(outside != good)
        for bad in [short, outside] {
            var rules = try RuleLoader.load(files: BuiltinRules.files)
            rules.indexCell.precompiled = bad
            #expect(rules.index.replayedExactly, "compiled afresh")
            #expect(rules.index.program.snapshot == good)
        }
    }

    @Test func malformedSnapshotsAreRecognised() {
        let good = rules.index.program.snapshot
        #expect(good.isWellFormed)
        var tooLong = good
        tooLong.ops[0].size = Int32(good.ops.count + 1)
        var badAtom = good
        if let i = badAtom.ops.firstIndex(where: { $0.kind == .atom }) { badAtom.ops[i].atom = Int32(good.atoms.count) }
        var badStart = good
        badStart.starts[0] = Int32(good.ops.count)
        var uneven = good
        uneven.tests.removeLast()
        var badChildren = good
        if let i = badChildren.ops.firstIndex(where: { $0.kind == .all || $0.kind == .any }) { badChildren.ops[i].count += 1 }
        for bad in [tooLong, badAtom, badStart, uneven, badChildren] { #expect(!bad.isWellFormed) }
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
