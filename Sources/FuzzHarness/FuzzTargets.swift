import AdvisorCore
import AdvisorRules

/// What each fuzz target does with one input. Every path must end in a value or a diagnostic:
/// a crash, a hang or unbounded memory is a finding.
public enum FuzzTarget: String, CaseIterable, Sendable {
    case rules, answers, batch

    /// The built-in rules, loaded once per process.
    static let builtin: RuleSet = {
        do { return try RuleLoader.load(files: BuiltinRules.files) } catch { fatalError("built-in rules do not load: \(error)") }
    }()

    static let manifest = """
    schema: 1
    version: "0.0.1"
    entry: q
    """

    public func run(_ bytes: [UInt8]) {
        guard let text = String(validating: bytes, as: UTF8.self) else { return }
        switch self {
        case .rules:
            // The input is one rule file beside a fixed manifest: loader, reference checks and lint all run.
            guard let rules = try? RuleLoader.load(files: [("Rules/manifest.yaml", Self.manifest), ("Rules/fuzz.yaml", text)]) else { return }
            FuzzHooks.afterRulesLoad(rules)
            _ = advise(rules, Answers(), assumeDefaults: true)
        case .answers:
            guard let parsed = try? AnswersReader(rules: Self.builtin).parse(text: text, path: "answers.yaml") else { return }
            _ = advise(Self.builtin, parsed.answers, assumeDefaults: true).json(rules: Self.builtin).serialized()
        case .batch:
            for line in text.split(separator: "\n", omittingEmptySubsequences: false).prefix(64) {
                FuzzHooks.batchLine(String(line), Self.builtin)
            }
        }
    }
}

/// Stages other modules plug in (lint, the batch line parser) without this file naming them twice.
enum FuzzHooks {
    static func afterRulesLoad(_ rules: RuleSet) {}
    static func batchLine(_ line: String, _ rules: RuleSet) {
        _ = try? AnswersReader(rules: rules).parse(text: line, path: "batch")
    }
}
