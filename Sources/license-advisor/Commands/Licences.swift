import AdvisorCore
import ArgumentParser

struct Licences: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the licence catalogue.",
        discussion: "Text gives one aligned line a licence; JSON gives every property the rules hold, with the sources cited."
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "Output format: text or json.")
    var format: ListingFormat = .text

    func run() throws {
        let rules = try global.load()
        switch format {
        case .json: Console.out(CatalogueListing.licencesJSON(rules).pretty())
        case .text: Console.write(fd: 1, CatalogueListing.licencesText(rules))
        }
    }
}
