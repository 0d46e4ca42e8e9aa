import AdvisorCore

extension BuiltinRules {
    /// The built-in rules, decoded from the form compiled at build time (no YAML parsing at start-up),
    /// read in place from the program's read-only data.
    public static func ruleSet() -> RuleSet {
        guard let rules = try? RuleSetCodec.decode(compiled) else {
            // The build checked these rules; failing here means the binary itself is damaged.
            fatalError("the built-in rules compiled into this program are damaged")
        }
        return rules
    }
}
