
/// One `lint` run: the loader's errors when the rules do not load, otherwise lint's findings.
public struct LintReport: Sendable {
    public var diagnostics: [Diagnostic]
    /// rule files read
    public var fileCount: Int

    public init(diagnostics: [Diagnostic], fileCount: Int) {
        self.diagnostics = diagnostics.sorted(by: Diagnostic.order)
        self.fileCount = fileCount
    }

    /// Loads and checks a rules directory. `exiting`: the caller ends the process right after, so
    /// the model and lint's graph are left to the exit instead of being freed (`ExitTime`).
    public static func run(directory: String, exiting: Bool = false) -> LintReport {
        do {
            let rules = try RuleLoader.load(directory: directory)
            let diagnostics = Lint.check(rules, exiting: exiting)
            if exiting { ExitTime.keep(rules) }
            return LintReport(diagnostics: diagnostics, fileCount: rules.files.count)
        } catch {
            return LintReport(diagnostics: error.diagnostics, fileCount: yamlFileCount(in: directory))
        }
    }

    /// Loads and checks rule files given as text (the built-in rules).
    public static func run(files: [(path: String, text: String)]) -> LintReport {
        do {
            let rules = try RuleLoader.load(files: files)
            return LintReport(diagnostics: Lint.check(rules), fileCount: rules.files.count)
        } catch {
            return LintReport(diagnostics: error.diagnostics, fileCount: files.count)
        }
    }

    public func count(_ severity: Severity) -> Int { diagnostics.filter { $0.severity == severity }.count }

    /// Whether `lint` exits 1: errors, or with `strict` also warnings.
    public func failed(strict: Bool) -> Bool {
        diagnostics.contains { $0.severity == .error || (strict && $0.severity == .warning) }
    }

    /// "lint: 0 errors, 2 warnings in 7 files" (infos are counted only when there are some).
    public var summary: String {
        func n(_ k: Int, _ word: String) -> String { "\(k) \(word)\(k == 1 ? "" : "s")" }
        var parts = [n(count(.error), "error"), n(count(.warning), "warning")]
        if count(.info) > 0 { parts.append(n(count(.info), "info")) }
        return "lint: \(parts.joined(separator: ", ")) in \(n(fileCount, "file"))"
    }

    /// `{"errors": 0, "warnings": 2, "infos": 0, "files": 7, "diagnostics": [{file, line, column, severity, rule, message}]}`
    public func json() -> JSON {
        .object([
            ("errors", .number(Double(count(.error)))),
            ("warnings", .number(Double(count(.warning)))),
            ("infos", .number(Double(count(.info)))),
            ("files", .number(Double(fileCount))),
            ("diagnostics", .array(diagnostics.map { d in
                .object([
                    ("file", d.location.map { .string($0.file) } ?? .null),
                    ("line", d.location.map { .number(Double($0.line)) } ?? .null),
                    ("column", d.location.map { .number(Double($0.column)) } ?? .null),
                    ("severity", .string(d.severity.rawValue)),
                    ("rule", .string(d.rule)),
                    ("message", .string(d.message)),
                ])
            })),
        ])
    }

    /// The loader reads every `*.yaml` and `*.yml` below the directory.
    static func yamlFileCount(in directory: String) -> Int {
        FileSystem.files(under: directory).count { ["yaml", "yml"].contains(FileSystem.fileExtension($0)) }
    }
}
