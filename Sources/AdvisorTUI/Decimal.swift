/// Whole numbers as text for the interface. The standard library prints an integer through generic
/// code that sits in two 64 KB windows of its text which nothing else at start-up touches, and the
/// first frame shows a few numbers (step, option numbers): 128 KB of peak RSS (BENCHMARKS.md).
enum Decimal {
    static func string(_ n: Int) -> String {
        var divisor: UInt = 1
        while n.magnitude / divisor >= 10 { divisor *= 10 }
        var rest = n.magnitude
        var text = n < 0 ? "-" : ""
        while true {
            text.unicodeScalars.append(Unicode.Scalar(UInt8(truncatingIfNeeded: 48 + rest / divisor)))
            rest %= divisor
            if divisor == 1 { return text }
            divisor /= 10
        }
    }
}

extension DefaultStringInterpolation {
    /// Chosen over the standard library's generic overload for an `Int` in this module's strings.
    mutating func appendInterpolation(_ n: Int) {
        appendLiteral(Decimal.string(n))
    }
}
