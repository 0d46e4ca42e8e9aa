import Foundation
import Testing
@testable import license_advisor
import AdvisorCore

@Suite("The plain interview, driven in-process")
struct PlainInterviewTests {
    static let rules = try! RuleLoader.load(directory: CLI.fixtures + "/minimal")

    struct Transcript {
        var status: Int32
        var out: String
        var err: String
    }

    func run(_ lines: [String], rules: RuleSet = PlainInterviewTests.rules, echo: Bool = false) -> Transcript {
        var input = lines[...]
        nonisolated(unsafe) var out = ""
        nonisolated(unsafe) var err = ""
        var interview = PlainInterview(rules: rules, readLine: { input.popFirst() }, write: { out += $0 },
                                       writeError: { err += $0 + "\n" }, echo: echo)
        let status = interview.run()
        return Transcript(status: status, out: out, err: err)
    }

    @Test func numbersAndIdsPickAndTheAdviceEndsIt() {
        let t = run(["2", "c, 1", "12", "NO"])
        #expect(t.status == 0)
        #expect(t.err.isEmpty)
        #expect(t.out.contains("1. Which kind?\n  1) Data [default]\n  2) Code\n[1] > "))
        #expect(t.out.contains("2. Which languages?\n   Pick one or more, separated by commas (1,3).\n  1) Swift [default]\n  2) C\n[1] > "))
        #expect(t.out.contains("3. How big?\n   Type a number in GB, at least 0.\n[1] > "))
        #expect(t.out.contains("LICENCE ADVICE: Code"))
        #expect(t.out.contains("langs    swift, c: Swift; C"), "multiple choice keeps the options' order")
        #expect(t.out.contains("size     12 GB"))
        #expect(t.out.contains("country  NO: Norway"))
        #expect(!t.out.contains("(assumed)"))
    }

    @Test func emptyLineTakesTheDefault() {
        let t = run(["", ""])
        #expect(t.status == 0)
        #expect(t.out.contains("kind     data: Data") || t.out.contains("kind  data: Data"))
        #expect(t.out.contains("country  other: Elsewhere"))
    }

    @Test func numbersAreChecked() {
        let t = run(["code", "", "lots", "-3", "0.5", "other"])
        #expect(t.status == 0)
        #expect(t.out.contains("'lots' is not a number; 'size' takes a number (GB)"))
        #expect(t.out.contains("-3 is below the minimum 0 for 'size'"))
        #expect(t.out.contains("size     0.5 GB"))
    }

    @Test func badChoicesAreRefusedWithTheReason() {
        let t = run(["7", "dta", "data", "no"])
        #expect(t.status == 0)
        #expect(t.out.contains("There is no option 7; pick a number from 1 to 2."))
        #expect(t.out.contains("'dta' is not an option (did you mean 'data'?); answer with a number from 1 to 2"))
        #expect(t.out.contains("country  NO: Norway"), "an id in another case is accepted when unambiguous")
    }

    @Test func helpAndBack() {
        let t = run(["2", "?", "b", "", "1", "", "NO"])
        #expect(t.status == 0)
        #expect(t.out.contains("There is no more help for this question."))
        // after going back from langs, kind shows the previous answer (Code) as its default
        #expect(t.out.contains("1. Which kind?\n  1) Data\n  2) Code [default]\n[2] > "))
        #expect(t.out.contains("LICENCE ADVICE: Code"))
        let first = run(["b", "1", "1"])
        #expect(first.out.contains("This is the first question."))
        #expect(first.status == 0)
    }

    @Test func quitAndEndOfInputAreInterruptions() {
        let q = run(["2", "q"])
        #expect(q.status == 130)
        #expect(q.err.contains("Stopped before the end"))
        #expect(!q.out.contains("LICENCE ADVICE"))
        let eof = run(["2"])
        #expect(eof.status == 130)
        #expect(eof.err.contains("interrupted: the input ended before the interview finished"))
    }

    @Test func echoRepeatsTheInputDefused() {
        let t = run(["\u{1B}[31m", "1", "1"], echo: true)
        #expect(t.out.contains("[1] > ␛[31m\n'␛[31m' is not an option"))
        #expect(!t.out.utf8.contains(0x1B))
    }

    @Test func noEscapeSequencesFromHostileRules() throws {
        let hostile = try RuleLoader.load(directory: CLI.fixtures + "/control-chars")
        let t = run(["?", "1"], rules: hostile)
        #expect(t.status == 0)
        #expect(!t.out.utf8.contains(0x1B))
        #expect(!t.out.unicodeScalars.contains { $0.value < 0x20 && $0 != "\n" })
        #expect(t.out.contains("LIC-X"))
    }

    @Test func terminalDetection() {
        #expect(!Interview.usableTerminal(environment: [:]))
        #expect(!Interview.usableTerminal(environment: ["TERM": "dumb"]))
        #expect(!Interview.usableTerminal(environment: ["TERM": "unknown"]))
        #expect(!Interview.usableTerminal(environment: ["TERM": ""]))
    }
}
