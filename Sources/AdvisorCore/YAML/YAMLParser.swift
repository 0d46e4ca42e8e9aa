/// A YAML 1.2 reader for the subset rule, answers and session files need: block and flow
/// collections, plain, quoted and block scalars, comments, one document. Anchors, aliases, tags,
/// explicit keys and further documents are refused with their place (an alias bomb cannot expand,
/// a tag cannot change how a value is read). It reads UTF-8 bytes straight into a `YAMLTree`, so
/// a 100 000-node rule base loads without a general-purpose YAML library in between.
public enum YAML {
    /// The root node of `text` (nil for a text without content: empty, or only comments).
    public static func parse(_ text: String, maxDepth: Int = YAMLLimits.maxDepth, maxNodes: Int = YAMLLimits.maxNodes) throws(YAMLError) -> YAMLNode? {
        try tree(text, maxDepth: maxDepth, maxNodes: maxNodes).root
    }

    /// The whole tree of `text`.
    static func tree(_ text: String, maxDepth: Int = YAMLLimits.maxDepth, maxNodes: Int = YAMLLimits.maxNodes) throws(YAMLError) -> YAMLTree {
        // The tree keeps places as 32-bit numbers; decoded bytes may add up to the text's size again.
        guard text.utf8.count <= Int(UInt32.max / 2) else {
            throw YAMLError(rule: "yaml/size", mark: YAMLMark(line: 1, column: 1), message: "the text is larger than 2 GB")
        }
        var text = text
        let result = text.withUTF8 { bytes -> Result<YAMLTree, YAMLError> in
            do throws(YAMLError) {
                try YAMLText.check(bytes)
                guard bytes.contains(13) else {
                    var p = YAMLParser(bytes, maxDepth: maxDepth, maxNodes: maxNodes)
                    return .success(try p.document())
                }
                let lf = YAMLText.normalisedLineBreaks(bytes)
                return lf.withUnsafeBufferPointer { b in
                    var p = YAMLParser(b, maxDepth: maxDepth, maxNodes: maxNodes)
                    return Result { () throws(YAMLError) in try p.document() }
                }
            } catch {
                return .failure(error)
            }
        }
        return try result.get()
    }
}

/// Cursor and block structure. Block functions start at a node's first character and return
/// at the first character of the next content line (`indent` set) or at the end.
struct YAMLParser {
    let b: UnsafeBufferPointer<UInt8>
    let maxDepth: Int
    let maxNodes: Int
    var pos = 0
    var line = 1
    var lineStart = 0
    /// Spaces before the content at `pos` when `pos` is the first content of its line.
    var indent = 0
    var nodes = 0
    var columnLine = -1
    var columnPos = 0
    var columnValue = 1
    var t: YAMLTreeBuilder

    init(_ b: UnsafeBufferPointer<UInt8>, maxDepth: Int, maxNodes: Int) {
        self.b = b
        t = YAMLTreeBuilder(textCount: b.count)
        self.maxDepth = maxDepth
        self.maxNodes = maxNodes
        if b.count >= 3, b[0] == 0xEF, b[1] == 0xBB, b[2] == 0xBF { pos = 3; lineStart = 3 }
    }

    // MARK: cursor

    @inline(__always) func at(_ i: Int) -> UInt8 { i < b.count ? b[i] : 0 }
    @inline(__always) var ch: UInt8 { pos < b.count ? b[pos] : 0 }
    @inline(__always) var atEnd: Bool { pos >= b.count }
    @inline(__always) static func isBlank(_ c: UInt8) -> Bool { c == 32 || c == 9 }
    /// Blank, line break or end of text: what must follow an indicator such as `-` or `:`.
    @inline(__always) static func isBreakOrBlank(_ c: UInt8) -> Bool { c == 32 || c == 9 || c == 10 || c == 0 }

    /// Where `pos` is, for an error (computed afresh).
    var mark: YAMLMark { YAMLMark(line: line, column: column(of: pos)) }

    /// Where `pos` is, for a node: columns count Unicode scalars, so the count goes on from the last
    /// node on the same line instead of from the line's start (a long flow line stays linear).
    mutating func markHere() -> YAMLMark {
        if columnLine != lineStart || columnPos > pos {
            columnLine = lineStart
            columnPos = lineStart
            columnValue = 1
        }
        while columnPos < pos {
            if b[columnPos] & 0xC0 != 0x80 { columnValue += 1 }
            columnPos += 1
        }
        return YAMLMark(line: line, column: columnValue)
    }

    func column(of p: Int) -> Int {
        var n = 1
        var i = lineStart
        while i < p {
            if b[i] & 0xC0 != 0x80 { n += 1 }
            i += 1
        }
        return n
    }

    func error(_ message: String, rule: String = "yaml/syntax") -> YAMLError {
        YAMLError(rule: rule, mark: mark, message: message)
    }

    mutating func skipBlanks() { while Self.isBlank(ch) { pos += 1 } }

    /// Consumes the line break at `pos`.
    mutating func newline() {
        pos += 1
        line += 1
        lineStart = pos
    }

    /// After a value: only blanks and a comment may remain on the line.
    mutating func finishLine() throws(YAMLError) {
        skipBlanks()
        if ch == 35 { skipComment() }
        guard ch == 10 || atEnd else { throw error("did not find expected comment or line break") }
    }

    mutating func skipComment() { while !atEnd && ch != 10 { pos += 1 } }

    /// Moves to the first content of the next line that has some, past blank and comment lines;
    /// false at the end of the text.
    @discardableResult
    mutating func nextContent() throws(YAMLError) -> Bool {
        while true {
            if ch == 10 { newline() }
            if atEnd { return false }
            var spaces = 0
            while ch == 32 { pos += 1; spaces += 1 }
            if ch == 9 {
                skipBlanks()
                guard ch == 10 || ch == 35 || atEnd else { throw error("a tab character is not allowed in indentation; indent with spaces") }
            }
            if ch == 35 { skipComment() }
            if ch == 10 || atEnd { continue }
            indent = spaces
            return true
        }
    }

    /// `---` or `...` at the start of a line, followed by a blank or the end of the line.
    func atDocumentMarker(_ p: Int) -> Bool {
        guard p == lineStart, p + 3 <= b.count else { return false }
        let c = at(p)
        guard c == 45 || c == 46, at(p + 1) == c, at(p + 2) == c else { return false }
        return Self.isBreakOrBlank(at(p + 3))
    }

    mutating func counted<T>(_ value: T) throws(YAMLError) -> T {
        nodes += 1
        if nodes > maxNodes { throw error("more than \(maxNodes) YAML nodes", rule: "yaml/size") }
        return value
    }

    func checkDepth(_ depth: Int) throws(YAMLError) {
        if depth > maxDepth { throw error("nesting deeper than \(maxDepth) levels", rule: "yaml/depth") }
    }

    mutating func empty(at m: YAMLMark) -> Int { t.scalar(from: 0, to: 0, mark: m) }

    // MARK: document

    mutating func document() throws(YAMLError) -> YAMLTree {
        let root = try rootNode()
        return YAMLTree(text: b, decoded: t.decoded, entries: t.entries, children: t.children, root: root)
    }

    private mutating func rootNode() throws(YAMLError) -> Int? {
        guard try nextContent() else { return nil }
        while indent == 0 && ch == 37 {
            // %YAML / %TAG directives change nothing this reader does; they must precede `---`.
            skipComment()
            guard try nextContent(), atDocumentMarker(pos), ch == 45 else { throw error("a directive (%...) must be followed by '---'") }
        }
        var root: Int?
        if indent == 0 && atDocumentMarker(pos) && ch == 45 {
            let m = markHere()
            pos += 3
            skipBlanks()
            if ch == 35 || ch == 10 || atEnd {
                if try nextContent(), !(indent == 0 && atDocumentMarker(pos)) {
                    root = try node(parent: -1, depth: 1, inline: false)
                } else {
                    root = try counted(empty(at: m))
                }
            } else {
                root = try node(parent: -1, depth: 1, inline: true)
            }
        } else if !(indent == 0 && atDocumentMarker(pos)) {
            root = try node(parent: -1, depth: 1, inline: false)
        }
        if !atEnd && indent == 0 && atDocumentMarker(pos) && ch == 46 {
            pos += 3
            try finishLine()
            try nextContent()
        }
        if !atEnd {
            if indent == 0 && atDocumentMarker(pos) {
                throw error("a file holds one YAML document; found another document here")
            }
            throw error("did not find expected <document start>; check the indentation of this line")
        }
        return root
    }

    // MARK: block structure

    /// The node at `pos`. `parent` is the indentation of the enclosing block collection (-1 at the
    /// root); `inline` means it follows `key:` or `---` on the same line, where a block collection
    /// cannot start.
    mutating func node(parent: Int, depth: Int, inline: Bool) throws(YAMLError) -> Int {
        let c = ch
        switch c {
        case 45 where Self.isBreakOrBlank(at(pos + 1)):
            guard !inline else { throw error("block sequence entries are not allowed in this context; start the list on the next line") }
            return try blockSequence(depth: depth)
        case 124, 62:
            return try blockScalar(parent: parent)
        case 91, 123:
            let n = try flowNode(depth: depth)
            skipBlanks()
            if ch == 58 { throw error(inline ? "mapping values are not allowed in this context" : "a list or mapping cannot be a key", rule: inline ? "yaml/syntax" : "yaml/unsupported") }
            try finishLine()
            try nextContent()
            return n
        default:
            break
        }
        try refuseIndicator()
        if keyAhead() {
            guard !inline else { throw error("mapping values are not allowed in this context; start the mapping on the next line") }
            return try blockMapping(depth: depth)
        }
        let value: Int
        if c == 34 || c == 39 {
            value = try quoted(flow: false)
            try finishLine()
        } else {
            value = try plain(parent: parent)
        }
        try nextContent()
        return value
    }

    /// Anchors, aliases, tags and reserved characters, refused where a node would start.
    func refuseIndicator() throws(YAMLError) {
        switch ch {
        case 38: throw error("anchors and aliases are not allowed in rule files (&name, *name); write the value out", rule: "yaml/anchor")
        case 42: throw error("aliases (*name) are not allowed in rule files; write the value out", rule: "yaml/anchor")
        case 33: throw error("tags (!name) are not supported; write the value as plain text", rule: "yaml/unsupported")
        case 63 where Self.isBreakOrBlank(at(pos + 1)):
            throw error("explicit keys ('? ') are not supported; write 'key: value'", rule: "yaml/unsupported")
        case 37, 64, 96, 44, 93, 125, 35:
            throw error("'\(Character(Unicode.Scalar(ch)))' cannot start a plain value; put the value in quotes")
        case 58 where Self.isBreakOrBlank(at(pos + 1)):
            throw error("a mapping value needs a key before ':'")
        default: return
        }
    }

    /// Whether the line from `pos` is `key: ...` (a plain or single-line quoted key and `:`).
    func keyAhead() -> Bool {
        var i = pos
        let c = at(i)
        if c == 91 || c == 123 { return false }
        if c == 34 || c == 39 {
            i += 1
            while i < b.count {
                let d = b[i]
                if d == 10 { return false }
                if d == c {
                    if c == 39 && at(i + 1) == 39 { i += 2; continue }
                    break
                }
                if d == 92 && c == 34 { i += 1 }
                i += 1
            }
            i += 1
            while Self.isBlank(at(i)) { i += 1 }
            return at(i) == 58 && Self.isBreakOrBlank(at(i + 1))
        }
        while i < b.count {
            let d = b[i]
            if d == 10 { return false }
            if d == 58 && Self.isBreakOrBlank(at(i + 1)) { return true }
            if d == 35 && i > pos && Self.isBlank(b[i - 1]) { return false }
            i += 1
        }
        return false
    }

    mutating func blockMapping(depth: Int) throws(YAMLError) -> Int {
        try checkDepth(depth)
        let n = pos - lineStart
        let start = markHere()
        let base = t.open
        var keys = YAMLKeySet()
        while true {
            if ch == 45 && Self.isBreakOrBlank(at(pos + 1)) { throw error("did not find expected key; a list item cannot follow a key at this indentation") }
            try refuseIndicator()
            if ch == 91 || ch == 123 { throw error("a list or mapping cannot be a key", rule: "yaml/unsupported") }
            // A plain key cannot start with a block scalar's indicator; libyaml would read the rest of
            // the line as a block scalar header and the scalar as the previous key's value.
            if ch == 124 || ch == 62 { throw error("'\(Character(Unicode.Scalar(ch)))' cannot start a key; put the key in quotes") }
            guard keyAhead() else { throw error("could not find expected ':' after a key") }
            let keyMark = markHere()
            let key = ch == 34 || ch == 39 ? try quoted(flow: false) : try plainKey()
            if let first = keys.insert(key, line: keyMark.line, base: base, in: t, text: b) {
                throw YAMLError(rule: "yaml/duplicate-key", mark: keyMark,
                                message: "duplicate key '\(t.string(key, in: b))' in one mapping (first at line \(first))")
            }
            t.push(key)
            skipBlanks()
            pos += 1  // the ':' keyAhead found
            t.push(try mappingValue(indent: n, depth: depth + 1))
            _ = try counted(key)
            if atEnd || indent < n { break }
            if indent > n { throw error("did not find expected key; check the indentation of this line") }
            if n == 0 && atDocumentMarker(pos) { break }
        }
        return try counted(t.close(.mapping, from: base, mark: start))
    }

    /// The value after `key:` of a mapping indented by `n`.
    mutating func mappingValue(indent n: Int, depth: Int) throws(YAMLError) -> Int {
        skipBlanks()
        if ch == 35 || ch == 10 || atEnd {
            let m = markHere()
            guard try nextContent() else { return try counted(empty(at: m)) }
            if indent > n { return try node(parent: n, depth: depth, inline: false) }
            if indent == n && ch == 45 && Self.isBreakOrBlank(at(pos + 1)) { return try blockSequence(depth: depth) }
            return try counted(empty(at: m))
        }
        return try node(parent: n, depth: depth, inline: true)
    }

    mutating func blockSequence(depth: Int) throws(YAMLError) -> Int {
        try checkDepth(depth)
        let n = pos - lineStart
        let start = markHere()
        let base = t.open
        while true {
            pos += 1
            skipBlanks()
            if ch == 35 || ch == 10 || atEnd {
                let m = markHere()
                if try nextContent(), indent > n {
                    t.push(try node(parent: n, depth: depth + 1, inline: false))
                } else {
                    t.push(try counted(empty(at: m)))
                }
            } else {
                indent = pos - lineStart
                t.push(try node(parent: n, depth: depth + 1, inline: false))
            }
            if atEnd || indent < n { break }
            if indent > n { throw error("did not find expected '-' indicator; check the indentation of this line") }
            guard ch == 45 && Self.isBreakOrBlank(at(pos + 1)) else { break }
        }
        return try counted(t.close(.sequence, from: base, mark: start))
    }
}

/// The keys of one mapping, for the duplicate check: the keys read so far are compared while they
/// are few (so a small mapping allocates nothing for it), a dictionary holds them beyond.
struct YAMLKeySet {
    private var large: [String: Int]?

    /// The line of an earlier equal key of the mapping whose pairs are on `t.pending` from `base`,
    /// or nil after recording this one.
    mutating func insert(_ key: Int, line: Int, base: Int, in t: YAMLTreeBuilder, text: UnsafeBufferPointer<UInt8>) -> Int? {
        let keys = stride(from: base, to: t.pending.count, by: 2).lazy.map { Int(t.pending[$0]) }
        if large == nil {
            for k in keys where t.sameText(k, key, in: text) { return Int(t.entries[k].line) }
            guard (t.pending.count - base) / 2 >= 12 else { return nil }
            large = Dictionary(keys.map { (t.string($0, in: text), Int(t.entries[$0].line)) }, uniquingKeysWith: { a, _ in a })
        }
        let s = t.string(key, in: text)
        if let l = large![s] { return l }
        large![s] = line
        return nil
    }
}
