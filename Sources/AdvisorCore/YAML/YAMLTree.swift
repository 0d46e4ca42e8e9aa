/// A parsed YAML text held in four flat buffers instead of one object per node: a 100 000-node rule
/// base parses with a handful of allocations and frees them as quickly. Scalars are byte ranges:
/// into the text where they stand as written, into decoded bytes appended after it otherwise
/// (escapes, folded lines, block scalars), so no scalar becomes a `String` until a reader asks.
/// Nothing changes after `init`, so a tree may be shared between threads.
final class YAMLTree: @unchecked Sendable {
    struct Entry {
        enum Kind: UInt8 { case scalar, mapping, sequence }
        var kind: Kind
        var line: UInt32
        var column: UInt32
        /// A scalar's first byte in `bytes`; a collection's first child in `children`.
        var start: UInt32
        /// A scalar's length in bytes; a collection's children (two a pair in a mapping: key, value).
        var count: UInt32
    }

    let entries: [Entry]
    let children: [UInt32]
    let bytes: UnsafeMutableBufferPointer<UInt8>
    let rootIndex: Int?

    init(text: UnsafeBufferPointer<UInt8>, decoded: [UInt8], entries: [Entry], children: [UInt32], root: Int?) {
        bytes = .allocate(capacity: text.count + decoded.count)
        _ = bytes.initialize(fromContentsOf: text)
        _ = bytes[text.count...].initialize(fromContentsOf: decoded)
        self.entries = entries
        self.children = children
        rootIndex = root
    }

    deinit { bytes.deallocate() }

    static let emptySequence = YAMLNode(
        tree: YAMLTree(text: UnsafeBufferPointer(start: nil, count: 0), decoded: [],
                       entries: [Entry(kind: .sequence, line: 0, column: 0, start: 0, count: 0)], children: [], root: 0),
        index: 0)

    var root: YAMLNode? { rootIndex.map { YAMLNode(tree: self, index: $0) } }

    @inline(__always) func scalarBytes(_ e: Entry) -> UnsafeBufferPointer<UInt8> {
        UnsafeBufferPointer(rebasing: bytes[Int(e.start)..<Int(e.start + e.count)])
    }

    @inline(__always) func child(_ e: Entry, _ i: Int) -> Int { Int(children[Int(e.start) + i]) }

    /// Whether `e` is a scalar holding the bytes of `text`. Lengths first: most keys a reader asks
    /// for are absent, and their lengths mostly differ.
    @inline(__always) func holds(_ e: Entry, _ text: String) -> Bool {
        guard e.kind == .scalar, text.utf8.count == Int(e.count) else { return false }
        let p = bytes.baseAddress! + Int(e.start)
        var i = 0
        for c in text.utf8 {
            if p[i] != c { return false }
            i += 1
        }
        return true
    }
}

/// Collects entries while the parser reads: a collection's children wait on `pending` (innermost
/// collection last) and move into `children` in one piece when it closes.
struct YAMLTreeBuilder {
    /// Where decoded bytes will start in the tree: right after the text.
    let textCount: Int
    var entries: [YAMLTree.Entry] = []
    var children: [UInt32] = []
    var pending: [UInt32] = []
    var decoded: [UInt8] = []

    init(textCount: Int) {
        self.textCount = textCount
        entries.reserveCapacity(textCount / 8)
        children.reserveCapacity(textCount / 8)
    }

    mutating func scalar(from: Int, to: Int, mark: YAMLMark) -> Int {
        add(.scalar, mark, start: from, count: to - from)
    }

    mutating func scalar(decoded out: [UInt8], mark: YAMLMark) -> Int {
        let start = textCount + decoded.count
        decoded.append(contentsOf: out)
        return add(.scalar, mark, start: start, count: out.count)
    }

    /// A collection's children, in order, go on `pending` after this.
    var open: Int { pending.count }

    mutating func push(_ node: Int) { pending.append(UInt32(truncatingIfNeeded: node)) }

    mutating func close(_ kind: YAMLTree.Entry.Kind, from base: Int, mark: YAMLMark) -> Int {
        let start = children.count
        children.append(contentsOf: pending[base...])
        let count = pending.count - base
        pending.removeSubrange(base...)
        return add(kind, mark, start: start, count: count)
    }

    private mutating func add(_ kind: YAMLTree.Entry.Kind, _ mark: YAMLMark, start: Int, count: Int) -> Int {
        entries.append(YAMLTree.Entry(kind: kind, line: UInt32(truncatingIfNeeded: mark.line), column: UInt32(truncatingIfNeeded: mark.column),
                                      start: UInt32(truncatingIfNeeded: start), count: UInt32(truncatingIfNeeded: count)))
        return entries.count - 1
    }

    /// Whether scalar `a`'s bytes equal scalar `b`'s (both may still be pending decoded bytes).
    func sameText(_ a: Int, _ b: Int, in text: UnsafeBufferPointer<UInt8>) -> Bool {
        let x = entries[a], y = entries[b]
        guard x.count == y.count else { return false }
        for i in 0..<Int(x.count) where byte(Int(x.start) + i, text) != byte(Int(y.start) + i, text) { return false }
        return true
    }

    func string(_ a: Int, in text: UnsafeBufferPointer<UInt8>) -> String {
        let e = entries[a]
        return String(decoding: (0..<Int(e.count)).lazy.map { byte(Int(e.start) + $0, text) }, as: UTF8.self)
    }

    @inline(__always) private func byte(_ i: Int, _ text: UnsafeBufferPointer<UInt8>) -> UInt8 {
        i < textCount ? text[i] : decoded[i - textCount]
    }
}
