import AdvisorCore
import ArgumentParser

struct Services: CatalogueCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the repositories, archives and DOI services the rules know.",
        discussion: """
        Text gives one aligned line a service; entries the fact sheets could not confirm say UNVERIFIED. JSON gives \
        every property, including the conditions under which a service is listed ("verified": false for unconfirmed entries).
        """
    )

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "Output format: text or json.")
    var format: ListingFormat = .text

    static func json(_ rules: RuleSet) -> JSON { CatalogueListing.servicesJSON(rules) }
    static func text(_ rules: RuleSet) -> String { CatalogueListing.servicesText(rules) }
}
