import AdvisorCore
import ArgumentParser

struct Graph: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "graph", abstract: "Not built yet.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        throw ValidationError("'graph' is not built yet")
    }
}
