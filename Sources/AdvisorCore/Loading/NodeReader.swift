/// Typed, strict reading of one YAML mapping: unknown keys are errors with "did you mean", values are
/// never resolved as YAML booleans (`country: NO` stays the text NO), and every error names its place.
struct MapReader {
    let node: YAMLNode
    /// the mapping as parsed: keys are scalars (the parser refuses others) and unique
    private let mapping: YAMLMapping
    private let allowed: [String]
    let path: String
    let sink: DiagnosticSink
    let what: What

    /// What a mapping is, for messages ("an option of 'licence'"): the owner is quoted only when a
    /// message is written, so reading a large rule base formats none.
    struct What: ExpressibleByStringInterpolation, CustomStringConvertible {
        let kind: String
        let owner: String?

        init(stringLiteral kind: String) {
            self.kind = kind
            owner = nil
        }

        init(_ kind: String, of owner: String) {
            self.kind = kind
            self.owner = owner
        }

        var description: String { owner.map { "\(kind) '\($0)'" } ?? kind }
    }

    /// nil (with a diagnostic) when `node` is not a mapping. Unknown keys are reported here and
    /// then never matched: every lookup names an allowed key.
    init?(_ node: YAMLNode, path: String, sink: DiagnosticSink, what: What, allowed: [String]) {
        guard case .mapping(let m) = node else {
            sink.error("schema/type", YAMLDocument.location(node, path), "\(what) must be a mapping of keys to values")
            return nil
        }
        self.node = node
        mapping = m
        self.allowed = allowed
        self.path = path
        self.sink = sink
        self.what = what
        for (k, _) in m {
            guard case .scalar(let s) = k else {
                sink.error("schema/type", YAMLDocument.location(k, path), "keys in \(what) must be plain words")
                continue
            }
            if !allowed.contains(where: { Self.same($0, s.string) }) {
                sink.error("schema/unknown-key", YAMLDocument.location(k, path),
                           "unknown key '\(s.string)' in \(what)\(Suggest.hint(for: s.string, in: allowed))")
            }
        }
    }

    /// The allowed pairs in written order.
    var pairs: [(key: String, keyNode: YAMLNode, value: YAMLNode)] {
        mapping.pairs.compactMap { k, v in allowedKey(k).map { ($0, k, v) } }
    }

    /// The allowed keys in written order.
    var keys: [String] { mapping.pairs.compactMap { allowedKey($0.key) } }

    private func allowedKey(_ k: YAMLNode) -> String? {
        guard case .scalar(let s) = k, allowed.contains(where: { Self.same($0, s.string) }) else { return nil }
        return s.string
    }

    /// The pair of an allowed `key`.
    private func pair(_ key: String) -> YAMLMapping.Pair? {
        mapping.pairs.first { if case .scalar(let s) = $0.key { Self.same(s.string, key) } else { false } }
    }

    /// Key equality, lengths first: most keys a reader asks for are absent, and comparing two
    /// unequal strings in full is a call into the standard library.
    @inline(__always) private static func same(_ a: String, _ b: String) -> Bool {
        a.utf8.count == b.utf8.count && a == b
    }

    var location: SourceLocation { YAMLDocument.location(node, path) }

    func has(_ key: String) -> Bool { pair(key) != nil }

    func value(_ key: String) -> YAMLNode? { pair(key)?.value }

    func keyLocation(_ key: String) -> SourceLocation {
        pair(key).map { YAMLDocument.location($0.key, path) } ?? location
    }

    func missing(_ key: String) {
        sink.error("schema/missing-key", location, "\(what) needs the key '\(key)'")
    }

    /// A text value. Numbers and words are read as they are written.
    func string(_ key: String, required: Bool = false) -> String? {
        guard let v = value(key) else {
            if required { missing(key) }
            return nil
        }
        return scalar(v, key: key)
    }

    func scalar(_ v: YAMLNode, key: String) -> String? {
        guard case .scalar(let s) = v else {
            sink.error("schema/type", YAMLDocument.location(v, path), "'\(key)' in \(what) must be a single value")
            return nil
        }
        return s.string
    }

    /// A list of texts; a single value is read as a list of one.
    func strings(_ key: String, required: Bool = false) -> [String]? {
        guard let v = value(key) else {
            if required { missing(key) }
            return nil
        }
        switch v {
        case .scalar(let s): return [s.string]
        case .sequence(let seq):
            var out: [String] = []
            out.reserveCapacity(seq.count)
            for item in seq {
                if let s = scalar(item, key: key) { out.append(s) }
            }
            return out
        default:
            sink.error("schema/type", YAMLDocument.location(v, path), "'\(key)' in \(what) must be a value or a list of values")
            return nil
        }
    }

    func sequence(_ key: String, required: Bool = false) -> [YAMLNode]? {
        guard let v = value(key) else {
            if required { missing(key) }
            return nil
        }
        guard case .sequence(let seq) = v else {
            sink.error("schema/type", YAMLDocument.location(v, path), "'\(key)' in \(what) must be a list")
            return nil
        }
        return seq.items
    }

    func bool(_ key: String) -> Bool? {
        guard let v = value(key), let s = scalar(v, key: key) else { return nil }
        switch s {
        case "true": return true
        case "false": return false
        default:
            sink.error("schema/type", YAMLDocument.location(v, path), "'\(key)' must be true or false, not '\(s)'")
            return nil
        }
    }

    func number(_ key: String) -> Double? {
        guard let v = value(key), let s = scalar(v, key: key) else { return nil }
        guard let d = Double(s), d.isFinite else {
            sink.error("schema/type", YAMLDocument.location(v, path), "'\(key)' must be a number, not '\(s)'")
            return nil
        }
        return d
    }

    func int(_ key: String) -> Int? {
        guard let d = number(key) else { return nil }
        guard d == d.rounded(), abs(d) < 1e9 else {
            sink.error("schema/type", keyLocation(key), "'\(key)' must be a whole number")
            return nil
        }
        return Int(d)
    }

    /// A sub-mapping read strictly.
    func map(_ key: String, what: What, allowed: [String], required: Bool = false) -> MapReader? {
        guard let v = value(key) else {
            if required { missing(key) }
            return nil
        }
        return MapReader(v, path: path, sink: sink, what: what, allowed: allowed)
    }
}
