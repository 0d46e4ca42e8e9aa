/// A compact binary form of a `RuleSet`, so the built-in rules are compiled at build time and read at
/// start-up without parsing YAML (start-up is a benchmark budget). Strings are interned in a table.
/// The format is private to one build: writer and reader always come from the same source.
///
/// Every byte outside the strings is below 0x80, so the whole form is valid UTF-8: the program carries
/// it as one string literal and reads it in place, with no base64 text and no decoded copy on the heap
/// (each is a page-fault window of the first frame's peak RSS, BENCHMARKS.md).
public enum RuleSetCodec {
    static let magic: [UInt8] = Array("LARS2".utf8)

    public static func encode(_ rules: RuleSet) -> [UInt8] {
        var w = ByteWriter()
        w.rules(rules)
        var out = magic
        var header = ByteWriter()
        header.uint(w.table.count)
        for s in w.table {
            let bytes = Array(s.utf8)
            header.uint(bytes.count)
            header.bytes += bytes
        }
        out += header.bytes
        out += w.bytes
        return out
    }

    public struct Malformed: Error, CustomStringConvertible {
        public var description: String { "the compiled rules are damaged" }
    }

    public static func decode(_ bytes: [UInt8]) throws(Malformed) -> RuleSet {
        try bytes.withUnsafeBufferPointer { (buffer) throws(Malformed) in try decode(buffer) }
    }

    public static func decode(_ bytes: UnsafeBufferPointer<UInt8>) throws(Malformed) -> RuleSet {
        guard bytes.starts(with: magic) else { throw Malformed() }
        do {
            var r = ByteReader(bytes: bytes, at: magic.count)
            let count = try r.uint()
            var table: [String] = []
            table.reserveCapacity(count)
            for _ in 0..<count {
                let n = try r.uint()
                guard r.at + n <= bytes.count else { throw Malformed() }
                table.append(String(decoding: UnsafeBufferPointer(rebasing: bytes[r.at..<(r.at + n)]), as: UTF8.self))
                r.at += n
            }
            r.table = table
            return try r.rules()
        } catch {
            throw Malformed()
        }
    }
}

struct ByteWriter {
    var bytes: [UInt8] = []
    var table: [String] = []
    var index: [String: Int] = [:]

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

    mutating func string(_ s: String) {
        if let i = index[s] { uint(i); return }
        index[s] = table.count
        uint(table.count)
        table.append(s)
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

    mutating func strings(_ vs: [String]) { array(vs) { $0.string($1) } }
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

    mutating func strings() throws -> [String] { try array { r in try r.string() } }
    mutating func optString() throws -> String? { try optional { r in try r.string() } }
    mutating func location() throws -> SourceLocation? {
        try optional { r in SourceLocation(file: try r.string(), line: try r.uint(), column: try r.uint()) }
    }
}
