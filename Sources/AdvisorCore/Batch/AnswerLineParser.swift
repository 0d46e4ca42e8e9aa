/// A value in a batch answers object, before it is checked against the question.
public enum RawAnswer: Sendable, Hashable {
    case string(String)
    case strings([String])
    case number(Double)
}

/// Why a batch line could not be read. `column` counts bytes from 1.
public struct LineError: Error, Sendable, Hashable, CustomStringConvertible {
    public var message: String
    public var column: Int?
    public init(_ message: String, column: Int? = nil) {
        self.message = message
        self.column = column
    }
    public var description: String { column.map { "column \($0): \(message)" } ?? message }
}

/// A small, strict JSON reader for one answers object: `{"id": "option", "id": ["a", "b"], "id": 12}`.
/// It accepts exactly RFC 8259 JSON restricted to an object of string keys whose values are a string,
/// an array of strings or a number. Anything else (nesting, `true`, `null`, duplicate keys, trailing
/// text, invalid UTF-8, raw control characters) is an error naming the column. No Foundation.
public struct AnswerLineParser {
    public static let maxLineBytes = 65_536

    public static func parse(_ line: UnsafeBufferPointer<UInt8>) throws(LineError) -> [(key: String, value: RawAnswer)] {
        var pairs = PairsSink()
        try parse(line, into: &pairs)
        return pairs.pairs
    }

    public static func parse(_ line: String) throws(LineError) -> [(key: String, value: RawAnswer)] {
        var copy = line
        let result = copy.withUTF8 { b in Result { () throws(LineError) in try parse(b) } }
        return try result.get()
    }

    /// Reads the line, handing every member to `sink` in order.
    static func parse<S: AnswerLineSink>(_ line: UnsafeBufferPointer<UInt8>, into sink: inout S) throws(LineError) {
        if line.count > maxLineBytes { throw LineError("the line is longer than \(maxLineBytes) bytes") }
        var p = AnswerLineParser(bytes: line)
        try p.object(&sink)
    }

    let bytes: UnsafeBufferPointer<UInt8>
    var i = 0

    private func fail(_ message: String, at index: Int? = nil) -> LineError {
        LineError(message, column: (index ?? i) + 1)
    }

    private mutating func skipSpace() {
        while i < bytes.count {
            let b = bytes[i]
            guard b == 0x20 || b == 0x09 || b == 0x0A || b == 0x0D else { return }
            i += 1
        }
    }

    private func describe(_ b: UInt8) -> String {
        switch b {
        case 0x7B, 0x5B: return "nested objects and lists of lists are not allowed"
        case 0x74, 0x66: return "true and false are not answers; write an option id as a string"
        case 0x6E: return "null is not an answer; leave the question out instead"
        case 0x22: return "unexpected string"
        default: return b >= 0x20 && b < 0x7F ? "unexpected '\(Character(Unicode.Scalar(b)))'" : "unexpected byte 0x\(String(b, radix: 16))"
        }
    }

    private mutating func expect(_ b: UInt8, _ what: String) throws(LineError) {
        skipSpace()
        guard i < bytes.count else { throw fail("the line ends where \(what) was expected") }
        guard bytes[i] == b else { throw fail("expected \(what)") }
        i += 1
    }

    mutating func object<S: AnswerLineSink>(_ sink: inout S) throws(LineError) {
        skipSpace()
        guard i < bytes.count else { throw fail("blank line; expected a JSON object of answers") }
        guard bytes[i] == 0x7B else { throw fail("expected a JSON object of answers, starting with '{'") }
        i += 1
        skipSpace()
        if i < bytes.count, bytes[i] == 0x7D {
            i += 1
        } else {
            while true {
                skipSpace()
                guard i < bytes.count else { throw fail("the line ends inside the object") }
                guard bytes[i] == 0x22 else {
                    throw fail(bytes[i] >= 0x80 ? "\(describe(bytes[i])); expected a question id in double quotes" : "expected a question id in double quotes")
                }
                let keyStart = i
                if let duplicate = try string({ sink.key($0) ? nil : String(decoding: $0, as: UTF8.self) }) {
                    throw fail("duplicate key '\(Sanitizer.line(duplicate))'", at: keyStart)
                }
                try expect(0x3A, "':' after the question id")
                try value(&sink)
                skipSpace()
                guard i < bytes.count else { throw fail("the line ends inside the object") }
                if bytes[i] == 0x2C { i += 1; continue }
                if bytes[i] == 0x7D { i += 1; break }
                throw fail("expected ',' or '}'")
            }
        }
        skipSpace()
        if i < bytes.count { throw fail("unexpected text after the object") }
    }

    private mutating func value<S: AnswerLineSink>(_ sink: inout S) throws(LineError) {
        skipSpace()
        guard i < bytes.count else { throw fail("the line ends where an answer was expected") }
        let b = bytes[i]
        if b == 0x22 { return try string { sink.string($0) } }
        if b == 0x2D || (b >= 0x30 && b <= 0x39) { return sink.number(try number()) }
        guard b == 0x5B else { throw fail(describe(b)) }
        i += 1
        sink.beginList()
        skipSpace()
        if i < bytes.count, bytes[i] == 0x5D {
            i += 1
            return sink.endList()
        }
        while true {
            skipSpace()
            guard i < bytes.count else { throw fail("the line ends inside a list") }
            guard bytes[i] == 0x22 else { throw fail(bytes[i] == 0x5B || bytes[i] == 0x7B ? describe(bytes[i]) : "a list may hold option ids (strings) only") }
            try string { sink.item($0) }
            skipSpace()
            guard i < bytes.count else { throw fail("the line ends inside a list") }
            if bytes[i] == 0x2C { i += 1; continue }
            if bytes[i] == 0x5D { i += 1; return sink.endList() }
            throw fail("expected ',' or ']'")
        }
    }

    /// A JSON number, checked against the grammar, then converted by the standard library.
    private mutating func number() throws(LineError) -> Double {
        let start = i
        if bytes[i] == 0x2D { i += 1 }
        func digits(_ p: inout Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Int {
            let s = p
            while p < bytes.count, bytes[p] >= 0x30, bytes[p] <= 0x39 { p += 1 }
            return p - s
        }
        let intStart = i
        let n = digits(&i, bytes)
        guard n > 0 else { throw fail("invalid number", at: start) }
        if n > 1, bytes[intStart] == 0x30 { throw fail("invalid number (leading zero)", at: start) }
        if i < bytes.count, bytes[i] == 0x2E {
            i += 1
            guard digits(&i, bytes) > 0 else { throw fail("invalid number", at: start) }
        }
        if i < bytes.count, bytes[i] == 0x65 || bytes[i] == 0x45 {
            i += 1
            if i < bytes.count, bytes[i] == 0x2B || bytes[i] == 0x2D { i += 1 }
            guard digits(&i, bytes) > 0 else { throw fail("invalid number", at: start) }
        }
        let text = String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<i]), as: UTF8.self)
        guard let d = Double(text), d.isFinite else { throw fail("number out of range", at: start) }
        return d
    }

    /// A JSON string: escapes decoded, UTF-8 checked, raw control characters refused. `use` reads its
    /// bytes in place (or from the decoded copy when it has escapes).
    private mutating func string<R>(_ use: (UnsafeBufferPointer<UInt8>) -> R) throws(LineError) -> R {
        let open = i
        i += 1
        let start = i
        var ascii = true
        // runs of plain ASCII (no quote, backslash or control character) eight bytes at a time
        if let base = UnsafeRawPointer(bytes.baseAddress) {
            while i + 8 <= bytes.count, JSON.isPlain(word: base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { i += 8 }
        }
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x22 {
                let raw = UnsafeBufferPointer(rebasing: bytes[start..<i])
                i += 1
                guard ascii || String(validating: raw, as: UTF8.self) != nil else { throw fail("invalid UTF-8 in a string", at: open) }
                return use(raw)
            }
            if b == 0x5C {
                i = start
                let decoded = try escapedString(open: open)
                return decoded.withUnsafeBufferPointer(use)
            }
            if b < 0x20 { throw fail("raw control character in a string (escape it)") }
            if b >= 0x80 { ascii = false }
            i += 1
        }
        throw fail("unterminated string", at: open)
    }

    private mutating func escapedString(open: Int) throws(LineError) -> [UInt8] {
        var out: [UInt8] = []
        while i < bytes.count {
            let b = bytes[i]
            if b == 0x22 {
                i += 1
                guard String(validating: out, as: UTF8.self) != nil else { throw fail("invalid UTF-8 in a string", at: open) }
                return out
            }
            if b < 0x20 { throw fail("raw control character in a string (escape it)") }
            guard b == 0x5C else { out.append(b); i += 1; continue }
            guard i + 1 < bytes.count else { break }
            let e = bytes[i + 1]
            i += 2
            switch e {
            case 0x22, 0x5C, 0x2F: out.append(e)
            case 0x62: out.append(0x08)
            case 0x66: out.append(0x0C)
            case 0x6E: out.append(0x0A)
            case 0x72: out.append(0x0D)
            case 0x74: out.append(0x09)
            case 0x75:
                var scalar = try hex4()
                if (0xD800...0xDBFF).contains(scalar) {
                    guard i + 1 < bytes.count, bytes[i] == 0x5C, bytes[i + 1] == 0x75 else { throw fail("unpaired surrogate in \\u escape") }
                    i += 2
                    let low = try hex4()
                    guard (0xDC00...0xDFFF).contains(low) else { throw fail("unpaired surrogate in \\u escape") }
                    scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                } else if (0xDC00...0xDFFF).contains(scalar) {
                    throw fail("unpaired surrogate in \\u escape")
                }
                out.append(contentsOf: Array(String(Character(Unicode.Scalar(scalar)!)).utf8))
            default:
                throw fail("invalid escape '\\\(Character(Unicode.Scalar(e)))'", at: i - 2)
            }
        }
        throw fail("unterminated string", at: open)
    }

    private mutating func hex4() throws(LineError) -> UInt32 {
        guard i + 4 <= bytes.count else { throw fail("incomplete \\u escape") }
        var v: UInt32 = 0
        for _ in 0..<4 {
            let b = bytes[i]
            let d: UInt32
            switch b {
            case 0x30...0x39: d = UInt32(b - 0x30)
            case 0x41...0x46: d = UInt32(b - 0x41 + 10)
            case 0x61...0x66: d = UInt32(b - 0x61 + 10)
            default: throw fail("invalid \\u escape")
            }
            v = v << 4 | d
            i += 1
        }
        return v
    }
}

/// What `AnswerLineParser` hands each member of the object to, in order. Strings arrive as their
/// decoded, checked UTF-8 bytes, valid only during the call.
protocol AnswerLineSink {
    /// false when the object already has this key
    mutating func key(_ k: UnsafeBufferPointer<UInt8>) -> Bool
    mutating func string(_ s: UnsafeBufferPointer<UInt8>)
    mutating func number(_ n: Double)
    mutating func beginList()
    mutating func item(_ s: UnsafeBufferPointer<UInt8>)
    mutating func endList()
}

/// The members as strings, in order (the public form of a parsed line).
struct PairsSink: AnswerLineSink {
    var pairs: [(key: String, value: RawAnswer)] = []
    private var key = ""
    private var items: [String] = []

    mutating func key(_ k: UnsafeBufferPointer<UInt8>) -> Bool {
        key = String(decoding: k, as: UTF8.self)
        return !pairs.contains(where: { $0.key == key })
    }

    mutating func string(_ s: UnsafeBufferPointer<UInt8>) { pairs.append((key, .string(String(decoding: s, as: UTF8.self)))) }
    mutating func number(_ n: Double) { pairs.append((key, .number(n))) }
    mutating func beginList() { items = [] }
    mutating func item(_ s: UnsafeBufferPointer<UInt8>) { items.append(String(decoding: s, as: UTF8.self)) }
    mutating func endList() { pairs.append((key, .strings(items))) }
}
