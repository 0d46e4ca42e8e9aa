/// table/gap, table/overlap, table/shadowed, cond/never-true, table/unused, table/unchecked and
/// flow/use-before-ask for tables. One propagation per table, over the questions the table reads,
/// to the outcomes that evaluate it; rows are then evaluated on each valuation that can arrive.
extension LintContext {
    mutating func checkTables() {
        var reported: Set<String> = []
        var propagations: [PropagationKey: Propagation] = [:]
        var named: Set<String> = []
        for n in graph.kinds.indices where graph.kinds[n] == .outcome {
            guard case .outcome(let o) = graph.nodes[n] else { continue }
            named.formUnion(o.tables ?? rules.tables.map(\.id))
        }
        for t in rules.tables {
            guard named.contains(t.id) else {
                report(.warning, "table/unused", t.location, "table '\(t.id)' is evaluated at no outcome")
                continue
            }
            let targets = outcomes(evaluating: t)
            guard !targets.isEmpty else { continue }
            checkTable(t, targets: targets, reported: &reported, propagations: &propagations)
        }
    }

    private mutating func checkTable(_ t: DecisionTable, targets: [Int], reported: inout Set<String>,
                                     propagations: inout [PropagationKey: Propagation]) {
        let conditions = [t.applies] + t.rows.map(\.when)
        let questions = conditions.flatMap { $0.atoms().compactMap(\.atom.question) }
        let labels = ["the 'applies' of table '\(t.id)'"] + t.rows.map { "row '\($0.id)' of table '\(t.id)'" }
        let candidates = conditions.map(readCandidates)
        // Only the sites with a read to check: a table is evaluated at many outcomes.
        var sites: [(site: ReadSite, reads: [Atom])] = []
        for o in targets {
            for (k, condition) in conditions.enumerated() {
                let reads = unguardedReads(candidates[k], at: o)
                guard !reads.isEmpty else { continue }
                sites.append((ReadSite(condition: condition, label: labels[k], node: o, earlier: [],
                                       tableSemantics: true, applies: k == 0 ? .always : t.applies), reads))
            }
        }

        // Full answer domains first; if that is too large, only the `applies` questions in full.
        var p = Projection(questions: questions, rules: rules, mentions: mentions, resultFacts: nil)
        var run = p.map { propagation($0, to: targets, memo: &propagations) }
        let full = run?.arriving != nil
        if !full {
            let at = run?.cappedAt.map { " (more than \(Lint.valuationCap) at '\(graph.ids[$0])')" } ?? ""
            report(.info, "table/unchecked", t.location,
                   "table '\(t.id)' reads too many answer combinations\(at) to check it for gaps, overlaps and shadowed rows")
            let appliesQuestions = Set(t.applies.atoms().compactMap(\.atom.question))
            p = Projection(questions: questions, rules: rules, mentions: mentions,
                           askedOnly: Set(questions).subtracting(appliesQuestions), resultFacts: nil)
            run = p.map { propagation($0, to: targets, memo: &propagations) }
        }
        let arriving = run?.arriving
        for (site, atoms) in sites {
            reportUseBeforeAsk(site, reads: atoms, projection: p, arriving: arriving, reported: &reported)
        }
        guard full, let p, let arriving else { return }
        checkRows(t, projection: p, arriving: targets.flatMap { o in (arriving[o] ?? []).map { (o, $0) } })
    }

    private mutating func checkRows(_ t: DecisionTable, projection p: Projection, arriving: [(target: Int, valuation: UInt64)]) {
        let readsResults = ([t.applies] + t.rows.map(\.when)).contains { c in c.atoms().contains { $0.atom.question == nil } }
        var gap: (Int, UInt64)?
        var unsure: (Int, UInt64)?
        var overlaps: [[Int]: (Int, UInt64)] = [:]
        var mayMatch = [Bool](repeating: false, count: t.rows.count)
        var mayWin = [Bool](repeating: false, count: t.rows.count)
        var beatenBy = [Set<Int>](repeating: [], count: t.rows.count)
        var applies = false
        for (target, v) in arriving {
            let a = p.eval(t.applies, v)
            guard a != false else { continue }
            applies = true
            let results = t.rows.map { p.eval($0.when, v) }
            let firstTrue = results.firstIndex(of: true)
            for (k, r) in results.enumerated() where r != false {
                mayMatch[k] = true
                if let f = firstTrue, f < k { beatenBy[k].insert(f) } else { mayWin[k] = true }
            }
            if firstTrue == nil {
                if a == true && results.allSatisfy({ $0 == false }) {
                    gap = gap ?? (target, v)
                } else {
                    unsure = unsure ?? (target, v)
                }
            }
            let trues = results.indices.filter { results[$0] == true }
            if t.hit == .unique, a == true, trues.count >= 2, overlaps[Array(trues.prefix(2))] == nil {
                overlaps[Array(trues.prefix(2))] = (target, v)
            }
        }
        let kind = "\(t.hit.rawValue) table '\(t.id)'"
        if t.hit != .collect && !readsResults {
            if let (o, v) = gap {
                let path = example(to: o, following: v, in: p)
                report(.error, "table/gap", t.location,
                       "\(kind) has no row for answers that reach '\(graph.ids[o])': \(p.describe(v))\(path)")
            } else if let (o, v) = unsure {
                report(.info, "table/unchecked", t.location,
                       "lint cannot decide whether \(kind) has a row for answers that reach '\(graph.ids[o])': \(p.describe(v))")
            }
        }
        for (pair, (o, v)) in overlaps.sorted(by: { $0.key.lexicographicallyPrecedes($1.key) }) {
            let (a, b) = (t.rows[pair[0]], t.rows[pair[1]])
            let path = example(to: o, following: v, in: p)
            report(.error, "table/overlap", b.location,
                   "rows '\(a.id)' and '\(b.id)' of \(kind) both match answers that reach '\(graph.ids[o])': \(p.describe(v))\(path)")
        }
        guard applies else {
            report(.warning, "cond/never-true", t.location, "table '\(t.id)' applies to no answers that reach it")
            return
        }
        for (k, row) in t.rows.enumerated() {
            if !mayMatch[k] {
                report(.warning, "cond/never-true", row.location,
                       "row '\(row.id)' of table '\(t.id)' matches no answers that reach it")
            } else if t.hit == .first && !mayWin[k] {
                let by = beatenBy[k].sorted().map { "'\(t.rows[$0].id)'" }.joined(separator: ", ")
                report(.warning, "table/shadowed", row.location,
                       "row '\(row.id)' of first table '\(t.id)' never wins: \(by) match\(beatenBy[k].count == 1 ? "es" : "") first whenever it matches")
            }
        }
    }

    /// Tables that read the same questions at the same outcomes (often all at every outcome) share
    /// one propagation: the projection's questions and abstractions decide what it computes.
    struct PropagationKey: Hashable {
        let questions: [String]
        let askedOnly: [Bool]
        let targets: [Int]
    }

    private func propagation(_ p: Projection, to targets: [Int], memo: inout [PropagationKey: Propagation]) -> Propagation {
        let key = PropagationKey(questions: p.domains.map(\.question.id), askedOnly: p.domains.map(\.isAskedOnly), targets: targets)
        if let known = memo[key] { return known }
        let run = Propagation(graph: graph, projection: p, targets: targets)
        memo[key] = run
        return run
    }
}
