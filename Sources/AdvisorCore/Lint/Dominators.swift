/// The dominator tree of the acyclic part of the flow. A question is asked on EVERY path to a node
/// exactly when the question's node dominates it, so this is the must-analysis "intersect the asked
/// sets over the predecessors in topological order" without a bitset per node: memory O(V), time
/// O(E × the dominator-tree steps each intersection takes), near-linear on interview-shaped flows.
struct Dominators {
    /// immediate dominator; -1 for the entry and for nodes outside the acyclic reachable part
    let idom: [Int]
    private let pre: [Int]
    private let post: [Int]

    init(_ g: FlowGraph) {
        var idom = [Int](repeating: -1, count: g.count)
        let order = g.topoIndex
        for n in g.topo where n != g.entry {
            var d = -1
            for p in g.pred[n] where order[p] >= 0 {
                if d < 0 {
                    d = p
                    continue
                }
                var a = d
                var b = p
                while a != b {
                    while order[a] > order[b] { a = idom[a] }
                    while order[b] > order[a] { b = idom[b] }
                }
                d = a
            }
            idom[n] = d
        }
        self.idom = idom

        // Pre/post numbers of the tree: `a` dominates `b` when b's interval lies inside a's.
        var children = [[Int]](repeating: [], count: g.count)
        for n in g.topo where idom[n] >= 0 { children[idom[n]].append(n) }
        var pre = [Int](repeating: -1, count: g.count)
        var post = [Int](repeating: -1, count: g.count)
        if let e = g.entry, order[e] >= 0 {
            var clock = 0
            var stack: [(Int, Int)] = [(e, 0)]
            pre[e] = clock
            clock += 1
            while let (n, k) = stack.last {
                if k < children[n].count {
                    stack[stack.count - 1].1 += 1
                    let c = children[n][k]
                    pre[c] = clock
                    clock += 1
                    stack.append((c, 0))
                } else {
                    post[n] = clock
                    clock += 1
                    stack.removeLast()
                }
            }
        }
        self.pre = pre
        self.post = post
    }

    /// Whether every path from the entry to `b` passes through `a` (a node dominates itself).
    func dominates(_ a: Int, _ b: Int) -> Bool {
        guard pre[a] >= 0, pre[b] >= 0 else { return false }
        return pre[a] <= pre[b] && post[b] <= post[a]
    }
}
