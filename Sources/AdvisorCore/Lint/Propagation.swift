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
        let isTarget = Set(targets)
        var sets = [Set<UInt64>?](repeating: nil, count: graph.count)
        var result: [Int: Set<UInt64>] = [:]
        var work = 0
        var capped: Int?
        if let e = graph.entry, relevant[e], graph.topoIndex[e] >= 0 { sets[e] = [0] }

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
            if isTarget.contains(n) { result[n] = s }
            switch graph.nodes[n] {
            case .outcome:
                break
            case .question(let q):
                if let i = p.slot[q.id] {
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
            case .router(let r):
                var out: [String: Set<UInt64>] = [:]
                for v in s {
                    var decided = false
                    for route in r.routes {
                        let holds = p.eval(route.when, v)
                        if holds != false { out[route.next, default: []].insert(v) }
                        if holds == true {
                            decided = true
                            break
                        }
                    }
                    if !decided, let o = r.otherwise { out[o, default: []].insert(v) }
                }
                for id in (r.routes.map(\.next) + [r.otherwise].compactMap { $0 }) {
                    guard let moved = out.removeValue(forKey: id) else { continue }
                    guard add(moved, to: id) else { capped = n; break walk }
                }
            }
        }
        arriving = capped == nil ? result.mapValues { $0.sorted() } : nil
        cappedAt = capped
    }
}
