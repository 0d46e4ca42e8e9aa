import AdvisorCore
import Foundation
import Testing
@testable import license_advisor

/// Saved interviews: every answer saved at once, `--resume` after a crash, `advise --answers` on the file.
@Suite("Saved interviews and --resume")
struct SavedInterviewTests {
    static let rules = try! RuleLoader.load(directory: CLI.fixtures + "/minimal")

    func savedAnswers(_ path: String) -> [String: Any]? {
        guard let data = FileManager.default.contents(atPath: path),
              let top = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
        return top["answers"] as? [String: Any]
    }

    @Test func everyChangeIsSavedIncludingBackAndTheFileGoesAtTheEnd() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let store = SessionStore(path: dir + "/state/interview.json")
        var input = ["2", "c, 1", "b"][...]
        var seen: [[String: Any]] = []
        nonisolated(unsafe) var err = ""
        var interview = PlainInterview(rules: Self.rules, readLine: {
            if let saved = savedAnswers(store.path) { seen.append(saved) }
            return input.popFirst()
        }, write: { _ in }, writeError: { err += $0 + "\n" }, session: store)
        #expect(interview.run() == 130)
        // before each read: nothing yet, then kind, then kind and langs, then (after b) kind again
        #expect(seen.map { $0.keys.sorted() } == [["kind"], ["kind", "langs"], ["kind"]])
        #expect(seen.last?["kind"] as? String == "code")
        #expect(err.contains("The answers are saved: 'license-advisor --resume' continues."))

        var rest = ["1", "", ""][...]
        nonisolated(unsafe) var out = ""
        let restored = try store.load(rules: Self.rules)
        var resumed = PlainInterview(rules: Self.rules, readLine: { rest.popFirst() }, write: { out += $0 },
                                     writeError: { _ in }, answers: restored.answers, session: store, notices: ["Resumed."])
        #expect(resumed.run() == 0)
        #expect(out.contains("Resumed.\n\n2. Which languages?"), "continues at the first open question")
        #expect(out.contains("kind     code: Code"))
        #expect(!FileManager.default.fileExists(atPath: store.path), "a finished interview is not kept")
    }

    @Test func resumeWithoutASavedInterviewIsExit2() throws {
        let r = try CLI.run(["--resume"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("error: there is no saved interview to resume (looked for "))
        #expect(r.stdout.isEmpty)
    }

    @Test func resumeTellsWhatWasDropped() throws {
        let state = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: state) }
        try FileManager.default.createDirectory(atPath: state + "/license-advisor", withIntermediateDirectories: true)
        let saved = #"{"rules-version": "0.0.1", "answers": {"asset": "software", "country": "XX"}}"#
        try Data(saved.utf8).write(to: URL(fileURLWithPath: state + "/license-advisor/interview.json"))
        let r = try CLI.run(["--resume"], input: Data("q\n".utf8), environment: ["XDG_STATE_HOME": state])
        #expect(r.status == 130)
        #expect(r.stdout.contains("Resuming the interview saved in"))
        // (the plain interview wraps at 80 columns, where depends on the temporary path's length)
        let unwrapped = r.stdout.replacingOccurrences(of: "\n", with: " ")
        #expect(unwrapped.contains("\(state)/license-advisor/interview.json: 1 answer restored."))
        #expect(r.stdout.contains("The interview was saved with rules 0.0.1"))
        #expect(r.stdout.contains("Dropped the answer to 'country'"))
        #expect(r.stdout.contains("\n2. "), "asset is answered, so it goes on at question 2")
        #expect(!r.stdout.contains("\n1. "))
    }

    /// The interview as a child with piped stdin: three answers, killed, then resumed.
    @Test func resumeAfterSIGKILL() async throws {
        let state = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: state) }
        let savedPath = state + "/license-advisor/interview.json"
        let outPath = state + "/stdout"
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        let stdin = Pipe()
        let child = Process()
        child.executableURL = URL(fileURLWithPath: CLI.binary)
        child.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "SWIFT_BACKTRACE": "enable=no", "XDG_STATE_HOME": state]
        child.standardInput = stdin
        child.standardOutput = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        child.standardError = FileHandle.nullDevice
        try child.run()
        // software, no licence chosen yet (Enter), we created all of it
        try stdin.fileHandleForWriting.write(contentsOf: Data("2\n\n1\n".utf8))

        let clock = ContinuousClock()
        let deadline = clock.now + .seconds(30)
        while (savedAnswers(savedPath)?.count ?? 0) < 3, clock.now < deadline, child.isRunning {
            try await Task.sleep(for: .milliseconds(20))
        }
        kill(child.processIdentifier, SIGKILL)
        child.waitUntilExit()
        try stdin.fileHandleForWriting.close()
        #expect(child.terminationReason == .uncaughtSignal)
        let saved = try #require(savedAnswers(savedPath))
        #expect(saved["asset"] as? String == "software")
        #expect(saved["chosen-licence"] as? String == "undecided")
        #expect(saved["rights"] as? String == "own")
        #expect(saved.count == 3)
        let file = try String(contentsOfFile: savedPath, encoding: .utf8)
        #expect(file.contains("\"rules-version\": "))

        // The saved interview is an answers file for advise.
        let advise = try CLI.run(["advise", "--answers", savedPath, "--format", "json"])
        #expect(advise.status == 3)
        let result = try CLI.json(advise.stdout)
        let trail = try #require(result["trail"] as? [[String: Any]])
        #expect(trail.map { $0["question"] as? String } == ["asset", "chosen-licence", "rights"])
        let next = try #require(result["next"] as? [String: Any])
        let fourth = try #require(next["question"] as? String)

        // --resume goes on at the fourth question; the rest take their defaults.
        let resumed = try CLI.run(["--resume"], input: Data(String(repeating: "\n", count: 30).utf8), environment: ["XDG_STATE_HOME": state])
        #expect(resumed.status == 0, "\(resumed.stderr)")
        #expect(resumed.stdout.contains("Resuming the interview saved in"))
        #expect(resumed.stdout.contains(savedPath))
        #expect(resumed.stdout.replacingOccurrences(of: "\n", with: " ").contains("3 answers restored."))
        #expect(!resumed.stdout.contains("\n1. "))
        #expect(resumed.stdout.contains("\n4. "))
        #expect(resumed.stdout.contains("software: Software (source code)"))
        #expect(resumed.stdout.contains("own: We created all of it"))
        #expect(resumed.stdout.contains("\n  \(fourth) "), "the fourth question is answered in the final trail")
        #expect(!FileManager.default.fileExists(atPath: savedPath), "finished: nothing left to resume")
        #expect(try CLI.run(["--resume"], environment: ["XDG_STATE_HOME": state]).status == 2)
    }

    @Test func aFreshInterviewSaysThatASavedOneExists() throws {
        let state = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: state) }
        try FileManager.default.createDirectory(atPath: state + "/license-advisor", withIntermediateDirectories: true)
        try Data(#"{"answers": {"asset": "software"}}"#.utf8).write(to: URL(fileURLWithPath: state + "/license-advisor/interview.json"))
        let r = try CLI.run([], input: Data("q\n".utf8), environment: ["XDG_STATE_HOME": state])
        #expect(r.status == 130)
        #expect(r.stdout.contains("An unfinished interview is saved in"))
        #expect(r.stdout.contains("\(state)/license-advisor/interview.json.\nThis one replaces it at the first answer"))
        #expect(savedAnswers(state + "/license-advisor/interview.json")?["asset"] as? String == "software", "kept until an answer")
    }
}
