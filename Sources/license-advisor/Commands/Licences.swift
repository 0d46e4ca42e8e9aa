import AdvisorCore
import ArgumentParser

struct Licences: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "licences", abstract: "Not built yet.")

    @OptionGroup var global: GlobalOptions

    func run() throws {
        throw ValidationError("'licences' is not built yet")
    }
}
