
/// The interview saved after every answer (atomically), so that `--resume` continues it and
/// `advise --answers` can evaluate it. It records the rules version it was made with.
public struct SessionStore: Sendable {
    public let path: String

    public init(path: String) { self.path = path }

    /// `$XDG_STATE_HOME/license-advisor/interview.json`, by default under `~/.local/state`.
    /// `environment`: the process's own when nil (read with getenv: this runs before the first frame,
    /// and ProcessInfo copies the whole environment).
    public static func standard(environment: [String: String]? = nil) -> SessionStore {
        let value: (String) -> String? = { name in
            environment.map { $0[name] } ?? FileSystem.environment(name)
        }
        let base: String
        if let xdg = value("XDG_STATE_HOME"), xdg.hasPrefix("/") {
            base = xdg
        } else {
            base = (value("HOME") ?? FileSystem.homeDirectory) + "/.local/state"
        }
        return SessionStore(path: base + "/license-advisor/interview.json")
    }

    public var directory: String { FileSystem.parent(of: path) }

    public static func serialize(_ answers: Answers, rules: RuleSet) -> String {
        let ordered = rules.questions.compactMap { q in answers[q.id].map { (q.id, $0.json) } }
        return JSON.object([
            ("rules-version", .string(rules.version)),
            ("answers", .object(ordered)),
        ]).pretty() + "\n"
    }

    public func save(_ answers: Answers, rules: RuleSet) throws(SafeWriter.Failure) {
        try SafeWriter.ensureDirectory(directory)
        try SafeWriter.writeOne(Self.serialize(answers, rules: rules), to: path, dir: directory)
    }

    public func exists() -> Bool { FileSystem.exists(path) }

    public func delete() { FileSystem.remove(path) }

    public struct Restored: Sendable {
        public var answers: Answers
        public var savedVersion: String?
        /// one sentence per answer that no longer fits the rules and was dropped
        public var notices: [String]
    }

    /// Loads what still fits the current rules: valid answers are kept, the rest dropped with a notice.
    public func load(rules: RuleSet) throws(DiagnosticList) -> Restored {
        guard let data = FileSystem.read(path) else {
            throw DiagnosticList([Diagnostic(rule: "session/missing", at: nil, "no saved interview at \(path)")])
        }
        guard let text = String(validating: data, as: UTF8.self) else {
            throw DiagnosticList([Diagnostic(rule: "session/encoding", at: SourceLocation(file: path, line: 1, column: 1), "the saved interview is not valid UTF-8")])
        }
        return try Self.restore(text: text, path: path, rules: rules)
    }

    public static func restore(text: String, path: String, rules: RuleSet) throws(DiagnosticList) -> Restored {
        let sink = DiagnosticSink()
        guard let doc = YAMLDocument.parse(path: path, text: text, into: sink) else { throw DiagnosticList(sink.diagnostics) }
        guard let top = doc.root?.mapping else {
            throw DiagnosticList([Diagnostic(rule: "session/type", at: SourceLocation(file: path, line: 1, column: 1), "a saved interview is a mapping with 'answers'")])
        }
        let saved = top["rules-version"]?.scalar?.string
        var restored = Restored(answers: Answers(), savedVersion: saved, notices: [])
        guard let answers = top["answers"]?.mapping else { return restored }
        let reader = AnswersReader(rules: rules)
        for (k, v) in answers {
            guard let id = k.scalar?.string else { continue }
            guard let q = rules.question(id) else {
                restored.notices.append("Dropped the answer to '\(Sanitizer.line(id))': the rules no longer ask it.")
                continue
            }
            let raw: [String]
            switch v.content {
            case .scalar(let s): raw = [s.string]
            case .sequence(let seq): raw = seq.compactMap(\.scalar?.string)
            default: raw = []
            }
            switch reader.value(raw, for: q) {
            case .success(let value): restored.answers[id] = value
            case .failure(let e): restored.notices.append("Dropped the answer to '\(id)': \(e.description)")
            }
        }
        if let saved, saved != rules.version {
            restored.notices.insert("The interview was saved with rules \(Sanitizer.line(saved)); these are rules \(rules.version). Answers that still fit were kept.", at: 0)
        }
        return restored
    }
}
