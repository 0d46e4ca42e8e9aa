/// question/no-default, text/empty, text/duplicate-label.
extension LintContext {
    mutating func checkQuestions() {
        for n in questionNodes {
            guard case .question(let q) = graph.nodes[n], q.defaultValue == nil else { continue }
            let example = q.kind == .number ? "a number" : q.options.first.map { "'\($0.id)'" } ?? "an option"
            report(.error, "question/no-default", q.location,
                   "question '\(q.id)' has no default; every question needs one (--assume-defaults and batch answers rely on it), e.g. default: \(example)")
        }
    }

    mutating func checkTexts() {
        // the normalised label of each option seen so far, with the option's id
        var labels: [(key: String, id: String)] = []
        for n in questionNodes {
            guard case .question(let q) = graph.nodes[n] else { continue }
            if Self.isBlank(q.text) {
                report(.warning, "text/empty", q.location, "question '\(q.id)' has an empty text")
            }
            // A question has a handful of options: a scan of the labels so far beats hashing each.
            labels.removeAll(keepingCapacity: true)
            for k in q.options.indices {  // by index: a copied option would retain each of its texts
                if Self.isBlank(q.options[k].label) {
                    report(.warning, "text/empty", q.options[k].location, "option '\(q.options[k].id)' of '\(q.id)' has an empty label")
                    continue
                }
                let key = Self.normalised(q.options[k].label)
                if let first = labels.first(where: { $0.key == key }) {
                    let o = q.options[k]
                    report(.warning, "text/duplicate-label", o.location,
                           "options '\(first.id)' and '\(o.id)' of '\(q.id)' have the same label '\(o.label)'; people cannot tell them apart")
                } else {
                    labels.append((key, q.options[k].id))
                }
            }
        }
        for n in graph.kinds.indices where graph.kinds[n] == .router {
            guard case .router(let r) = graph.nodes[n] else { continue }
            for k in r.routes.indices where r.routes[k].because.map(Self.isBlank) == true {
                report(.warning, "text/empty", r.routes[k].location, "route \(k + 1) of '\(r.id)' has an empty 'because'")
            }
        }
        for t in rules.tables {
            for row in t.rows where Self.isBlank(row.because) {
                report(.warning, "text/empty", row.location, "row '\(row.id)' of table '\(t.id)' has an empty 'because'")
            }
            for row in t.rows {
                for w in row.effects.warnings where Self.isBlank(w.text) {
                    report(.warning, "text/empty", row.location, "warning '\(w.id)' raised by row '\(row.id)' has an empty text")
                }
                for a in row.effects.actions where Self.isBlank(a.text) {
                    report(.warning, "text/empty", row.location, "action '\(a.id)' of row '\(row.id)' has an empty text")
                }
            }
        }
        for l in rules.licences where Self.isBlank(l.name) {
            report(.warning, "text/empty", l.location, "licence '\(l.id)' has an empty name")
        }
        for s in rules.services {
            if Self.isBlank(s.name) { report(.warning, "text/empty", s.location, "service '\(s.id)' has an empty name") }
            for c in s.requires + s.cautions + s.boosts where Self.isBlank(c.text) {
                report(.warning, "text/empty", c.location ?? s.location, "a clause of service '\(s.id)' has an empty text")
            }
        }
        for w in rules.warningKinds where Self.isBlank(w.title) {
            report(.warning, "text/empty", w.location, "warning '\(w.id)' has an empty title")
        }
        for r in rules.references where Self.isBlank(r.cite) {
            report(.warning, "text/empty", r.location, "reference '\(r.id)' has an empty 'cite'")
        }
    }

    /// Static, so that passing it to `map` does not copy the context.
    private static func isBlank(_ s: String) -> Bool {
        // Nearly every text starts with a printable ASCII character, which is not whitespace.
        if let first = s.utf8.first, (0x21...0x7E).contains(first) { return false }
        return s.allSatisfy(\.isWhitespace)
    }

    /// Lowercased, with runs of whitespace made one space and none at the ends.
    private static func normalised(_ s: String) -> String {
        guard s.utf8.allSatisfy({ $0 < 0x80 }) else {
            return s.lowercased().split(whereSeparator: \.isWhitespace).joined(separator: " ")
        }
        // ASCII: the same, byte by byte, without the Unicode tables (and short labels stay unallocated).
        return String(unsafeUninitializedCapacity: s.utf8.count) { out in
            var n = 0
            var gap = false
            for b in s.utf8 {
                if b == 0x20 || (0x09...0x0D).contains(b) {
                    gap = n > 0
                    continue
                }
                if gap {
                    out[n] = 0x20
                    n += 1
                }
                gap = false
                out[n] = (0x41...0x5A).contains(b) ? b + 0x20 : b
                n += 1
            }
            return n
        }
    }
}
