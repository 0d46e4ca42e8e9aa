extension Advice {
    /// The advice as plain text for a terminal (sanitised). Placeholder: the CLI work fills it in.
    public func text(rules: RuleSet) -> String {
        Sanitizer.text(json(rules: rules).pretty())
    }
}
