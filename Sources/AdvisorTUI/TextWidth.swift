/// Display width of text in terminal columns, independent of the C locale (glibc's wcwidth returns -1
/// for anything non-ASCII under LANG=C): East Asian wide and fullwidth characters and emoji take two
/// columns, combining marks ride on their base character.
public enum TextWidth {
    public static func of(_ c: Character) -> Int {
        let scalars = c.unicodeScalars
        guard let first = scalars.first else { return 0 }
        let v = first.value
        if v < 0x7F { return v < 0x20 ? 0 : 1 }
        if scalars.contains(where: { $0.value == 0xFE0F }) { return 2 }  // emoji presentation selector
        return isOneColumn(v) ? 1 : byProperties(first)
    }

    /// The width of a grapheme that starts with `first` and has no emoji presentation selector, by the
    /// Unicode property tables.
    static func byProperties(_ first: Unicode.Scalar) -> Int {
        switch first.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format, .control: return 0
        default: break
        }
        if first.properties.isEmojiPresentation { return 2 }
        return isWide(first.value) ? 2 : 1
    }

    /// Scalars one column wide, known without the Unicode property tables (reading them faulted in
    /// three 64 KB windows of the first frame's peak RSS, for its box drawing and glyphs, BENCHMARKS.md):
    /// Latin-1 and Latin Extended but the soft hyphen (a format character), general punctuation,
    /// currency, letterlike and technical symbols, arrows, box drawing, blocks and geometric shapes,
    /// leaving out the few with emoji presentation; and the interface's ⚠ ✓ ✖. A test checks each
    /// against `byProperties`.
    static func isOneColumn(_ v: UInt32) -> Bool {
        switch v {
        case 0xA0...0xAC, 0xAE...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20CF,
             0x2100...0x2319, 0x231C...0x23E8, 0x23F4...0x25FC, 0x26A0, 0x2713, 0x2716:
            return true
        default:
            return false
        }
    }

    public static func of(_ s: String) -> Int {
        // ASCII (most text) needs no grapheme breaking: printable bytes are one column, controls none.
        var ascii = 0
        for b in s.utf8 {
            if b >= 0x80 { return nonASCII(s) }
            if b >= 0x20 && b != 0x7F { ascii += 1 }
        }
        return ascii
    }

    /// Counted by scalar while every scalar is ASCII or one column: those are graphemes of their own
    /// (they lie inside `scalarsAreGraphemes`' ranges, and CR LF, the one pair, is no columns either way).
    private static func nonASCII(_ s: String) -> Int {
        var w = 0
        for u in s.unicodeScalars {
            if u.value < 0x80 {
                if u.value >= 0x20 && u.value != 0x7F { w += 1 }
            } else if isOneColumn(u.value) {
                w += 1
            } else {
                return graphemes(s)
            }
        }
        return w
    }

    private static func graphemes(_ s: String) -> Int {
        var w = 0
        for c in s { w += of(c) }
        return w
    }

    static func isWide(_ v: UInt32) -> Bool {
        switch v {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA000...0xA4CF, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x1F300...0x1F64F, 0x1F900...0x1F9FF, 0x20000...0x3FFFD:
            return true
        default:
            return false
        }
    }

    /// `s` cut to at most `width` columns, ending in `ellipsis` when something was cut.
    public static func truncate(_ s: String, _ width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if of(s) <= width { return s }
        let ew = of(ellipsis)
        guard width > ew else { return String(repeating: ".", count: width) }
        var out = ""
        var used = 0
        for c in s {
            let cw = of(c)
            if used + cw > width - ew { break }
            out.append(c)
            used += cw
        }
        return out + ellipsis
    }

    /// `s` padded with spaces (or cut) to exactly `width` columns.
    public static func pad(_ s: String, _ width: Int, ellipsis: String = "…") -> String {
        let t = truncate(s, width, ellipsis: ellipsis)
        return t + String(repeating: " ", count: max(0, width - of(t)))
    }

    /// Word wrap to `width` columns; explicit newlines start new lines; words longer than a line are cut.
    public static func wrap(_ text: String, _ width: Int) -> [String] {
        // Where every scalar is a grapheme of its own, newlines and spaces are found by byte: breaking
        // graphemes was most of the first frame's text work (BENCHMARKS.md), and the cut is the same.
        wrap(text, width, byByte: scalarsAreGraphemes(text))
    }

    static func wrap(_ text: String, _ width: Int, byByte: Bool) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        let paragraphs = byByte ? split(text[...], 0x0A, omittingEmpty: false) : text.split(separator: "\n", omittingEmptySubsequences: false)
        for paragraph in paragraphs {
            var line = ""
            var lineWidth = 0
            let words = byByte ? split(paragraph, 0x20, omittingEmpty: true) : paragraph.split(separator: " ", omittingEmptySubsequences: true)
            for word in words {
                var word = String(word)
                var ww = of(word)
                if lineWidth > 0 && lineWidth + 1 + ww <= width {
                    line += " "
                    line += word
                    lineWidth += 1 + ww
                    continue
                }
                if lineWidth > 0 {
                    lines.append(line)
                    line = ""
                    lineWidth = 0
                }
                while ww > width {
                    var head = ""
                    var hw = 0
                    var rest = Substring(word)
                    while let c = rest.first, hw + of(c) <= width {
                        head.append(c)
                        hw += of(c)
                        rest = rest.dropFirst()
                    }
                    if head.isEmpty { rest = rest.dropFirst() }  // a wide glyph in a one-column line
                    lines.append(head)
                    word = String(rest)
                    ww = of(word)
                }
                line = word
                lineWidth = ww
            }
            lines.append(line)
        }
        return lines
    }

    private static func split(_ s: Substring, _ byte: UInt8, omittingEmpty: Bool) -> [Substring] {
        s.utf8.split(separator: byte, omittingEmptySubsequences: omittingEmpty).map { Substring($0) }
    }

    /// True when no two scalars of `s` join into one grapheme: no CR (CR LF is one), and nothing
    /// outside ranges that hold no combining marks, joiners, prepended, Hangul or regional-indicator
    /// scalars (Unicode UAX #29): Latin, general punctuation, currency, symbols, arrows, box drawing.
    static func scalarsAreGraphemes(_ s: String) -> Bool {
        var ascii = true
        for b in s.utf8 {
            if b == 0x0D { return false }
            if b >= 0x80 { ascii = false; break }
        }
        if ascii { return true }
        for u in s.unicodeScalars {
            switch u.value {
            case 0x0D: return false
            case 0...0x2FF, 0x2010...0x2027, 0x2030...0x205E, 0x20A0...0x20CF, 0x2100...0x2BFF: continue
            default: return false
            }
        }
        return true
    }
}
