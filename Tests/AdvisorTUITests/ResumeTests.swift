import AdvisorCore
import AdvisorTUI
import Foundation
import Testing

/// `--resume`: the saved answers, the first open question, and the notices about dropped answers.
@Suite struct ResumeTests {
    /// A saved interview written against older rules: one question gone, one option renamed.
    static let savedText = """
    {
      "rules-version": "9.8.0",
      "answers": {
        "asset": "dataset",
        "chosen-licence": "undecided",
        "rights": "own",
        "colour": "red",
        "attribution": "sometimes"
      }
    }
    """

    func resumed(size: Size = Size(width: 80, height: 24)) throws -> AppState {
        let restored = try SessionStore.restore(text: Self.savedText, path: "interview.json", rules: fixtureRules)
        var s = AppState(rules: fixtureRules, answers: restored.answers, size: size)
        s.resume(notices: restored.notices)
        return s
    }

    @Test func opensAtTheFirstOpenQuestionWithTheNotices() throws {
        let s = try resumed()
        #expect(s.screen == .question)
        #expect(s.currentQuestion?.id == "attribution")
        #expect(s.notices.count == 3)
        let text = s.screenText()
        #expect(text.contains("saved with rules 9.8.0"))
        #expect(text.contains("Dropped the answer to 'colour'"))
        #expect(text.contains("Dropped the answer to 'attribution'"))
        #expect(text.contains("Must people who reuse it credit you?"))
        #expect(text.contains("Data or a database › No, help me choose › own"))
    }

    @Test func theNoticesGoWithTheFirstKey() throws {
        var s = try resumed()
        s.press([.down])
        #expect(s.notices.isEmpty)
        #expect(!s.screenText().contains("Dropped"))
        #expect(s.question.cursor == 1)
    }

    @Test func aResizeKeepsTheNotices() throws {
        var s = try resumed()
        _ = s.handle(.resize(width: 120, height: 40))
        #expect(s.notices.count == 3)
    }

    @Test func theAnswersAreInReview() throws {
        var s = try resumed()
        s.press([.char("r")])
        let text = s.screenText()
        #expect(s.panel == .review)
        for a in ["Data or a database", "No, help me choose", "We created all of it"] { #expect(text.contains(a)) }
    }

    @Test func aCompleteInterviewResumesOnTheResult() {
        let answers = Answers(["asset": .option("dataset"), "chosen-licence": .option("undecided"), "rights": .option("own"),
                               "attribution": .option("not-required"), "size-gb": .number(3)])
        var s = AppState(rules: fixtureRules, answers: answers)
        s.resume(notices: [])
        #expect(s.screen == .result)
        #expect(s.screenText().contains("CC0 1.0"))
    }

    @Test func nothingSavedStartsAtTheWelcomeWithANote() {
        var s = AppState(rules: fixtureRules)
        s.resume(notices: ["There is no saved interview to continue; starting afresh."])
        #expect(s.screen == .welcome)
        #expect(s.screenText().contains("There is no saved interview to continue"))
    }

    @Test func noticesAreSanitised() {
        var s = AppState(rules: fixtureRules)
        s.resume(notices: ["bad \u{1B}[2J\u{202E} id"])
        #expect(s.notices == ["bad ␛[2J<U+202E> id"])
    }

    @Test(arguments: SnapshotTests.sizes)
    func snapshot(size: Size) throws {
        let s = try resumed(size: size)
        assertSnapshot(render(s, width: size.width, height: size.height), named: "resume-notices-\(size.width)x\(size.height)")
    }
}
