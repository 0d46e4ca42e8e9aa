import AdvisorCore
import ArgumentParser

struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "lint", abstract: "Not built yet.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        throw ValidationError("'lint' is not built yet")
    }
}
