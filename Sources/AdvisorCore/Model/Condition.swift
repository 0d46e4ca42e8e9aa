/// A test over the answers (and, in decision tables, over the advice decided so far). Data, never code.
public indirect enum Condition: Sendable, Hashable {
    case always
    case all([Condition])
    case any([Condition])
    case not(Condition)
    case atom(Atom)
}

public struct Atom: Sendable, Hashable {
    public enum Test: Sendable, Hashable {
        /// single choice: the answer is one of these options
        case oneOf([String])
        /// multiple choice: the answer contains at least one of these options
        case includesAny([String])
        /// multiple choice: the answer contains all of these options
        case includesAll([String])
        /// multiple choice: the answer contains exactly these options (order ignored)
        case exactly([String])
        /// numeric comparison
        case compare(Comparison, Double)
        /// the question was (true) or was not (false) answered on this path
        case asked(Bool)
    }

    public enum Comparison: String, Sendable, Hashable, CaseIterable {
        case lt, lte, gt, gte
        public func holds(_ a: Double, _ b: Double) -> Bool {
            switch self {
            case .lt: a < b
            case .lte: a <= b
            case .gt: a > b
            case .gte: a >= b
            }
        }
    }

    public enum Subject: Sendable, Hashable {
        /// an answer to a question
        case question(String)
        /// a property of any recommended licence decided so far (`licence-has: share-alike`)
        case licenceHas
        /// the id of a recommended licence decided so far (`licence-is: [CC0-1.0]`)
        case licenceIs
        /// the openness decided so far (`openness: [open-weights]`)
        case openness
    }

    public var subject: Subject
    public var test: Test
    public var location: SourceLocation?

    public init(subject: Subject, test: Test, location: SourceLocation? = nil) {
        self.subject = subject
        self.test = test
        self.location = location
    }

    public static func == (a: Atom, b: Atom) -> Bool { a.subject == b.subject && a.test == b.test }
    public func hash(into h: inout Hasher) {
        h.combine(subject)
        h.combine(test)
    }

    public var question: String? {
        if case .question(let q) = subject { return q }
        return nil
    }
}

extension Condition {
    /// Every atom, with whether it sits under an odd number of `not`s.
    public func atoms() -> [(atom: Atom, negated: Bool)] {
        var out: [(atom: Atom, negated: Bool)] = []
        forEachAtom { out.append(($0, $1)) }
        return out
    }

    /// The atoms one by one, in the same order, without building the list (lint and the loader
    /// walk every route of a large base).
    func forEachAtom(negated: Bool = false, _ body: (Atom, Bool) -> Void) {
        switch self {
        case .always: break
        case .all(let cs), .any(let cs): for c in cs { c.forEachAtom(negated: negated, body) }
        case .not(let inner): inner.forEachAtom(negated: !negated, body)
        case .atom(let a): body(a, negated)
        }
    }

    /// The questions this condition reads.
    public var questions: Set<String> { Set(atoms().compactMap { $0.atom.question }) }
}

/// Three-valued (Kleene) logic: `nil` means "not decided yet". Shared by the candidates panel (a
/// partial interview) and lint (answer valuations that leave some questions open).
public enum Kleene {
    public static func all<S: Sequence>(_ items: S, _ value: (S.Element) -> Bool?) -> Bool? {
        var unknown = false
        for item in items {
            switch value(item) {
            case false?: return false
            case nil: unknown = true
            default: break
            }
        }
        return unknown ? nil : true
    }

    public static func any<S: Sequence>(_ items: S, _ value: (S.Element) -> Bool?) -> Bool? {
        all(items) { value($0).map { !$0 } }.map { !$0 }
    }

    /// `all` of two values already computed (lint's routes in postfix evaluate every operand).
    static func and(_ a: Bool?, _ b: Bool?) -> Bool? {
        if a == false || b == false { return false }
        return a == nil || b == nil ? nil : true
    }

    /// `any` of two values already computed.
    static func or(_ a: Bool?, _ b: Bool?) -> Bool? {
        and(a.map { !$0 }, b.map { !$0 }).map { !$0 }
    }
}

extension Condition {
    /// Evaluates with `atom` deciding each atom, in Kleene logic.
    public func evaluate(_ atom: (Atom) -> Bool?) -> Bool? {
        switch self {
        case .always: true
        case .all(let cs): Kleene.all(cs) { $0.evaluate(atom) }
        case .any(let cs): Kleene.any(cs) { $0.evaluate(atom) }
        case .not(let inner): inner.evaluate(atom).map { !$0 }
        case .atom(let a): atom(a)
        }
    }
}
