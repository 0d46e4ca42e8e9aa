/// A compact binary form of a `RuleSet`, so the built-in rules are compiled at build time and read at
/// start-up without parsing YAML (start-up is a benchmark budget). Strings are interned in a table.
/// The format is private to one build: writer and reader always come from the same source.
///
/// Every byte outside the strings is below 0x80, so the whole form is valid UTF-8: the program carries
/// it as one string literal and reads it in place, with no base64 text and no decoded copy on the heap
/// (each is a page-fault window of the first frame's peak RSS, BENCHMARKS.md).
public enum RuleSetCodec {
    static let magic: [UInt8] = Array("LARS3".utf8)

    /// Every string's length (with a bit for "not ASCII") comes first, then the lists of strings and the
    /// rules, and the strings' bytes last, each followed by a NUL (where a compiler's literal has it).
    /// Of those, first the ones the in-place decoder reads: short strings (copied into the `String`
    /// itself) and ids (hashed into dictionaries at start-up; an id has no space). Then the texts in the
    /// order the rules first use them, so the entry question's come next. The other texts' pages stay
    /// untouched until a text is shown (BENCHMARKS.md, peak RSS).
    public static func encode(_ rules: RuleSet) -> [UInt8] {
        var first = ByteWriter()
        first.rules(rules)
        // Numbered in that order, so the body is written again with the final numbers.
        func isText(_ s: String) -> Bool { s.utf8.count > 15 && s.utf8.contains(0x20) }
        let order = first.table.filter { !isText($0) } + first.table.filter(isText)
        var w = ByteWriter()
        w.table = order
        for (i, s) in order.enumerated() { w.index[s] = i }
        w.rules(rules)
        var header = ByteWriter()
        header.uint(w.table.count)
        header.uint(w.table.reduce(0) { $0 + $1.utf8.count + 1 })
        for s in w.table { header.uint(s.utf8.count << 1 | (s.utf8.allSatisfy { $0 < 0x80 } ? 0 : 1)) }
        header.array(w.lists) { h, list in h.array(list) { h, s in h.uint(w.index[s]!) } }
        var strings: [UInt8] = []
        for s in w.table {
            strings += s.utf8
            strings.append(0)
        }
        return magic + header.bytes + w.bytes + strings
    }

    public struct Malformed: Error, CustomStringConvertible {
        public var description: String { "the compiled rules are damaged" }
    }

    public static func decode(_ bytes: [UInt8]) throws(Malformed) -> RuleSet {
        try bytes.withUnsafeBufferPointer { (buffer) throws(Malformed) in try decode(buffer) }
    }

    /// Copies every string out of `bytes`, which may be freed afterwards.
    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws(Malformed) -> RuleSet {
        try decode(bytes) { start, count, _ in String(decoding: UnsafeBufferPointer(start: start, count: count), as: UTF8.self) }
    }

    /// Reads `compiled` in place: its strings are the literal's own bytes, as the compiler's literals
    /// are, so no string is copied to the heap (the decoded strings were a fifth of the first frame's
    /// heap, BENCHMARKS.md). The literal lives as long as the program, and embed-rules checked at build
    /// time that it is valid UTF-8 as a whole (so is each string: the table only cuts it between them).
    public static func decode(_ compiled: StaticString) throws(Malformed) -> RuleSet {
        guard compiled.hasPointerRepresentation else { throw Malformed() }
        let bytes = UnsafeBufferPointer(start: compiled.utf8Start, count: compiled.utf8CodeUnitCount)
        return try decode(bytes) { start, count, isASCII in
            String(_builtinStringLiteral: UnsafeRawPointer(start)._rawValue, utf8CodeUnitCount: count._builtinWordValue,
                   isASCII: isASCII._value)
        }
    }

    private static func decode(_ bytes: UnsafeBufferPointer<UInt8>,
                               string: (UnsafePointer<UInt8>, Int, Bool) -> String) throws(Malformed) -> RuleSet {
        guard bytes.starts(with: magic), let base = bytes.baseAddress else { throw Malformed() }
        do {
            var head = ByteReader(bytes: bytes, at: magic.count)
            let count = try head.uint(), size = try head.uint()
            guard count <= bytes.count - head.at, size <= bytes.count - head.at else { throw Malformed() }
            // everything before the strings' bytes
            var r = ByteReader(bytes: UnsafeBufferPointer(rebasing: bytes[..<(bytes.count - size)]), at: head.at)
            var lengths: [Int] = []
            lengths.reserveCapacity(count)
            for _ in 0..<count { lengths.append(try r.uint()) }
            // Checked by their lengths alone: reading the bytes would fault in the pages of every text.
            var left = size
            for length in lengths {
                guard (length >> 1) < left else { throw Malformed() }
                left -= (length >> 1) + 1
            }
            guard left == 0 else { throw Malformed() }
            var table: [String] = []
            table.reserveCapacity(count)
            var at = bytes.count - size
            for length in lengths {
                table.append(string(base + at, length >> 1, length & 1 == 0))
                at += (length >> 1) + 1
            }
            r.table = table
            r.lists = try r.array { r in try r.array { r in try r.string() } }
            let rules = try r.rules()
            guard r.at == r.bytes.count else { throw Malformed() }
            return rules
        } catch {
            throw Malformed()
        }
    }
}

struct ByteWriter {
    var bytes: [UInt8] = []
    var table: [String] = []
    var index: [String: Int] = [:]
    var lists: [[String]] = []
    var listIndex: [[String]: Int] = [:]

    mutating func uint(_ v: Int) { uint64(UInt64(v)) }

    /// Six bits a byte, 0x40 marking "more follows": never a byte of 0x80 or above (see the type's comment).
    mutating func uint64(_ v: UInt64) {
        var v = v
        while v >= 0x40 {
            bytes.append(UInt8(v & 0x3F) | 0x40)
            v >>= 6
        }
        bytes.append(UInt8(v))
    }

    mutating func int(_ v: Int) { uint(v >= 0 ? v << 1 : ((-v) << 1) | 1) }
    mutating func bool(_ v: Bool) { bytes.append(v ? 1 : 0) }

    mutating func double(_ v: Double) { uint64(v.bitPattern) }

    mutating func string(_ s: String) { uint(intern(s)) }

    private mutating func intern(_ s: String) -> Int {
        if let i = index[s] { return i }
        index[s] = table.count
        table.append(s)
        return table.count - 1
    }

    mutating func optional<T>(_ v: T?, _ body: (inout ByteWriter, T) -> Void) {
        guard let v else { bool(false); return }
        bool(true)
        body(&self, v)
    }

    mutating func array<T>(_ vs: [T], _ body: (inout ByteWriter, T) -> Void) {
        uint(vs.count)
        for v in vs { body(&self, v) }
    }

    /// Lists of strings are numbered like strings: the same lists recur (a condition's values, again in
    /// the compiled program; the sources of rows that cite alike), and the reader then decodes each once
    /// and shares it.
    mutating func strings(_ vs: [String]) {
        if let i = listIndex[vs] { uint(i); return }
        for s in vs { _ = intern(s) }
        listIndex[vs] = lists.count
        uint(lists.count)
        lists.append(vs)
    }
    mutating func optString(_ s: String?) { optional(s) { $0.string($1) } }
    mutating func location(_ l: SourceLocation?) {
        optional(l) { w, l in
            w.string(l.file)
            w.uint(l.line)
            w.uint(l.column)
        }
    }
}

struct ByteReader {
    let bytes: UnsafeBufferPointer<UInt8>
    var at: Int
    var table: [String] = []
    var lists: [[String]] = []

    init(bytes: UnsafeBufferPointer<UInt8>, at: Int) {
        self.bytes = bytes
        self.at = at
    }

    mutating func byte() throws -> UInt8 {
        guard at < bytes.count else { throw RuleSetCodec.Malformed() }
        defer { at += 1 }
        return bytes[at]
    }

    mutating func uint() throws -> Int {
        let v = try uint64()
        guard v <= UInt64(Int.max) else { throw RuleSetCodec.Malformed() }
        return Int(v)
    }

    @inline(__always)
    mutating func uint64() throws -> UInt64 {
        // most numbers are one byte: counts, indices into the string table, small offsets
        if at < bytes.count, bytes[at] < 0x40 {
            defer { at += 1 }
            return UInt64(bytes[at])
        }
        return try uint64Long()
    }

    private mutating func uint64Long() throws -> UInt64 {
        var v: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            guard b < 0x80, shift < 64 else { throw RuleSetCodec.Malformed() }
            v |= UInt64(b & 0x3F) << shift
            if b & 0x40 == 0 { return v }
            shift += 6
        }
    }

    mutating func int() throws -> Int {
        let u = try uint()
        return u & 1 == 0 ? u >> 1 : -(u >> 1)
    }

    mutating func bool() throws -> Bool { try byte() != 0 }

    mutating func double() throws -> Double { Double(bitPattern: try uint64()) }

    mutating func string() throws -> String {
        let i = try uint()
        guard i < table.count else { throw RuleSetCodec.Malformed() }
        return table[i]
    }

    mutating func optional<T>(_ body: (inout ByteReader) throws -> T) throws -> T? {
        try bool() ? try body(&self) : nil
    }

    mutating func array<T>(_ body: (inout ByteReader) throws -> T) throws -> [T] {
        let n = try uint()
        guard n <= bytes.count - at else { throw RuleSetCodec.Malformed() }
        var out: [T] = []
        guard n > 0 else { return out }  // most lists in the rules are empty
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try body(&self)) }
        return out
    }

    mutating func strings() throws -> [String] {
        let i = try uint()
        guard i < lists.count else { throw RuleSetCodec.Malformed() }
        return lists[i]
    }
    mutating func optString() throws -> String? { try optional { r in try r.string() } }
    mutating func location() throws -> SourceLocation? {
        try optional { r in SourceLocation(file: try r.string(), line: try r.uint(), column: try r.uint()) }
    }
}
