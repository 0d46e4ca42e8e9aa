import AdvisorCore
import AdvisorRules
import AdvisorTUI
import Foundation
import TerminalBackend
import Testing

/// Every test that touches ncurses or tmux, in one serialized suite: ncurses is process-global.
@Suite(.serialized) struct TerminalSuite {
    static let dataset: [String: AnswerValue] = [
        "asset": .option("dataset"), "chosen-licence": .option("undecided"), "rights": .option("own"),
        "personal-data": .option("none"), "eu-database": .option("yes"), "attribution": .option("required"),
        "commercial": .option("allow"), "derivatives": .option("allow"), "country": .option("FI"),
        "size-gb": .number(3),
    ]
    static let software: [String: AnswerValue] = [
        "asset": .option("software"), "chosen-licence": .option("undecided"), "rights": .option("own"),
        "copyleft": .option("permissive"), "patents": .option("yes"), "employer": .option("approved"),
    ]
    static let model: [String: AnswerValue] = [
        "asset": .option("ai-model"), "chosen-licence": .option("undecided"), "rights": .option("own"),
        "personal-data": .option("none"), "release": .options(["weights"]), "use-restrictions": .option("none"),
        "size-gb": .number(3),
    ]

    /// Drawing through real ncurses (a virtual screen, no TTY) gives back exactly the grid's text.
    @Test func headlessNcursesShowsTheGrid() throws {
        let terminal = try #require(NcursesTerminal(headlessWidth: 80, height: 24, colour: true))
        defer { terminal.shutdown() }
        #expect(terminal.size == Size(width: 80, height: 24))
        var state = AppState(rules: try RuleLoader.load(files: BuiltinRules.files), size: Size(width: 80, height: 24))
        _ = state.handle(.resize(width: 80, height: 24))
        var grid = render(state, width: 80, height: 24)
        grid.put("日本語 wide", x: 2, y: 12, role: .caution)
        terminal.draw(grid)
        for y in 0..<23 {
            #expect(terminal.row(y).trimmingTrailingSpaces == grid.lines[y].trimmingTrailingSpaces, "row \(y)")
        }
    }

    @Test func datasetInterviewToTheResultAndSave() throws {
        let s = try TmuxSession()
        defer { s.close() }
        try s.wait(for: "Enter start")
        #expect(s.alternateScreen)
        s.send("Enter")
        let result = try Interviewer(s).answer(Self.dataset).screen
        #expect(result.contains("CC-BY-4.0"))
        #expect(result.contains("open"))
        s.send("S")
        let saved = try s.wait(for: "Report saved to")
        #expect(saved.contains("license-advice-report.md"))
        #expect(s.file("license-advice-report.md")?.contains("CC-BY-4.0") == true)
        s.send("S")
        try s.wait(for: "license-advice-report-2.md")  // never overwrites
        s.send("q")
        try s.wait(for: "Quit license-advisor?")
        s.send("y")
        #expect(try s.exitStatus() == 0)
        #expect(!s.alternateScreen)
        #expect(isSane(s.stty))
        #expect(s.screen().contains("license-advisor: CC-BY-4.0"))
    }

    @Test func softwareInterviewWithWhyCompareAndHelp() throws {
        let s = try TmuxSession(width: 100, height: 30)
        defer { s.close() }
        try s.wait(for: "Enter start")
        s.send("?")
        try s.wait(for: "Keys")
        s.send("Escape")
        try s.wait(for: "Enter start")
        s.send("Enter")
        let result = try Interviewer(s).answer(Self.software).screen
        #expect(result.contains("Apache-2.0"))
        s.send("w")
        try s.wait(for: "Why this result")
        try s.wait(for: "Decisions that applied")
        s.send("End")
        try s.wait(for: "Sources")
        s.send("Escape")
        s.send("c")
        if try s.wait("compare or its picker", { $0.contains("Compare licences") || $0.contains("Pick licences") })
            .contains("Pick licences") {
            // only one licence to show: tick MIT beside it
            let rules = try Interviewer(s).rules
            let mit = try #require(rules.licences.firstIndex { $0.id == "MIT" })
            for _ in 0..<mit { s.send("Down") }
            s.send("Space", "Enter")
        }
        try s.wait(for: "Compare licences")
        try s.wait(for: "Copyleft")
        #expect(s.settled().contains("MIT"))
        s.send("e")
        try s.wait(for: "Pick licences to compare")
        s.send("Escape")
        try s.wait(for: "Compare licences")
        s.send("q", "y")
        #expect(try s.exitStatus() == 0)
    }

    @Test func aiModelInterview() throws {
        let s = try TmuxSession(width: 120, height: 40)
        defer { s.close() }
        try s.wait(for: "Enter start")
        s.send("Enter")
        try s.wait(for: "Still possible")  // the candidates panel on a wide terminal
        let result = try Interviewer(s).answer(Self.model).screen
        #expect(result.contains("open-weights"))
        #expect(result.contains("Hugging Face"))
        s.send("q", "y")
        #expect(try s.exitStatus() == 0)
    }

    @Test func helpOnAQuestionShowsItsSources() throws {
        let s = try TmuxSession()
        defer { s.close() }
        try s.startInterview()
        s.send("?")
        try s.wait(for: "· Help")
        #expect(s.settled().contains("Sources"))
        s.send("Escape")
        try s.wait(for: "step 1")
    }

    @Test func backAndReviewAndEdit() throws {
        let s = try TmuxSession()
        defer { s.close() }
        try s.wait(for: "Enter start")
        s.send("Enter")
        let interviewer = try Interviewer(s)
        let asked = try interviewer.answer(Self.dataset, until: "personal-data").asked
        #expect(asked == ["asset", "chosen-licence", "rights"])
        s.send("Left")
        try s.wait(for: "step 3")
        #expect(interviewer.questionOnScreen(s.settled())?.id == "rights")
        s.send("BSpace")
        try s.wait(for: "step 2")
        s.send("r")
        try s.wait(for: "Review your answers")
        s.send("Home", "Enter")
        try s.wait(for: "step 1")
        let software = try #require(interviewer.rules.question("asset")?.options.firstIndex { $0.id == "software" })
        s.type(String(software + 1))
        // the later answers (licence undecided, rights own) are kept: the next open question is copyleft
        let screen = try s.wait("a software question") { interviewer.questionOnScreen($0)?.id == "copyleft" }
        #expect(screen.contains("step 4"))
        s.send("r")
        try s.wait(for: "Review your answers")
        #expect(s.settled().contains("not answered yet"))
    }

    @Test func liveResize() throws {
        let s = try TmuxSession()
        defer { s.close() }
        try s.startInterview()
        s.resize(40, 10)
        try s.wait("a 40x10 frame") { $0.contains("1 of ") && !$0.contains("larger") }
        s.resize(20, 5)
        try s.wait(for: "larger")
        s.resize(10, 3)
        try s.wait("a 10x3 frame") { !$0.contains("step 1") }
        s.resize(100, 30)
        try s.wait(for: "Still possible")
        s.send("q")  // no answers yet: quits without asking
        #expect(try s.exitStatus() == 0)
        #expect(isSane(s.stty))
    }

    @Test func ctrlCExits130AndRestoresTheTerminal() throws {
        let s = try TmuxSession()
        defer { s.close() }
        try s.startInterview()
        s.send("1")
        try s.wait(for: "step 2")
        s.send("C-c")
        #expect(try s.exitStatus() == 130)
        #expect(!s.alternateScreen)
        #expect(isSane(s.stty))
    }

    @Test func sigtermAndSighupExitWithTheirStatus() throws {
        for (signal, status) in [(SIGTERM, Int32(143)), (SIGHUP, Int32(129))] {
            let s = try TmuxSession()
            defer { s.close() }
            try s.wait(for: "Enter start")
            kill(try s.programPID(), signal)
            #expect(try s.exitStatus() == status)
            #expect(!s.alternateScreen)
            #expect(isSane(s.stty))
        }
    }

    @Test func aCrashRestoresTheTerminalAndItsMessageStaysReadable() throws {
        let s = try TmuxSession()
        defer { s.close() }
        try s.wait(for: "Enter start")
        kill(try s.programPID(), SIGSEGV)
        #expect(try s.exitStatus() == 139)
        #expect(!s.alternateScreen)
        #expect(isSane(s.stty))
        let after = s.tmux(["capture-pane", "-p", "-S", "-200", "-t", "tt"]).out
        #expect(after.contains("crashed"))  // the backtracer's report, printed after the restore
    }

    @Test func noColorMeansNoColour() throws {
        let coloured = try TmuxSession()
        defer { coloured.close() }
        try coloured.wait(for: "Enter start")
        #expect(usesColour(coloured.screen(escapes: true)))
        let plain = try TmuxSession(env: ["NO_COLOR": "1"])
        defer { plain.close() }
        try plain.wait(for: "Enter start")
        let screen = plain.screen(escapes: true)
        #expect(!usesColour(screen))
        #expect(screen.contains("7m"))  // reverse video still marks the bars
        let mono = try TmuxSession(env: ["TERM": "xterm-mono"])  // a terminal without colours
        defer { mono.close() }
        try mono.wait(for: "Enter start")
        #expect(!usesColour(mono.screen(escapes: true)))
        mono.send("Enter")
        try mono.wait(for: "step 1")
    }

    @Test func nonUTF8LocaleFallsBackToASCII() throws {
        let s = try TmuxSession(env: ["LANG": "C", "LC_ALL": "C"])
        defer { s.close() }
        let screen = try s.wait(for: "Enter start")
        #expect(screen.contains("-----"))
        #expect(screen.unicodeScalars.allSatisfy { $0.isASCII })
    }

    @Test func dumbTerminalAndPipedStdinDoNotOpenNcurses() throws {
        for (env, stdin) in [(["TERM": "dumb"], nil as String?), ([:], "1\n")] {
            let s = try TmuxSession(env: env, stdin: stdin)
            defer { s.close() }
            if stdin == nil {
                // The plain interview asks its first question on the terminal; q ends it.
                try s.wait(for: "1.")
                s.send("q", "Enter")
            }
            _ = try s.exitStatus()
            #expect(!s.output.contains("\u{1B}[?1049h"))  // never entered the alternate screen
            #expect(!s.alternateScreen)
            #expect(isSane(s.stty))
        }
    }
}

/// Whether any SGR sequence sets a foreground or background colour (30–38, 40–48, 90–97, 100–107;
/// 39 and 49 only reset to the default).
func usesColour(_ screen: String) -> Bool {
    var rest = Substring(screen)
    while let start = rest.range(of: "\u{1B}[") {
        rest = rest[start.upperBound...]
        guard let end = rest.firstIndex(where: { !($0.isNumber || $0 == ";") }) else { break }
        if rest[end] == "m" {
            let params = rest[..<end].split(separator: ";").compactMap { Int($0) }
            if params.contains(where: { (30...38).contains($0) || (40...48).contains($0) || (90...107).contains($0) }) {
                return true
            }
        }
        rest = rest[end...]
    }
    return false
}

extension String {
    var trimmingTrailingSpaces: String {
        var s = Substring(self)
        while s.last == " " { s = s.dropLast() }
        return String(s)
    }
}
