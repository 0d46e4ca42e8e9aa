/// A piece of styled text on one line.
public struct Span: Sendable, Hashable {
    public var text: String
    public var role: Role
    public init(_ text: String, _ role: Role = .normal) {
        self.text = text
        self.role = role
    }
}

/// Scrollable text already wrapped to a width: what the result, why, help and compare views draw.
public struct Document: Sendable, Hashable {
    public private(set) var lines: [[Span]] = []
    public let width: Int
    public let glyphs: Glyphs

    public init(width: Int, glyphs: Glyphs) {
        self.width = max(1, width)
        self.glyphs = glyphs
    }

    public var count: Int { lines.count }

    public mutating func blank() {
        if let last = lines.last, last.isEmpty { return }
        if !lines.isEmpty { lines.append([]) }
    }

    public mutating func line(_ spans: [Span]) { lines.append(spans) }

    public mutating func heading(_ text: String) {
        blank()
        lines.append([Span(TextWidth.truncate(text, width, ellipsis: glyphs.ellipsis), .heading)])
    }

    /// A wrapped paragraph: `prefix` on the first line (a bullet, a symbol, a number), following lines
    /// hang under the text. `indent` columns come before everything.
    public mutating func paragraph(_ text: String, role: Role = .normal, indent: Int = 0, prefix: [Span] = []) {
        let prefixWidth = prefix.reduce(0) { $0 + TextWidth.of($1.text) }
        let avail = width - indent - prefixWidth
        let pad = String(repeating: " ", count: indent)
        guard avail >= 8 else {
            // Too narrow to hang: wrap everything at the full width.
            let all = prefix.map(\.text).joined() + text
            for l in TextWidth.wrap(all, max(1, width - indent)) { lines.append([Span(pad), Span(l, role)]) }
            return
        }
        let wrapped = TextWidth.wrap(text, avail)
        for (i, l) in wrapped.enumerated() {
            if i == 0 {
                lines.append([Span(pad)] + prefix + [Span(l, role)])
            } else {
                lines.append([Span(pad + String(repeating: " ", count: prefixWidth)), Span(l, role)])
            }
        }
        if wrapped.isEmpty { lines.append([Span(pad)] + prefix) }
    }

    /// Draws lines `from`... into the rectangle.
    public func draw(into grid: inout Grid, x: Int, y: Int, width w: Int, height h: Int, from: Int) {
        guard h > 0, w > 0 else { return }
        for row in 0..<h {
            let i = from + row
            guard i >= 0, i < lines.count else { break }
            var col = x
            for span in lines[i] {
                let left = x + w - col
                if left <= 0 { break }
                col += grid.put(span.text, x: col, y: y + row, role: span.role, maxWidth: left)
            }
        }
    }
}
