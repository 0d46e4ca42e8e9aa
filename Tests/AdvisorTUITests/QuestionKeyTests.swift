import AdvisorCore
import AdvisorRules
import AdvisorTUI
import Testing

/// Keys on the welcome and question screens.
@Suite struct QuestionKeyTests {
    @Test func welcomeStartsWithEnterRightSpaceOrL() {
        for k: Key in [.enter, .right, .char(" "), .char("l")] {
            let s = drive([k])
            #expect(s.screen == .question)
            #expect(s.currentQuestion?.id == "asset")
        }
    }

    @Test func welcomeOtherKeys() {
        var s = drive([])
        #expect(s.press([.char("q")]) == .quit(0))  // no answers: quits at once
        #expect(drive([.escape]).screen == .welcome)
        s = drive([.char("?")])
        #expect(s.panel == .help)
        s = drive([.char("r")])
        #expect(s.panel == nil)
        #expect(s.message?.text.contains("No answers") == true)
        s = drive([.down, .down])
        #expect(s.screen == .welcome)  // scrolls the welcome text, if it is longer than the window
    }

    @Test func arrowsAndVimKeysMoveTheCursorWithinBounds() {
        var s = drive([.enter])
        #expect(s.question.cursor == 0)  // on the default option
        s.press([.down, .char("j")])
        #expect(s.question.cursor == 2)
        s.press([.down])
        #expect(s.question.cursor == 2)  // stops at the last option
        s.press([.up, .char("k"), .up])
        #expect(s.question.cursor == 0)
        s.press([.end])
        #expect(s.question.cursor == 2)
        s.press([.home])
        #expect(s.question.cursor == 0)
        s.press([.pageDown])
        #expect(s.question.cursor == 2)
        s.press([.pageUp])
        #expect(s.question.cursor == 0)
    }

    @Test func enterRightLAndSpaceConfirm() {
        for k: Key in [.enter, .right, .char("l"), .char(" ")] {
            let s = drive([.enter, .down, k])
            #expect(s.answers["asset"] == .option("software"))
            #expect(s.currentQuestion?.id == "chosen-licence")
        }
    }

    @Test func aDigitPicksAndConfirms() {
        let s = drive([.enter, .char("3")])
        #expect(s.answers["asset"] == .option("ai-model"))
        #expect(s.currentQuestion?.id == "chosen-licence")
    }

    @Test func aDigitWithNoSuchOptionSaysSo() {
        for d in ["0", "9"] {
            let s = drive([.enter] + keys(d))
            #expect(s.answers["asset"] == nil)
            #expect(s.message?.text.contains("no option") == true)
        }
    }

    /// In a list of ten or more, "1" waits for a second digit; "1" "0" picks option 10; "1" Enter picks 1.
    @Test func twoDigitOptionNumbers() throws {
        let rules = try RuleLoader.load(files: BuiltinRules.files)
        let count = try #require(rules.question("chosen-licence")).options.count
        try #require(count >= 10)
        var s = drive([.enter, .char("1")], rules: rules)
        #expect(s.currentQuestion?.id == "chosen-licence")
        s.press([.char("1")])
        #expect(s.currentQuestion?.id == "chosen-licence")
        #expect(s.question.cursor == 0)
        #expect(s.question.digits == "1")
        s.press([.char("0")])
        let tenth = try #require(rules.question("chosen-licence")).options[9].id
        #expect(s.answers["chosen-licence"] == .option(tenth))
        s = drive([.enter, .char("1"), .char("1"), .enter], rules: rules)
        #expect(s.answers["chosen-licence"] == .option("undecided"))
        s = drive([.enter, .char("1"), .char("1"), .down], rules: rules)
        #expect(s.question.digits.isEmpty)  // any other key forgets the digit
        #expect(s.question.cursor == 1)
    }

    @Test func backGoesToThePreviousQuestionWithItsAnswerSelected() {
        for k: Key in [.left, .backspace, .char("b")] {
            let s = drive([.enter] + keys("13") + [k])
            #expect(s.currentQuestion?.id == "chosen-licence")
            #expect(s.question.cursor == 2)
            #expect(s.answers["chosen-licence"] == .option("CC-BY-4.0"))
        }
        #expect(drive([.enter, .left]).screen == .welcome)
    }

    @Test func goingBackThenForwardKeepsLaterAnswers() {
        var s = drive([.enter] + keys("111"))  // dataset, undecided, own
        s.press([.left, .left, .enter])
        #expect(s.currentQuestion?.id == "rights")
        #expect(s.question.cursor == 0)  // its earlier answer
        s.press([.enter])
        #expect(s.currentQuestion?.id == "attribution")
    }

    @Test func helpReviewAndQuitFromAQuestion() {
        var s = drive([.enter, .down, .char("?")])
        #expect(s.panel == .help)
        #expect(s.screenText().contains("Software"))  // help for the highlighted option
        s = drive([.enter, .char("1"), .char("r")])
        #expect(s.panel == .review)
        s = drive([.enter, .char("1")])
        #expect(s.press([.char("q")]) == .stay)
        #expect(s.confirmingQuit)
        s.press([.char("n")])
        #expect(!s.confirmingQuit && s.screen == .question)
        s.press([.char("q")])
        #expect(s.press([.char("y")]) == .quit(0))
        s = drive([.enter, .char("1"), .char("q")])
        #expect(s.press([.enter]) == .quit(0))
    }

    @Test func escapeDoesNothingOnAQuestion() {
        let s = drive([.enter, .down, .escape])
        #expect(s.screen == .question && s.question.cursor == 1 && s.panel == nil)
    }

    @Test func spaceAndDigitsTickInMultipleChoice() {
        var s = drive([.enter] + keys("311"))
        #expect(s.currentQuestion?.id == "release")
        #expect(s.question.selection == ["weights"])  // the default is ticked
        s.press([.char(" ")])
        #expect(s.question.selection.isEmpty)
        s.press([.enter])
        #expect(s.currentQuestion?.id == "release")  // refuses an empty answer
        #expect(s.message?.text.contains("at least one") == true)
        s.press([.char("3"), .char("1")])
        #expect(s.question.selection == ["weights", "data-information"])
        s.press([.enter])
        #expect(s.answers["release"] == .options(["weights", "data-information"]))  // in option order
        #expect(s.currentQuestion?.id == "size-gb")
    }

    @Test func theNumberFieldTakesOnlyNumbers() {
        var s = drive([.enter] + keys("1122"))
        #expect(s.currentQuestion?.id == "size-gb")
        s.press("12x")
        #expect(s.question.numberText == "12")
        #expect(s.question.inputError?.contains("not part of a number") == true)
        s.press(",5.")
        #expect(s.question.numberText == "12.5")
        #expect(s.question.inputError?.contains("one decimal point") == true)
        s.press("-")
        #expect(s.question.inputError?.contains("minus") == true)
        s.press([.backspace, .backspace])
        #expect(s.question.numberText == "12")
        s.press([.escape])
        #expect(s.question.numberText.isEmpty)
        s.press("-")
        #expect(s.question.inputError?.contains("cannot be negative") == true)
        s.press([.enter])
        #expect(s.question.inputError?.contains("Type a number") == true)
        s.press("2000")
        s.press([.enter])
        #expect(s.question.inputError?.contains("at most 1000") == true)
        #expect(s.currentQuestion?.id == "size-gb")
        s.press([.delete, .enter])
        #expect(s.answers["size-gb"] == .number(200))
        #expect(s.screen == .result)
    }

    @Test func backspaceOnAnEmptyNumberFieldGoesBack() {
        var s = drive([.enter] + keys("1122") + keys("4"))
        s.press([.backspace])
        #expect(s.currentQuestion?.id == "size-gb")
        s.press([.backspace])
        #expect(s.currentQuestion?.id == "attribution")
    }

    @Test func numberFieldShowsTheEarlierAnswerWhenComingBack() {
        var s = drive(datasetKeys)
        s.press([.left])
        #expect(s.currentQuestion?.id == "size-gb")
        #expect(s.question.numberText == "30")
    }

    @Test func progressCountsStepsAndEstimatesTheRest() {
        var s = drive([.enter])
        #expect(s.progress.step == 1)
        #expect(s.progress.remaining == 5)  // dataset by default: 6 questions
        s.press("3")
        #expect(s.progress.step == 2)
        #expect(s.progress.remaining == 3)  // ai-model: asset, licence, rights, release, size
        #expect(s.screenText().contains("step 2, about 3 to go"))
    }
}
