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
            if let d = difference(a, b.map(convert), at: "root") { return .different(d) }
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

    private static func convert(_ n: Node) -> YAMLNode {
        let m = YAMLMark(line: n.mark?.line ?? 0, column: n.mark?.column ?? 0)
        switch n {
        case .scalar(let s): return .scalar(YAMLScalar(string: s.string, mark: m))
        case .mapping(let map): return .mapping(YAMLMapping(pairs: map.map { (convert($0.key), convert($0.value)) }, mark: m))
        case .sequence(let seq): return .sequence(YAMLSequence(items: seq.map(convert), mark: m))
        case .alias: return .scalar(YAMLScalar(string: "*alias", mark: m))
        }
    }

    private static func difference(_ a: YAMLNode?, _ b: YAMLNode?, at path: String) -> String? {
        guard let a, let b else { return a == nil && b == nil ? nil : "\(path): one root is empty" }
        switch (a, b) {
        case (.scalar(let x), .scalar(let y)):
            if x.string != y.string { return "\(path): \(x.string.debugDescription) vs Yams \(y.string.debugDescription)" }
            if !x.string.isEmpty && x.mark != y.mark { return "\(path): mark \(x.mark) vs Yams \(y.mark)" }
            return nil
        case (.sequence(let x), .sequence(let y)):
            if x.mark != y.mark { return "\(path): mark \(x.mark) vs Yams \(y.mark)" }
            if x.count != y.count { return "\(path): \(x.count) items vs Yams \(y.count)" }
            for i in 0..<x.count { if let d = difference(x[i], y[i], at: "\(path)[\(i)]") { return d } }
            return nil
        case (.mapping(let x), .mapping(let y)):
            if x.mark != y.mark { return "\(path): mark \(x.mark) vs Yams \(y.mark)" }
            if x.count != y.count { return "\(path): \(x.count) pairs vs Yams \(y.count)" }
            for (p, q) in zip(x.pairs, y.pairs) {
                if let d = difference(p.key, q.key, at: "\(path).key") ?? difference(p.value, q.value, at: "\(path).\(p.key.scalar?.string ?? "?")") { return d }
            }
            return nil
        default:
            return "\(path): \(a) vs Yams \(b)"
        }
    }
}
