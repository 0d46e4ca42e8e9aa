import AdvisorCore
import Yams

/// The reader in `AdvisorCore/YAML` against Yams (libyaml), the library it replaced: where both
/// accept a text they must give the same tree, marks included (an empty value's mark aside, which
/// libyaml puts at the next token). Where only one accepts, the difference is counted, not a
/// finding: this reader refuses tags, anchors and explicit keys on purpose.
public enum YAMLDifferential {
    public enum Outcome: Equatable, Sendable {
        case same, bothRefused, onlyYamsAccepted(String), onlyOursAccepted(String), different(String)
    }

    public static func compare(_ text: String) -> Outcome {
        let ours = Result { () throws(YAMLError) in try YAML.parse(text) }
        let theirs: Node??
        var refusal = ""
        do {
            let parser = try Parser(yaml: text, resolver: .basic)
            theirs = try parser.singleRoot()
            if let root = theirs ?? nil, hasAnchorOrTag(root) { return .bothRefused }
        } catch {
            theirs = nil
            refusal = "\(error)"
        }
        switch (ours, theirs) {
        case (.failure, nil): return .bothRefused
        case (.failure(let e), .some): return .onlyYamsAccepted("\(e.rule) \(e.mark.line):\(e.mark.column) \(e.message)")
        case (.success, nil): return .onlyOursAccepted(refusal)
        case (.success(let a), .some(let b)):
            if let d = difference(a, b, at: "root") { return .different(d) }
            return .same
        }
    }

    private static func hasAnchorOrTag(_ n: Node) -> Bool {
        if n.anchor != nil || n.alias != nil { return true }
        switch n {
        case .mapping(let m): return m.contains { hasAnchorOrTag($0.key) || hasAnchorOrTag($0.value) }
        case .sequence(let s): return s.contains(where: hasAnchorOrTag)
        case .scalar(let s): return !["tag:yaml.org,2002:str", "tag:yaml.org,2002:null", "", "!", "?"].contains(s.tag.description)
        case .alias: return true
        }
    }

    private static func mark(_ n: Node) -> YAMLMark { YAMLMark(line: n.mark?.line ?? 0, column: n.mark?.column ?? 0) }

    private static func difference(_ a: YAMLNode?, _ b: Node?, at path: String) -> String? {
        guard let a, let b else { return a == nil && b == nil ? nil : "\(path): one root is empty" }
        switch (a.content, b) {
        case (.scalar(let x), .scalar(let y)):
            if x.string != y.string { return "\(path): \(x.string.debugDescription) vs Yams \(y.string.debugDescription)" }
            if !x.string.isEmpty && x.mark != mark(b) { return "\(path): mark \(x.mark) vs Yams \(mark(b))" }
            return nil
        case (.sequence(let x), .sequence(let y)):
            if x.mark != mark(b) { return "\(path): mark \(x.mark) vs Yams \(mark(b))" }
            if x.count != y.count { return "\(path): \(x.count) items vs Yams \(y.count)" }
            for (i, (p, q)) in zip(x, y).enumerated() { if let d = difference(p, q, at: "\(path)[\(i)]") { return d } }
            return nil
        case (.mapping(let x), .mapping(let y)):
            if x.mark != mark(b) { return "\(path): mark \(x.mark) vs Yams \(mark(b))" }
            if x.count != y.count { return "\(path): \(x.count) pairs vs Yams \(y.count)" }
            for (p, q) in zip(x, y) {
                if let d = difference(p.key, q.key, at: "\(path).key") ?? difference(p.value, q.value, at: "\(path).\(p.key.scalar?.string ?? "?")") { return d }
            }
            return nil
        default:
            return "\(path): \(describe(a)) vs Yams \(b)"
        }
    }

    private static func describe(_ n: YAMLNode) -> String {
        switch n.content {
        case .scalar(let s): "scalar \(s.string.debugDescription)"
        case .mapping(let m): "mapping of \(m.count) pairs"
        case .sequence(let s): "list of \(s.count) items"
        }
    }
}
