extension YAMLParser {
    /// A key written without quotes: the text up to `:` on this line (`keyAhead` found it).
    mutating func plainKey() throws(YAMLError) -> Int {
        let m = markHere()
        let (from, to) = segment(flow: false)
        return t.scalar(from: from, to: to, mark: m)
    }

    /// One line of a plain scalar from `pos`: its bounds without trailing blanks. Stops before a
    /// comment, before `: ` (and in flow context before `,[]{}` and `:` followed by one of them).
    mutating func segment(flow: Bool) -> (Int, Int) {
        let from = pos
        var last = pos
        while pos < b.count {
            let c = b[pos]
            if c == 10 { break }
            if c == 58 {
                let d = at(pos + 1)
                if Self.isBreakOrBlank(d) || (flow && (Self.isFlowIndicator(d) || d == 63)) { break }
            } else if c == 35 {
                if pos > from && Self.isBlank(b[pos - 1]) { break }
            } else if flow && Self.isFlowIndicator(c) {
                break
            }
            pos += 1
            if !Self.isBlank(c) { last = pos }
        }
        return (from, last)
    }

    @inline(__always) static func isFlowIndicator(_ c: UInt8) -> Bool {
        c == 44 || c == 91 || c == 93 || c == 123 || c == 125
    }

    /// A plain scalar, folded over the lines that continue it: lines indented more than `parent`
    /// (any line in flow context) that are not comments or document markers. A single line break
    /// becomes a space, each further empty line a line break.
    mutating func plain(parent: Int, flow: Bool = false) throws(YAMLError) -> Int {
        let m = markHere()
        let (from, to) = segment(flow: flow)
        var bytes: [UInt8]?
        var end = (pos: to, line: line, lineStart: lineStart)
        while true {
            // Look past the line break for a continuation; give the lines back if there is none.
            pos = end.pos
            skipBlanks()
            guard ch == 10 else { break }
            var breaks = 0
            var continues = false
            while ch == 10 {
                newline()
                var spaces = 0
                while ch == 32 { pos += 1; spaces += 1 }
                if ch == 9 {
                    if !flow && spaces <= parent {
                        skipBlanks()
                        if ch == 10 || atEnd { breaks += 1; continue }
                        throw error("a tab character is not allowed in indentation; indent with spaces")
                    }
                    skipBlanks()
                }
                if ch == 10 { breaks += 1; continue }
                if atEnd || ch == 35 || atDocumentMarker(lineStart + spaces) { break }
                if !flow && spaces <= parent { break }
                if flow && (Self.isFlowIndicator(ch) || (ch == 58 && (Self.isBreakOrBlank(at(pos + 1)) || Self.isFlowIndicator(at(pos + 1))))) { break }
                continues = true
            }
            guard continues else { break }
            if bytes == nil { bytes = Array(b[from..<to]) }
            if breaks == 0 { bytes!.append(32) } else { bytes!.append(contentsOf: repeatElement(10, count: breaks)) }
            let (f, t) = segment(flow: flow)
            bytes!.append(contentsOf: b[f..<t])
            if !flow && ch == 58 { throw error("mapping values are not allowed in this context; a value that goes on over lines cannot hold ': '") }
            end = (t, line, lineStart)
        }
        pos = end.pos
        line = end.line
        lineStart = end.lineStart
        if !flow {
            if ch == 58 { throw error("mapping values are not allowed in this context") }
            try finishLine()
        }
        return try counted(bytes.map { t.scalar(decoded: $0, mark: m) } ?? t.scalar(from: from, to: to, mark: m))
    }
}
