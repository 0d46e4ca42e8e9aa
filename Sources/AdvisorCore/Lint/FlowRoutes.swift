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
    /// route nodes with an otherwise or a route that is `true`: one of their edges is always taken
    let covered: [Bool]
    /// the atoms of route k are atoms[atomStart[k]..<atomStart[k + 1]]
    private let atomStart: [Int]
    /// route k's condition in postfix, ops[opStart[k]..<opStart[k + 1]]: propagation evaluates it
    /// for every valuation at every route node, and a walk of the condition's nodes retains each
    private let opStart: [Int]
    private let ops: [Op]
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
        var covered = [Bool](repeating: false, count: nodes.count)
        var atomStart = [0]
        var atoms: [Atom] = []
        var atomNode: [Int] = []
        var opStart = [0]
        var ops: [Op] = []
        // Postfix, the atoms in `forEachAtom`'s order.
        func compile(_ c: Condition) {
            switch c {
            case .always:
                ops.append(.always)
            case .all(let cs):
                for c in cs { compile(c) }
                ops.append(.all(cs.count))
            case .any(let cs):
                for c in cs { compile(c) }
                ops.append(.any(cs.count))
            case .not(let inner):
                compile(inner)
                ops.append(.not)
            case .atom(let atom):
                ops.append(.atom)
                atoms.append(atom)
                atomNode.append(atom.question.map { index[$0] ?? -1 } ?? -2)
            }
        }
        start.reserveCapacity(nodes.count + 1)
        var next = 0
        for (n, node) in nodes.enumerated() {
            if case .router(let r) = node {
                // By index: a copied route would retain its texts.
                for k in r.routes.indices {
                    let condition = r.routes[k].when
                    when.append(condition)
                    edge.append(edges[next])
                    next += 1
                    if condition == .always { covered[n] = true }
                    compile(condition)
                    atomStart.append(atoms.count)
                    opStart.append(ops.count)
                }
                if r.otherwise != nil {
                    otherwiseEdge[n] = edges[next]
                    covered[n] = true
                    next += 1
                }
            }
            start.append(when.count)
        }
        self.start = start
        self.when = when
        self.edge = edge
        self.otherwiseEdge = otherwiseEdge
        self.covered = covered
        self.atomStart = atomStart
        self.opStart = opStart
        self.ops = ops
        self.atoms = atoms
        self.atomNode = atomNode
    }

    /// The routes of node `n`, in written order.
    func routes(of n: Int) -> Range<Int> { start[n]..<start[n + 1] }

    /// The positions in `atoms` and `atomNode` of route k's atoms.
    func atoms(of route: Int) -> Range<Int> { atomStart[route]..<atomStart[route + 1] }

    enum Op {
        case always, atom, not
        /// combine the last n values
        case all(Int), any(Int)
    }

    /// Whether route k holds, in Kleene logic, with `atoms` deciding each atom by its position in
    /// `atoms`. `stack` is scratch space, passed in so that it is allocated once.
    func holds<A: AtomsByPosition>(route k: Int, _ atoms: A, stack: inout [Bool?]) -> Bool? {
        stack.removeAll(keepingCapacity: true)
        var a = atomStart[k]
        for i in opStart[k]..<opStart[k + 1] {
            switch ops[i] {
            case .always:
                stack.append(true)
            case .atom:
                stack.append(atoms.holds(atPosition: a))
                a += 1
            case .not:
                stack[stack.count - 1] = stack[stack.count - 1].map { !$0 }
            case .all(let n):
                var result: Bool? = true
                for _ in 0..<n { result = Kleene.and(result, stack.removeLast()) }
                stack.append(result)
            case .any(let n):
                var result: Bool? = false
                for _ in 0..<n { result = Kleene.or(result, stack.removeLast()) }
                stack.append(result)
            }
        }
        return stack[0]
    }
}

/// Decides a route's atoms by their position in `FlowRoutes.atoms`. A type rather than a closure:
/// a closure's captured structs are copied at each atom.
protocol AtomsByPosition {
    func holds(atPosition a: Int) -> Bool?
}
