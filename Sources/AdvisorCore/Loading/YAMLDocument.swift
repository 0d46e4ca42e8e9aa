/// Limits that keep hostile files from costing unbounded time or memory.
public enum YAMLLimits {
    public static let maxBytes = 4 * 1024 * 1024
    public static let maxDepth = 64
    public static let maxNodes = 2_000_000
}

/// A parsed YAML file with its path, so that every later error can name FILE:LINE:COLUMN.
public struct YAMLDocument {
    public let path: String
    public let root: YAMLNode?

    /// Parses `text`; syntax errors, duplicate keys, anchors, aliases, tags, NUL bytes, excessive
    /// size and nesting become diagnostics (never a crash, never an alias expansion).
    public static func parse(path: String, text: String, into sink: DiagnosticSink) -> YAMLDocument? {
        if text.utf8.count > YAMLLimits.maxBytes {
            sink.error("yaml/size", SourceLocation(file: path, line: 1, column: 1),
                       "file is \(text.utf8.count) bytes; the limit is \(YAMLLimits.maxBytes)")
            return nil
        }
        do {
            let root = try YAML.parse(text)
            return YAMLDocument(path: path, root: root)
        } catch {
            sink.error(error.rule, SourceLocation(file: path, line: error.mark.line, column: error.mark.column), error.message)
            return nil
        }
    }

    static func location(_ node: YAMLNode, _ path: String) -> SourceLocation {
        SourceLocation(file: path, line: node.mark.line, column: node.mark.column)
    }
}

/// Collects diagnostics so that one run reports every problem it can find.
public final class DiagnosticSink {
    public var diagnostics: [Diagnostic] = []
    public init() {}

    public func error(_ rule: String, _ at: SourceLocation?, _ message: String) {
        diagnostics.append(Diagnostic(.error, rule: rule, at: at, message))
    }

    public func warning(_ rule: String, _ at: SourceLocation?, _ message: String) {
        diagnostics.append(Diagnostic(.warning, rule: rule, at: at, message))
    }

    public func info(_ rule: String, _ at: SourceLocation?, _ message: String) {
        diagnostics.append(Diagnostic(.info, rule: rule, at: at, message))
    }

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }
}
