/// Every route of every route node, flat and by node index: propagation runs once per table and per
/// checked route node, and reading routes from here spares it copying nodes and hashing node ids.
struct FlowRoutes {
    /// the routes of node n are start[n]..<start[n + 1] (none for questions and outcomes)
    private let start: [Int]
    let when: [Condition]
    /// where a route leads, as a position in `FlowGraph.succ[n]`; -1 when it names no node
    let edge: [Int]
    /// the same for each node's otherwise (-1 also when there is none)
    let otherwiseEdge: [Int]
    /// the questions route k reads are reads[readStart[k]..<readStart[k + 1]], as node indices
    /// (-1 for a question id that names no node)
    private let readStart: [Int]
    private let reads: [Int]

    init(nodes: [FlowNode], index: [String: Int], succ: [[Int]]) {
        var start = [0]
        var when: [Condition] = []
        var edge: [Int] = []
        var otherwiseEdge = [Int](repeating: -1, count: nodes.count)
        var readStart = [0]
        var reads: [Int] = []
        start.reserveCapacity(nodes.count + 1)
        func position(_ id: String, in n: Int) -> Int {
            guard let m = index[id] else { return -1 }
            return succ[n].firstIndex(of: m) ?? -1
        }
        for (n, node) in nodes.enumerated() {
            if case .router(let r) = node {
                for route in r.routes {
                    when.append(route.when)
                    edge.append(position(route.next, in: n))
                    for (atom, _) in route.when.atoms() {
                        guard let q = atom.question else { continue }
                        reads.append(index[q] ?? -1)
                    }
                    readStart.append(reads.count)
                }
                if let o = r.otherwise { otherwiseEdge[n] = position(o, in: n) }
            }
            start.append(when.count)
        }
        self.start = start
        self.when = when
        self.edge = edge
        self.otherwiseEdge = otherwiseEdge
        self.readStart = readStart
        self.reads = reads
    }

    /// The routes of node `n`, in written order.
    func routes(of n: Int) -> Range<Int> { start[n]..<start[n + 1] }

    func reads(of route: Int) -> ArraySlice<Int> { reads[readStart[route]..<readStart[route + 1]] }
}
