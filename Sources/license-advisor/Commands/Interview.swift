import AdvisorCore

/// The interview: the ncurses screens on a usable terminal, plain numbered prompts otherwise.
enum Interview {
    static func run(global: GlobalOptions, resume: Bool) throws {
        throw ExitCodeError.notBuilt
    }
}

enum ExitCodeError: Error { case notBuilt }
