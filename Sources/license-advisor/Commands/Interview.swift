import AdvisorCore
import ArgumentParser

/// The interview: the ncurses screens on a usable terminal, plain numbered prompts otherwise.
enum Interview {
    static func run(global: GlobalOptions, resume: Bool) throws {
        let rules = try global.load()
        guard TerminalInterview.usable() else {
            Console.error("no terminal: the plain interview is not built on this branch yet")
            throw ExitCode(2)
        }
        try TerminalInterview.run(rules: rules)
    }
}

enum ExitCodeError: Error { case notBuilt }
