/// Reads the closed condition grammar:
///   all: [...] | any: [...] | not: {...} | true | a list (= all)
///   {q: ID, is|in|includes|includes-all|exactly: ...} | {q: ID, lt|lte|gt|gte: N} | {q: ID, asked: true|false}
///   {licence-has: FLAG} | {licence-is: [IDS]} | {openness: [VALUES]}
enum ConditionReader {
    static let testKeys = ["is", "in", "includes", "includes-all", "exactly", "lt", "lte", "gt", "gte", "asked"]
    static let keys = ["all", "any", "not", "q", "licence-has", "licence-is", "openness"] + testKeys

    static func read(_ node: YAMLNode, path: String, sink: DiagnosticSink) -> Condition? {
        let loc = YAMLDocument.location(node, path)
        switch node.content {
        case .scalar(let s):
            if s.string == "true" { return .always }
            sink.error("cond/syntax", loc, "a condition is a mapping such as {q: asset, is: dataset}, a list, or true; found '\(s.string)'")
            return nil
        case .sequence(let seq):
            let parts = seq.compactMap { read($0, path: path, sink: sink) }
            return parts.count == seq.count ? .all(parts) : nil
        case .mapping:
            guard let m = MapReader(node, path: path, sink: sink, what: "a condition", allowed: keys) else { return nil }
            return readMapping(m, loc: loc, path: path, sink: sink)
        }
    }

    private static func readMapping(_ m: MapReader, loc: SourceLocation, path: String, sink: DiagnosticSink) -> Condition? {
        // The allowed keys, read once: asking the mapping for each possible key would scan its pairs every time.
        let present = m.keys
        guard !present.isEmpty else {
            sink.error("cond/syntax", loc, "empty condition")
            return nil
        }
        for combinator in ["all", "any"] where present.contains(combinator) {
            guard present.count == 1 else {
                sink.error("cond/syntax", loc, "'\(combinator)' must stand alone in its mapping")
                return nil
            }
            guard let items = m.sequence(combinator) else { return nil }
            let parts = items.compactMap { read($0, path: path, sink: sink) }
            guard parts.count == items.count else { return nil }
            return combinator == "all" ? .all(parts) : .any(parts)
        }
        if present.contains("not") {
            guard present.count == 1 else {
                sink.error("cond/syntax", loc, "'not' must stand alone in its mapping")
                return nil
            }
            return read(m.value("not")!, path: path, sink: sink).map { .not($0) }
        }
        if present.contains(where: { $0 == "licence-has" || $0 == "licence-is" || $0 == "openness" }) {
            guard present.count == 1 else {
                sink.error("cond/syntax", loc, "'\(present[0])' must stand alone in its mapping")
                return nil
            }
            let key = present[0]
            guard let values = m.strings(key), !values.isEmpty else { return nil }
            let subject: Atom.Subject = key == "licence-has" ? .licenceHas : key == "licence-is" ? .licenceIs : .openness
            let test: Atom.Test = key == "licence-has" ? .includesAll(values) : .oneOf(values)
            return .atom(Atom(subject: subject, test: test, location: loc))
        }
        guard let q = m.string("q") else {
            sink.error("cond/syntax", loc, "a condition needs 'q' (the question it reads), or all/any/not")
            return nil
        }
        let tests = present.filter { testKeys.contains($0) }
        guard tests.count == 1 else {
            sink.error("cond/syntax", loc, tests.isEmpty
                ? "the condition on '\(q)' needs one test: \(testKeys.joined(separator: ", "))"
                : "the condition on '\(q)' has several tests (\(tests.joined(separator: ", "))); combine them with all")
            return nil
        }
        let key = tests[0]
        let test: Atom.Test
        switch key {
        case "is", "in":
            guard let v = m.strings(key), !v.isEmpty else { return nil }
            test = .oneOf(v)
        case "includes":
            guard let v = m.strings(key), !v.isEmpty else { return nil }
            test = .includesAny(v)
        case "includes-all":
            guard let v = m.strings(key), !v.isEmpty else { return nil }
            test = .includesAll(v)
        case "exactly":
            guard let v = m.strings(key) else { return nil }
            test = .exactly(v)
        case "asked":
            guard let b = m.bool(key) else { return nil }
            test = .asked(b)
        default:
            guard let n = m.number(key) else { return nil }
            test = .compare(Atom.Comparison(rawValue: key)!, n)
        }
        return .atom(Atom(subject: .question(q), test: test, location: m.keyLocation("q")))
    }
}
