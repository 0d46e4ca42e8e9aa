/// graph/unreachable, graph/cycle, graph/option-without-next, graph/dead-end: all O(V + E).
extension LintContext {
    mutating func checkGraph() {
        let g = graph
        for n in 0..<g.count where !g.reachable[n] && g.entry != nil {
            report(.warning, "graph/unreachable", g.nodes[n].location,
                   "'\(g.ids[n])' is never reached from the entry '\(rules.entry)'\(unreachableReason(n))")
        }
        checkCycles()
        checkMissingNext()
        checkDeadEnds()
    }

    private func unreachableReason(_ n: Int) -> String {
        let from = graph.pred[n]
        if from.isEmpty { return ": no node leads to it" }
        return ": only unreachable nodes lead to it (\(from.prefix(3).map { "'\(graph.ids[$0])'" }.joined(separator: ", ")))"
    }

    /// The strongly connected components that form a cycle (more than one node, or a node that
    /// leads to itself): Tarjan's, iteratively (no recursion depth limit). A flow is mostly
    /// acyclic, so the single nodes are dropped as they are found instead of listed.
    func cyclicComponents() -> [[Int]] {
        let g = graph
        var index = [Int](repeating: -1, count: g.count)
        var low = [Int](repeating: 0, count: g.count)
        var onStack = [Bool](repeating: false, count: g.count)
        var stack: [Int] = []
        var components: [[Int]] = []
        var next = 0
        for root in 0..<g.count where index[root] < 0 {
            var work: [(node: Int, edge: Int)] = [(root, 0)]
            index[root] = next
            low[root] = next
            next += 1
            stack.append(root)
            onStack[root] = true
            while let (n, e) = work.last {
                if e < g.succ[n].count {
                    work[work.count - 1].edge += 1
                    let m = g.succ[n][e]
                    if index[m] < 0 {
                        index[m] = next
                        low[m] = next
                        next += 1
                        stack.append(m)
                        onStack[m] = true
                        work.append((m, 0))
                    } else if onStack[m] {
                        low[n] = min(low[n], index[m])
                    }
                    continue
                }
                work.removeLast()
                if let (p, _) = work.last { low[p] = min(low[p], low[n]) }
                guard low[n] == index[n] else { continue }
                if stack.last == n {
                    stack.removeLast()
                    onStack[n] = false
                    if g.succ[n].contains(n) { components.append([n]) }
                    continue
                }
                var component: [Int] = []
                while let m = stack.popLast() {
                    onStack[m] = false
                    component.append(m)
                    if m == n { break }
                }
                components.append(component)
            }
        }
        return components
    }

    private mutating func checkCycles() {
        let g = graph
        for component in cyclicComponents() {
            let members = component.sorted()
            let first = members[0]
            let inCycle = Set(members)
            let listed = members.map { "'\(g.ids[$0])' (\(g.place($0)))" }.joined(separator: ", ")
            let loop = cycle(through: first, within: inCycle).map { g.ids[$0] }.joined(separator: " → ")
            let what = members.count == 1 ? "'\(g.ids[first])' (\(g.place(first))) leads back to itself"
                : "\(members.count) nodes form a cycle: \(listed)"
            report(.error, "graph/cycle", g.nodes[first].location, "\(what); for example \(loop)")
        }
    }

    /// A shortest cycle from `start` back to itself inside one component.
    private func cycle(through start: Int, within members: Set<Int>) -> [Int] {
        var from: [Int: Int] = [:]
        var queue = [start]
        var head = 0
        while head < queue.count {
            let c = queue[head]
            head += 1
            for m in graph.succ[c] where members.contains(m) {
                if m == start {
                    var path = [start]
                    var x = c
                    while x != start {
                        path.append(x)
                        x = from[x]!
                    }
                    path.append(start)
                    return path.reversed()
                }
                if from[m] == nil {
                    from[m] = c
                    queue.append(m)
                }
            }
        }
        return [start]
    }

    private mutating func checkMissingNext() {
        // Only questions without a next can have an answer that leads nowhere.
        for n in questionNodes {
            guard case .question(let q) = graph.nodes[n], q.next == nil else { continue }
            if q.kind != .single {
                report(.error, "graph/option-without-next", q.location,
                       "\(q.kind.rawValue) question '\(q.id)' has no next: every answer to it leads nowhere")
                continue
            }
            let fromCatalogue = q.options.filter { o in o.next == nil && rules.licence(o.id)?.location == o.location && o.location != nil }
            if !fromCatalogue.isEmpty {
                report(.error, "graph/option-without-next", q.location,
                       "question '\(q.id)' takes its options from the licence catalogue but has no next for them")
            }
            for o in q.options where o.next == nil && !fromCatalogue.contains(o) {
                report(.error, "graph/option-without-next", o.location,
                       "option '\(o.id)' of '\(q.id)' has no next, and the question has no next for it")
            }
        }
    }

    /// Nodes from which no outcome can be reached (reverse BFS from every outcome). Only the first
    /// dead node on a path is reported, with the answers that lead there.
    private mutating func checkDeadEnds() {
        let g = graph
        let live = g.coReachable(from: (0..<g.count).filter(g.isOutcome))
        for n in 0..<g.count where g.reachable[n] && !live[n] {
            let frontier = n == g.entry || g.pred[n].contains { g.reachable[$0] && live[$0] }
            guard frontier else { continue }
            let path = n == g.entry ? "it is the entry" : "reached by " + g.describe(g.pathFromEntry(to: n))
            var ends = ""
            if witnessBudget > 0 {
                witnessBudget -= 1
                ends = whereItEnds(n)
            }
            report(.error, "graph/dead-end", g.nodes[n].location,
                   "no outcome can be reached from '\(g.ids[n])'\(ends); \(path)")
        }
    }

    /// Where the paths out of a dead node end: a node with no way on, or only cycles.
    private func whereItEnds(_ n: Int) -> String {
        var seen: Set<Int> = [n]
        var queue = [n]
        var head = 0
        while head < queue.count {
            let c = queue[head]
            head += 1
            if graph.succ[c].isEmpty {
                return c == n ? " (it has no way on)" : " (its paths end at '\(graph.ids[c])', which has no way on)"
            }
            for m in graph.succ[c] where seen.insert(m).inserted { queue.append(m) }
        }
        return " (its paths only go round a cycle)"
    }
}
