import AdvisorCore
import AdvisorRules
import ArgumentParser

/// Options every subcommand shares. Declared on the root command too, so `--rules DIR` works both
/// before and after the subcommand name.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Use the rules in DIR instead of the built-in ones.",
        discussion: "DIR holds manifest.yaml and the other rule files; check it first with 'license-advisor lint DIR'.",
        valueName: "DIR"))
    var rules: String?

    /// Loads the rules or exits 1, printing every error compiler-style.
    func load() throws -> RuleSet { try Self.load(directory: rules) }

    /// The rules in `directory`, or the built-in ones when it is nil.
    static func load(directory: String?) throws -> RuleSet {
        do {
            if let dir = directory { return try RuleLoader.load(directory: dir) }
            return BuiltinRules.ruleSet()
        } catch let list {
            Console.error(list.description)
            throw ExitCode(1)
        }
    }
}

/// The exit codes of the outside contract.
enum Exit {
    static let ok: Int32 = 0
    static let invalidRules: Int32 = 1
    static let badInput: Int32 = 2
    static let needsAnswer: Int32 = 3
    static let interrupted: Int32 = 130
}
