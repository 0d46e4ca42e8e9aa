/// Evaluates batch lines against one rule set: parses an answers object, checks it against the
/// questions (looked up in tables built once), runs the advice and writes one compact JSON line.
/// A bad line becomes `{"status":"error","line":N,"error":"..."}`.
public final class BatchEvaluator {
    public let rules: RuleSet
    public let assumeDefaults: Bool
    private let questions: [String: QuestionInfo]
    private let reader: AnswersReader
    private var cache: ResultCache

    /// A class, so a lookup costs one retain instead of copying every field of the question.
    final class QuestionInfo {
        let question: Question
        let kind: QuestionKind
        let options: Set<String>
        let minimum: Double
        let maximum: Double

        init(_ q: Question) {
            question = q
            kind = q.kind
            options = Set(q.options.map(\.id))
            minimum = q.minimum ?? -.infinity
            maximum = q.maximum ?? .infinity
        }
    }

    public init(rules: RuleSet, assumeDefaults: Bool, cacheSize: Int = 4096) {
        self.rules = rules
        self.assumeDefaults = assumeDefaults
        var qs: [String: QuestionInfo] = [:]
        for q in rules.questions { qs[q.id] = QuestionInfo(q) }
        questions = qs
        reader = AnswersReader(rules: rules)
        cache = ResultCache(capacity: cacheSize)
    }

    /// Appends the result for one line (without its newline) and a newline to `out`. Identical lines
    /// share one cached result.
    public func evaluate(_ line: UnsafeBufferPointer<UInt8>, number: Int, into out: inout [UInt8]) {
        let key = String(decoding: line, as: UTF8.self)
        if let hit = cache[key] {
            out.append(contentsOf: hit)
            out.append(0x0A)
            return
        }
        var bytes: [UInt8] = []
        do throws(LineError) {
            let answers = try self.answers(try AnswerLineParser.parse(line))
            advise(rules, answers, assumeDefaults: assumeDefaults).writeJSON(rules: rules, into: &bytes)
            cache[key] = bytes
        } catch {
            Self.error(error.description, line: number, into: &bytes)
        }
        out.append(contentsOf: bytes)
        out.append(0x0A)
    }

    /// Convenience for tests and small inputs.
    public func evaluate(_ line: String, number: Int) -> String {
        var copy = line
        var out: [UInt8] = []
        copy.withUTF8 { evaluate($0, number: number, into: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    public static func error(_ message: String, line: Int, into out: inout [UInt8]) {
        let json = JSON.object([("status", .string("error")), ("line", .number(Double(line))), ("error", .string(message))])
        json.write(into: &out)
    }

    /// Checks every answer against its question, fast for valid input; messages for bad input come
    /// from `AnswersReader`, so they read the same as `advise --answers`.
    func answers(_ pairs: [(key: String, value: RawAnswer)]) throws(LineError) -> Answers {
        var answers = Answers(Dictionary(minimumCapacity: pairs.count))
        for (key, raw) in pairs {
            guard let info = questions[key] else {
                let ids = rules.questions.map(\.id)
                throw LineError("unknown question '\(Sanitizer.line(key))'\(Suggest.hint(for: key, in: ids)); valid questions: \(ids.joined(separator: ", "))")
            }
            switch (info.kind, raw) {
            case (.single, .string(let s)) where info.options.contains(s):
                answers[key] = .option(s)
                continue
            case (.multiple, .strings(let ss)) where ss.allSatisfy(info.options.contains):
                var unique: [String] = []
                unique.reserveCapacity(ss.count)
                for s in ss where !unique.contains(s) { unique.append(s) }
                answers[key] = .options(unique)
                continue
            case (.number, .number(let n)) where n >= info.minimum && n <= info.maximum:
                answers[key] = .number(n)
                continue
            default:
                break
            }
            answers[key] = try slowValue(raw, for: info.question)
        }
        return answers
    }

    private func slowValue(_ raw: RawAnswer, for q: Question) throws(LineError) -> AnswerValue {
        let strings: [String]
        switch (q.kind, raw) {
        case (.number, .number(let n)): strings = [AnswerValue.format(n)]
        case (.number, .string(let s)): strings = [s]
        case (.single, .string(let s)): strings = [s]
        case (.multiple, .string(let s)): strings = AnswersReader.splitList(s)
        case (.multiple, .strings(let ss)): strings = ss
        case (.single, .strings):
            throw LineError("'\(q.id)' takes one option id (a string), not a list")
        case (_, .number):
            throw LineError("'\(q.id)' takes an option id (a string), not a number")
        case (.number, .strings):
            throw LineError("'\(q.id)' takes a number, not a list")
        }
        switch reader.value(strings, for: q) {
        case .success(let v): return v
        case .failure(let e): throw LineError(e.description)
        }
    }
}

/// A bounded map from an input line to its serialised result. When full it starts afresh, so memory
/// stays flat however long the input is.
struct ResultCache {
    let capacity: Int
    private var store: [String: [UInt8]] = [:]

    init(capacity: Int) { self.capacity = capacity }

    subscript(key: String) -> [UInt8]? {
        get { store[key] }
        set {
            guard capacity > 0 else { return }
            if store.count >= capacity { store.removeAll(keepingCapacity: true) }
            store[key] = newValue
        }
    }
}
