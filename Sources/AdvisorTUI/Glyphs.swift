/// The characters the interface draws with: Unicode on a UTF-8 terminal, ASCII otherwise.
public struct Glyphs: Sendable, Hashable {
    public var horizontal, vertical, topLeft, topRight, bottomLeft, bottomRight: String
    public var teeDown, teeUp, cross: String
    public var pointer, bullet, separator, arrow, ellipsis, middleDot: String
    public var checked, unchecked, radioOn, radioOff: String
    public var info, caution, blocker, ok: String
    public var moreAbove, moreBelow: String
    /// key names in footers
    public var upDown, left, right: String

    public static let unicode = Glyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐", bottomLeft: "└", bottomRight: "┘",
        teeDown: "┬", teeUp: "┴", cross: "┼",
        pointer: "▸", bullet: "•", separator: "›", arrow: "→", ellipsis: "…", middleDot: "·",
        checked: "[x]", unchecked: "[ ]", radioOn: "(•)", radioOff: "( )",
        info: "ℹ", caution: "⚠", blocker: "✖", ok: "✓",
        moreAbove: "▲ more", moreBelow: "▼ more",
        upDown: "↑↓", left: "←", right: "→")

    public static let ascii = Glyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+", bottomLeft: "+", bottomRight: "+",
        teeDown: "+", teeUp: "+", cross: "+",
        pointer: ">", bullet: "*", separator: ">", arrow: "->", ellipsis: "...", middleDot: "-",
        checked: "[x]", unchecked: "[ ]", radioOn: "(*)", radioOff: "( )",
        info: "i", caution: "!", blocker: "X", ok: "+",
        moreAbove: "^ more", moreBelow: "v more",
        upDown: "Up/Dn", left: "Left", right: "Right")
}

/// Turns text into ASCII for terminals whose locale is not UTF-8 (ncursesw would draw blanks and
/// count columns wrongly otherwise).
public enum ASCIIFold {
    static let table: [Character: String] = [
        "‘": "'", "’": "'", "“": "\"", "”": "\"", "–": "-", "—": "-", "−": "-", "…": "...", "•": "*",
        "→": "->", "←": "<-", "›": ">", "‹": "<", "·": "-", "×": "x", "≥": ">=", "≤": "<=", "é": "e",
        "è": "e", "ê": "e", "á": "a", "à": "a", "ä": "a", "å": "a", "ö": "o", "ø": "o", "ó": "o", "ü": "u",
        "ú": "u", "í": "i", "ç": "c", "ñ": "n", "Ä": "A", "Å": "A", "Ö": "O", "Ø": "O", "æ": "ae", "Æ": "AE",
        "ß": "ss", "\u{00A0}": " ", "§": "S", "✓": "+", "✖": "X", "⚠": "!", "ℹ": "i", "▸": ">", "▲": "^",
        "▼": "v", "↑": "^", "↓": "v", "␛": "^[",
    ]

    public static func fold(_ s: String) -> String {
        if s.utf8.allSatisfy({ $0 < 0x80 }) { return s }
        var out = ""
        for c in s {
            if c.isASCII { out.append(c) } else if let t = table[c] { out += t } else { out.append("?") }
        }
        return out
    }
}
