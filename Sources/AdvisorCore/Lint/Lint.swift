/// Static checks of a loaded rule set: the flow graph, what each condition may read, the decision
/// tables, the catalogues and the texts. Every finding has a rule id, a severity and a place.
///
/// Cost: the graph checks are O(V + E); use-before-ask uses a dominator tree (near-linear);
/// the table checks propagate answer valuations projected onto each table's questions, so they
/// cost O((V + E) × valuations) per table, with the valuations capped (`Lint.valuationCap`).
public enum Lint {
    /// Above this many answer valuations at one node, a table or route is reported as too large
    /// to check fully (an `info` finding) instead of being checked.
    public static let valuationCap = 200_000

    /// Every finding, sorted by file, line, column, then rule.
    public static func check(_ rules: RuleSet) -> [Diagnostic] { check(rules, exiting: false) }

    /// `exiting`: the process ends right after, so the context is left to the exit (`ExitTime`).
    static func check(_ rules: RuleSet, exiting: Bool) -> [Diagnostic] {
        var context = LintContext(rules: rules)
        context.checkGraph()
        context.checkQuestions()
        context.checkTables()
        context.checkRouters()
        context.checkCatalogues()
        context.checkSources()
        context.checkTexts()
        let findings = context.findings
        if exiting { ExitTime.keep(context) }
        return findings.sorted(by: Diagnostic.order)
    }

    /// The rules lint knows, with their default severity.
    public static let catalogue: [LintRule] = [
        LintRule("graph/unreachable", .warning, "a node the entry never leads to"),
        LintRule("graph/cycle", .error, "nodes that lead back to themselves (every node of the cycle is named)"),
        LintRule("graph/option-without-next", .error, "an answer with nowhere to go"),
        LintRule("graph/dead-end", .error, "a node from which no outcome can be reached"),
        LintRule("graph/router-no-otherwise", .error, "a route node whose routes may all fail and that has no otherwise"),
        LintRule("question/no-default", .error, "a question without a default answer"),
        LintRule("flow/use-before-ask", .error, "a condition reads a question that may not have been asked"),
        LintRule("table/gap", .error, "answers that reach a unique or first table but match no row"),
        LintRule("table/overlap", .error, "answers that match two rows of a unique table"),
        LintRule("table/shadowed", .warning, "a row of a first table that earlier rows always beat"),
        LintRule("table/unchecked", .info, "a table or route too large to check fully"),
        LintRule("table/unused", .warning, "a table no outcome evaluates"),
        LintRule("cond/never-true", .warning, "a row that no answers that reach it can match"),
        LintRule("catalog/invalid-spdx", .error, "a licence id that is not a current SPDX id or LicenseRef-NAME"),
        LintRule("catalog/unused", .warning, "a licence, service, reference or warning nothing uses"),
        LintRule("source/missing", .error, "a row, licence, service or warning without sources"),
        LintRule("text/empty", .warning, "an empty question text, label or explanation"),
        LintRule("text/duplicate-label", .warning, "two options of one question with the same label"),
    ]
}

public struct LintRule: Sendable, Hashable {
    public let id: String
    public let severity: Severity
    public let summary: String

    init(_ id: String, _ severity: Severity, _ summary: String) {
        self.id = id
        self.severity = severity
        self.summary = summary
    }
}

/// What every check reads and writes.
struct LintContext {
    let rules: RuleSet
    let graph: FlowGraph
    let dominators: Dominators
    let mentions: Mentions
    /// the question nodes, in written order (indices: copying every question costs more than most checks)
    let questionNodes: [Int]
    var findings: [Diagnostic] = []
    /// findings whose witness needs its own graph search (use-before-ask paths, dead-end ends)
    var witnessBudget = 100
    /// outcomes naming each table, and outcomes that evaluate every table (reachable, acyclic part)
    let evaluatedAt: [String: [Int]]
    let evaluateAll: [Int]

    init(rules: RuleSet) {
        let graph = FlowGraph(rules)
        self.rules = rules
        self.graph = graph
        dominators = Dominators(graph)
        mentions = Mentions(rules, graph: graph)
        questionNodes = graph.kinds.indices.filter { graph.kinds[$0] == .question }
        var named: [String: [Int]] = [:]
        var all: [Int] = []
        for n in graph.topo where graph.kinds[n] == .outcome {
            guard case .outcome(let o) = graph.nodes[n] else { continue }
            if let names = o.tables {
                for t in Set(names) { named[t, default: []].append(n) }
            } else {
                all.append(n)
            }
        }
        evaluatedAt = named
        evaluateAll = all
    }

    mutating func report(_ severity: Severity, _ rule: String, _ at: SourceLocation?, _ message: String) {
        findings.append(Diagnostic(severity, rule: rule, at: at ?? rules.manifestLocation, message))
    }

    /// The tables an outcome evaluates: those it names, or all of them.
    func tables(at outcome: Outcome) -> [DecisionTable] {
        guard let names = outcome.tables else { return rules.tables }
        return rules.tables.filter { names.contains($0.id) }
    }

    /// Outcome nodes (reachable from the entry, in the acyclic part) that evaluate `table`.
    func outcomes(evaluating table: DecisionTable) -> [Int] {
        (evaluatedAt[table.id] ?? []) + evaluateAll
    }
}
