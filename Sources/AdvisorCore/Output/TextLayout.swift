/// Plain-text layout for reports and listings: word wrapping with a hanging indent and aligned
/// columns. Widths count Characters, which is right for the Latin, Nordic and Portuguese text the
/// rules hold. The input must already be sanitised.
public enum TextLayout {
    public static let width = 80

    /// Wraps `text` to `width` columns. The first line starts with `first`, the others with `rest`.
    public static func wrap(_ text: String, first: String = "", rest: String? = nil, width: Int = TextLayout.width) -> String {
        let rest = rest ?? String(repeating: " ", count: first.count)
        var lines: [String] = []
        for (n, paragraph) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var line = n == 0 ? first : rest
            var lineHasWord = false
            for word in paragraph.split(separator: " ", omittingEmptySubsequences: true) {
                if lineHasWord && line.count + 1 + word.count > width {
                    lines.append(line)
                    line = rest
                    lineHasWord = false
                }
                line += (lineHasWord ? " " : "") + word
                lineHasWord = true
            }
            lines.append(lineHasWord ? line : trimTrailing(line))
        }
        return lines.joined(separator: "\n")
    }

    /// Rows as aligned columns separated by two spaces; the last column is not padded.
    public static func columns(_ rows: [[String]], header: [String]? = nil) -> String {
        let all = (header.map { [$0] } ?? []) + rows
        guard let count = all.map(\.count).max(), count > 0 else { return "" }
        var widths = [Int](repeating: 0, count: count)
        for row in all {
            for (i, cell) in row.enumerated() { widths[i] = max(widths[i], cell.count) }
        }
        return all.map { row in
            var line = ""
            for (i, cell) in row.enumerated() {
                line += cell
                if i < row.count - 1 { line += String(repeating: " ", count: widths[i] - cell.count + 2) }
            }
            return trimTrailing(line)
        }.joined(separator: "\n")
    }

    static func trimTrailing(_ s: String) -> String {
        var s = Substring(s)
        while s.last == " " { s.removeLast() }
        return String(s)
    }
}
