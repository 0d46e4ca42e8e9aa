
/// Loads a rules directory (or the built-in files) into a `RuleSet`, reporting every error it finds.
public enum RuleLoader {
    /// Top-level sections a rule file may hold; `manifest.yaml` holds the manifest keys instead.
    static let sections = ["licences", "services", "references", "warnings", "nodes", "tables"]
    static let manifestKeys = ["schema", "version", "title", "entry", "asset-question", "chosen-licence-question",
                               "undecided-option", "disclaimer", "conflict-warning", "main-parts"]
    public static let supportedSchema = 1

    /// Loads every `*.yaml` file under `directory`.
    public static func load(directory: String) throws(DiagnosticList) -> RuleSet {
        let sink = DiagnosticSink()
        var files: [(String, String)] = []
        guard FileSystem.kind(directory) == .directory else {
            throw DiagnosticList([Diagnostic(rule: "rules/missing", at: nil, "rules directory '\(directory)' does not exist")])
        }
        for path in FileSystem.files(under: directory) where ["yaml", "yml"].contains(FileSystem.fileExtension(path)) {
            let display = displayPath(path)
            guard let data = FileSystem.read(path, limit: YAMLLimits.maxBytes) else {
                sink.error("rules/unreadable", SourceLocation(file: display, line: 1, column: 1), "cannot read the file")
                continue
            }
            if data.count > YAMLLimits.maxBytes {
                sink.error("yaml/size", SourceLocation(file: display, line: 1, column: 1),
                           "file is larger than the limit of \(YAMLLimits.maxBytes) bytes")
                continue
            }
            guard let text = String(validating: data, as: UTF8.self) else {
                let (line, column) = FileSystem.firstInvalidUTF8(data)
                sink.error("yaml/encoding", SourceLocation(file: display, line: line, column: column),
                           "the file is not valid UTF-8")
                continue
            }
            files.append((display, text))
        }
        return try load(files: files, sink: sink, skipped: sink.hasErrors)
    }

    /// Loads rule files given as (path, text), as the embedded built-in rules are.
    public static func load(files: [(path: String, text: String)]) throws(DiagnosticList) -> RuleSet {
        try load(files: files, sink: DiagnosticSink())
    }

    static func displayPath(_ path: String) -> String {
        let cwd = FileSystem.currentDirectory + "/"
        return path.hasPrefix(cwd) ? String(path.dropFirst(cwd.count)) : path
    }

    /// `skipped`: some file could not even be read, so missing ids are expected and not reported.
    static func load(files: [(path: String, text: String)], sink: DiagnosticSink, skipped: Bool = false) throws(DiagnosticList) -> RuleSet {
        var builder = RuleSetBuilder(sink: sink)
        var sawManifest = false
        var unreadable = skipped
        for (path, text) in files {
            guard let doc = YAMLDocument.parse(path: path, text: text, into: sink) else {
                unreadable = true
                continue
            }
            guard let root = doc.root else { continue }
            builder.files.append(path)
            if path.hasSuffix("manifest.yaml") || path.hasSuffix("manifest.yml") {
                sawManifest = true
                builder.readManifest(root, path: path)
            } else {
                guard let m = MapReader(root, path: path, sink: sink, what: "a rule file", allowed: sections) else { continue }
                builder.readSections(m)
            }
        }
        if !sawManifest && !sink.hasErrors {
            sink.error("rules/manifest", nil, "no manifest.yaml in the rules (it names the entry question and the version)")
        }
        let rules = builder.build()
        // With a file that did not parse, reference checks would only repeat that error as missing ids.
        if let rules, !unreadable { References.check(rules, sink: sink) }
        let errors = sink.diagnostics.filter { $0.severity == .error }
        guard errors.isEmpty, let rules else { throw DiagnosticList(errors) }
        return rules
    }
}
