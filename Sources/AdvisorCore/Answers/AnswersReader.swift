/// Reads answers from YAML or JSON text and from `--set ID=VALUE`, checking each against the rules.
/// Values are read as written: `country: NO` is Norway, never a boolean.
public struct AnswersReader {
    public let rules: RuleSet
    public init(rules: RuleSet) { self.rules = rules }

    /// A saved interview wraps the answers with the rules version it was made with.
    public struct Parsed: Sendable {
        public var answers: Answers
        public var rulesVersion: String?
    }

    public func parse(text: String, path: String) throws(DiagnosticList) -> Parsed {
        let sink = DiagnosticSink()
        guard let doc = YAMLDocument.parse(path: path, text: text, into: sink) else { throw DiagnosticList(sink.diagnostics) }
        guard let root = doc.root else { return Parsed(answers: Answers()) }
        guard var mapping = root.mapping else {
            throw DiagnosticList([Diagnostic(rule: "answers/type", at: YAMLDocument.location(root, path),
                                             "answers must be a mapping from question id to answer")])
        }
        var version: String?
        if rules.question("answers") == nil, let m = mapping["answers"]?.mapping {
            version = mapping["rules-version"]?.scalar?.string
            mapping = m
        }
        var answers = Answers()
        for (k, v) in mapping {
            let loc = YAMLDocument.location(k, path)
            guard let id = k.scalar?.string else {
                sink.error("answers/type", loc, "question ids must be plain words")
                continue
            }
            guard let q = rules.question(id) else {
                sink.error("answers/unknown-question", loc, unknownQuestion(id))
                continue
            }
            let vloc = YAMLDocument.location(v, path)
            let raw: [String]
            switch v.content {
            case .scalar(let s): raw = q.kind == .multiple ? Self.splitList(s.string) : [s.string]
            case .sequence(let seq):
                guard q.kind == .multiple else {
                    sink.error("answers/type", vloc, "'\(id)' takes one answer, not a list")
                    continue
                }
                raw = seq.compactMap(\.scalar?.string)
                if raw.count != seq.count {
                    sink.error("answers/type", vloc, "the list for '\(id)' must hold option ids only")
                    continue
                }
            default:
                sink.error("answers/type", vloc, "the answer to '\(id)' must be an option id, a list of option ids or a number")
                continue
            }
            switch value(raw, for: q) {
            case .success(let a): answers[id] = a
            case .failure(let e): sink.error("answers/invalid", vloc, e.description)
            }
        }
        if sink.hasErrors { throw DiagnosticList(sink.diagnostics) }
        return Parsed(answers: answers, rulesVersion: version)
    }

    /// `ID=VALUE`, with lists as `a,b,c`.
    public func parse(set: String) throws(DiagnosticList) -> (String, AnswerValue) {
        guard let eq = set.firstIndex(of: "=") else {
            throw DiagnosticList([Diagnostic(rule: "answers/set", at: nil, "--set '\(set)' must be ID=VALUE")])
        }
        let id = String(set[..<eq]).trimmingWhitespace()
        let rest = String(set[set.index(after: eq)...]).trimmingWhitespace()
        guard let q = rules.question(id) else {
            throw DiagnosticList([Diagnostic(rule: "answers/unknown-question", at: nil, "--set: " + unknownQuestion(id))])
        }
        let raw = q.kind == .multiple ? Self.splitList(rest) : [rest]
        switch value(raw, for: q) {
        case .success(let a): return (id, a)
        case .failure(let e):
            throw DiagnosticList([Diagnostic(rule: "answers/invalid", at: nil, "--set \(id): \(e.description)")])
        }
    }

    static func splitList(_ s: String) -> [String] {
        s.split(separator: ",").map { String($0).trimmingWhitespace() }.filter { !$0.isEmpty }
    }

    private func unknownQuestion(_ id: String) -> String {
        let ids = rules.questions.map(\.id)
        return "unknown question '\(Sanitizer.line(id))'\(Suggest.hint(for: id, in: ids)); valid questions: \(ids.joined(separator: ", "))"
    }

    /// Checks raw values against the question; the error message lists what is valid.
    public func value(_ raw: [String], for q: Question) -> Result<AnswerValue, AnswerError> {
        switch q.kind {
        case .number:
            guard raw.count == 1, let n = Double(raw[0]), n.isFinite else {
                return .failure(AnswerError("'\(Sanitizer.line(raw.joined(separator: ",")))' is not a number; '\(q.id)' takes a number\(q.unit.map { " (\($0))" } ?? "")"))
            }
            if let lo = q.minimum, n < lo { return .failure(AnswerError("\(AnswerValue.format(n)) is below the minimum \(AnswerValue.format(lo)) for '\(q.id)'")) }
            if let hi = q.maximum, n > hi { return .failure(AnswerError("\(AnswerValue.format(n)) is above the maximum \(AnswerValue.format(hi)) for '\(q.id)'")) }
            return .success(.number(n))
        case .single, .multiple:
            for r in raw where q.option(r) == nil {
                let valid = q.options.map(\.id)
                return .failure(AnswerError("'\(Sanitizer.line(r))' is not an option of '\(q.id)'\(Suggest.hint(for: r, in: valid)); valid options: \(valid.joined(separator: ", "))"))
            }
            if q.kind == .single {
                guard raw.count == 1 else { return .failure(AnswerError("'\(q.id)' takes exactly one option")) }
                return .success(.option(raw[0]))
            }
            var unique: [String] = []
            for r in raw where !unique.contains(r) { unique.append(r) }
            return .success(.options(unique))
        }
    }
}

public struct AnswerError: Error, Sendable, CustomStringConvertible {
    public var description: String
    public init(_ d: String) { description = d }
}

extension String {
    func trimmingWhitespace() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
