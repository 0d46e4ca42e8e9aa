import AdvisorCore
import AdvisorRules

/// What each fuzz target does with one input. Every path must end in a value or a diagnostic:
/// a crash, a hang or unbounded memory is a finding.
public enum FuzzTarget: String, CaseIterable, Sendable {
    case rules, answers, batch, yaml

    /// The built-in rules, loaded once per process.
    static let builtin = BuiltinRules.ruleSet()

    static let manifest = """
    schema: 1
    version: "0.0.1"
    entry: q
    """

    public func run(_ bytes: [UInt8]) {
        // Invalid UTF-8 is refused before any of these stages (the loader and batch reader check it).
        guard let text = String(validating: bytes, as: UTF8.self) else { return }
        switch self {
        case .rules:
            // The input is one rule file beside a fixed manifest: loader, reference checks and lint all run.
            guard let rules = try? RuleLoader.load(files: [("Rules/manifest.yaml", Self.manifest), ("Rules/fuzz.yaml", text)]) else { return }
            _ = Lint.check(rules)
            _ = advise(rules, Answers(), assumeDefaults: true)
        case .answers:
            guard let parsed = try? AnswersReader(rules: Self.builtin).parse(text: text, path: "answers.yaml") else { return }
            _ = advise(Self.builtin, parsed.answers, assumeDefaults: true).json(rules: Self.builtin).serialized()
        case .yaml:
            if case .different(let d) = YAMLDifferential.compare(text) { fatalError("YAML reader differs from libyaml: \(d)") }
        case .batch:
            // The input is a batch file: every line goes through the evaluator `advise --batch` uses.
            let evaluator = BatchEvaluator(rules: Self.builtin, assumeDefaults: true, cacheSize: 16)
            for (n, line) in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(64).enumerated() {
                _ = evaluator.evaluate(String(line), number: n + 1)
            }
        }
    }
}
