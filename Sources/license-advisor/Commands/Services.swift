import AdvisorCore
import ArgumentParser

struct Services: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "services", abstract: "Not built yet.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        throw ValidationError("'services' is not built yet")
    }
}
