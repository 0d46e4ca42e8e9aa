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

/// A small base64 decoder, so start-up does not need Foundation. Unsafe buffers because it runs
/// over the whole compiled rule set before the first frame.
enum Base64 {
    private static let table: [UInt8] = {
        var t = [UInt8](repeating: 255, count: 256)
        for (i, c) in "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8.enumerated() { t[Int(c)] = UInt8(i) }
        return t
    }()

    static func decode(_ s: String) -> [UInt8] {
        var s = s
        return s.withUTF8 { text in
            table.withUnsafeBufferPointer { t in
                [UInt8](unsafeUninitializedCapacity: text.count / 4 * 3 + 3) { out, written in
                    var buffer: UInt32 = 0
                    var bits = 0
                    var n = 0
                    for c in text {
                        let v = t[Int(c)]
                        if v == 255 { continue }
                        buffer = buffer << 6 | UInt32(v)
                        bits += 6
                        if bits >= 8 {
                            bits -= 8
                            out[n] = UInt8(truncatingIfNeeded: buffer >> UInt32(bits))
                            n += 1
                        }
                    }
                    written = n
                }
            }
        }
    }
}
