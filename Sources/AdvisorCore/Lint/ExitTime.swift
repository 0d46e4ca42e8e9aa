/// Values a command-line run hands to the process's exit: freeing a model of 100 000 nodes one
/// allocation at a time costs a tenth of linting it, and the exit returns the memory at once.
enum ExitTime {
    private final class Box<Value> {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    /// Keeps `value` alive until the process ends (never call it from a long-lived process).
    static func keep<Value>(_ value: Value) {
        _ = Unmanaged.passRetained(Box(value))
    }
}
