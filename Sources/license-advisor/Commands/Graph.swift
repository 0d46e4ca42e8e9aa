import AdvisorCore
import ArgumentParser

/// `graph --format dot|mermaid`: the decision graph, for Graphviz or Mermaid.
struct Graph: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Print the decision graph for Graphviz (dot) or Mermaid.",
        discussion: """
        Questions are boxes (id and text), route nodes diamonds with each edge labelled by its condition, \
        outcomes double circles (dot) or stadiums (Mermaid); answer edges carry the option ids. \
        Example: license-advisor graph --format dot | dot -Tsvg > graph.svg
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case dot, mermaid }

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: "Output format.")
    var format: Format = .dot

    func run() throws {
        let rules = try global.load()
        switch format {
        case .dot: Console.out(GraphExport.dot(rules))
        case .mermaid: Console.out(GraphExport.mermaid(rules))
        }
    }
}
