import AdvisorCore
import ArgumentParser

/// The root command. With no subcommand it runs the interview.
struct LicenseAdvisor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "license-advisor",
        abstract: "Choose a licence and a repository for a dataset, software, an AI model, an AI system or documents.",
        discussion: """
        With no subcommand, license-advisor interviews you: about ten plain questions about what you share, who \
        holds the rights, personal data and how others may reuse it. It ends with a recommended licence, how open \
        that licence is, the repositories and DOI services that fit every answer, warnings and next steps, each \
        with its sources. On a terminal the interview is a full-screen ncurses program; without one (stdin or \
        stdout not a terminal, TERM unset, 'dumb' or 'unknown') it runs as numbered prompts on stdin and stdout.

        'advise' gives the same advice without any screen, from an answers file, --set options or a JSON Lines \
        batch. The rules behind the advice are YAML files (see 'lint' and --rules).

        Exit codes: 0 success; 1 invalid rules; 2 bad input (an unknown option, question id or answer); \
        3 more answers needed ('advise'); 130 interrupted.

        This is guidance from published sources, not legal advice.
        """,
        version: "license-advisor 0.1.0",
        subcommands: [Advise.self, Questions.self, Licences.self, Services.self, Lint.self, Graph.self]
    )

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: ArgumentHelp(
        "Continue the last saved interview.",
        discussion: "The interview saves every answer at once in $XDG_STATE_HOME/license-advisor/interview.json "
            + "(by default ~/.local/state/license-advisor/interview.json) and deletes the file when it finishes."))
    var resume = false

    func run() throws {
        try Interview.run(rulesDirectory: global.rules, resume: resume)
    }

    /// Parses and runs a command line, returning the exit status. Usage errors become exit 2 (the
    /// contract's "bad input"); help and --version print to stdout and return 0.
    static func runMain(_ arguments: [String]) -> Int32 {
        // No arguments is the interview with its defaults. It starts without the parser: parsing finds
        // the commands' property wrappers by dynamic casts, which scan every protocol conformance in the
        // binary (0.7 ms and 0.8 MB before the first frame, BENCHMARKS.md).
        if arguments.isEmpty { return status { try Interview.run(rulesDirectory: nil, resume: false) } }
        return status {
            var command = try parseAsRoot(arguments)
            try command.run()
        }
    }

    private static func status(_ body: () throws -> Void) -> Int32 {
        do {
            try body()
            return Exit.ok
        } catch let code as ExitCode {
            return code.rawValue
        } catch {
            let status = exitCode(for: error).rawValue
            let message = fullMessage(for: error)
            if status == ExitCode.success.rawValue {
                if !message.isEmpty { Console.out(message) }
                return Exit.ok
            }
            if !message.isEmpty { Console.error(message) }
            return status == ExitCode.validationFailure.rawValue ? Exit.badInput : status
        }
    }
}
