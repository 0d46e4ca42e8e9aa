/// Forward propagation of projected answer valuations in topological order (decision-engines.md
/// §4.2): what can arrive at each target node. Question edges set the question's code; routes pass
/// the valuations their condition may accept (first match wins, unknown goes both ways). Only nodes
/// that can reach a target are visited, and each node's set is freed once it has been passed on.
struct Propagation {
    /// The valuations that can arrive at each target, sorted (witnesses must not vary from run to
    /// run), or nil when a set grew past the cap.
    let arriving: [Int: [UInt64]]?
    /// The node where the cap was hit.
    let cappedAt: Int?

    /// Work budget: valuations handled in total, so that a huge flow times many valuations stops.
    static let workBudget = 20_000_000

    init(graph: FlowGraph, projection p: Projection, targets: [Int], cap: Int = Lint.valuationCap) {
        let relevant = graph.coReachable(from: targets)
        var isTarget = [Bool](repeating: false, count: graph.count)
        for t in targets { isTarget[t] = true }
        // the projection's slot of each question node (-1: not projected), so nodes are not looked up by id
        var slotAt = [Int8](repeating: -1, count: graph.count)
        for (i, d) in p.domains.enumerated() {
            if let m = graph.index[d.question.id] { slotAt[m] = Int8(i) }
        }
        var sets = [Set<UInt64>?](repeating: nil, count: graph.count)
        var result: [Int: Set<UInt64>] = [:]
        var work = 0
        var capped: Int?
        if let e = graph.entry, relevant[e], graph.topoIndex[e] >= 0 { sets[e] = [0] }
        var routeAtoms = RouteAtoms(routes: graph.routes, projection: p, slotAt: slotAt, valuation: 0)
        var stack: [Bool?] = []

        func add(_ s: Set<UInt64>, to id: String) -> Bool {
            guard let m = graph.index[id] else { return true }
            return add(s, to: m)
        }
        func add(_ s: Set<UInt64>, to m: Int) -> Bool {
            guard relevant[m] else { return true }
            if sets[m] == nil {
                sets[m] = s
            } else {
                sets[m]!.formUnion(s)
            }
            work += s.count
            return sets[m]!.count <= cap && work <= Self.workBudget
        }

        walk: for n in graph.topo where relevant[n] {
            guard let s = sets[n] else { continue }
            sets[n] = nil
            if isTarget[n] { result[n] = s }
            switch graph.kinds[n] {
            case .outcome:
                break
            case .question:
                if slotAt[n] >= 0, let q = graph.question(n) {
                    let i = Int(slotAt[n])
                    for (code, next) in p.edges(of: q, slot: i) {
                        var moved = Set<UInt64>(minimumCapacity: s.count)
                        for v in s { moved.insert(p.setting(v, i, code)) }
                        guard add(moved, to: next) else { capped = n; break walk }
                    }
                } else {
                    for m in graph.succ[n] {
                        guard add(s, to: m) else { capped = n; break walk }
                    }
                }
            case .router:
                // Each edge gets the valuations that may take it, in the order the edges are written.
                let split = Self.split(s, at: n, graph: graph, atoms: &routeAtoms, stack: &stack)
                for (e, m) in graph.succ[n].enumerated() {
                    guard let moved = split[e] else { continue }
                    guard add(moved, to: m) else { capped = n; break walk }
                }
            }
        }
        arriving = capped == nil ? result.mapValues { $0.sorted() } : nil
        cappedAt = capped
    }

    /// The valuations of `s` that may leave route node `n` by each of its edges (nil: none), first
    /// match winning and unknown going both ways. When no route reads a projected question, every
    /// valuation goes the same way, so the routes are evaluated once and `s` is passed on whole.
    /// `atoms` and `stack` are made once per propagation: made per route node, the one would retain
    /// every list it holds, the other allocate.
    private static func split(_ s: Set<UInt64>, at n: Int, graph: FlowGraph, atoms: inout RouteAtoms,
                              stack: inout [Bool?]) -> [Set<UInt64>?] {
        let routes = graph.routes
        let otherwise = routes.otherwiseEdge[n]
        var out = [Set<UInt64>?](repeating: nil, count: graph.succ[n].count)
        let fixed = routes.routes(of: n).allSatisfy { k in
            routes.atoms(of: k).allSatisfy { a in routes.atomNode[a] == -2 || (routes.atomNode[a] >= 0 && atoms.slotAt[routes.atomNode[a]] < 0) }
        }
        if fixed {
            var decided = false
            for k in routes.routes(of: n) {
                let holds = atoms.holds(route: k, at: 0, stack: &stack)
                if holds != false, routes.edge[k] >= 0 { out[routes.edge[k]] = s }
                if holds == true {
                    decided = true
                    break
                }
            }
            if !decided, otherwise >= 0 { out[otherwise] = s }
            return out
        }
        func send(_ v: UInt64, _ e: Int) {
            if out[e] == nil { out[e] = [v] } else { out[e]!.insert(v) }
        }
        for v in s {
            var decided = false
            for k in routes.routes(of: n) {
                let holds = atoms.holds(route: k, at: v, stack: &stack)
                if holds != false, routes.edge[k] >= 0 { send(v, routes.edge[k]) }
                if holds == true {
                    decided = true
                    break
                }
            }
            if !decided, otherwise >= 0 { send(v, otherwise) }
        }
        return out
    }
}

/// The atoms of the routes at one valuation, by position in `FlowRoutes.atoms`: a question the
/// projection does not take is unknown.
private struct RouteAtoms: AtomsByPosition {
    let routes: FlowRoutes
    let projection: Projection
    /// the projection's slot of each question node (-1: not projected)
    let slotAt: [Int8]
    var valuation: UInt64

    /// Whether route k holds at valuation `v`.
    mutating func holds(route k: Int, at v: UInt64, stack: inout [Bool?]) -> Bool? {
        valuation = v
        return routes.holds(route: k, self, stack: &stack)
    }

    func holds(atPosition a: Int) -> Bool? {
        let q = routes.atomNode[a]
        if q == -2 { return projection.resultFacts }
        guard q >= 0, slotAt[q] >= 0 else { return nil }
        return projection.test(routes.atoms[a].test, slot: Int(slotAt[q]), valuation)
    }
}
