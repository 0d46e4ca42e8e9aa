public enum QuestionKind: String, Sendable, Hashable, CaseIterable {
    case single, multiple, number
}

public struct AnswerOption: Sendable, Hashable {
    public var id: String
    public var label: String
    /// one line shown under the label
    public var description: String?
    /// longer help, shown on request
    public var help: String?
    public var next: String?
    public var sources: [String]
    public var location: SourceLocation?

    public init(id: String, label: String, description: String? = nil, help: String? = nil,
                next: String? = nil, sources: [String] = [], location: SourceLocation? = nil) {
        self.id = id
        self.label = label
        self.description = description
        self.help = help
        self.next = next
        self.sources = sources
        self.location = location
    }
}

public enum AnswerValue: Sendable, Hashable, CustomStringConvertible {
    case option(String)
    case options([String])
    case number(Double)

    public var description: String {
        switch self {
        case .option(let o): o
        case .options(let os): os.joined(separator: ", ")
        case .number(let n): Self.format(n)
        }
    }

    /// Numbers print without a trailing `.0` when whole.
    public static func format(_ n: Double) -> String {
        if n.isFinite, n == n.rounded(), abs(n) < 1e15 { return String(Int64(n)) }
        return String(n)
    }
}

public struct Question: Sendable, Hashable {
    public var id: String
    public var kind: QuestionKind
    public var text: String
    /// one-line hint under the question
    public var hint: String?
    public var help: String?
    public var options: [AnswerOption]
    /// where to go after a multiple or number answer, and after any option without its own `next`
    public var next: String?
    public var defaultValue: AnswerValue?
    /// numeric questions
    public var minimum: Double?
    public var maximum: Double?
    public var unit: String?
    public var sources: [String]
    public var location: SourceLocation?

    public init(id: String, kind: QuestionKind, text: String, hint: String? = nil, help: String? = nil,
                options: [AnswerOption] = [], next: String? = nil, defaultValue: AnswerValue? = nil,
                minimum: Double? = nil, maximum: Double? = nil, unit: String? = nil,
                sources: [String] = [], location: SourceLocation? = nil) {
        self.id = id
        self.kind = kind
        self.text = text
        self.hint = hint
        self.help = help
        self.options = options
        self.next = next
        self.defaultValue = defaultValue
        self.minimum = minimum
        self.maximum = maximum
        self.unit = unit
        self.sources = sources
        self.location = location
    }

    public func option(_ id: String) -> AnswerOption? { options.first { $0.id == id } }

    /// The node an answer leads to.
    public func next(after answer: AnswerValue) -> String? {
        if case .option(let id) = answer, let o = option(id), let n = o.next { return n }
        return next
    }
}

/// A router with no screen: the first route whose condition holds decides where the flow goes.
public struct Route: Sendable, Hashable {
    public var when: Condition
    public var next: String
    public var because: String?
    public var location: SourceLocation?

    public init(when: Condition, next: String, because: String? = nil, location: SourceLocation? = nil) {
        self.when = when
        self.next = next
        self.because = because
        self.location = location
    }
}

public struct Router: Sendable, Hashable {
    public var id: String
    public var routes: [Route]
    public var otherwise: String?
    public var location: SourceLocation?
}

/// The end of an interview: the decision tables named here (all, when none are named) make the advice.
public struct Outcome: Sendable, Hashable {
    public var id: String
    public var tables: [String]?
    public var location: SourceLocation?
}

/// Indirect: a node is one pointer wide, so the id-keyed dictionary and lint's node array stay small
/// and copying a node retains one box instead of each of a question's texts and lists.
public indirect enum FlowNode: Sendable, Hashable {
    case question(Question)
    case router(Router)
    case outcome(Outcome)

    public var id: String {
        switch self {
        case .question(let q): q.id
        case .router(let r): r.id
        case .outcome(let o): o.id
        }
    }

    public var location: SourceLocation? {
        switch self {
        case .question(let q): q.location
        case .router(let r): r.location
        case .outcome(let o): o.location
        }
    }

    /// Every node this one can lead to, with where the edge is written.
    public var successors: [(id: String, location: SourceLocation?)] {
        var out: [(id: String, location: SourceLocation?)] = []
        forEachSuccessor { out.append(($0, $1)) }
        return out
    }

    /// The successors one by one, without building the list (lint walks every node of a large base).
    /// By index: a copied option or route would retain each of its texts.
    func forEachSuccessor(_ body: (String, SourceLocation?) -> Void) {
        switch self {
        case .question(let q):
            if q.kind == .single {
                for k in q.options.indices { if let n = q.options[k].next ?? q.next { body(n, q.options[k].location) } }
            } else if let n = q.next {
                body(n, q.location)
            }
        case .router(let r):
            for k in r.routes.indices { body(r.routes[k].next, r.routes[k].location) }
            if let o = r.otherwise { body(o, r.location) }
        case .outcome:
            break
        }
    }
}
