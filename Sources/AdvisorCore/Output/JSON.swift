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

    /// Appends `s` as a JSON string. Plain ASCII (the usual case) is copied in one go; otherwise
    /// each scalar is checked, and control characters and bidirectional overrides become \uXXXX.
    static func quote(_ s: String, into out: inout [UInt8]) {
        var s = s
        s.withUTF8 { b in
            out.append(0x22)
            var plain = true
            for c in b where c < 0x20 || c == 0x22 || c == 0x5C || c >= 0x7F {
                plain = false
                break
            }
            if plain {
                out.append(contentsOf: b)
            } else {
                quoteSlow(b, into: &out)
            }
            out.append(0x22)
        }
    }

    private static func quoteSlow(_ b: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        for u in String(decoding: b, as: UTF8.self).unicodeScalars {
            switch u {
            case "\"": out += [0x5C, 0x22]
            case "\\": out += [0x5C, 0x5C]
            case "\n": out += [0x5C, 0x6E]
            case "\r": out += [0x5C, 0x72]
            case "\t": out += [0x5C, 0x74]
            default:
                if Sanitizer.isDangerous(u.value) {
                    let hex = String(u.value, radix: 16)
                    append("\\u" + String(repeating: "0", count: 4 - hex.count) + hex, &out)
                } else {
                    out.append(contentsOf: UTF8.encode(u)!)
                }
            }
        }
    }

    public subscript(key: String) -> JSON? {
        if case .object(let pairs) = self { return pairs.first { $0.0 == key }?.1 }
        return nil
    }
}
