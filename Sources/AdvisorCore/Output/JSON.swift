/// A JSON value with ordered keys, so output reads in the contract's order.
public indirect enum JSON: Sendable, Hashable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSON])
    case object([(String, JSON)])

    public static func == (a: JSON, b: JSON) -> Bool { a.serialized() == b.serialized() }
    public func hash(into h: inout Hasher) { h.combine(serialized()) }

    /// Compact, one line. Control characters and bidirectional overrides are escaped as \uXXXX.
    public func serialized() -> String {
        var out: [UInt8] = []
        write(into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Compact, appended as UTF-8 bytes (the batch path writes these straight out).
    public func write(into out: inout [UInt8]) {
        switch self {
        case .null: JSON.append("null", &out)
        case .bool(let b): JSON.append(b ? "true" : "false", &out)
        case .number(let n): JSON.append(n.isFinite ? AnswerValue.format(n) : "null", &out)
        case .string(let s): JSON.quote(s, into: &out)
        case .array(let items):
            out.append(0x5B)
            for (i, item) in items.enumerated() {
                if i > 0 { out.append(0x2C) }
                item.write(into: &out)
            }
            out.append(0x5D)
        case .object(let pairs):
            out.append(0x7B)
            for (i, (k, v)) in pairs.enumerated() {
                if i > 0 { out.append(0x2C) }
                JSON.quote(k, into: &out)
                out.append(0x3A)
                v.write(into: &out)
            }
            out.append(0x7D)
        }
    }

    static func append(_ s: StaticString, _ out: inout [UInt8]) {
        s.withUTF8Buffer { out.append(contentsOf: $0) }
    }

    static func append(_ s: String, _ out: inout [UInt8]) {
        var s = s
        s.withUTF8 { out.append(contentsOf: $0) }
    }

    /// Indented with two spaces, for people.
    public func pretty(_ indent: String = "") -> String {
        let inner = indent + "  "
        switch self {
        case .array(let items) where !items.isEmpty:
            return "[\n" + items.map { inner + $0.pretty(inner) }.joined(separator: ",\n") + "\n\(indent)]"
        case .object(let pairs) where !pairs.isEmpty:
            return "{\n" + pairs.map { k, v in
                var key: [UInt8] = []
                JSON.quote(k, into: &key)
                return inner + String(decoding: key, as: UTF8.self) + ": " + v.pretty(inner)
            }.joined(separator: ",\n") + "\n\(indent)}"
        default:
            return serialized()
        }
    }

    static func quote(_ s: String, into out: inout String) {
        var bytes: [UInt8] = []
        quote(s, into: &bytes)
        out += String(decoding: bytes, as: UTF8.self)
    }

    /// Appends `s` as a JSON string. Text with nothing to escape (the usual case, checked eight bytes
    /// at a time) is copied in one go; otherwise control characters and bidirectional overrides
    /// become \uXXXX and quotes and backslashes are escaped.
    static func quote(_ s: String, into out: inout [UInt8]) {
        var s = s
        s.withUTF8 { b in
            out.append(0x22)
            if isPlain(b) {
                out.append(contentsOf: b)
            } else {
                quoteSlow(b, into: &out)
            }
            out.append(0x22)
        }
    }

    /// Whether all eight bytes are printable ASCII other than '"' and '\\'.
    @inline(__always)
    static func isPlain(word w: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, high: UInt64 = 0x8080_8080_8080_8080
        func hasZero(_ v: UInt64) -> UInt64 { (v &- ones) & ~v & high }
        let below = (w &- ones &* 0x20) & ~w & high
        let special = hasZero(w ^ (ones &* 0x22)) | hasZero(w ^ (ones &* 0x5C)) | hasZero(w ^ (ones &* 0x7F))
        return (w & high) | below | special == 0
    }

    /// Every byte is printable ASCII other than '"' and '\\'.
    static func isPlain(_ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let base = UnsafeRawPointer(b.baseAddress) else { return true }
        var i = 0
        while i + 8 <= b.count {
            if !isPlain(word: base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) { return false }
            i += 8
        }
        while i < b.count {
            let c = b[i]
            if c < 0x20 || c == 0x22 || c == 0x5C || c >= 0x7F { return false }
            i += 1
        }
        return true
    }

    /// Copies runs of bytes that need nothing done in one go; stops only at ASCII that must be escaped
    /// and at the lead byte of a scalar that might be dangerous (C1 controls, bidirectional marks).
    private static func quoteSlow(_ b: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        var run = 0
        var i = 0
        while i < b.count {
            let c = b[i]
            let plain = c >= 0x20 && c != 0x22 && c != 0x5C && c != 0x7F && c != 0xC2 && c != 0xD8 && c != 0xE2
            if plain {
                i += 1
                continue
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<i]))
            // the length of this UTF-8 sequence and its scalar value (Swift strings are valid UTF-8)
            let n = c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4
            var v = n == 1 ? UInt32(c) : UInt32(c) & (0xFF >> UInt32(n + 1))
            if n > 1 { for k in 1..<n { v = v << 6 | UInt32(b[i + k] & 0x3F) } }
            switch v {
            case 0x22: out += [0x5C, 0x22]
            case 0x5C: out += [0x5C, 0x5C]
            case 0x0A: out += [0x5C, 0x6E]
            case 0x0D: out += [0x5C, 0x72]
            case 0x09: out += [0x5C, 0x74]
            default:
                if Sanitizer.isDangerous(v) {
                    let hex = Array(String(v, radix: 16).utf8)
                    out += [0x5C, 0x75] + Array(repeating: 0x30, count: 4 - hex.count) + hex
                } else {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: b[i..<(i + n)]))
                }
            }
            i += n
            run = i
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: b[run..<b.count]))
    }

    public subscript(key: String) -> JSON? {
        if case .object(let pairs) = self { return pairs.first { $0.0 == key }?.1 }
        return nil
    }
}
