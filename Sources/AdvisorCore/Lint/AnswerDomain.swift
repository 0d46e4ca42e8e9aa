/// What every condition in the rules says about each question: the options it names and the
/// numbers it compares with. Answers that no condition tells apart share one abstract value.
/// Only the questions a projection takes are asked about, so each is gathered on first use: from
/// the route atoms on its node (grouped by node index once) and the few atoms of tables and services.
struct Mentions {
    struct Said {
        var options: Set<String> = []
        var thresholds: Set<Double> = []
    }

    private let routes: FlowRoutes
    private let index: [String: Int]
    /// the route atoms on node n are routeAtoms[routeStart[n]..<routeStart[n + 1]], as positions in `routes.atoms`
    private let routeStart: [Int32]
    private let routeAtoms: [Int32]
    /// the atoms of tables and services, by question id
    private let others: [String: [Atom]]
    private let memo = Memo()

    private final class Memo {
        var said: [String: Said] = [:]
    }

    init(_ rules: RuleSet, graph: FlowGraph) {
        routes = graph.routes
        index = graph.index
        // Counting sort of the route atoms by node: no hashing of question ids.
        var routeStart = [Int32](repeating: 0, count: graph.count + 1)
        for n in routes.atomNode where n >= 0 { routeStart[n + 1] += 1 }
        for n in 0..<graph.count { routeStart[n + 1] += routeStart[n] }
        var fill = routeStart
        var routeAtoms = [Int32](repeating: 0, count: Int(routeStart[graph.count]))
        for (a, n) in routes.atomNode.enumerated() where n >= 0 {
            routeAtoms[Int(fill[n])] = Int32(a)
            fill[n] += 1
        }
        self.routeStart = routeStart
        self.routeAtoms = routeAtoms
        var others: [String: [Atom]] = [:]
        func note(_ atom: Atom, _: Bool) {
            if let q = atom.question { others[q, default: []].append(atom) }
        }
        for t in rules.tables {
            t.applies.forEachAtom(note)
            for row in t.rows { row.when.forEachAtom(note) }
        }
        for s in rules.services {
            for c in s.requires + s.cautions + s.boosts { c.when.forEachAtom(note) }
        }
        self.others = others
    }

    /// What the conditions say about question `q`.
    func said(about q: String) -> Said {
        if let known = memo.said[q] { return known }
        var said = Said()
        func note(_ test: Atom.Test) {
            switch test {
            case .oneOf(let ids), .includesAny(let ids), .includesAll(let ids), .exactly(let ids):
                said.options.formUnion(ids)
            case .compare(_, let n):
                said.thresholds.insert(n)
            case .asked:
                break
            }
        }
        if let n = index[q] {
            for k in Int(routeStart[n])..<Int(routeStart[n + 1]) { note(routes.atoms[Int(routeAtoms[k])].test) }
        }
        for atom in others[q] ?? [] { note(atom.test) }
        memo.said[q] = said
        return said
    }
}

/// The abstract answers of one question. Code 0 is always "not asked" (⊥); codes 1...size are answers.
struct AnswerDomain {
    enum Kind {
        /// single choice: each named option, then (nil) every option no condition names
        case choice(classes: [String?], otherExample: String?)
        /// multiple choice: code - 1 is a bit mask over `options`, plus a last bit for "some other option"
        case multi(options: [String], otherExample: String?)
        /// numbers: one representative per interval between the thresholds conditions use
        case number([Double])
        /// only whether it was asked: tests on the answer are unknown
        case askedOnly
    }

    let question: Question
    let kind: Kind
    let mentioned: Set<String>

    /// A multiple-choice question naming more options than this is abstracted to "asked or not".
    static let maxMultiBits = 12

    init(_ q: Question, mentions: Mentions, askedOnly: Bool = false) {
        question = q
        let said = mentions.said(about: q.id)
        let mentioned = said.options
        self.mentioned = mentioned
        if askedOnly {
            kind = .askedOnly
            return
        }
        let named = q.options.map(\.id).filter(mentioned.contains)
        let other = q.options.first { !mentioned.contains($0.id) }?.id
        switch q.kind {
        case .single:
            kind = .choice(classes: named.map { Optional($0) } + (other == nil ? [] : [nil]), otherExample: other)
        case .multiple:
            let bits = named.count + (other == nil ? 0 : 1)
            kind = bits > Self.maxMultiBits ? .askedOnly : .multi(options: named, otherExample: other)
        case .number:
            kind = .number(Self.representatives(q, thresholds: said.thresholds))
        }
    }

    var isAskedOnly: Bool {
        if case .askedOnly = kind { return true }
        return false
    }

    /// How many answer codes (⊥ excluded).
    var size: Int {
        switch kind {
        case .choice(let classes, _): classes.count
        case .multi(let options, let other): 1 << (options.count + (other == nil ? 0 : 1))
        case .number(let reps): reps.count
        case .askedOnly: 1
        }
    }

    /// Bits for codes 0...size.
    var width: Int { Int.bitWidth - size.leadingZeroBitCount }

    /// The code each option of a single-choice question stands for.
    func code(ofOption id: String) -> Int {
        guard case .choice(let classes, _) = kind else { return 1 }
        if let k = classes.firstIndex(of: id) { return k + 1 }
        return classes.count  // the "other" class is last
    }

    /// One value per interval that the thresholds (and min/max) cut the number line into.
    static func representatives(_ q: Question, thresholds: Set<Double>) -> [Double] {
        var points = thresholds
        if let lo = q.minimum { points.insert(lo) }
        if let hi = q.maximum { points.insert(hi) }
        let sorted = points.sorted()
        guard let first = sorted.first, let last = sorted.last else { return [q.minimum ?? 0] }
        var reps = [first - 1]
        for (k, p) in sorted.enumerated() {
            reps.append(p)
            if k + 1 < sorted.count { reps.append((p + sorted[k + 1]) / 2) }
        }
        reps.append(last + 1)
        return reps.filter { x in (q.minimum.map { x >= $0 } ?? true) && (q.maximum.map { x <= $0 } ?? true) }
    }

    /// Three-valued test of one atom against a code (nil: cannot tell from this abstraction).
    func test(_ t: Atom.Test, code: Int) -> Bool? {
        if case .asked(let want) = t { return (code != 0) == want }
        if code == 0 { return false }
        switch (kind, t) {
        case (.askedOnly, _):
            return nil
        case let (.choice(classes, _), .oneOf(ids)):
            if let id = classes[code - 1] { return ids.contains(id) }
            return ids.contains { !mentioned.contains($0) } ? nil : false
        case let (.multi(options, other), _):
            return testMulti(t, mask: code - 1, options: options, hasOther: other != nil)
        case let (.number(reps), .compare(op, n)):
            return op.holds(reps[code - 1], n)
        default:
            return false
        }
    }

    private func testMulti(_ t: Atom.Test, mask: Int, options: [String], hasOther: Bool) -> Bool? {
        let otherSet = hasOther && mask & (1 << options.count) != 0
        func has(_ id: String) -> Bool? {
            if let k = options.firstIndex(of: id) { return mask & (1 << k) != 0 }
            return otherSet ? nil : false
        }
        switch t {
        case .includesAny(let ids):
            return Kleene.any(ids, has)
        case .includesAll(let ids):
            return Kleene.all(ids, has)
        case .exactly(let ids):
            let named = Set(ids.filter(options.contains))
            for (k, o) in options.enumerated() where (mask & (1 << k) != 0) != named.contains(o) { return false }
            let unnamed = ids.contains { !options.contains($0) }
            if unnamed != otherSet { return false }
            return unnamed ? nil : true
        default:
            return false
        }
    }

    /// How a witness shows a code.
    func describe(code: Int) -> String {
        guard code != 0 else { return "not asked" }
        switch kind {
        case .choice(let classes, let other):
            return classes[code - 1] ?? other ?? "?"
        case .multi(let options, let other):
            let mask = code - 1
            var picked = options.enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element)
            if let other, mask & (1 << options.count) != 0 { picked.append(other) }
            return "[\(picked.joined(separator: ", "))]"
        case .number(let reps):
            return AnswerValue.format(reps[code - 1])
        case .askedOnly:
            return "(answered)"
        }
    }
}
