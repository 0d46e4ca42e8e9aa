import AdvisorCore
import ArgumentParser

struct Services: ParsableCommand {
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

    func run() throws {
        let rules = try global.load()
        switch format {
        case .json: Console.out(CatalogueListing.servicesJSON(rules).pretty())
        case .text: Console.write(fd: 1, CatalogueListing.servicesText(rules))
        }
    }
}
