import AdvisorCore
import AdvisorRules

enum BuiltinRulesLoader {
    static func load() throws -> RuleSet { try RuleLoader.load(files: BuiltinRules.files) }
}
