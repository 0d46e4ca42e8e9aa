extension BuiltinRules {
    /// Where the built-in rules say they come from, for messages.
    public static let origin = "built-in rules"
}
