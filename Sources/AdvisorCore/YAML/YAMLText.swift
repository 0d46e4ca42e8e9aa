/// Checks on the raw text before parsing.
enum YAMLText {
    /// Refuses what YAML does not allow in a file: control characters other than tab and line
    /// breaks, C1 controls other than NEL, U+FFFE/U+FFFF, and a byte order mark after the start.
    /// The text is valid UTF-8 already (it is a Swift String).
    static func check(_ b: UnsafeBufferPointer<UInt8>) throws(YAMLError) {
        var line = 1
        var lineStart = 0
        var i = 0
        let n = b.count
        let raw = UnsafeRawPointer(b.baseAddress)
        while i < n {
            // Eight printable ASCII bytes at a time: no high bit, no byte below 32, none equal to 127.
            if i + 8 <= n, let raw {
                let w = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let high: UInt64 = 0x8080_8080_8080_8080
                if (w | ((w &- 0x2020_2020_2020_2020) & ~w) | (w &+ 0x0101_0101_0101_0101)) & high == 0 {
                    i += 8
                    continue
                }
            }
            let c = b[i]
            if c >= 32 && c < 127 { i += 1; continue }
            var bad: UInt32?
            switch c {
            case 10:
                line += 1
                lineStart = i + 1
            case 9, 13:
                break
            case 0..<32, 127:
                bad = UInt32(c)
            case 0xC2 where i + 1 < n && b[i + 1] >= 0x80 && b[i + 1] <= 0x9F && b[i + 1] != 0x85:
                bad = UInt32(b[i + 1])
            case 0xEF where i + 2 < n:
                if b[i + 1] == 0xBF && (b[i + 2] == 0xBE || b[i + 2] == 0xBF) { bad = 0xFFFE + UInt32(b[i + 2] - 0xBE) }
                if b[i + 1] == 0xBB && b[i + 2] == 0xBF && i != 0 { bad = 0xFEFF }
            default:
                break
            }
            if let bad {
                var column = 1
                for j in lineStart..<i where b[j] & 0xC0 != 0x80 { column += 1 }
                let hex = String(bad, radix: 16, uppercase: true)
                throw YAMLError(rule: bad == 0 ? "yaml/nul" : "yaml/encoding", mark: YAMLMark(line: line, column: column),
                                message: bad == 0 ? "file contains a NUL byte"
                                    : "the character U+\(String(repeating: "0", count: max(0, 4 - hex.count)) + hex) is not allowed in a YAML file")
            }
            i += 1
        }
    }

    /// CR LF and a lone CR become LF, so that the parser sees one kind of line break; columns are
    /// unchanged and lines are counted as libyaml counts them.
    static func normalisedLineBreaks(_ b: UnsafeBufferPointer<UInt8>) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(b.count)
        var i = 0
        while i < b.count {
            if b[i] == 13 {
                out.append(10)
                if i + 1 < b.count && b[i + 1] == 10 { i += 1 }
            } else {
                out.append(b[i])
            }
            i += 1
        }
        return out
    }
}
