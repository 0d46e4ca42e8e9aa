import AdvisorCore
import AdvisorTUI
import ArgumentParser
import Foundation
import TerminalBackend

/// The ncurses interview.
enum TerminalInterview {
    static func run(rules: RuleSet, answers: Answers = Answers()) throws {
        let noColour = !(ProcessInfo.processInfo.environment["NO_COLOR"] ?? "").isEmpty
        guard let terminal = NcursesTerminal(colourAllowed: !noColour) else {
            Console.error("error: cannot open the terminal '\(ProcessInfo.processInfo.environment["TERM"] ?? "")'")
            throw ExitCode(2)
        }
        var state = AppState(rules: rules, answers: answers, size: terminal.size, unicode: terminal.unicode)
        let end = Session.run(&state, terminal: terminal, saveDirectory: FileManager.default.currentDirectoryPath)
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
            if code != 0 { throw ExitCode(code) }
        }
    }
}
