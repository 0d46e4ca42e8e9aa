import AdvisorCore

/// The main screens; panels (help, review, why, compare) open over them.
public enum Screen: Sendable, Hashable {
    case welcome, question, result
}

public enum Panel: Sendable, Hashable {
    case help, review, why, compare
    /// the form that writes the deposit files (from the result)
    case deposit
}

/// A line of feedback above the footer, cleared by the next key.
public struct Message: Sendable, Hashable {
    public var text: String
    public var role: Role
    public init(_ text: String, _ role: Role = .info) {
        self.text = text
        self.role = role
    }
}

/// Everything computed from the answers, recomputed only when they change (never per key or frame).
public struct Derived: Sendable {
    /// the path over the answers given
    public var walk: Walk
    /// the number of questions on the path if every open one took its default (the progress estimate)
    public var estimatedTotal: Int
    /// the advice, once the walk reaches an outcome
    public var advice: Advice?
    /// the licences still possible, computed the first time the candidates panel is drawn: it shows
    /// only at 100 columns or more, and computing it was a sixteenth of the first frame at 80
    public var candidates: Candidates {
        if let built = candidatesCell.value { return built.value }  // drawn every frame: no closure to set up
        return candidatesCell.get { CandidatesBox(AdvisorCore.candidates(rules, answers)) }.value
    }
    private let candidatesCell = LazyCell<CandidatesBox>()
    private let rules: RuleSet
    private let answers: Answers
    /// decisive answers, computed the first time the why panel opens
    public var explanation: [DecisiveAnswer]?

    init(rules: RuleSet, answers: Answers) {
        self.rules = rules
        self.answers = answers
        walk = AdvisorCore.walk(rules, answers)
        estimatedTotal = AdvisorCore.walk(rules, answers, assumeDefaults: true).trail.count
        if case .question = walk.end {
            advice = nil
        } else {
            advice = advise(rules, answers)
        }
    }
}

private final class CandidatesBox: Sendable {
    let value: Candidates
    init(_ value: Candidates) { self.value = value }
}

/// The state of the question on screen.
public struct QuestionUI: Sendable, Hashable {
    public var cursor = 0
    /// multiple choice: the options ticked
    public var selection: Set<String> = []
    /// number questions: the text typed so far
    public var numberText = ""
    /// why the last input was refused
    public var inputError: String?
    /// digits typed towards an option number (lists of ten or more)
    public var digits = ""
    public init() {}
}

public struct CompareUI: Sendable, Hashable {
    /// licence ids being compared (two to four)
    public var ids: [String] = []
    /// choosing the licences from the catalogue
    public var picking = false
    public var cursor = 0
    public init() {}
}

/// The whole interface state. Pure and Sendable: keys go in through `handle(_:)`, frames come out of
/// `render(_:width:height:)`.
public struct AppState: Sendable {
    public let rules: RuleSet
    public private(set) var answers: Answers
    public private(set) var derived: Derived
    public internal(set) var screen: Screen = .welcome
    public internal(set) var panel: Panel?
    public internal(set) var confirmingQuit = false
    public internal(set) var message: Message?
    public internal(set) var viewport: Size
    /// index into the walk's trail of the question on screen; trail.count means the next open question
    public internal(set) var position = 0
    /// the question on screen was opened from review: after it, jump to the first open question
    public internal(set) var editingFromReview = false
    public internal(set) var question = QuestionUI()
    public internal(set) var compare = CompareUI()
    public internal(set) var reviewCursor = 0
    public internal(set) var resultScroll = 0
    public internal(set) var panelScroll = 0
    /// where the last report was saved
    public internal(set) var savedPath: String?
    public internal(set) var deposit = DepositForm()
    /// where the deposit files were last written
    public internal(set) var depositDirectory: String?
    /// notes about a resumed interview (answers dropped because the rules changed), shown until a key
    public internal(set) var notices: [String] = []
    /// the driver keeps the answers for `--resume` (the quit dialog says so)
    public var savesAnswers = false
    /// this year, set by the driver: the deposit form's default year
    public var currentYear: Int?
    /// draw with Unicode (false: ASCII fallback for a non-UTF-8 locale)
    public var unicode: Bool
    /// bumped when anything a document shows changes (answers, saved path)
    var revision = 0
    var documentCache = DocumentCache()

    public init(rules: RuleSet, answers: Answers = Answers(), size: Size = Size(width: 80, height: 24), unicode: Bool = true) {
        self.rules = rules
        self.answers = answers
        self.derived = Derived(rules: rules, answers: answers)
        self.viewport = size
        self.unicode = unicode
    }

    public var glyphs: Glyphs { unicode ? .unicode : .ascii }

    mutating func setAnswer(_ id: String, _ value: AnswerValue) {
        answers[id] = value
        derived = Derived(rules: rules, answers: answers)
        revision += 1
    }

    var trail: [TrailStep] { derived.walk.trail }

    /// The question on screen (nil on the result).
    public var currentQuestion: Question? {
        if position < trail.count { return rules.question(trail[position].question) }
        return derived.walk.pending
    }

    /// The answer already given to the question on screen, if any.
    var currentAnswer: AnswerValue? {
        currentQuestion.flatMap { answers[$0.id] }
    }

    /// "step 4, about 5 to go"
    public var progress: (step: Int, remaining: Int) {
        let step = position + 1
        return (step, max(0, max(derived.estimatedTotal, trail.count + (derived.walk.pending == nil ? 0 : 1)) - step))
    }

    /// Shows whatever sits at `position`: a question with its answer selected, or the result.
    mutating func enterPosition() {
        position = max(0, min(position, trail.count))
        question = QuestionUI()
        guard let q = currentQuestion else {
            screen = .result
            resultScroll = 0
            return
        }
        screen = .question
        let given = answers[q.id] ?? q.defaultValue
        switch (q.kind, given) {
        case (.single, .option(let id)?):
            question.cursor = q.options.firstIndex { $0.id == id } ?? 0
        case (.multiple, .options(let ids)?):
            question.selection = Set(ids)
        case (.number, .number(let n)?) where answers[q.id] != nil:
            question.numberText = AnswerValue.format(n)
        default:
            break
        }
    }

    /// Continues a saved interview at the first open question (or the result when none is open), with
    /// `notices` (answers dropped because the rules changed) shown on that first screen.
    public mutating func resume(notices: [String]) {
        self.notices = notices.map(Sanitizer.line)
        guard !answers.values.isEmpty else {
            screen = .welcome
            return
        }
        position = trail.count
        enterPosition()
    }

    /// Opens the why panel, computing the decisive answers the first time. Only the why document
    /// shows them and it is built after this, so no document goes stale (`revision` stays).
    mutating func openWhy() {
        if derived.explanation == nil {
            derived.explanation = explain(rules, answers)
        }
        panel = .why
        panelScroll = 0
    }
}
