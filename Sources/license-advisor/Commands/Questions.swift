import AdvisorCore
import ArgumentParser

/// Output formats of the catalogue listings.
enum ListingFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

struct Questions: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List every question with its id, text, kind, options and default.",
        discussion: "The ids are what answers files, --set and --batch lines use. JSON gives hints, help texts and number ranges too."
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "Output format: text or json.")
    var format: ListingFormat = .text

    func run() throws {
        let rules = try global.load()
        switch format {
        case .json: Console.out(CatalogueListing.questionsJSON(rules).pretty())
        case .text: Console.write(fd: 1, CatalogueListing.questionsText(rules))
        }
    }
}
