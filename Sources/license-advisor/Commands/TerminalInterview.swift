import AdvisorCore
import AdvisorTUI
import ArgumentParser
import Glibc
import TerminalBackend

/// The ncurses interview. Every answer is kept in `SessionStore.standard()` so that `--resume`
/// continues it; the store is cleared once the deposit files are written or the user quits from the result.
enum TerminalInterview {
    /// `start`: the answers to begin with and the store that keeps them (SavedInterview, as in plain mode).
    static func run(rules: RuleSet, start saved: SavedInterview.Start) throws {
        let noColour = !(Self.environment("NO_COLOR") ?? "").isEmpty
        let store = saved.store
        let start = saved.answers
        let notices = saved.notices
        guard let terminal = NcursesTerminal(colourAllowed: !noColour) else {
            Console.error("error: cannot open the terminal '\(Self.environment("TERM") ?? "")'")
            throw ExitCode(2)
        }
        var state = AppState(rules: rules, answers: start, size: terminal.size, unicode: terminal.unicode)
        state.savesAnswers = true
        state.currentYear = Self.currentYear()
        // At the first open question with the notices (a fresh start has no answers: the welcome).
        state.resume(notices: notices)
        var effects = SessionEffects(directory: FileSystem.currentDirectory, store: store, stored: start)
        // Test hook (scripts/e2e-hardening): crash on purpose after the first frame.
        let crash = Self.environment("LICENSE_ADVISOR_TEST_CRASH") == "1"
        let end = Session.run(&state, terminal: terminal, effects: &effects, crashAfterFirstFrame: crash)
        terminal.shutdown()
        switch end {
        case .signal(let s):
            // Die of the same signal, so a calling shell or script sees 128+n and stops too.
            signal(s, SIG_DFL)
            raise(s)
            throw ExitCode(128 + s)
        case .quit(let code):
            if let advice = state.derived.advice, advice.isComplete {
                let licences = advice.licences.map { "\($0.licence.id) (\($0.part))" }.joined(separator: ", ")
                Console.out("license-advisor: \(licences.isEmpty ? "no licence" : licences)"
                    + (advice.openness.map { ", \($0)" } ?? ""))
            }
            if let path = state.savedPath { Console.out("Report: \(path)") }
            if let dir = state.depositDirectory { Console.out("Deposit files: \(dir)") }
            if code != 0 { throw ExitCode(code) }
        }
    }

    // getenv and localtime_r rather than ProcessInfo and Calendar: those build the whole environment
    // and load ICU's time zones, a tenth of the time to the first frame (BENCHMARKS.md).
    private static func environment(_ name: String) -> String? { getenv(name).map { String(cString: $0) } }

    /// The local calendar year, for the copyright line of the deposit files.
    private static func currentYear() -> Int {
        var now = time(nil)
        var parts = tm()
        guard localtime_r(&now, &parts) != nil else { return 1970 + Int(now / 31_556_952) }
        return Int(parts.tm_year) + 1900
    }
}
