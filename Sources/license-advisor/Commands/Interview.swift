import AdvisorCore
import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The interview: the ncurses screens on a usable terminal, plain numbered prompts otherwise.
enum Interview {
    static func run(rulesDirectory: String?, resume: Bool) throws {
        let rules = try GlobalOptions.load(directory: rulesDirectory)
        // Saved interviews (--resume): the answers to start from and the file that keeps them.
        let saved = try SavedInterview.start(rules: rules, resume: resume)
        if usableTerminal() {
            try TerminalInterview.run(rules: rules, start: saved)
            return
        }
        var plain = PlainInterview(rules: rules, readLine: { Swift.readLine(strippingNewline: true) },
                                   write: { Console.write(fd: 1, $0) }, writeError: { Console.error($0) },
                                   echo: isatty(0) != 1,
                                   answers: saved.answers, session: saved.store, notices: saved.notices)
        let status = plain.run()
        if status != 0 { throw ExitCode(status) }
    }

    /// A terminal the ncurses interview can use: stdin and stdout are terminals and TERM names a real
    /// one (not unset, empty, `dumb` or `unknown`). ncurses itself would accept `dumb` and a piped
    /// stdout, so this is checked here.
    static func usableTerminal(environment: [String: String]? = nil) -> Bool {
        let term: String?
        if let environment { term = environment["TERM"] } else { term = getenv("TERM").map { String(cString: $0) } }
        guard let term, !["", "dumb", "unknown"].contains(term) else { return false }
        return isatty(0) == 1 && isatty(1) == 1
    }
}

enum ExitCodeError: Error { case notBuilt }
