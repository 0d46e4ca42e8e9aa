import AdvisorCore
import AdvisorRules
import AdvisorTUI
import Foundation
import Testing

/// Key → frame cost at 200×60 with the built-in rules. The budget (1 ms) is for release builds; debug
/// builds are several times slower, so this only guards against gross regressions (re-running the
/// engine per key, say).
@Suite struct PerformanceTests {
    static func median(_ body: () -> Void) -> Duration {
        var samples: [Duration] = []
        for _ in 0..<41 { samples.append(ContinuousClock().measure(body)) }
        return samples.sorted()[20]
    }

    @Test func keyToFrameStaysCheap() throws {
        let rules = try RuleLoader.load(files: BuiltinRules.files)
        let size = Size(width: 200, height: 60)
        let question = drive([.enter, .char("1")], size: size, rules: rules)
        // every question at its default: through review, re-confirm the last answer to reach the result
        let answers = walk(rules, Answers(["asset": .option("dataset"), "personal-data": .option("none")]),
                           assumeDefaults: true).answers
        var result = AppState(rules: rules, answers: answers, size: size)
        result.press([.resize(width: size.width, height: size.height), .enter, .char("r"), .end, .enter, .enter])
        try #require(result.screen == .result)
        var why = result
        _ = why.handle(.char("w"))
        var report: [String] = []
        for (name, key) in [("question", Key.down), ("result", Key.down), ("why", Key.down)] {
            var state = name == "question" ? question : name == "result" ? result : why
            let t = Self.median {
                _ = state.handle(key)
                _ = state.handle(.up)
                _ = render(state, width: size.width, height: size.height)
            }
            report.append("\(name): \(t)")
            #expect(t < .milliseconds(25), "\(name) took \(t) for two keys and a frame")
        }
        print("key→frame medians at 200×60 (two keys + one frame):", report.joined(separator: ", "))
    }
}
