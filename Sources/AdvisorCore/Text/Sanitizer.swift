/// Makes text from rule, answer and saved files safe to show: control characters (C0, C1, ESC, DEL)
/// and bidirectional overrides become visible placeholders, so no file can drive the terminal.
public enum Sanitizer {
    /// Multi-line text: newlines and tabs survive, everything else dangerous is replaced.
    public static func text(_ s: String) -> String { clean(s, keepNewlines: true) }

    /// One line: newlines become spaces too.
    public static func line(_ s: String) -> String { clean(s, keepNewlines: false) }

    public static func isDangerous(_ v: UInt32) -> Bool {
        v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) || (0x202A...0x202E).contains(v)
            || (0x2066...0x2069).contains(v) || v == 0x200E || v == 0x200F || v == 0x061C
    }

    private static func clean(_ s: String, keepNewlines: Bool) -> String {
        // Fast path: most text has nothing to replace.
        if !s.unicodeScalars.contains(where: { isDangerous($0.value) }) { return s }
        var out = String.UnicodeScalarView()
        for u in s.unicodeScalars {
            let v = u.value
            if u == "\n" || u == "\t" {
                if keepNewlines { out.append(u) } else { out.append(" ") }
            } else if v == 0x1B {
                out.append(contentsOf: "␛".unicodeScalars)
            } else if v < 0x20 {
                out.append(Unicode.Scalar(0x2400 + v)!)  // ␀ … ␟ control pictures
            } else if v == 0x7F {
                out.append(contentsOf: "␡".unicodeScalars)
            } else if isDangerous(v) {
                out.append(contentsOf: "<U+\(String(v, radix: 16, uppercase: true))>".unicodeScalars)
            } else {
                out.append(u)
            }
        }
        return String(out)
    }
}
