import AdvisorCore
import ArgumentParser
import Foundation

/// `advise`: evaluates answers without any screen.
struct Advise: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Evaluate answers and print the advice.",
        discussion: """
        Exit codes: 0 outcome, 3 more answers needed, 2 bad input, 1 invalid rules.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, markdown }

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("A YAML or JSON file mapping question ids to answers.", valueName: "FILE"))
    var answers: String?

    @Option(name: .customLong("set"), help: ArgumentHelp("Answer one question: ID=VALUE (lists as a,b).", valueName: "ID=VALUE"))
    var sets: [String] = []

    @Flag(name: .long, help: "Answer every open question with its default (marked as assumed).")
    var assumeDefaults = false

    @Option(name: .long, help: "Output format.")
    var format: Format = .text

    func run() throws {
        let rules = try global.load()
        let reader = AnswersReader(rules: rules)
        var given = Answers()
        do {
            if let path = answers {
                guard let data = FileManager.default.contents(atPath: path) else {
                    Console.error("\(path): error: cannot read the answers file")
                    throw ExitCode(2)
                }
                guard let text = String(validating: data, as: UTF8.self) else {
                    Console.error("\(path):1:1: error: the answers file is not valid UTF-8")
                    throw ExitCode(2)
                }
                given = try reader.parse(text: text, path: path).answers
            }
            for s in sets {
                let (id, value) = try reader.parse(set: s)
                given[id] = value
            }
        } catch let list as DiagnosticList {
            Console.error(list.description)
            throw ExitCode(2)
        }
        let advice = AdvisorCore.advise(rules, given, assumeDefaults: assumeDefaults)
        switch format {
        case .json: Console.out(advice.json(rules: rules).pretty())
        case .text, .markdown: Console.out(advice.json(rules: rules).pretty())
        }
        switch advice.status {
        case .complete: return
        case .needsAnswer: throw ExitCode(3)
        case .broken(let why):
            Console.error("error: \(why)")
            throw ExitCode(1)
        }
    }
}
