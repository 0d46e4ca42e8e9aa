/// What a cell means; the backend turns it into colour and attributes (or reverse/bold in monochrome).
public enum Role: UInt8, Sendable, Hashable, CaseIterable {
    case normal, dim, strong, heading, bar, barKey, selected, key, accent, ok, info, caution, blocker, frame, link
}

public struct Cell: Sendable, Hashable {
    /// one grapheme; "" marks the right half of a wide glyph
    public var text: String
    public var role: Role
    public init(_ text: String = " ", _ role: Role = .normal) {
        self.text = text
        self.role = role
    }

    // Two cells are the same when the terminal gets the same bytes. String's own == compares
    // canonical equivalence, which for "─" against " " reads the Unicode normalisation tables: a
    // 64 KB window of the first frame's peak RSS, from comparing rows (BENCHMARKS.md).
    public static func == (a: Cell, b: Cell) -> Bool {
        guard a.role == b.role else { return false }
        // The same bits are the same storage, so the same bytes: an unchanged cell, the usual case when
        // rows are compared, costs one comparison (walking the bytes made a 200x60 keypress 7 % slower).
        if MemoryLayout<String>.size == 16,
           unsafeBitCast(a.text, to: (UInt64, UInt64).self) == unsafeBitCast(b.text, to: (UInt64, UInt64).self) {
            return true
        }
        return a.text.utf8.elementsEqual(b.text.utf8)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(role)
        for byte in text.utf8 { hasher.combine(byte) }
        hasher.combine(text.utf8.count)
    }
}

/// A screen's worth of cells. Everything the interface draws goes through here, so the renderer stays
/// pure and testable; the backend only copies it to the terminal.
public struct Grid: Sendable, Hashable {
    public let width: Int
    public let height: Int
    public private(set) var cells: [Cell]
    /// fold every character to ASCII (the locale is not UTF-8)
    public let asciiOnly: Bool

    public init(width: Int, height: Int, asciiOnly: Bool = false) {
        self.width = max(0, width)
        self.height = max(0, height)
        self.asciiOnly = asciiOnly
        cells = Array(repeating: Cell(), count: self.width * self.height)
    }

    public subscript(x x: Int, y y: Int) -> Cell {
        cells[y * width + x]
    }

    /// Whether row `y` holds the same cells in `other`, a grid of the same width.
    public func sameRow(_ y: Int, as other: Grid) -> Bool {
        guard width == other.width, asciiOnly == other.asciiOnly, y >= 0, y < height, y < other.height else { return false }
        let row = y * width..<(y + 1) * width
        return cells[row].elementsEqual(other.cells[row])
    }

    private mutating func set(_ x: Int, _ y: Int, _ cell: Cell) {
        let i = y * width + x
        // Never leave half a wide glyph behind.
        if cells[i].text.isEmpty, x > 0 { cells[i - 1] = Cell(" ", cells[i - 1].role) }
        if x + 1 < width, cells[i + 1].text.isEmpty, !cells[i].text.isEmpty { cells[i + 1] = Cell(" ", cells[i + 1].role) }
        cells[i] = cell
    }

    /// Writes `s` from column `x` on row `y`, clipped to the grid and to `maxWidth` columns.
    /// Returns the number of columns written.
    @discardableResult
    public mutating func put(_ s: String, x: Int, y: Int, role: Role = .normal, maxWidth: Int? = nil) -> Int {
        guard y >= 0, y < height, x < width else { return 0 }
        let limit = min(width, x + (maxWidth ?? width))
        var col = x
        let text = asciiOnly ? ASCIIFold.fold(s) : s
        // By scalar where each is a grapheme: breaking graphemes reads the Unicode tables (a 64 KB
        // window of the first frame's peak RSS, for its box drawing and pointer).
        if TextWidth.scalarsAreGraphemes(text) {
            for u in text.unicodeScalars {
                guard put(Character(u), at: &col, y: y, limit: limit, role: role) else { break }
            }
        } else {
            for c in text {
                guard put(c, at: &col, y: y, limit: limit, role: role) else { break }
            }
        }
        return max(0, col - max(x, 0))
    }

    /// One grapheme of `put(_:x:y:role:maxWidth:)`; false when the line is full.
    private mutating func put(_ c: Character, at col: inout Int, y: Int, limit: Int, role: Role) -> Bool {
        let w = TextWidth.of(c)
        if w == 0 { return true }
        if col + w > limit {
            if w == 2, col < limit, col >= 0 { set(col, y, Cell(" ", role)); col += 1 }
            return false
        }
        if col >= 0 {
            set(col, y, Cell(String(c), role))
            if w == 2 {
                let j = y * width + col + 1
                if col + 2 < width, cells[j + 1].text.isEmpty { cells[j + 1] = Cell(" ", cells[j + 1].role) }
                cells[j] = Cell("", role)
            }
        }
        col += w
        return true
    }

    /// Paints a rectangle with spaces in `role`.
    public mutating func fill(x: Int, y: Int, width w: Int, height h: Int, role: Role = .normal) {
        let x0 = max(0, x), x1 = min(width, x + w), y0 = max(0, y), y1 = min(height, y + h)
        guard x0 < x1, y0 < y1 else { return }
        for row in y0..<y1 {
            for col in x0..<x1 { set(col, row, Cell(" ", role)) }
        }
    }

    public mutating func hline(x: Int, y: Int, width w: Int, _ glyph: String, role: Role = .frame) {
        guard w > 0 else { return }
        put(String(repeating: glyph, count: w), x: x, y: y, role: role, maxWidth: w)
    }

    public mutating func vline(x: Int, y: Int, height h: Int, _ glyph: String, role: Role = .frame) {
        guard h > 0 else { return }
        for row in y..<(y + h) { put(glyph, x: x, y: row, role: role, maxWidth: 1) }
    }

    /// A frame with an optional title in its top edge; the inside is cleared.
    public mutating func box(x: Int, y: Int, width w: Int, height h: Int, glyphs g: Glyphs, title: String? = nil) {
        guard w >= 2, h >= 2 else { return }
        fill(x: x, y: y, width: w, height: h)
        put(g.topLeft, x: x, y: y, role: .frame)
        hline(x: x + 1, y: y, width: w - 2, g.horizontal)
        put(g.topRight, x: x + w - 1, y: y, role: .frame)
        vline(x: x, y: y + 1, height: h - 2, g.vertical)
        vline(x: x + w - 1, y: y + 1, height: h - 2, g.vertical)
        put(g.bottomLeft, x: x, y: y + h - 1, role: .frame)
        hline(x: x + 1, y: y + h - 1, width: w - 2, g.horizontal)
        put(g.bottomRight, x: x + w - 1, y: y + h - 1, role: .frame)
        if let title, w > 6 { put(" \(title) ", x: x + 2, y: y, role: .heading, maxWidth: w - 4) }
    }

    /// The text of each row (wide glyphs once, trailing spaces kept).
    public var lines: [String] {
        (0..<height).map { y in
            var s = ""
            for x in 0..<width { s += cells[y * width + x].text }
            return s
        }
    }

    /// Runs of cells with the same role on row `y`: what the backend writes in one call each.
    public func runs(row y: Int) -> [(x: Int, text: String, role: Role)] {
        var out: [(Int, String, Role)] = []
        var buffer: [UInt32] = []
        forEachRun(row: y, buffer: &buffer) { x, _, scalars, role in
            var text = String.UnicodeScalarView()
            for v in scalars { text.append(Unicode.Scalar(v)!) }
            out.append((x, String(text), role))
        }
        return out
    }

    /// The same runs without building strings: `body` gets the first column, the number of columns,
    /// the run's Unicode scalars (in `buffer`, reused from run to run) and its role.
    public func forEachRun(row y: Int, buffer: inout [UInt32],
                           _ body: (_ x: Int, _ columns: Int, _ scalars: ArraySlice<UInt32>, _ role: Role) -> Void) {
        guard width > 0 else { return }
        buffer.removeAll(keepingCapacity: true)
        var start = 0
        var role = cells[y * width].role
        for x in 0..<width {
            let c = cells[y * width + x]
            if c.role != role {
                if !buffer.isEmpty { body(start, x - start, buffer[...], role) }
                buffer.removeAll(keepingCapacity: true)
                start = x
                role = c.role
            }
            for u in c.text.unicodeScalars { buffer.append(u.value) }
        }
        if !buffer.isEmpty { body(start, width - start, buffer[...], role) }
    }
}
