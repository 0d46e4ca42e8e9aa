extension YAMLParser {
    /// A literal (`|`) or folded (`>`) scalar with its chomping (`-`, `+`) and indentation
    /// indicators, read the way libyaml reads it so that files keep the meaning they had with Yams.
    mutating func blockScalar(parent: Int) throws(YAMLError) -> Int {
        let m = markHere()
        let literal = ch == 124
        pos += 1
        var chomp = 0
        var increment = 0
        for _ in 0..<2 {
            if chomp == 0 && (ch == 43 || ch == 45) {
                chomp = ch == 43 ? 1 : -1
                pos += 1
            } else if increment == 0 && ch >= 48 && ch <= 57 {
                guard ch != 48 else { throw error("found an indentation indicator equal to 0") }
                increment = Int(ch - 48)
                pos += 1
            }
        }
        try finishLine()
        var blockIndent = increment > 0 ? (parent >= 0 ? parent + increment : increment) : 0
        var out: [UInt8] = []
        var trailingBreaks = 0
        var leadingBreak = false
        var leadingBlank = false
        if ch == 10 {
            newline()
            try breaks(indent: &blockIndent, trailing: &trailingBreaks, parent: parent)
        }
        while pos - lineStart == blockIndent && !atEnd {
            let trailingBlank = Self.isBlank(ch)
            if !literal && leadingBreak && !leadingBlank && !trailingBlank {
                if trailingBreaks == 0 { out.append(32) }
            } else if leadingBreak {
                out.append(10)
            }
            leadingBreak = false
            out.append(contentsOf: repeatElement(10, count: trailingBreaks))
            trailingBreaks = 0
            leadingBlank = Self.isBlank(ch)
            let from = pos
            while pos < b.count && b[pos] != 10 { pos += 1 }
            out.append(contentsOf: b[from..<pos])
            if atEnd { break }
            newline()
            leadingBreak = true
            try breaks(indent: &blockIndent, trailing: &trailingBreaks, parent: parent)
        }
        if chomp != -1 && leadingBreak { out.append(10) }
        if chomp == 1 { out.append(contentsOf: repeatElement(10, count: trailingBreaks)) }
        if !atEnd { pos = lineStart }
        try nextContent()
        return try counted(t.scalar(decoded: out, mark: m))
    }

    /// Indentation and empty lines before the next line of a block scalar; the first call fixes
    /// the indentation when no indicator gave it: the deepest of these lines, at least one more
    /// than the parent's.
    private mutating func breaks(indent: inout Int, trailing: inout Int, parent: Int) throws(YAMLError) {
        var maxIndent = 0
        while true {
            while (indent == 0 || pos - lineStart < indent) && ch == 32 { pos += 1 }
            maxIndent = max(maxIndent, pos - lineStart)
            if (indent == 0 || pos - lineStart < indent) && ch == 9 {
                throw error("found a tab character where an indentation space is expected")
            }
            guard ch == 10 else { break }
            newline()
            trailing += 1
        }
        if indent == 0 {
            indent = max(maxIndent, parent + 1, 1)
        }
    }
}
