import AdvisorCore
import ArgumentParser

struct Licences: CatalogueCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the licence catalogue.",
        discussion: "Text gives one aligned line a licence; JSON gives every property the rules hold, with the sources cited."
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "Output format: text or json.")
    var format: ListingFormat = .text

    static func json(_ rules: RuleSet) -> JSON { CatalogueListing.licencesJSON(rules) }
    static func text(_ rules: RuleSet) -> String { CatalogueListing.licencesText(rules) }
}
