import AdvisorCore
import ArgumentParser

/// Output formats of the catalogue listings.
enum ListingFormat: String, ExpressibleByArgument, CaseIterable { case text, json }

/// `questions`, `licences` and `services`: one listing of the rules, as text or JSON.
protocol CatalogueCommand: ParsableCommand {
    var global: GlobalOptions { get }
    var format: ListingFormat { get }
    static func json(_ rules: RuleSet) -> JSON
    static func text(_ rules: RuleSet) -> String
}

extension CatalogueCommand {
    func run() throws {
        let rules = try global.load()
        switch format {
        case .json: Console.out(Self.json(rules).pretty())
        case .text: Console.write(fd: 1, Self.text(rules))
        }
    }
}
