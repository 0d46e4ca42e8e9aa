/// graph/router-no-otherwise and flow/use-before-ask for routes. A route node needs valuations only
/// when it has no otherwise (to prove its routes exhaustive) or reads a question that the
/// must-analysis cannot show asked; then one propagation over the questions its routes read.
extension LintContext {
    mutating func checkRouters() {
        var reported: Set<String> = []
        let routes = graph.routes
        for n in 0..<graph.count where graph.kinds[n] == .router {
            let proven = routes.covered[n]
            guard graph.topoIndex[n] >= 0 else {
                if !proven, case .router(let r) = graph.nodes[n] { reportNoOtherwise(r, witness: nil) }
                continue
            }
            // Most routes read only questions asked on every path to them: no atoms to list, and
            // nothing to check when an edge is always taken.
            func guarded(_ k: Int) -> Bool {
                routes.atoms(of: k).allSatisfy { a in
                    let q = routes.atomNode[a]
                    return q == -2 || (q >= 0 && dominators.dominates(q, n))
                }
            }
            if proven && routes.routes(of: n).allSatisfy(guarded) { continue }
            let reads = routes.routes(of: n).map { k in
                guarded(k) ? [] : unguardedReads(readCandidates(routes.when[k]), at: n)
            }
            guard !proven || reads.contains(where: { !$0.isEmpty }) else { continue }
            guard case .router(let r) = graph.nodes[n] else { continue }
            let sites = r.routes.enumerated().map { k, route in
                ReadSite(condition: route.when, label: "route \(k + 1) of '\(r.id)'", node: n,
                         earlier: r.routes.prefix(k).map(\.when), tableSemantics: false, applies: .always)
            }

            let questions = r.routes.flatMap { route in route.when.atoms().compactMap(\.atom.question) }
            let p = Projection(questions: questions, rules: rules, mentions: mentions, resultFacts: false)
            let run = p.map { Propagation(graph: graph, projection: $0, targets: [n]) }
            let usable = run?.arriving
            for (site, atoms) in zip(sites, reads) where !atoms.isEmpty {
                reportUseBeforeAsk(site, reads: atoms, projection: p, arriving: usable, reported: &reported)
            }
            guard !proven else { continue }
            guard let p, let usable else {
                report(.error, "graph/router-no-otherwise", r.location,
                       "route node '\(r.id)' has no otherwise, and its routes read too many answer combinations to prove that one always holds; add otherwise")
                continue
            }
            var unsure: UInt64?
            for v in usable[n] ?? [] {
                let results = r.routes.map { p.eval($0.when, v) }
                if results.contains(true) { continue }
                if results.allSatisfy({ $0 == false }) {
                    reportNoOtherwise(r, witness: p.describe(v) + example(to: n, following: v, in: p))
                    unsure = nil
                    break
                }
                unsure = unsure ?? v
            }
            if let v = unsure {
                report(.error, "graph/router-no-otherwise", r.location,
                       "route node '\(r.id)' has no otherwise, and lint cannot prove a route holds when \(p.describe(v)); add otherwise")
            }
        }
    }

    private mutating func reportNoOtherwise(_ r: Router, witness: String?) {
        let when = witness.map { ": no route holds when \($0)" } ?? " and no route is 'true'"
        report(.error, "graph/router-no-otherwise", r.location,
               "route node '\(r.id)' has no otherwise\(when); add otherwise: NODE")
    }
}
