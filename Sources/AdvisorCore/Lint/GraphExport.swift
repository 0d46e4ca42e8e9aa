/// The decision graph for Graphviz (`dot`) or Mermaid (`flowchart`): questions are boxes (id and
/// text), route nodes diamonds with each edge labelled by its condition, outcomes double circles
/// (dot) or stadiums (Mermaid); answer edges carry the option ids. Nodes and edges come in the
/// order they are written, so the output is the same on every run.
public enum GraphExport {
    /// Longest text line in a node label before it wraps, and longest edge label.
    static let wrapWidth = 36
    static let maxTextLength = 120
    static let maxEdgeLabel = 60
    static let maxOptionsPerEdge = 6

    struct Edge {
        let from: String
        let to: String
        let label: String?
    }

    /// Graphviz DOT.
    public static func dot(_ rules: RuleSet) -> String {
        var out = ["digraph rules {", "  rankdir=TB;", "  node [fontname=\"Helvetica\", fontsize=10];",
                   "  edge [fontname=\"Helvetica\", fontsize=9];"]
        for id in rules.nodeOrder {
            guard let node = rules.nodes[id] else { continue }
            let label = labelLines(node).map(dotEscape).joined(separator: "\\n")
            let shape: String
            switch node {
            case .question: shape = "box"
            case .router: shape = "diamond"
            case .outcome: shape = "doublecircle"
            }
            let style = id == rules.entry ? ", style=bold" : ""
            out.append("  \"\(dotEscape(id))\" [shape=\(shape)\(style), label=\"\(label)\"];")
        }
        for e in edges(rules) {
            let label = e.label.map { " [label=\"\(dotEscape($0))\"]" } ?? ""
            out.append("  \"\(dotEscape(e.from))\" -> \"\(dotEscape(e.to))\"\(label);")
        }
        out.append("}")
        return out.joined(separator: "\n")
    }

    /// Mermaid flowchart. Node ids are n1, n2, ... in written order (rule ids such as `end` are
    /// Mermaid keywords); every label is quoted, with Mermaid entity codes for risky characters.
    public static func mermaid(_ rules: RuleSet) -> String {
        var key: [String: String] = [:]
        for (i, id) in rules.nodeOrder.enumerated() { key[id] = "n\(i + 1)" }
        var out = ["flowchart TD"]
        for id in rules.nodeOrder {
            guard let node = rules.nodes[id], let k = key[id] else { continue }
            let label = "\"" + labelLines(node).map(mermaidEscape).joined(separator: "<br/>") + "\""
            switch node {
            case .question: out.append("  \(k)[\(label)]")
            case .router: out.append("  \(k){\(label)}")
            case .outcome: out.append("  \(k)([\(label)])")
            }
        }
        for e in edges(rules) {
            guard let a = key[e.from], let b = key[e.to] else { continue }
            let label = e.label.map { "|\"\(mermaidEscape($0))\"|" } ?? ""
            out.append("  \(a) -->\(label) \(b)")
        }
        return out.joined(separator: "\n")
    }

    /// A node's label: its id, then its question text wrapped.
    static func labelLines(_ node: FlowNode) -> [String] {
        guard case .question(let q) = node else { return [node.id] }
        var text = Sanitizer.line(q.text)
        if text.count > maxTextLength { text = String(text.prefix(maxTextLength - 1)) + "…" }
        return [q.id] + wrap(text)
    }

    static func wrap(_ text: String) -> [String] {
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ") {
            if !line.isEmpty && line.count + 1 + word.count > wrapWidth {
                lines.append(line)
                line = String(word)
            } else {
                line += line.isEmpty ? String(word) : " " + word
            }
        }
        if !line.isEmpty { lines.append(line) }
        return lines
    }

    /// Edges to defined nodes, in written order: one per target for a question's options.
    static func edges(_ rules: RuleSet) -> [Edge] {
        var out: [Edge] = []
        for id in rules.nodeOrder {
            switch rules.nodes[id] {
            case .question(let q)?:
                guard q.kind == .single else {
                    if let n = q.next, rules.nodes[n] != nil { out.append(Edge(from: id, to: n, label: nil)) }
                    continue
                }
                var targets: [String] = []
                var options: [String: [String]] = [:]
                for o in q.options {
                    guard let n = o.next ?? q.next, rules.nodes[n] != nil else { continue }
                    if options[n] == nil { targets.append(n) }
                    options[n, default: []].append(o.id)
                }
                for n in targets { out.append(Edge(from: id, to: n, label: optionLabel(options[n]!))) }
            case .router(let r)?:
                for route in r.routes where rules.nodes[route.next] != nil {
                    out.append(Edge(from: id, to: route.next, label: short(route.when)))
                }
                if let o = r.otherwise, rules.nodes[o] != nil { out.append(Edge(from: id, to: o, label: "otherwise")) }
            case .outcome?, nil:
                continue
            }
        }
        return out
    }

    static func optionLabel(_ ids: [String]) -> String {
        guard ids.count > maxOptionsPerEdge else { return ids.joined(separator: ", ") }
        return ids.prefix(maxOptionsPerEdge).joined(separator: ", ") + ", … (+\(ids.count - maxOptionsPerEdge))"
    }

    /// A condition in a few words: `asset in [software, ai-system] and size-gb > 50`.
    public static func short(_ c: Condition) -> String {
        let s = render(c, top: true)
        return s.count > maxEdgeLabel ? String(s.prefix(maxEdgeLabel - 1)) + "…" : s
    }

    private static func render(_ c: Condition, top: Bool) -> String {
        func list(_ xs: [String]) -> String { xs.count == 1 ? xs[0] : "[\(xs.joined(separator: ", "))]" }
        switch c {
        case .always: return "true"
        case .not(let inner):
            if case .atom(var a) = inner, case .asked(let b) = a.test {
                a.test = .asked(!b)
                return render(.atom(a), top: false)
            }
            if case .atom = inner { return "not " + render(inner, top: false) }
            return "not (\(render(inner, top: true)))"
        case .all(let cs), .any(let cs):
            let joiner: String
            if case .all = c { joiner = " and " } else { joiner = " or " }
            let s = cs.map { render($0, top: false) }.joined(separator: joiner)
            return top || cs.count < 2 ? s : "(\(s))"
        case .atom(let a):
            let subject: String
            switch a.subject {
            case .question(let q): subject = q
            case .licenceHas: subject = "licence has"
            case .licenceIs: subject = "licence"
            case .openness: subject = "openness"
            }
            switch a.test {
            case .oneOf(let xs): return xs.count == 1 ? "\(subject) = \(xs[0])" : "\(subject) in \(list(xs))"
            case .includesAny(let xs):
                return a.subject == .licenceHas ? "\(subject) \(list(xs))" : "\(subject) includes \(list(xs))"
            case .includesAll(let xs):
                return a.subject == .licenceHas ? "\(subject) \(list(xs))" : "\(subject) includes all \(list(xs))"
            case .exactly(let xs): return "\(subject) exactly \(list(xs))"
            case .compare(let op, let n):
                let sym = [Atom.Comparison.lt: "<", .lte: "<=", .gt: ">", .gte: ">="][op]!
                return "\(subject) \(sym) \(AnswerValue.format(n))"
            case .asked(let b): return b ? "\(subject) asked" : "\(subject) not asked"
            }
        }
    }

    /// Inside a DOT double-quoted string: backslash and quote escaped, control characters made visible.
    static func dotEscape(_ s: String) -> String {
        Sanitizer.line(s).replacingAll("\\", with: "\\\\").replacingAll("\"", with: "\\\"")
    }

    /// Inside a quoted Mermaid label: Mermaid entity codes (`#quot;`, `#35;`) for characters that
    /// its parser or its HTML labels would read.
    static func mermaidEscape(_ s: String) -> String {
        var out = ""
        for u in Sanitizer.line(s).unicodeScalars {
            switch u {
            case "\"": out += "#quot;"
            case "#", "<", ">", "&", "|", "`": out += "#\(u.value);"
            default: out.unicodeScalars.append(u)
            }
        }
        return out
    }
}

extension String {
    fileprivate func replacingAll(_ target: String, with replacement: String) -> String {
        split(separator: target, omittingEmptySubsequences: false).joined(separator: replacement)
    }
}
