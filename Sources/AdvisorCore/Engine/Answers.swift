/// The user's answers, by question id. Answers to questions the flow does not reach are kept but ignored.
public struct Answers: Sendable, Hashable {
    public var values: [String: AnswerValue]
    public init(_ values: [String: AnswerValue] = [:]) { self.values = values }
    public subscript(_ id: String) -> AnswerValue? {
        get { values[id] }
        set { values[id] = newValue }
    }
}

public struct TrailStep: Sendable, Hashable {
    public var question: String { didSet { slot = -1 } }
    public var answer: AnswerValue { didSet { slot = -1 } }
    public var assumed: Bool
    /// The walk's question slot and option index of the answer (-1: not known), so the serialiser
    /// keys the step without looking its strings up; changing the question or answer forgets them.
    private(set) var slot: Int32 = -1
    private(set) var option: Int32 = -1

    public init(question: String, answer: AnswerValue, assumed: Bool) {
        self.question = question
        self.answer = answer
        self.assumed = assumed
    }

    init(question: String, answer: AnswerValue, assumed: Bool, slot: Int, option: Int32) {
        self.init(question: question, answer: answer, assumed: assumed)
        self.slot = Int32(slot)
        self.option = option
    }

    public static func == (a: Self, b: Self) -> Bool { a.question == b.question && a.answer == b.answer && a.assumed == b.assumed }

    public func hash(into h: inout Hasher) {
        h.combine(question)
        h.combine(answer)
        h.combine(assumed)
    }
}

/// Where a walk ends.
public enum WalkEnd: Sendable, Hashable {
    /// this question needs an answer
    case question(Question)
    case outcome(Outcome)
    /// the rules lead nowhere (a missing node or a loop); lint reports these before they ship
    case broken(String)
}

public struct Walk: Sendable, Hashable {
    public var trail: [TrailStep]
    public var end: WalkEnd
    /// routes taken by router nodes, with their `because`
    public var routes: [(router: String, next: String, because: String?)]

    public static func == (a: Walk, b: Walk) -> Bool { a.trail == b.trail && a.end == b.end }
    public func hash(into h: inout Hasher) { h.combine(trail); h.combine(end) }

    /// The answers actually used on this path.
    public var answers: Answers {
        Answers(Dictionary(trail.map { ($0.question, $0.answer) }, uniquingKeysWith: { a, _ in a }))
    }

    public var outcome: Outcome? {
        if case .outcome(let o) = end { return o }
        return nil
    }

    public var pending: Question? {
        if case .question(let q) = end { return q }
        return nil
    }
}
