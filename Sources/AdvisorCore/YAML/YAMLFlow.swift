extension YAMLParser {
    /// Blanks, line breaks and comments between flow tokens.
    mutating func skipFlowSpace() {
        while true {
            let c = ch
            if Self.isBlank(c) {
                pos += 1
            } else if c == 10 {
                newline()
            } else if c == 35 && (pos == lineStart || Self.isBlank(b[pos - 1]) || b[pos - 1] == 10) {
                skipComment()
            } else {
                return
            }
        }
    }

    /// A node inside `[...]` or `{...}`, or the collection itself at `[` or `{`.
    mutating func flowNode(depth: Int) throws(YAMLError) -> Int {
        switch ch {
        case 91: return try flowSequence(depth: depth)
        case 123: return try flowMapping(depth: depth)
        case 34, 39: return try quoted(flow: true)
        case 0 where atEnd: throw error("found unexpected end of file inside a flow collection; close it with ']' or '}'")
        case 45 where Self.isBreakOrBlank(at(pos + 1)):
            throw error("block sequence entries are not allowed in this context")
        case 58:
            // Inside brackets libyaml reads every ':' that starts a token as the value indicator.
            throw error("a mapping value needs a key before ':'")
        case 63:
            throw error("explicit keys ('?') are not supported; write 'key: value'", rule: "yaml/unsupported")
        case 124, 62: throw error("block scalars ('|', '>') are not allowed inside '[...]' or '{...}'")
        default:
            if atDocumentMarker(pos) { throw error("found a document marker inside a flow collection; close it first") }
            try refuseIndicator()
            return try plain(parent: -1, flow: true)
        }
    }

    private mutating func flowSequence(depth: Int) throws(YAMLError) -> Int {
        try checkDepth(depth)
        let start = markHere()
        pos += 1
        let base = t.open
        while true {
            skipFlowSpace()
            if ch == 93 { break }
            var item = try flowNode(depth: depth + 1)
            skipFlowSpace()
            if ch == 58 {
                // `[key: value]` is a list holding a one-pair mapping.
                pos += 1
                skipFlowSpace()
                let value = ch == 44 || ch == 93 ? try counted(empty(at: markHere())) : try flowNode(depth: depth + 2)
                let pair = t.open
                t.push(item)
                t.push(value)
                let e = t.entries[item]
                item = try counted(t.close(.mapping, from: pair, mark: YAMLMark(line: Int(e.line), column: Int(e.column))))
                skipFlowSpace()
            }
            t.push(item)
            if ch == 44 { pos += 1; continue }
            if ch == 93 { break }
            throw error("did not find expected ',' or ']' (the list opened at line \(start.line), column \(start.column))")
        }
        pos += 1
        return try counted(t.close(.sequence, from: base, mark: start))
    }

    private mutating func flowMapping(depth: Int) throws(YAMLError) -> Int {
        try checkDepth(depth)
        let start = markHere()
        pos += 1
        let base = t.open
        var keys = YAMLKeySet()
        while true {
            skipFlowSpace()
            if ch == 125 { break }
            let keyMark = markHere()
            let key = try flowNode(depth: depth + 1)
            guard t.entries[key].kind == .scalar else { throw YAMLError(rule: "yaml/unsupported", mark: keyMark, message: "a list or mapping cannot be a key") }
            if let first = keys.insert(key, line: keyMark.line, base: base, in: t, text: b) {
                throw YAMLError(rule: "yaml/duplicate-key", mark: keyMark,
                                message: "duplicate key '\(t.string(key, in: b))' in one mapping (first at line \(first))")
            }
            t.push(key)
            skipFlowSpace()
            var value: Int?
            if ch == 58 {
                pos += 1
                skipFlowSpace()
                if ch != 44 && ch != 125 { value = try flowNode(depth: depth + 1) }
                skipFlowSpace()
            }
            if value == nil { value = try counted(empty(at: markHere())) }
            t.push(value!)
            if ch == 44 { pos += 1; continue }
            if ch == 125 { break }
            throw error("did not find expected ',' or '}' (the mapping opened at line \(start.line), column \(start.column))")
        }
        pos += 1
        return try counted(t.close(.mapping, from: base, mark: start))
    }
}
