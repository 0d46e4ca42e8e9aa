/// Answer valuations projected onto a few questions, packed into a `UInt64` (one bit field per
/// question, 0 = not asked), with three-valued evaluation of conditions over them.
struct Projection {
    let domains: [AnswerDomain]
    let slot: [String: Int]
    private let offsets: [Int]
    private let masks: [UInt64]
    /// How atoms on licence results (licence-has, licence-is, openness) evaluate: nil (unknown) in
    /// tables, false in routes (the engine evaluates routes with no licence decided).
    let resultFacts: Bool?

    /// nil when the questions do not fit in 64 bits even with multiple-choice answers abstracted.
    init?(questions: [String], rules: RuleSet, mentions: Mentions, askedOnly: Set<String> = [], resultFacts: Bool?) {
        var seen: Set<String> = []
        let qs = questions.filter { seen.insert($0).inserted }.compactMap(rules.question)
        var domains = qs.map { AnswerDomain($0, mentions: mentions, askedOnly: askedOnly.contains($0.id)) }
        while domains.reduce(0, { $0 + $1.width }) > 64 {
            guard let widest = domains.indices.filter({ !domains[$0].isAskedOnly }).max(by: { domains[$0].width < domains[$1].width })
            else { return nil }
            domains[widest] = AnswerDomain(domains[widest].question, mentions: mentions, askedOnly: true)
        }
        var offsets: [Int] = []
        var masks: [UInt64] = []
        var at = 0
        for d in domains {
            offsets.append(at)
            masks.append(d.width == 64 ? ~0 : (UInt64(1) << UInt64(d.width)) - 1)
            at += d.width
        }
        self.domains = domains
        self.offsets = offsets
        self.masks = masks
        self.resultFacts = resultFacts
        var slot: [String: Int] = [:]
        for (i, d) in domains.enumerated() { slot[d.question.id] = i }
        self.slot = slot
    }

    /// True when some question could only be abstracted to "asked or not".
    var isCoarse: Bool { domains.contains(where: \.isAskedOnly) }

    func code(_ v: UInt64, _ i: Int) -> Int { Int((v >> UInt64(offsets[i])) & masks[i]) }

    func setting(_ v: UInt64, _ i: Int, _ code: Int) -> UInt64 {
        (v & ~(masks[i] << UInt64(offsets[i]))) | (UInt64(code) << UInt64(offsets[i]))
    }

    /// Kleene logic: nil when the valuation does not decide the condition.
    func eval(_ c: Condition, _ v: UInt64) -> Bool? {
        c.evaluate { a in
            guard let q = a.question else { return resultFacts }
            guard let i = slot[q] else { return nil }
            return test(a.test, slot: i, v)
        }
    }

    /// One test on the question in slot `i`, three-valued.
    func test(_ t: Atom.Test, slot i: Int, _ v: UInt64) -> Bool? {
        // In place: a copied domain would retain its question's every text and list.
        domains.withUnsafeBufferPointer { $0[i].test(t, code: code(v, i)) }
    }

    /// Whether `c` may hold at `v` only because question `i` was not asked: it does not fail at
    /// `v`, but fails (or cannot be decided) for some answer to the question.
    func holdsBecauseUnasked(_ c: Condition, _ v: UInt64, _ i: Int) -> Bool {
        guard code(v, i) == 0, eval(c, v) != false else { return false }
        return (1...domains[i].size).contains { eval(c, setting(v, i, $0)) != true }
    }

    /// Whether the value of `c` at `v` would change if question `i` had been answered.
    func dependsOnUnasked(_ c: Condition, _ v: UInt64, _ i: Int) -> Bool {
        guard code(v, i) == 0 else { return false }
        let base = eval(c, v)
        return (1...domains[i].size).contains { x in
            let alt = eval(c, setting(v, i, x))
            return alt == nil || base == nil || alt != base
        }
    }

    /// "attribution = required, commercial = not asked".
    func describe(_ v: UInt64) -> String {
        domains.indices.map { "\(domains[$0].question.id) = \(domains[$0].describe(code: code(v, $0)))" }
            .joined(separator: ", ")
    }

    /// The answer codes a question node gives, each with where it leads.
    func edges(of q: Question, slot i: Int) -> [(code: Int, next: String)] {
        let d = domains[i]
        var out: [(Int, String)] = []
        var seen: Set<String> = []
        if q.kind == .single {
            for o in q.options {
                guard let n = o.next ?? q.next else { continue }
                let c = d.isAskedOnly ? 1 : d.code(ofOption: o.id)
                if seen.insert("\(c)\u{0}\(n)").inserted { out.append((c, n)) }
            }
        } else if let n = q.next {
            out = (1...d.size).map { ($0, n) }
        }
        return out
    }
}
