/// Every condition of a rule set compiled into one flat program (prefix order, each op knowing the
/// size of its subtree), so evaluating one costs a loop over plain values instead of a walk over
/// indirect enums and string-keyed answers.
///
/// The meaning of a test is still defined once, by `Facts`: an atom on a single-choice question is a
/// truth table by option (and for "not asked"), an atom on the licences decided so far a truth table
/// by catalogue licence (`licence-has` and `licence-is` hold when any decided licence satisfies them),
/// and both tables are filled by asking `Facts`. Answers outside those tables (lists, numbers, an
/// option the question does not have) and openness are asked of `Facts` at run time.
struct ConditionProgram: Sendable {
    enum Kind: UInt8, Sendable { case always, all, any, not, atom }

    struct Op: Sendable, Equatable {
        var kind: Kind
        /// children of `all` and `any`
        var count: Int32
        /// ops in this subtree, itself included
        var size: Int32
        var atom: Int32
    }

    enum AtomKind: UInt8, Sendable { case option, value, licence, openness }

    struct CompiledAtom: Sendable, Equatable {
        var kind: AtomKind
        var slot: Int32
        /// where its truth table starts in `truth`
        var truth: Int32
    }

    private(set) var ops: [Op] = []
    private(set) var atoms: [CompiledAtom] = []
    private(set) var tests: [Atom.Test] = []
    private(set) var truth: [Bool] = []
    /// where each compiled condition starts, in the order `compile` was called
    private(set) var starts: [Int32] = []
    /// when replaying a snapshot, the next of its starts to hand back
    private var replayNext: Int?
    /// Atoms already compiled, so the same test shares one truth table (rules repeat their atoms a lot).
    /// Listed by question slot (the last list holds the other atoms) and found by comparing tests:
    /// hashing every atom's strings cost more than compiling them, at start-up. A list stops growing at
    /// `shared` entries, so no rule base makes this quadratic; later atoms just get their own table.
    private var compiled: [[(atom: Atom, compiled: CompiledAtom)]]
    private static let shared = 64
    private let slots: [String: Int]
    private let questions: [Question]
    private let licences: [Licence]

    init(slots: [String: Int], questions: [Question], licences: [Licence]) {
        self.slots = slots
        self.questions = questions
        self.licences = licences
        compiled = Array(repeating: [], count: questions.count + 1)
    }

    /// A program that hands back `snapshot`'s conditions instead of compiling them (the built-in rules
    /// carry theirs, compiled at build time): `compile` must be called for the same conditions, in the
    /// same order, as when the snapshot was taken; `replayedExactly` tells whether it was.
    init(slots: [String: Int], questions: [Question], licences: [Licence], replaying snapshot: Snapshot) {
        self.init(slots: slots, questions: questions, licences: licences)
        ops = snapshot.ops
        atoms = snapshot.atoms
        tests = snapshot.tests
        truth = snapshot.truth
        starts = snapshot.starts
        replayNext = 0
    }

    /// Adds a condition; the result names it for `holds`.
    mutating func compile(_ c: Condition) -> Int32 {
        if let next = replayNext {
            replayNext = next + 1
            return next < starts.count ? starts[next] : 0
        }
        let start = Int32(ops.count)
        emit(c)
        starts.append(start)
        return start
    }

    /// False when a replay was asked for a different number of conditions than its snapshot holds, or
    /// when an atom's slot or truth table does not fit these questions and licences (the evaluator
    /// reads truth tables without bounds checks).
    var replayedExactly: Bool {
        guard let next = replayNext else { return true }
        return next == starts.count && atoms.allSatisfy(fits)
    }

    private func fits(_ a: CompiledAtom) -> Bool {
        let slot = Int(a.slot), start = Int(a.truth)
        switch a.kind {
        case .option: return slot >= 0 && slot < questions.count && start >= 0 && start + questions[slot].options.count + 1 <= truth.count
        case .licence: return start >= 0 && start + licences.count <= truth.count
        case .value: return slot >= -1 && slot < questions.count
        case .openness: return true
        }
    }

    private mutating func emit(_ c: Condition) {
        let at = ops.count
        ops.append(Op(kind: .always, count: 0, size: 1, atom: -1))
        switch c {
        case .always:
            break
        case .all(let cs):
            for x in cs { emit(x) }
            ops[at].kind = .all
            ops[at].count = Int32(cs.count)
        case .any(let cs):
            for x in cs { emit(x) }
            ops[at].kind = .any
            ops[at].count = Int32(cs.count)
        case .not(let inner):
            emit(inner)
            ops[at].kind = .not
        case .atom(let a):
            ops[at].kind = .atom
            ops[at].atom = Int32(atoms.count)
            let slot = a.question.flatMap { slots[$0] }
            let list = slot ?? questions.count
            if let known = compiled[list].first(where: { $0.atom == a }) {
                atoms.append(known.compiled)
            } else {
                let new = compileAtom(a, slot: slot)
                if compiled[list].count < Self.shared { compiled[list].append((a, new)) }
                atoms.append(new)
            }
            tests.append(a.test)
        }
        ops[at].size = Int32(ops.count - at)
    }

    /// `slot`: the question's, when the atom is on a question the rules have.
    private mutating func compileAtom(_ a: Atom, slot: Int?) -> CompiledAtom {
        let start = Int32(truth.count)
        switch a.subject {
        case .question:
            guard let s = slot else { return CompiledAtom(kind: .value, slot: -1, truth: -1) }
            guard questions[s].kind == .single else { return CompiledAtom(kind: .value, slot: Int32(s), truth: -1) }
            truth.append(Facts.test(a.test, nil))
            for o in questions[s].options { truth.append(Facts.test(a.test, .option(o.id))) }
            return CompiledAtom(kind: .option, slot: Int32(s), truth: start)
        case .licenceHas, .licenceIs:
            for l in licences { truth.append(Facts.licence(l, satisfies: a)) }
            return CompiledAtom(kind: .licence, slot: -1, truth: start)
        case .openness:
            return CompiledAtom(kind: .openness, slot: -1, truth: -1)
        }
    }
}

/// The compiled conditions, evaluated: a class, so reading them borrows instead of copying arrays.
final class CompiledConditions: Sendable {
    /// What a condition is evaluated against: the answers on the path and, in decision tables, the
    /// licences (catalogue indices) and openness decided so far.
    struct Context: Sendable {
        var answers: DenseAnswers
        var licences: [Int] = []
        var openness: String? = nil
    }

    /// An op with its atom's compiled form beside it, so evaluating an atom reads one record.
    private struct Node {
        var op: ConditionProgram.Op
        var atom: ConditionProgram.CompiledAtom
    }

    private let nodes: [Node]
    private let tests: [Atom.Test]
    private let truth: [Bool]
    private let starts: [Int32]

    init(_ p: ConditionProgram) {
        let none = ConditionProgram.CompiledAtom(kind: .value, slot: -1, truth: -1)
        nodes = p.ops.map { Node(op: $0, atom: $0.kind == .atom ? p.atoms[Int($0.atom)] : none) }
        tests = p.tests
        truth = p.truth
        starts = p.starts
    }

    var snapshot: ConditionProgram.Snapshot {
        // each atom op has an atom of its own (`compile` appends one per occurrence)
        var atoms = Array(repeating: ConditionProgram.CompiledAtom(kind: .value, slot: -1, truth: -1), count: tests.count)
        for n in nodes where n.op.kind == .atom { atoms[Int(n.op.atom)] = n.atom }
        return ConditionProgram.Snapshot(ops: nodes.map(\.op), atoms: atoms, tests: tests, truth: truth, starts: starts)
    }

    func holds(_ condition: Int32, _ ctx: Context) -> Bool {
        // the program is checked once, when compiled: every subtree lies within `nodes`
        nodes.withUnsafeBufferPointer { nodes in
            truth.withUnsafeBufferPointer { truth in eval(nodes, truth, Int(condition), ctx) }
        }
    }

    private func eval(_ nodes: UnsafeBufferPointer<Node>, _ truth: UnsafeBufferPointer<Bool>, _ i: Int, _ ctx: Context) -> Bool {
        let op = nodes[i].op
        switch op.kind {
        case .always:
            return true
        case .atom:
            return atom(nodes[i].atom, Int(op.atom), truth, ctx)
        case .not:
            return !child(nodes, truth, i + 1, ctx)
        case .all:
            var c = i + 1
            for _ in 0..<op.count {
                if !child(nodes, truth, c, ctx) { return false }
                c += Int(nodes[c].op.size)
            }
            return true
        case .any:
            var c = i + 1
            for _ in 0..<op.count {
                if child(nodes, truth, c, ctx) { return true }
                c += Int(nodes[c].op.size)
            }
            return false
        }
    }

    /// An operand: most are atoms, tested here without another call.
    @inline(__always)
    private func child(_ nodes: UnsafeBufferPointer<Node>, _ truth: UnsafeBufferPointer<Bool>, _ i: Int, _ ctx: Context) -> Bool {
        nodes[i].op.kind == .atom ? atom(nodes[i].atom, Int(nodes[i].op.atom), truth, ctx) : eval(nodes, truth, i, ctx)
    }

    /// `truth` tables are filled for every option and licence when compiled, so their reads stay in bounds.
    @inline(__always)
    private func atom(_ a: ConditionProgram.CompiledAtom, _ k: Int, _ truth: UnsafeBufferPointer<Bool>, _ ctx: Context) -> Bool {
        switch a.kind {
        case .option:
            let o = ctx.answers.option(Int(a.slot))
            if o >= -1 { return truth[Int(a.truth) + Int(o) + 1] }
            return Facts.test(tests[k], ctx.answers[Int(a.slot)])
        case .value:
            return Facts.test(tests[k], a.slot >= 0 ? ctx.answers[Int(a.slot)] : nil)
        case .licence:
            return ctx.licences.contains { truth[Int(a.truth) + $0] }
        case .openness:
            return Facts(answers: Answers(), openness: ctx.openness).holds(Atom(subject: .openness, test: tests[k]))
        }
    }
}
