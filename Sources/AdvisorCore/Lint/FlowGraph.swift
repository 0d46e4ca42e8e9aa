enum FlowNodeKind: UInt8 {
    case question, router, outcome
}

/// The interview as an indexed graph for lint: node `i` is `rules.nodeOrder[i]`. Edges to undefined
/// nodes are dropped (the loader reports those). Every pass here is O(V + E).
struct FlowGraph {
    let rules: RuleSet
    let ids: [String]
    let index: [String: Int]
    let nodes: [FlowNode]
    /// what each node is, read without copying the node
    let kinds: [FlowNodeKind]
    /// distinct successors, in the order the edges are written
    let succ: Adjacency
    /// predecessors, in node order
    let pred: Adjacency
    let routes: FlowRoutes
    let entry: Int?
    /// reachable from the entry
    let reachable: [Bool]
    /// BFS tree parent from the entry (-1 for the entry and unreachable nodes): shortest witness paths
    let parent: [Int]
    /// Kahn's order over the reachable nodes that neither lie on nor follow a cycle
    let topo: [Int]
    /// position in `topo`, or -1
    let topoIndex: [Int]

    init(_ rules: RuleSet) {
        self.rules = rules
        ids = rules.nodeOrder
        nodes = ids.map { rules.nodes[$0]! }
        var index: [String: Int] = [:]
        index.reserveCapacity(ids.count)
        for (i, id) in ids.enumerated() { index[id] = i }
        self.index = index
        var kinds = [FlowNodeKind](repeating: .outcome, count: ids.count)
        var succStart = [0]
        succStart.reserveCapacity(ids.count + 1)
        var succList: [Int] = []
        succList.reserveCapacity(ids.count * 2)
        // lastFrom[j] == i: the edge i → j is already listed
        var lastFrom = [Int](repeating: -1, count: ids.count)
        var routeEdges: [Int] = []
        for (i, node) in nodes.enumerated() {
            switch node {
            case .question: kinds[i] = .question
            case .router: kinds[i] = .router
            case .outcome: kinds[i] = .outcome
            }
            // Options without a next of their own share the question's: look each id up once.
            let first = succList.count
            var last: (id: String, j: Int?)?
            node.forEachSuccessor { id, _ in
                if last?.id != id { last = (id, index[id]) }
                guard let j = last!.j else {
                    if kinds[i] == .router { routeEdges.append(-1) }
                    return
                }
                if lastFrom[j] != i {
                    lastFrom[j] = i
                    succList.append(j)
                }
                if kinds[i] == .router { routeEdges.append(succList[first...].firstIndex(of: j)! - first) }
            }
            succStart.append(succList.count)
        }
        self.kinds = kinds
        let succ = Adjacency(start: succStart, list: succList)
        self.succ = succ
        pred = succ.reversed()
        routes = FlowRoutes(nodes: nodes, index: index, edges: routeEdges)
        entry = index[rules.entry]

        var reachable = [Bool](repeating: false, count: ids.count)
        var parent = [Int](repeating: -1, count: ids.count)
        if let e = entry {
            reachable[e] = true
            var queue = [e]
            var head = 0
            while head < queue.count {
                let n = queue[head]
                head += 1
                for m in succ[n] where !reachable[m] {
                    reachable[m] = true
                    parent[m] = n
                    queue.append(m)
                }
            }
        }
        self.reachable = reachable
        self.parent = parent

        var indegree = [Int](repeating: 0, count: ids.count)
        for n in ids.indices where reachable[n] { for m in succ[n] { indegree[m] += 1 } }
        var topo: [Int] = []
        topo.reserveCapacity(ids.count)
        if let e = entry, indegree[e] == 0 { topo.append(e) }
        var head = 0
        while head < topo.count {
            let n = topo[head]
            head += 1
            for m in succ[n] {
                indegree[m] -= 1
                if indegree[m] == 0 { topo.append(m) }
            }
        }
        var topoIndex = [Int](repeating: -1, count: ids.count)
        for (k, n) in topo.enumerated() { topoIndex[n] = k }
        self.topo = topo
        self.topoIndex = topoIndex
    }

    var count: Int { ids.count }

    func question(_ n: Int) -> Question? {
        if case .question(let q) = nodes[n] { return q }
        return nil
    }

    func isOutcome(_ n: Int) -> Bool { kinds[n] == .outcome }

    /// Nodes that can reach one of `targets` (reverse BFS).
    func coReachable(from targets: [Int]) -> [Bool] {
        var seen = [Bool](repeating: false, count: count)
        var queue: [Int] = []
        for t in targets where !seen[t] {
            seen[t] = true
            queue.append(t)
        }
        var head = 0
        while head < queue.count {
            let n = queue[head]
            head += 1
            for p in pred[n] where !seen[p] {
                seen[p] = true
                queue.append(p)
            }
        }
        return seen
    }

    /// The shortest path from the entry to `n` (BFS tree), entry first.
    func pathFromEntry(to n: Int) -> [Int] {
        guard reachable[n] else { return [] }
        var path = [n]
        var c = n
        while parent[c] >= 0 {
            c = parent[c]
            path.append(c)
        }
        return path.reversed()
    }

    /// A shortest path from the entry to `n` that never passes through `avoid`, or nil.
    func path(to n: Int, avoiding avoid: Int) -> [Int]? {
        guard let e = entry, e != avoid else { return nil }
        var from = [Int](repeating: -2, count: count)
        from[e] = -1
        var queue = [e]
        var head = 0
        while head < queue.count {
            let c = queue[head]
            head += 1
            if c == n { break }
            for m in succ[c] where m != avoid && from[m] == -2 {
                from[m] = c
                queue.append(m)
            }
        }
        guard from[n] != -2 else { return nil }
        var path = [n]
        var c = n
        while from[c] >= 0 {
            c = from[c]
            path.append(c)
        }
        return path.reversed()
    }

    /// "asset=dataset → rights=own → after-rights → eu-database": how a path is walked.
    func describe(_ path: [Int]) -> String {
        guard !path.isEmpty else { return "" }
        var parts: [String] = []
        for (k, n) in path.enumerated() {
            guard k + 1 < path.count else {
                parts.append(ids[n])
                break
            }
            parts.append(step(from: n, to: path[k + 1]))
        }
        return parts.joined(separator: " → ")
    }

    /// One step of a path: the answer or route that leads from `n` to `m`.
    func step(from n: Int, to m: Int) -> String {
        let target = ids[m]
        switch nodes[n] {
        case .question(let q):
            guard q.kind == .single else { return "\(q.id)=(any answer)" }
            let o = q.options.first { ($0.next ?? q.next) == target }
            return "\(q.id)=\(o?.id ?? "?")"
        case .router(let r):
            if let k = r.routes.firstIndex(where: { $0.next == target }) { return "\(r.id) (route \(k + 1))" }
            return "\(r.id) (otherwise)"
        case .outcome(let o):
            return o.id
        }
    }

    /// "flow.yaml:12" for messages that name other nodes.
    func place(_ n: Int) -> String {
        guard let l = nodes[n].location else { return "?" }
        return "\(l.file):\(l.line)"
    }
}
