/// Every route of every route node, flat and by node index: propagation runs once per table and per
/// checked route node, and reading routes from here spares it copying nodes and hashing node ids.
/// The routes' atoms are listed once here for every check that reads them.
struct FlowRoutes {
    /// the routes of node n are start[n]..<start[n + 1] (none for questions and outcomes)
    private let start: [Int]
    let when: [Condition]
    /// where a route leads, as a position in `FlowGraph.succ[n]`; -1 when it names no node
    let edge: [Int]
    /// the same for each node's otherwise (-1 also when there is none)
    let otherwiseEdge: [Int]
    /// the atoms of route k are atoms[atomStart[k]..<atomStart[k + 1]]
    private let atomStart: [Int]
    let atoms: [Atom]
    /// the node of each atom's question: -1 for a question id that names no node, -2 for an atom
    /// on licence results
    let atomNode: [Int]

    /// `edges` lists, for each route node in order, the position in its `succ` of each successor
    /// `FlowNode.successors` gives (its routes, then its otherwise), or -1.
    init(nodes: [FlowNode], index: [String: Int], edges: [Int]) {
        var start = [0]
        var when: [Condition] = []
        var edge: [Int] = []
        var otherwiseEdge = [Int](repeating: -1, count: nodes.count)
        var atomStart = [0]
        var atoms: [Atom] = []
        var atomNode: [Int] = []
        start.reserveCapacity(nodes.count + 1)
        var next = 0
        for (n, node) in nodes.enumerated() {
            if case .router(let r) = node {
                for route in r.routes {
                    when.append(route.when)
                    edge.append(edges[next])
                    next += 1
                    route.when.forEachAtom { atom, _ in
                        atoms.append(atom)
                        atomNode.append(atom.question.map { index[$0] ?? -1 } ?? -2)
                    }
                    atomStart.append(atoms.count)
                }
                if r.otherwise != nil {
                    otherwiseEdge[n] = edges[next]
                    next += 1
                }
            }
            start.append(when.count)
        }
        self.start = start
        self.when = when
        self.edge = edge
        self.otherwiseEdge = otherwiseEdge
        self.atomStart = atomStart
        self.atoms = atoms
        self.atomNode = atomNode
    }

    /// The routes of node `n`, in written order.
    func routes(of n: Int) -> Range<Int> { start[n]..<start[n + 1] }

    /// The positions in `atoms` and `atomNode` of route k's atoms.
    func atoms(of route: Int) -> Range<Int> { atomStart[route]..<atomStart[route + 1] }
}
