/// Typed, strict reading of one YAML mapping: unknown keys are errors with "did you mean", values are
/// never resolved as YAML booleans (`country: NO` stays the text NO), and every error names its place.
struct MapReader {
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
        guard let m = node.mapping else {
            sink.error("schema/type", YAMLDocument.location(node, path), "\(what) must be a mapping of keys to values")
            return nil
        }
        mapping = m
        self.allowed = allowed
        self.path = path
        self.sink = sink
        self.what = what
        for i in 0..<m.count where m.key(at: i, in: allowed) == nil {
            let k = m.key(at: i)
            let s = k.scalar?.string ?? ""
            sink.error("schema/unknown-key", YAMLDocument.location(k, path),
                       "unknown key '\(s)' in \(what)\(Suggest.hint(for: s, in: allowed))")
        }
    }

    /// The allowed pairs in written order.
    var pairs: [(key: String, value: YAMLNode)] {
        (0..<mapping.count).compactMap { i in mapping.key(at: i, in: allowed).map { ($0, mapping.value(at: i)) } }
    }

    /// The allowed keys in written order (the reader's own strings: no new one is made).
    var keys: [String] { (0..<mapping.count).compactMap { mapping.key(at: $0, in: allowed) } }

    /// The position of an allowed `key` among the pairs.
    private func pair(_ key: String) -> Int? { mapping.index(of: key) }

    var location: SourceLocation { YAMLDocument.location(mapping.node, path) }

    func has(_ key: String) -> Bool { pair(key) != nil }

    func value(_ key: String) -> YAMLNode? { pair(key).map(mapping.value(at:)) }

    func keyLocation(_ key: String) -> SourceLocation {
        pair(key).map { YAMLDocument.location(mapping.key(at: $0), path) } ?? location
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
        guard let s = v.scalar else {
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
        switch v.content {
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

    func sequence(_ key: String, required: Bool = false) -> YAMLSequence? {
        guard let v = value(key) else {
            if required { missing(key) }
            return nil
        }
        guard let seq = v.sequence else {
            sink.error("schema/type", YAMLDocument.location(v, path), "'\(key)' in \(what) must be a list")
            return nil
        }
        return seq
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
