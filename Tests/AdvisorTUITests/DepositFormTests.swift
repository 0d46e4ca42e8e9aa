import AdvisorCore
import AdvisorTUI
import Testing

let validORCID = "0000-0002-1825-0097"  // ORCID's own example iD (Josiah Carberry)

/// The deposit form's keys: fields, validation in place, the write request, overwrite and the result.
@Suite struct DepositFormTests {
    /// The result with the form open, this year set to 2026.
    func openForm(size: Size = Size(width: 80, height: 24)) -> AppState {
        var s = AppState(rules: fixtureRules, size: size)
        s.currentYear = 2026
        s.press(datasetKeys + [.char("s")])
        return s
    }

    /// Fills title and authors (the year is already there) and returns the state.
    func filledForm() -> AppState {
        var s = openForm()
        s.press(keys("Lake ice 1990-2020") + [.tab] + keys("Ada Lovelace <\(validORCID)>; Alan Turing"))
        return s
    }

    @Test func sOpensTheFormWithDefaultsAndTheFilesItWillWrite() {
        let s = openForm()
        #expect(s.panel == .deposit)
        #expect(s.deposit.focus == .title)
        #expect(s.deposit[.year] == "2026")
        #expect(s.deposit[.directory] == "./deposit")
        #expect(s.deposit.fileNames == ["REPORT.md", "report.json", "LICENSE", "ATTRIBUTION.md", "CITATION.cff"])
        #expect(s.screenText().contains("Deposit files"))
    }

    @Test func tabAndArrowsMoveBetweenFields() {
        var s = openForm()
        s.press([.tab])
        #expect(s.deposit.focus == .authors)
        s.press([.down, .down, .down])
        #expect(s.deposit.focus == .directory)
        s.press([.down])
        #expect(s.deposit.focus == .directory)  // arrows stop at the ends
        s.press([.tab])
        #expect(s.deposit.focus == .title)  // Tab wraps
        s.press([.backTab])
        #expect(s.deposit.focus == .directory)
        s.press([.up, .up])
        #expect(s.deposit.focus == .year)
    }

    @Test func typingGoesIntoTheFocusedFieldAndBackspaceErases() {
        var s = openForm()
        s.press(keys("Data q?"))  // q and ? are text here, not quit and help
        #expect(s.deposit[.title] == "Data q?")
        #expect(s.panel == .deposit && !s.confirmingQuit)
        s.press([.backspace, .backspace])
        #expect(s.deposit[.title] == "Data ")
        s.press([.tab, .tab, .tab] + keys("Uni 日本"))
        #expect(s.deposit[.institution] == "Uni 日本")
    }

    @Test func theYearTakesOnlyDigitsAndSaysWhy() {
        var s = openForm()
        s.press([.tab, .tab, .backspace, .backspace] + keys("2x"))
        #expect(s.deposit[.year] == "202")
        #expect(s.deposit.errors[.year]?.contains("Only digits") == true)
        #expect(s.screenText().contains("Only digits here"))
        s.press(keys("45"))
        #expect(s.deposit[.year] == "2024")  // four digits at most
        #expect(s.deposit.errors[.year]?.contains("as long as") == true)
    }

    @Test func anImplausibleYearIsRefusedOnLeavingAndOnEnter() {
        var s = filledForm()
        s.press([.tab, .backspace, .backspace, .backspace, .backspace] + keys("1066") + [.tab])
        #expect(s.deposit.focus == .institution)
        #expect(s.deposit.errors[.year]?.contains("1066 is not a plausible year") == true)
        #expect(s.press([.enter]) == .stay)
        #expect(s.deposit.focus == .year)  // Enter refuses and goes to the field
        #expect(s.screenText().contains("1066 is not a plausible year"))
    }

    @Test func aBadORCIDIsRefusedInPlaceWithTheReason() {
        var s = openForm()
        s.press(keys("T") + [.tab] + keys("Ann Author; Bo Author <0000-0002-1825-0098>"))
        #expect(s.press([.enter]) == .stay)
        #expect(s.deposit.focus == .authors)
        let reason = s.deposit.errors[.authors] ?? ""
        #expect(reason.hasPrefix("Author 2: '0000-0002-1825-0098' is not an ORCID iD"))
        #expect(s.screenText().contains("Author 2: '0000-0002-1825-0098' is not an ORCID"))
        s.press([.backspace, .backspace] + keys("7>"))
        #expect(s.deposit.errors[.authors] == nil)  // typing clears the reason
        guard case .writeDeposit = s.press([.enter]) else {
            Issue.record("a corrected form did not ask to write")
            return
        }
    }

    @Test func emptyRequiredFieldsAreNamedOnEnter() {
        var s = openForm()
        s.press([.tab, .tab, .backspace, .backspace, .backspace, .backspace, .tab, .tab] + Array(repeating: .backspace, count: 9))
        #expect(s.deposit[.directory].isEmpty)
        #expect(s.press([.enter]) == .stay)
        #expect(s.deposit.focus == .title)
        #expect(s.deposit.errors[.title] == "Give the work a title.")
        #expect(s.deposit.errors[.authors]?.contains("at least one author") == true)
        #expect(s.deposit.errors[.year]?.contains("year of publication") == true)
        #expect(s.deposit.errors[.directory]?.contains("Name a directory") == true)
        #expect(s.deposit.errors[.institution] == nil)
    }

    @Test func enterAsksTheDriverToWriteTheArtefacts() {
        var s = filledForm()
        guard case .writeDeposit(let job) = s.press([.enter]) else {
            Issue.record("Enter did not ask to write")
            return
        }
        #expect(job.directory == "./deposit")
        #expect(!job.force)
        #expect(job.files.map(\.name) == s.deposit.fileNames)
        let cff = job.files.first { $0.name == "CITATION.cff" }?.content ?? ""
        #expect(cff.contains("Lake ice 1990-2020"))
        #expect(cff.contains("orcid.org/\(validORCID)"))
        #expect(cff.contains("Turing"))
        let licence = job.files.first { $0.name == "LICENSE" }?.content ?? ""
        #expect(licence.contains("2026"))
    }

    @Test func existingFilesAskBeforeOverwriting() {
        var s = filledForm()
        _ = s.press([.enter])
        s.depositExists(["REPORT.md", "LICENSE"])
        #expect(s.screenText().contains("These files exist already: REPORT.md, LICENSE."))
        #expect(s.screenText().contains("Overwrite them? y/N"))
        guard case .writeDeposit(let job) = s.press([.char("y")]) else {
            Issue.record("y did not ask to overwrite")
            return
        }
        #expect(job.force)
        // Anything but y keeps the files.
        s.depositExists(["REPORT.md"])
        #expect(s.press([.char("n")]) == .stay)
        #expect(s.deposit.phase == .editing)
        #expect(s.message?.text.contains("Nothing was overwritten") == true)
        s.depositExists(["REPORT.md"])
        #expect(s.press([.enter]) == .stay)
        #expect(s.deposit.phase == .editing)
    }

    @Test func theFilesWrittenAreListedThenAnyKeyReturns() {
        var s = filledForm()
        _ = s.press([.enter])
        s.depositWritten(["./deposit/REPORT.md", "./deposit/LICENSE"], directory: "./deposit")
        let text = s.screenText()
        #expect(text.contains("2 files in ./deposit:"))
        #expect(text.contains("./deposit/LICENSE"))
        s.press([.char("x")])
        #expect(s.panel == nil && s.screen == .result)
        #expect(s.depositDirectory == "./deposit")
        s.press([.char("q")])
        #expect(s.screenText().contains("Your deposit files are in ./deposit."))
    }

    @Test func aWriteErrorIsShownAndTheFormStays() {
        var s = filledForm()
        _ = s.press([.enter])
        s.depositFailed("cannot create the directory /x: Permission denied")
        #expect(s.panel == .deposit)
        #expect(s.screenText().contains("Nothing written: cannot create the directory /x"))
    }

    @Test func escapeCancelsAndKeepsWhatWasTyped() {
        var s = filledForm()
        s.press([.escape])
        #expect(s.panel == nil && s.screen == .result)
        #expect(s.message?.text == "No files written.")
        s.press([.char("s")])
        #expect(s.deposit[.title] == "Lake ice 1990-2020")
    }

    @Test func controlCharactersCannotBeTyped() {
        var s = openForm()
        s.press([.char("\u{1B}"), .char("\u{202E}"), .char("\u{9B}"), .char("a")])
        #expect(s.deposit[.title] == "a")
    }

    @Test func theReportAloneIsStillOneKeyAway() {
        var s = drive(datasetKeys)
        guard case .save(let report) = s.press([.char("S")]) else {
            Issue.record("S did not ask to save the report")
            return
        }
        #expect(report.contains("CC-BY-4.0"))
        #expect(s.panel == nil)
    }

    @Test func noFormWithoutAResult() {
        var s = drive([.enter] + keys("11"))
        s.press([.char("s")])
        #expect(s.panel != .deposit)
    }
}
