extension Advice {
    /// The advice as a Markdown report (sanitised). Placeholder: the CLI work fills it in.
    public func markdown(rules: RuleSet) -> String {
        "# Licence advice\n\n```json\n" + Sanitizer.text(json(rules: rules).pretty()) + "\n```\n"
    }
}
