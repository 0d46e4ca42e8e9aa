import AdvisorCore
import AdvisorTUI
import Testing

/// Keys on the result, help, why, review and compare, and the terminal events.
@Suite struct PanelKeyTests {
    @Test func resultScrollKeys() {
        var s = drive(datasetKeys, size: Size(width: 80, height: 12))
        #expect(s.screen == .result)
        s.press([.down, .char("j")])
        #expect(s.resultScroll == 2)
        s.press([.up, .char("k"), .up])
        #expect(s.resultScroll == 0)
        s.press([.pageDown])
        #expect(s.resultScroll == 6)
        s.press([.pageUp, .char(" ")])
        #expect(s.resultScroll == 6)
        s.press([.end])
        let end = s.resultScroll
        #expect(end > 6)
        s.press([.down, .char("G")])
        #expect(s.resultScroll == end)  // clamped at the end
        s.press([.char("g")])
        #expect(s.resultScroll == 0)
        s.press([.home])
        #expect(s.resultScroll == 0)
    }

    @Test func saveAsksTheDriverAndShowsThePath() {
        var s = drive(datasetKeys)
        guard case .save(let report) = s.press([.char("S")]) else {
            Issue.record("S did not ask to save")
            return
        }
        #expect(report.contains("CC-BY-4.0"))
        s.saved(path: "/tmp/x/license-advice-report-2.md")
        #expect(s.savedPath == "/tmp/x/license-advice-report-2.md")
        #expect(s.screenText().contains("license-advice-report-2.md"))
        s.press([.down])
        #expect(s.message == nil)  // the next key clears the message
        s.saveFailed("disk full")
        #expect(s.message?.role == .blocker)
    }

    @Test func resultKeysOpenPanelsAndGoBack() {
        #expect(drive(datasetKeys + [.char("w")]).panel == .why)
        #expect(drive(datasetKeys + [.char("c")]).panel == .compare)
        #expect(drive(datasetKeys + [.char("r")]).panel == .review)
        #expect(drive(datasetKeys + [.char("?")]).panel == .help)
        for k: Key in [.left, .backspace, .char("b")] {
            let s = drive(datasetKeys + [k])
            #expect(s.currentQuestion?.id == "size-gb")
            #expect(s.question.numberText == "30")
        }
        var s = drive(datasetKeys)
        s.press([.char("q")])
        #expect(s.confirmingQuit)
        #expect(s.screenText().contains("Quit license-advisor?"))
    }

    @Test func helpAndWhyClose() {
        for (open, closers) in [(Key.char("?"), [Key.escape, .char("?"), .enter, .left, .backspace, .char("b")]),
                                (Key.char("w"), [Key.escape, .char("w"), .left, .backspace, .char("b")])] {
            for k in closers {
                let s = drive(datasetKeys + [open, k])
                #expect(s.panel == nil && s.screen == .result)
            }
        }
        var s = drive(datasetKeys + [.char("w")], size: Size(width: 80, height: 14))
        s.press([.down, .pageDown])
        #expect(s.panelScroll > 1)
        #expect(s.press([.char("q")]) == .stay && s.confirmingQuit)
    }

    @Test func whyListsTrailDecisionsDecisiveAnswersAndSources() {
        let s = drive(datasetKeys + [.char("w")], size: Size(width: 120, height: 60))
        let text = s.screenText(120, 60)
        #expect(text.contains("Your answers"))
        #expect(text.contains("Credit only. [1]"))
        #expect(text.contains("licence: CC BY 4.0 → CC0 1.0"))
        #expect(text.contains("− service Zenodo"))  // 51 GB would drop Zenodo
        #expect(text.contains("[1] CC licence list"))
    }

    @Test func theExplanationIsComputedOnceAndKeptUntilAnswersChange() {
        var s = drive(datasetKeys + [.char("w")])
        #expect(s.derived.explanation != nil)
        s.press([.down, .escape, .down, .up])
        #expect(s.derived.explanation != nil)
        s.press([.left, .escape, .enter])  // back to size-gb, clear, re-enter (refused: empty)
        s.press("30")
        s.press([.enter])
        #expect(s.derived.explanation == nil)
    }

    @Test func reviewPicksAnAnswerAndKeepsTheRest() {
        var s = drive(datasetKeys + [.char("r")])
        #expect(s.reviewCursor == 5)
        s.press([.up, .char("k"), .home, .down, .char("j")])
        #expect(s.reviewCursor == 2)
        s.press([.end])
        #expect(s.reviewCursor == 5)
        s.press([.pageUp])
        #expect(s.reviewCursor == 0)
        s.press([.pageDown, .home, .down, .down, .down])  // attribution
        s.press([.enter])
        #expect(s.currentQuestion?.id == "attribution")
        s.press([.char("2")])  // no conditions: CC0; commercial is now off the path but kept
        #expect(s.screen == .result)
        #expect(s.derived.advice?.licences.first?.licence.id == "CC0-1.0")
        #expect(s.answers["commercial"] == .option("allow"))
        s.press([.char("r"), .home, .down, .down, .down, .enter, .char("1")])
        #expect(s.screen == .result)  // commercial's earlier answer applies again
        #expect(s.derived.advice?.licences.first?.licence.id == "CC-BY-4.0")
    }

    @Test func reviewCloses() {
        for k: Key in [.escape, .left, .backspace, .char("b"), .char("r")] {
            let s = drive(datasetKeys + [.char("r"), k])
            #expect(s.panel == nil && s.screen == .result)
        }
        let s = drive([.enter] + keys("1") + [.char("r"), .down, .enter])
        #expect(s.currentQuestion?.id == "chosen-licence")  // the open question is a row too
    }

    @Test func changingTheAssetIgnoresAnswersOffThePath() {
        var s = drive(datasetKeys + [.char("r"), .home, .enter, .char("2")])
        #expect(s.currentQuestion?.id == "patents")  // software: the first open question
        #expect(s.derived.walk.trail.map(\.question) == ["asset", "chosen-licence", "rights"])
        s.press([.char("r"), .home, .enter, .char("1")])
        #expect(s.screen == .result)  // the dataset answers were kept
        #expect(s.derived.advice?.licences.first?.licence.id == "CC-BY-4.0")
    }

    @Test func compareStartsWithTheRecommendationAndAlternatives() {
        var s = drive(datasetKeys + [.char("c")])
        #expect(s.compare.ids == ["CC-BY-4.0", "CC0-1.0"])
        #expect(!s.compare.picking)
        let text = s.screenText()
        #expect(text.contains("CC BY 4.0") && text.contains("CC0 1.0") && text.contains("Database right"))
        for k: Key in [.char("e"), .tab, .enter] {
            var t = s
            t.press([k])
            #expect(t.compare.picking)
        }
        s.press([.char("e"), .home, .char(" ")])  // untick CC0 (first in the catalogue)
        #expect(s.compare.ids == ["CC-BY-4.0"])
        s.press([.enter])
        #expect(s.compare.picking && s.message?.text.contains("at least two") == true)
        s.press([.down, .down, .char(" "), .down, .char("x"), .down, .char(" "), .end, .up])
        #expect(s.compare.ids.count == 4)
        s.press([.home, .char(" ")])
        #expect(s.message?.text.contains("at most four") == true)
        s.press([.pageDown, .pageUp, .enter])
        #expect(!s.compare.picking)
        #expect(s.screenText(120, 40).contains("Apache 2.0"))
        s.press([.down, .char("c")])
        #expect(s.panel == nil)
    }

    @Test func compareClosesAndPickerCancels() {
        for k: Key in [.escape, .left, .backspace, .char("b"), .char("c")] {
            #expect(drive(datasetKeys + [.char("c"), k]).panel == nil)
        }
        var s = drive(datasetKeys + [.char("c"), .char("e"), .escape])
        #expect(s.panel == .compare && !s.compare.picking)
        s = drive(datasetKeys + [.char("c"), .char("e"), .home, .char(" "), .escape])
        #expect(s.panel == nil)  // fewer than two: nothing to compare
        #expect(drive(datasetKeys + [.char("c"), .char("q")]).confirmingQuit)
    }

    /// Keys a screen does not use change nothing there (and never crash).
    @Test func unusedKeysAreIgnoredEverywhere() {
        let screens: [[Key]] = [[], [.enter], [.enter] + keys("311"), [.enter] + keys("1122"), datasetKeys,
                                datasetKeys + [.char("w")], datasetKeys + [.char("r")], datasetKeys + [.char("c")],
                                datasetKeys + [.char("c"), .char("e")], [.enter, .char("?")]]
        for path in screens {
            let before = drive(path)
            for k: Key in [.backTab, .char("z"), .char("Z"), .char("日")] {
                var s = before
                #expect(s.press([k]) == .stay)
                #expect(s.screen == before.screen && s.panel == before.panel && s.answers == before.answers)
                #expect(s.question.cursor == before.question.cursor && s.question.selection == before.question.selection)
            }
        }
    }

    @Test func resizeUpdatesTheViewportAndTooSmallOnlyQuits() {
        var s = drive([.enter])
        s.press([.resize(width: 30, height: 8)])
        #expect(s.viewport == Size(width: 30, height: 8))
        s.press([.char("2"), .enter, .down])
        #expect(s.answers.values.isEmpty)  // keys are ignored while it cannot be seen
        #expect(s.screenText(30, 8).contains("larger"))
        #expect(s.press([.char("q")]) == .quit(0))
        s = drive(datasetKeys + [.end])
        let bottom = s.resultScroll
        s.press([.resize(width: 200, height: 60)])
        #expect(s.resultScroll < bottom || bottom == 0)  // clamped to the taller window
    }
}
