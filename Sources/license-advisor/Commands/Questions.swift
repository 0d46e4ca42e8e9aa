import AdvisorCore
import ArgumentParser

struct Questions: CatalogueCommand {
    static let configuration = CommandConfiguration(
        abstract: "List every question with its id, text, kind, options and default.",
        discussion: "The ids are what answers files, --set and --batch lines use. JSON gives hints, help texts and number ranges too."
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "Output format: text or json.")
    var format: ListingFormat = .text

    static func json(_ rules: RuleSet) -> JSON { CatalogueListing.questionsJSON(rules) }
    static func text(_ rules: RuleSet) -> String { CatalogueListing.questionsText(rules) }
}
