import AdvisorCore
import AdvisorRules
import ArgumentParser

/// `lint [DIR]`: checks a rules directory (default: the built-in rules).
struct Lint: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lint",
        abstract: "Check a rules directory (default: the built-in rules).",
        discussion: """
        Text findings go to stderr, compiler-style (FILE:LINE:COLUMN: severity: message [rule]), \
        followed by a summary line; --format json writes one JSON object to stdout instead. \
        Load errors (YAML syntax, unknown keys, unknown ids, ...) are reported the same way.
        Exit codes: 0 no errors (warnings allowed), 1 errors found (or warnings, with --strict).
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json }

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The rules directory to check (default: the built-in rules, or --rules).", valueName: "DIR"))
    var directory: String?

    @Option(name: .long, help: "Output format.")
    var format: Format = .text

    @Flag(name: .long, help: "Fail (exit 1) on warnings too.")
    var strict = false

    @Flag(name: .long, help: "List the lint rules with their severity, and exit.")
    var listRules = false

    func validate() throws {
        if let d = directory, let r = global.rules, d != r {
            throw ValidationError("give the rules directory once: either DIR or --rules")
        }
    }

    func run() throws {
        if listRules {
            let width = AdvisorCore.Lint.catalogue.map(\.id.count).max() ?? 0
            for rule in AdvisorCore.Lint.catalogue {
                let pad = String(repeating: " ", count: width - rule.id.count)
                Console.out("\(rule.id)\(pad)  \(rule.severity.rawValue.padding(7))  \(rule.summary)")
            }
            return
        }
        let report: LintReport
        if let dir = directory ?? global.rules {
            // The command exits once the report is written: the model need not be freed first.
            report = LintReport.run(directory: dir, exiting: true)
        } else {
            report = LintReport.run(files: BuiltinRules.files)
        }
        switch format {
        case .text:
            for d in report.diagnostics { Console.error(d.description) }
            Console.error(report.summary)
        case .json:
            Console.out(report.json().pretty())
        }
        if report.failed(strict: strict) { throw ExitCode(1) }
    }
}

extension String {
    fileprivate func padding(_ width: Int) -> String { self + String(repeating: " ", count: max(0, width - count)) }
}
