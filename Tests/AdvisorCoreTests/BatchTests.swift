import Testing
@testable import AdvisorCore

@Suite("Batch evaluation: one line in, one line out")
struct BatchTests {
    let rules = LoaderFixtures.minimal

    /// Runs the streaming loop over `input`, handing it over in chunks of `chunk` bytes.
    func run(_ input: String, chunk: Int = 1 << 20, assumeDefaults: Bool = true) -> [String] {
        let evaluator = BatchEvaluator(rules: rules, assumeDefaults: assumeDefaults)
        let bytes = Array(input.utf8)
        var offset = 0
        var out: [UInt8] = []
        BatchRunner.run(evaluator, read: { buffer in
            let n = min(chunk, buffer.count, bytes.count - offset)
            for i in 0..<n { buffer[i] = bytes[offset + i] }
            offset += n
            return n
        }, write: { block in
            out += block
            return true
        })
        var lines = String(decoding: out, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.last == "", "output ends with a newline")
        lines.removeLast()
        return lines
    }

    @Test func oneResultPerLineInOrderWithErrorLines() {
        let input = """
        {"kind":"data","country":"NO"}
        {"kind":"code","langs":["c"],"size":3}
        not json
        {"kind":"data","colour":"red"}

        {"kind":"car"}
        {"kind":"code","size":"big"}
        {"kind":"data"}
        """
        let lines = run(input + "\n")
        #expect(lines.count == 8)
        #expect(lines[0].hasPrefix(#"{"status":"complete","asset":"data","licences":[{"part":"data","id":"LIC-A""#))
        #expect(lines[0].contains(#"{"question":"country","answer":"NO","assumed":false}"#))
        #expect(lines[1].contains(#""id":"LIC-B""#))
        #expect(lines[1].contains(#"{"question":"langs","answer":["c"],"assumed":false}"#))
        #expect(lines[2].hasPrefix(#"{"status":"error","line":3,"error":"column 1: expected a JSON object"#))
        #expect(lines[3].hasPrefix(#"{"status":"error","line":4,"error":"unknown question 'colour'"#))
        #expect(lines[3].contains("valid questions: kind, langs, size, country"))
        #expect(lines[4] == #"{"status":"error","line":5,"error":"column 1: blank line; expected a JSON object of answers"}"#)
        #expect(lines[5].contains(#""line":6,"error":"'car' is not an option of 'kind'"#))
        #expect(lines[5].contains("valid options: data, code"))
        #expect(lines[6].contains(#""line":7,"error":"'big' is not a number"#))
        #expect(lines[7].contains(#"{"question":"country","answer":"other","assumed":true}"#))
    }

    @Test func needsAnswerWithoutDefaults() {
        let lines = run(#"{"kind":"code"}"# + "\n", assumeDefaults: false)
        #expect(lines.count == 1)
        #expect(lines[0].hasPrefix(#"{"status":"needs-answer","next":{"question":"langs""#))
    }

    @Test func typesAreChecked() {
        let lines = run("""
        {"kind":["data"]}
        {"kind":3}
        {"size":[]}
        {"kind":"code","size":"2.5","langs":"swift, c"}
        {"kind":"code","size":-1}
        """)
        #expect(lines[0].contains("'kind' takes one option id (a string), not a list"))
        #expect(lines[1].contains("'kind' takes an option id (a string), not a number"))
        #expect(lines[2].contains("'size' takes a number, not a list"))
        #expect(lines[3].contains(#"{"question":"langs","answer":["swift","c"],"assumed":false},{"question":"size","answer":2.5"#))
        #expect(lines[4].contains("-1 is below the minimum 0 for 'size'"))
    }

    @Test func lineEndingsAndTheLastLine() {
        let lines = run("{\"kind\":\"data\"}\r\n{\"kind\":\"code\"}")
        #expect(lines.count == 2)
        #expect(lines.allSatisfy { $0.hasPrefix(#"{"status":"complete""#) })
        #expect(run("").isEmpty)
        #expect(run("\n").count == 1, "a lone newline is one blank line")
    }

    @Test func chunkingDoesNotChangeTheOutput() {
        let input = (0..<200).map { i in i % 7 == 3 ? "oops \(i)" : #"{"kind":"code","size":\#(i)}"# }.joined(separator: "\n") + "\n"
        let whole = run(input)
        #expect(whole.count == 200)
        for chunk in [1, 2, 7, 64, 1000] { #expect(run(input, chunk: chunk) == whole) }
        #expect(whole[3].contains(#""line":4"#))
    }

    @Test func overlongLinesAreSkippedAndCounted() {
        let long = "{\"kind\":\"" + String(repeating: "x", count: 200_000) + "\"}"
        let lines = run("{\"kind\":\"data\"}\n" + long + "\n{\"kind\":\"code\"}\n", chunk: 4096)
        #expect(lines.count == 3)
        #expect(lines[1] == #"{"status":"error","line":2,"error":"the line is longer than 65536 bytes"}"#)
        #expect(lines[2].contains(#""asset":"code""#))
    }

    @Test func streamsBeforeReadingMore() {
        let evaluator = BatchEvaluator(rules: rules, assumeDefaults: true)
        let chunks = [#"{"kind":"data"}"# + "\n", #"{"kind":"code"}"# + "\n"].map { Array($0.utf8) }
        var next = 0
        var written = 0
        var writtenBeforeRead: [Int] = []
        BatchRunner.run(evaluator, read: { buffer in
            writtenBeforeRead.append(written)
            guard next < chunks.count else { return 0 }
            for (i, b) in chunks[next].enumerated() { buffer[i] = b }
            next += 1
            return chunks[next - 1].count
        }, write: { block in
            written += block.filter { $0 == 0x0A }.count
            return true
        })
        #expect(writtenBeforeRead == [0, 1, 2], "each answer is out before the next read")
    }

    @Test func identicalLinesGiveIdenticalResults() {
        let evaluator = BatchEvaluator(rules: rules, assumeDefaults: true, cacheSize: 2)
        let a = (1...5).map { evaluator.evaluate(#"{"kind":"code","size":\#($0 % 3)}"#, number: $0) }
        let fresh = BatchEvaluator(rules: rules, assumeDefaults: true, cacheSize: 0)
        #expect(a == (1...5).map { fresh.evaluate(#"{"kind":"code","size":\#($0 % 3)}"#, number: $0) })
    }

    /// The batch serialiser must give the contract's JSON byte for byte.
    @Test func fastWriterMatchesTheJSONTree() throws {
        let builtin = try BuiltinRulesLoader.load()
        var seed: UInt64 = 42
        func pick<T>(_ xs: [T]) -> T {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return xs[Int((seed >> 33) % UInt64(xs.count))]
        }
        let questions = builtin.questions
        for n in 0..<400 {
            var answers = Answers()
            for q in questions where pick([true, true, true, false]) {
                switch q.kind {
                case .single: answers[q.id] = .option(pick(q.options).id)
                case .multiple: answers[q.id] = .options(Array(Set([pick(q.options).id, pick(q.options).id])).sorted())
                case .number: answers[q.id] = .number(pick([0, 0.5, 1, 10, 51, 250, 1000]))
                }
            }
            let advice = advise(builtin, answers, assumeDefaults: n % 3 != 0)
            var bytes: [UInt8] = []
            advice.writeJSON(rules: builtin, into: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == advice.json(rules: builtin).serialized())
        }
        let hostile = try LoaderFixtures.load("control-chars")
        for a in [Answers(), Answers(["kind": .option("data")])] {
            let advice = advise(hostile, a)
            var bytes: [UInt8] = []
            advice.writeJSON(rules: hostile, into: &bytes)
            #expect(String(decoding: bytes, as: UTF8.self) == advice.json(rules: hostile).serialized())
        }
    }
}
