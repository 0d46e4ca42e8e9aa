extension YAMLParser {
    /// A single- or double-quoted scalar from its opening quote. Line breaks fold as in plain
    /// scalars; blanks before a break are dropped; `\` at the end of a line joins without a space.
    mutating func quoted(flow: Bool) throws(YAMLError) -> Int {
        let m = markHere()
        let q = ch
        let double = q == 34
        pos += 1
        var out: [UInt8] = []
        /// Length of `out` without the blanks written since the last other character.
        var kept = 0
        while true {
            guard pos < b.count else {
                throw YAMLError(rule: "yaml/syntax", mark: m, message: "found unexpected end of file while scanning a quoted scalar; close the quote")
            }
            let c = b[pos]
            if c == q {
                if !double && at(pos + 1) == 39 {
                    out.append(39)
                    kept = out.count
                    pos += 2
                    continue
                }
                pos += 1
                break
            }
            if c == 10 {
                out.removeLast(out.count - kept)
                try fold(into: &out, escaped: false)
                kept = out.count
                continue
            }
            if double && c == 92 {
                if at(pos + 1) == 10 {
                    pos += 1
                    try fold(into: &out, escaped: true)
                } else {
                    try escape(into: &out)
                }
                kept = out.count
                continue
            }
            out.append(c)
            pos += 1
            if !Self.isBlank(c) { kept = out.count }
        }
        return try counted(t.scalar(decoded: out, mark: m))
    }

    /// At a line break inside quotes: one break is a space (nothing after an escaped break),
    /// each further empty line a line break; leading blanks of the next line are dropped.
    private mutating func fold(into out: inout [UInt8], escaped: Bool) throws(YAMLError) {
        var extra = -1
        while ch == 10 {
            newline()
            extra += 1
            skipBlanks()
            if atDocumentMarker(lineStart) {
                throw error("found a document marker ('---' or '...') inside a quoted scalar; close the quote")
            }
        }
        if extra == 0 && !escaped { out.append(32) } else { out.append(contentsOf: repeatElement(10, count: extra)) }
    }

    private mutating func escape(into out: inout [UInt8]) throws(YAMLError) {
        let e = at(pos + 1)
        pos += 2
        let simple: UInt8? = switch e {
        case 48: 0
        case 97: 7
        case 98: 8
        case 116, 9: 9
        case 110: 10
        case 118: 11
        case 102: 12
        case 114: 13
        case 101: 27
        case 32: 32
        case 34: 34
        case 47: 47
        case 92: 92
        default: nil
        }
        if let s = simple {
            out.append(s)
            return
        }
        let scalar: UInt32
        switch e {
        case 78: scalar = 0x85
        case 95: scalar = 0xA0
        case 76: scalar = 0x2028
        case 80: scalar = 0x2029
        case 120: scalar = try hex(2)
        case 117:
            let u = try hex(4)
            if (0xD800..<0xDC00).contains(u), at(pos) == 92, at(pos + 1) == 117 {
                pos += 2
                let low = try hex(4)
                guard (0xDC00..<0xE000).contains(low) else { throw error("found an invalid Unicode escape (a lone surrogate)") }
                scalar = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00)
            } else {
                scalar = u
            }
        case 85: scalar = try hex(8)
        default:
            pos -= 2
            throw error("found unknown escape character '\\\(e < 128 && e >= 32 ? String(Character(Unicode.Scalar(e))) : "?")'")
        }
        guard let u = Unicode.Scalar(scalar) else { throw error("found an invalid Unicode escape code \(String(scalar, radix: 16))") }
        out.append(contentsOf: String(Character(u)).utf8)
    }

    private mutating func hex(_ digits: Int) throws(YAMLError) -> UInt32 {
        var v: UInt32 = 0
        for _ in 0..<digits {
            let c = ch
            let d: UInt8 = switch c {
            case 48...57: c - 48
            case 65...70: c - 55
            case 97...102: c - 87
            default: throw error("did not find expected hexadecimal number in an escape")
            }
            v = v << 4 | UInt32(d)
            pos += 1
        }
        return v
    }
}
