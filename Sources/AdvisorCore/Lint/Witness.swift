/// Witness paths that agree with a valuation: the answers a finding's example names are the ones
/// the path gives, and every route on it may be taken with them. One BFS each (O(V + E)), so the
/// number of findings that get one is capped by `LintContext.witnessBudget`.
extension FlowGraph {
    /// Through every question the valuation answers, in topological order, and around every
    /// question it leaves unasked: a DAG path visits them in that order, so one BFS per stretch
    /// between them finds a path whenever the valuation can arrive.
    func path(to target: Int, following v: UInt64, in p: Projection) -> [Int]? {
        guard let e = entry, admits(e, v, p) else { return nil }
        let answered = p.domains.indices.compactMap { i -> Int? in
            guard p.code(v, i) != 0, let n = index[p.domains[i].question.id], topoIndex[n] >= 0 else { return nil }
            return n
        }.sorted { topoIndex[$0] < topoIndex[$1] }
        var path = [e]
        for stop in answered + [target] where stop != path.last {
            guard let stretch = stretch(from: path.last!, to: stop, v, p) else { return nil }
            path += stretch.dropFirst()
        }
        return path
    }

    private func stretch(from start: Int, to target: Int, _ v: UInt64, _ p: Projection) -> [Int]? {
        var from = [Int: Int]()
        from[start] = -1
        var queue = [start]
        var head = 0
        while head < queue.count, from[target] == nil {
            let c = queue[head]
            head += 1
            for m in next(c, v, p) where from[m] == nil && admits(m, v, p) {
                from[m] = c
                queue.append(m)
            }
        }
        guard from[target] != nil else { return nil }
        var path = [target]
        var c = target
        while let f = from[c], f >= 0 {
            c = f
            path.append(c)
        }
        return path.reversed()
    }

    /// "kind=data → size=51 → by-size (route 1) → result", with the valuation's answers.
    func describe(_ path: [Int], with v: UInt64, in p: Projection) -> String {
        var parts: [String] = []
        for (k, n) in path.enumerated() {
            guard k + 1 < path.count else {
                parts.append(ids[n])
                break
            }
            if let q = question(n), let i = p.slot[q.id], !p.domains[i].isAskedOnly {
                parts.append("\(q.id)=\(p.domains[i].describe(code: p.code(v, i)))")
            } else {
                parts.append(step(from: n, to: path[k + 1]))
            }
        }
        return parts.joined(separator: " → ")
    }

    /// A question the valuation leaves unasked must not be on the path.
    private func admits(_ n: Int, _ v: UInt64, _ p: Projection) -> Bool {
        guard let q = question(n), let i = p.slot[q.id] else { return true }
        return p.code(v, i) != 0
    }

    private func next(_ n: Int, _ v: UInt64, _ p: Projection) -> [Int] {
        switch nodes[n] {
        case .outcome:
            return []
        case .question(let q):
            guard let i = p.slot[q.id] else { return Array(succ[n]) }
            let code = p.code(v, i)
            return p.edges(of: q, slot: i).filter { $0.code == code }.compactMap { index[$0.next] }
        case .router(let r):
            var out: [Int] = []
            for route in r.routes {
                let holds = p.eval(route.when, v)
                if holds != false, let m = index[route.next] { out.append(m) }
                if holds == true { return out }
            }
            if let o = r.otherwise, let m = index[o] { out.append(m) }
            return out
        }
    }
}

extension LintContext {
    static let exampleLimit = 16

    /// " (for example with asset=dataset rights=own ...)": answers that reach `n` as the valuation
    /// says, checked with the engine's walk; "" when none is found or the budget is spent.
    mutating func example(to n: Int, following v: UInt64, in p: Projection) -> String {
        guard witnessBudget > 0 else { return "" }
        witnessBudget -= 1
        guard let path = graph.path(to: n, following: v, in: p),
              let steps = concreteAnswers(along: path, following: v, in: p) else { return "" }
        if steps.isEmpty { return " (for example with no answers)" }
        var args = steps.map(\.setArgument)
        // A path thousands of questions long would make every finding as long as the rule base: the
        // first answers and those nearest the node say what matters.
        if args.count > Self.exampleLimit {
            let tail = Self.exampleLimit / 2
            let head = Self.exampleLimit - tail
            args = args.prefix(head) + ["… (\(args.count - head - tail) more) …"] + args.suffix(tail)
        }
        return " (for example with " + args.joined(separator: " ") + ")"
    }
}
