/// What conditions are evaluated against: the answers on the path and, inside decision tables, the
/// licences and openness decided so far.
public struct Facts: Sendable {
    public var answers: Answers
    public var licences: [Licence]
    public var openness: String?

    public init(answers: Answers, licences: [Licence] = [], openness: String? = nil) {
        self.answers = answers
        self.licences = licences
        self.openness = openness
    }

    public func holds(_ c: Condition) -> Bool {
        switch c {
        case .always: true
        case .all(let cs): cs.allSatisfy(holds)
        case .any(let cs): cs.contains(where: holds)
        case .not(let inner): !holds(inner)
        case .atom(let a): holds(a)
        }
    }

    /// An atom on a question that was not asked is false (and its `not` true): "the user answered X".
    public func holds(_ a: Atom) -> Bool {
        switch a.subject {
        case .question(let q):
            return Self.test(a.test, answers[q])
        case .licenceHas, .licenceIs:
            return licences.contains { Self.licence($0, satisfies: a) }
        case .openness:
            guard case .oneOf(let vs) = a.test, let o = openness else { return false }
            return vs.contains(o)
        }
    }

    /// A `licence-has` or `licence-is` atom on one licence (it holds when any decided licence satisfies it).
    static func licence(_ l: Licence, satisfies a: Atom) -> Bool {
        switch (a.subject, a.test) {
        case (.licenceHas, .includesAll(let flags)): flags.allSatisfy(l.hasFlag)
        case (.licenceIs, .oneOf(let ids)): ids.contains(l.id)
        default: false
        }
    }

    static func test(_ t: Atom.Test, _ value: AnswerValue?) -> Bool {
        if case .asked(let want) = t { return (value != nil) == want }
        guard let value else { return false }
        switch (t, value) {
        case (.oneOf(let ids), .option(let o)): return ids.contains(o)
        case (.includesAny(let ids), .options(let os)): return ids.contains(where: os.contains)
        case (.includesAll(let ids), .options(let os)): return ids.allSatisfy(os.contains)
        case (.exactly(let ids), .options(let os)): return Set(ids) == Set(os)
        case (.compare(let op, let n), .number(let v)): return op.holds(v, n)
        default: return false
        }
    }
}

/// Three-valued evaluation over a partial interview: `nil` means "depends on answers not given yet".
/// The candidates panel uses it to show what is still possible.
public struct PartialFacts: Sendable {
    public var answers: Answers
    /// questions already passed on the path (an unanswered one among them really is unasked)
    public var settled: Set<String>

    public init(answers: Answers, settled: Set<String>) {
        self.answers = answers
        self.settled = settled
    }

    public func holds(_ c: Condition) -> Bool? {
        c.evaluate { a in
            guard case .question(let q) = a.subject else { return nil }
            if answers[q] == nil && !settled.contains(q) { return nil }
            return Facts.test(a.test, answers[q])
        }
    }
}
