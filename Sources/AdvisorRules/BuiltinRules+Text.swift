import AdvisorCore

extension BuiltinRules {
    /// The built-in rules, decoded from the form compiled at build time (no YAML parsing at start-up).
    public static func ruleSet() -> RuleSet {
        do {
            return try RuleSetCodec.decode(Base64.decode(compiled))
        } catch {
            // The build checked these rules; failing here means the binary itself is damaged.
            fatalError("the built-in rules compiled into this program are damaged")
        }
    }
}

/// A small base64 decoder, so start-up does not need Foundation.
enum Base64 {
    static func decode(_ s: String) -> [UInt8] {
        var table = [UInt8](repeating: 255, count: 256)
        for (i, c) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() { table[Int(c)] = UInt8(i) }
        var s = s
        return s.withUTF8 { text in
            var out: [UInt8] = []
            out.reserveCapacity(text.count * 3 / 4)
            var buffer: UInt32 = 0
            var bits = 0
            for c in text {
                let v = table[Int(c)]
                if v == 255 { continue }
                buffer = buffer << 6 | UInt32(v)
                bits += 6
                if bits >= 8 {
                    bits -= 8
                    out.append(UInt8((buffer >> UInt32(bits)) & 0xFF))
                }
            }
            return out
        }
    }
}
