extension ConditionProgram {
    /// A compiled program as plain data: the build compiles the built-in rules' conditions once and
    /// the program replays them (`init(slots:questions:licences:replaying:)`), since compiling them was
    /// a seventh of the first frame.
    struct Snapshot: Sendable, Equatable {
        var ops: [Op]
        var atoms: [CompiledAtom]
        var tests: [Atom.Test]
        var truth: [Bool]
        var starts: [Int32]

        /// Every subtree lies within `ops`, every atom op names an entry of `atoms` and every start an
        /// op: all the evaluator takes for granted (it reads `ops` without bounds checks).
        var isWellFormed: Bool {
            guard atoms.count == tests.count else { return false }
            for (i, op) in ops.enumerated() {
                let end = i + Int(op.size)
                guard op.size >= 1, end <= ops.count else { return false }
                switch op.kind {
                case .always:
                    guard op.size == 1 else { return false }
                case .atom:
                    guard op.size == 1, op.atom >= 0, Int(op.atom) < atoms.count else { return false }
                case .not:
                    guard i + 1 < end, i + 1 + Int(ops[i + 1].size) == end else { return false }
                case .all, .any:
                    guard op.count >= 0 else { return false }
                    var child = i + 1
                    for _ in 0..<op.count {
                        guard child < end else { return false }
                        child += Int(ops[child].size)
                    }
                    guard child == end else { return false }
                }
            }
            return starts.allSatisfy { $0 >= 0 && Int($0) < ops.count }
        }
    }
}
