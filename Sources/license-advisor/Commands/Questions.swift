import AdvisorCore
import ArgumentParser

struct Questions: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "questions", abstract: "Not built yet.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        throw ValidationError("'questions' is not built yet")
    }
}
