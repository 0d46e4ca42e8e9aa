/// Every node's neighbours in one flat list: node n's are `list[start[n]..<start[n + 1]]`. A list
/// per node would be 200 000 allocations for the successors and predecessors of 100 000 nodes.
struct Adjacency {
    private let start: [Int]
    private let list: [Int]

    /// `start` has one entry per node and a last one, `list.count`.
    init(start: [Int], list: [Int]) {
        self.start = start
        self.list = list
    }

    /// The same edges reversed, each node's in the order of the nodes they come from.
    func reversed() -> Adjacency {
        var start = [Int](repeating: 0, count: self.start.count)
        for m in list { start[m + 1] += 1 }
        for n in 0..<(start.count - 1) { start[n + 1] += start[n] }
        var fill = start
        var reversed = [Int](repeating: 0, count: list.count)
        for n in 0..<(start.count - 1) {
            for m in self[n] {
                reversed[fill[m]] = n
                fill[m] += 1
            }
        }
        return Adjacency(start: start, list: reversed)
    }

    subscript(n: Int) -> Neighbours { Neighbours(list: list, base: start[n], endIndex: start[n + 1] - start[n]) }

    /// One node's neighbours, indexed from 0.
    struct Neighbours: RandomAccessCollection {
        fileprivate let list: [Int]
        fileprivate let base: Int
        var startIndex: Int { 0 }
        let endIndex: Int

        subscript(i: Int) -> Int { list[base + i] }
    }
}
