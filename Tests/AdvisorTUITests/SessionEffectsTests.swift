import AdvisorCore
import AdvisorTUI
import Foundation
import Testing

/// The loop minus ncurses: keys through the state machine and `Effects`, with a temporary directory
/// for the deposit files and the saved interview.
@Suite struct SessionEffectsTests {
    final class TempDir {
        let path: String
        init() throws {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("la-effects-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        }
        deinit { try? FileManager.default.removeItem(atPath: path) }
    }

    struct Rig {
        var state: AppState
        var effects: SessionEffects
        let store: SessionStore

        init(_ dir: TempDir, answers: Answers = Answers()) {
            store = SessionStore(path: dir.path + "/state/license-advisor/interview.json")
            state = AppState(rules: fixtureRules, answers: answers)
            state.currentYear = 2026
            state.savesAnswers = true
            effects = SessionEffects(directory: dir.path, store: store, stored: answers)
        }

        /// Presses keys; the exit status if one ended the interview.
        @discardableResult
        mutating func press(_ keys: [Key]) -> Int32? {
            for k in keys { if let code = effects.step(&state, k) { return code } }
            return nil
        }

        func saved() throws -> Answers { try store.load(rules: fixtureRules).answers }
    }

    @Test func everyAnswerIsSavedAtOnce() throws {
        let dir = try TempDir()
        var rig = Rig(dir)
        rig.press([.enter])
        #expect(!rig.store.exists())  // nothing answered yet
        rig.press(keys("1"))
        #expect(try rig.saved() == Answers(["asset": .option("dataset")]))
        rig.press(keys("11"))
        #expect(try rig.saved()["rights"] == .option("own"))
        rig.press([.left, .down, .enter])  // change the answer to rights
        #expect(try rig.saved()["rights"] == .option("third-party-restricted"))
        #expect(rig.press([.char("q"), .char("y")]) == 0)
        #expect(rig.store.exists())  // quitting mid-interview keeps it for --resume
    }

    @Test func theQuitDialogSaysTheAnswersAreKept() throws {
        let dir = try TempDir()
        var rig = Rig(dir)
        rig.press([.enter] + keys("1q"))
        #expect(rig.state.screenText().contains("Your answers are kept: license-advisor --resume."))
    }

    @Test func finishingAndQuittingFromTheResultClearsIt() throws {
        let dir = try TempDir()
        var rig = Rig(dir)
        rig.press(datasetKeys)
        #expect(rig.state.screen == .result)
        #expect(try rig.saved()["size-gb"] == .number(30))
        #expect(rig.press([.char("q"), .char("y")]) == 0)
        #expect(!rig.store.exists())
    }

    @Test func writingTheDepositFilesClearsItAndListsThem() throws {
        let dir = try TempDir()
        var rig = Rig(dir)
        rig.press(datasetKeys + [.char("s")] + keys("Lake ice") + [.tab] + keys("Ada Lovelace <\(validORCID)>") + [.enter])
        guard case .written(let paths) = rig.state.deposit.phase else {
            Issue.record("not written: \(rig.state.deposit)")
            return
        }
        #expect(paths == ["./deposit/REPORT.md", "./deposit/report.json", "./deposit/LICENSE", "./deposit/ATTRIBUTION.md",
                          "./deposit/CITATION.cff"])
        let names = try FileManager.default.contentsOfDirectory(atPath: dir.path + "/deposit").sorted()
        #expect(names == ["ATTRIBUTION.md", "CITATION.cff", "LICENSE", "REPORT.md", "report.json"])
        let cff = try String(contentsOfFile: dir.path + "/deposit/CITATION.cff", encoding: .utf8)
        #expect(cff.contains("Lake ice"))
        #expect(!rig.store.exists())
        #expect(rig.state.screenText().contains("./deposit/CITATION.cff"))
    }

    @Test func existingFilesAreOverwrittenOnlyAfterY() throws {
        let dir = try TempDir()
        try FileManager.default.createDirectory(atPath: dir.path + "/out", withIntermediateDirectories: true)
        try "mine\n".write(toFile: dir.path + "/out/LICENSE", atomically: true, encoding: .utf8)
        var rig = Rig(dir)
        let fill: [Key] = [.char("s")] + keys("T") + [.tab] + keys("Ann Author") + [.tab, .tab, .tab]
            + Array(repeating: .backspace, count: 9) + keys("out")
        rig.press(datasetKeys + fill + [.enter])
        #expect(rig.state.deposit.phase == .confirmOverwrite(existing: ["LICENSE"]))
        #expect(rig.state.screenText().contains("These files exist already: LICENSE."))
        rig.press([.char("n")])
        #expect(try String(contentsOfFile: dir.path + "/out/LICENSE", encoding: .utf8) == "mine\n")
        #expect(!FileManager.default.fileExists(atPath: dir.path + "/out/REPORT.md"))  // nothing half-written
        #expect(rig.store.exists())
        rig.press([.enter, .char("y")])
        guard case .written = rig.state.deposit.phase else {
            Issue.record("y did not overwrite: \(rig.state.deposit.phase)")
            return
        }
        #expect(try String(contentsOfFile: dir.path + "/out/LICENSE", encoding: .utf8).contains("Creative Commons"))
    }

    @Test func aDirectoryThatCannotBeMadeIsReported() throws {
        let dir = try TempDir()
        try "x".write(toFile: dir.path + "/blocker", atomically: true, encoding: .utf8)
        var rig = Rig(dir)
        let fill: [Key] = [.char("s")] + keys("T") + [.tab] + keys("Ann") + [.tab, .tab, .tab]
            + Array(repeating: .backspace, count: 9) + keys("blocker/sub")
        rig.press(datasetKeys + fill + [.enter])
        #expect(rig.state.deposit.phase == .editing)
        #expect(rig.state.deposit.failure?.contains("blocker/sub") == true)
        #expect(rig.state.screenText().contains("Nothing written"))
    }

    @Test func theReportOnlySaveStillWorks() throws {
        let dir = try TempDir()
        var rig = Rig(dir)
        rig.press(datasetKeys + [.char("S")])
        #expect(rig.state.savedPath == dir.path + "/license-advice-report.md")
        #expect(FileManager.default.fileExists(atPath: dir.path + "/license-advice-report.md"))
    }

    @Test func anUnwritableStoreIsSaidOnceAndTheInterviewGoesOn() throws {
        let dir = try TempDir()
        try "x".write(toFile: dir.path + "/state", atomically: true, encoding: .utf8)  // a file where the directory goes
        var rig = Rig(dir)
        rig.press([.enter] + keys("1"))
        #expect(rig.state.message?.text.contains("cannot be kept for --resume") == true)
        rig.press(keys("1"))
        #expect(rig.state.message == nil)
        #expect(rig.state.currentQuestion?.id == "rights")
        rig.press(keys("q"))
        #expect(rig.state.screenText().contains("Your answers will not be kept."))  // the quit dialog does not promise
    }

    @Test func pathsResolveAgainstTheDirectory() {
        let e = SessionEffects(directory: "/work/x", store: nil)
        #expect(e.resolve("./deposit") == "/work/x/deposit")
        #expect(e.resolve("out/a") == "/work/x/out/a")
        #expect(e.resolve("/abs") == "/abs")
    }
}
