/// flow/use-before-ask. First the must-analysis (a question is asked on every path to a node when
/// its node dominates that node); each read that fails it is then checked path by path with the
/// valuations that can arrive, so that `{all: [{q: asset, is: dataset}, {q: eu-database, is: yes}]}`
/// passes when eu-database is asked for every dataset.
extension LintContext {
    /// A condition that reads answers at a node: a route, a table's `applies`, a table row.
    struct ReadSite {
        let condition: Condition
        /// "route 2 of 'after-rights'", "row 'by' of table 'cc-chooser'"
        let label: String
        /// where the engine evaluates it
        let node: Int
        /// conditions that must not hold for this one to be evaluated (earlier routes)
        let earlier: [Condition]
        /// tables: only reads that make the condition hold because the question was not asked
        let tableSemantics: Bool
        /// table rows are evaluated only where the table's `applies` may hold
        let applies: Condition
    }

    /// Atoms on questions that may be unasked at the site's node (must-analysis), without an
    /// `asked:` test on the same question in the same condition. Tables: positive atoms too, as
    /// they may read a question that is never asked there.
    func unguardedReads(_ site: ReadSite) -> [Atom] {
        unguardedReads(readCandidates(site.condition), at: site.node)
    }

    /// The reads of one condition that the must-analysis checks at each node where it is evaluated:
    /// per question (with a node, and no `asked:` test on it in the condition), its first atom.
    func readCandidates(_ condition: Condition) -> [(atom: Atom, node: Int)] {
        let atoms = condition.atoms()
        var out: [(atom: Atom, node: Int)] = []
        for (atom, _) in atoms {
            guard let q = atom.question, let qi = graph.index[q] else { continue }
            if case .asked = atom.test { continue }
            if atoms.contains(where: { a, _ in
                if case .asked = a.test { return a.question == q }
                return false
            }) { continue }
            if !out.contains(where: { $0.node == qi }) { out.append((atom, qi)) }
        }
        return out
    }

    /// The candidates whose question does not dominate `node`.
    func unguardedReads(_ candidates: [(atom: Atom, node: Int)], at node: Int) -> [Atom] {
        candidates.compactMap { dominators.dominates($0.node, node) ? nil : $0.atom }
    }

    /// Reports the reads the valuations confirm; without valuations (too many combinations),
    /// reports what the must-analysis found, with a path that skips the question.
    mutating func reportUseBeforeAsk(_ site: ReadSite, reads: [Atom], projection p: Projection?,
                                     arriving: [Int: [UInt64]]?, reported: inout Set<String>) {
        for atom in reads {
            guard let q = atom.question, let qi = graph.index[q] else { continue }
            let key = "\(site.label)\u{0}\(q)"
            guard !reported.contains(key) else { continue }
            let at = atom.location ?? rules.nodes[graph.ids[site.node]]?.location
            guard let p, let arriving, let i = p.slot[q] else {
                if site.tableSemantics && !atom.isNegated(in: site.condition) { continue }
                let path = witnessPath(to: site.node, avoiding: qi).map { "; for example \(graph.describe($0))" } ?? ""
                reported.insert(key)
                report(.error, "flow/use-before-ask", at,
                       "\(site.label) reads '\(q)', which is not asked on every path to '\(graph.ids[site.node])'\(path)")
                continue
            }
            let live = (arriving[site.node] ?? []).filter { v in p.eval(site.applies, v) != false && !site.earlier.contains { p.eval($0, v) == true } }
            if !live.isEmpty, live.allSatisfy({ p.code($0, i) == 0 }) {
                reported.insert(key)
                report(.error, "flow/use-before-ask", at,
                       "\(site.label) reads '\(q)', which is never asked on any path to '\(graph.ids[site.node])'")
                continue
            }
            // In a table, a test on an unasked question is simply false (documented); only a test
            // under a `not` can make the condition hold because the question was skipped.
            if site.tableSemantics && !site.condition.atoms().contains(where: { $0.atom.question == q && $0.negated }) { continue }
            let witness = live.first { v in
                site.tableSemantics ? p.holdsBecauseUnasked(site.condition, v, i) : p.dependsOnUnasked(site.condition, v, i)
            }
            guard let witness else { continue }
            reported.insert(key)
            let effect = site.tableSemantics
                ? "a test on an unasked question is false, so its 'not' holds and the \(site.label.hasPrefix("row") ? "row" : "table") applies; if that is meant, say so with { q: \(q), asked: false }"
                : "a test on an unasked question is false; test it with { q: \(q), asked: true } or move the route"
            let path = example(to: site.node, following: witness, in: p)
            report(.error, "flow/use-before-ask", at,
                   "\(site.label) reads '\(q)', which may not be asked before '\(graph.ids[site.node])'\(path); \(effect)")
        }
    }
}

extension LintContext {
    /// A path that skips `avoid`: one BFS each, so only the first `witnessBudget` findings get one.
    mutating func witnessPath(to n: Int, avoiding avoid: Int) -> [Int]? {
        guard witnessBudget > 0 else { return nil }
        witnessBudget -= 1
        return graph.path(to: n, avoiding: avoid)
    }
}

extension Atom {
    /// Whether this atom sits under an odd number of `not`s in `condition`.
    func isNegated(in condition: Condition) -> Bool {
        condition.atoms().contains { $0.atom == self && $0.atom.location == location && $0.negated }
    }
}
