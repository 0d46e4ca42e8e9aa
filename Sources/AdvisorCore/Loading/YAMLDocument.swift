import Yams

/// Limits that keep hostile files from costing unbounded time or memory.
public enum YAMLLimits {
    public static let maxBytes = 4 * 1024 * 1024
    public static let maxDepth = 64
    public static let maxNodes = 2_000_000
}

/// A parsed YAML file with its path, so that every later error can name FILE:LINE:COLUMN.
public struct YAMLDocument {
    public let path: String
    public let text: String
    public let root: Node?

    /// Parses `text`; syntax errors, duplicate keys, anchors, aliases, NUL bytes, excessive size and
    /// nesting become diagnostics (never a crash, never an alias expansion).
    public static func parse(path: String, text: String, into sink: DiagnosticSink) -> YAMLDocument? {
        let start = SourceLocation(file: path, line: 1, column: 1)
        if text.utf8.count > YAMLLimits.maxBytes {
            sink.error("yaml/size", start, "file is \(text.utf8.count) bytes; the limit is \(YAMLLimits.maxBytes)")
            return nil
        }
        if let nul = text.utf8.firstIndex(of: 0) {
            let prefix = text.utf8[..<nul]
            let line = prefix.reduce(1) { $1 == 10 ? $0 + 1 : $0 }
            let lineStart = prefix.lastIndex(of: 10).map { text.utf8.index(after: $0) } ?? text.utf8.startIndex
            let column = text.unicodeScalars[lineStart..<nul].count + 1
            sink.error("yaml/nul", SourceLocation(file: path, line: line, column: column), "file contains a NUL byte")
            return nil
        }
        do {
            // Yams holds a node's anchor weakly and only its Parser keeps the anchors alive, so the
            // shape check (which refuses anchors) must run while the parser still exists.
            // The basic resolver tags every scalar as a string: the loader reads scalars as written and never
            // wants YAML 1.1 booleans or numbers, and it skips a regular-expression match per scalar.
            let parser = try Parser(yaml: text, resolver: .basic)
            let root = try parser.singleRoot()
            let ok = withExtendedLifetime(parser) { root.map { checkShape($0, path: path, sink: sink) } ?? true }
            if !ok { return nil }
            return YAMLDocument(path: path, text: text, root: root)
        } catch let error as YamlError {
            sink.diagnostics.append(diagnostic(for: error, path: path, text: text))
            return nil
        } catch {
            sink.error("yaml/syntax", start, "\(error)")
            return nil
        }
    }

    /// Refuses anchors and aliases (an alias bomb expands exponentially), deep nesting and huge trees.
    /// Yams resolves an alias into the anchored node itself, so an alias also shows as a node whose
    /// position lies before the node visited just before it in document order. The walk stops at the
    /// first problem, so it is bounded.
    private static func checkShape(_ root: Node, path: String, sink: DiagnosticSink) -> Bool {
        var count = 0
        var last = (line: 0, column: 0)
        var stack: [(Node, Int)] = [(root, 1)]
        while let (node, depth) = stack.popLast() {
            count += 1
            let loc = location(node, path)
            if node.anchor != nil {
                sink.error("yaml/anchor", loc, "anchors and aliases are not allowed in rule files (&name, *name); write the value out")
                return false
            }
            if (loc.line, loc.column) < last || node.alias != nil {
                let at = SourceLocation(file: path, line: last.line, column: last.column)
                sink.error("yaml/anchor", at, "aliases (*name) are not allowed in rule files; write the value out")
                return false
            }
            last = (loc.line, loc.column)
            if depth > YAMLLimits.maxDepth {
                sink.error("yaml/depth", loc, "nesting deeper than \(YAMLLimits.maxDepth) levels")
                return false
            }
            if count > YAMLLimits.maxNodes {
                sink.error("yaml/size", loc, "more than \(YAMLLimits.maxNodes) YAML nodes")
                return false
            }
            switch node {
            case .mapping(let m):
                for (k, v) in m.reversed() { stack.append((v, depth + 1)); stack.append((k, depth + 1)) }
            case .sequence(let s):
                for v in s.reversed() { stack.append((v, depth + 1)) }
            case .scalar, .alias:
                break
            }
        }
        return true
    }

    static func location(_ node: Node, _ path: String) -> SourceLocation {
        let m = node.mark
        return SourceLocation(file: path, line: m?.line ?? 1, column: m?.column ?? 1)
    }

    static func diagnostic(for error: YamlError, path: String, text: String) -> Diagnostic {
        switch error {
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let ctx = context.map { " (\($0.text) at line \($0.mark.line), column \($0.mark.column))" } ?? ""
            return Diagnostic(rule: "yaml/syntax", at: SourceLocation(file: path, line: mark.line, column: mark.column),
                              "\(problem)\(ctx)")
        case let .duplicatedKeysInMapping(duplicates, context):
            let key = duplicates.first ?? "?"
            let loc = secondOccurrence(of: key, after: context.mark, in: text, path: path)
            return Diagnostic(rule: "yaml/duplicate-key", at: loc,
                              "duplicate key '\(key)' in one mapping (first at line \(context.mark.line))")
        case let .reader(problem, offset, _, _):
            let line = offset.map { o in text.utf8.prefix(o).reduce(1) { $1 == 10 ? $0 + 1 : $0 } } ?? 1
            return Diagnostic(rule: "yaml/encoding", at: SourceLocation(file: path, line: line, column: 1),
                              "\(problem) (the file must be UTF-8)")
        default:
            return Diagnostic(rule: "yaml/syntax", at: SourceLocation(file: path, line: 1, column: 1), "\(error)")
        }
    }

    /// Yams marks the first of two duplicate keys; the second is the one to point at.
    private static func secondOccurrence(of key: String, after mark: Mark, in text: String, path: String) -> SourceLocation {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let column = mark.column
        for (i, line) in lines.enumerated() where i + 1 > mark.line {
            let scalars = Array(line.unicodeScalars)
            guard scalars.count >= column else { continue }
            let rest = String(String.UnicodeScalarView(scalars[(column - 1)...]))
            let indent = scalars[..<(column - 1)].allSatisfy { $0 == " " || $0 == "-" }
            if indent, rest.hasPrefix(key + ":") || rest.hasPrefix("\"\(key)\":") || rest.hasPrefix("'\(key)':") {
                return SourceLocation(file: path, line: i + 1, column: column)
            }
        }
        return SourceLocation(file: path, line: mark.line, column: mark.column)
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
