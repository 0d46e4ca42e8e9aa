#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Evaluates batch lines against one rule set: parses an answers object, checks it against the
/// questions (looked up in tables built once), runs the advice and writes one compact JSON line.
/// A bad line becomes `{"status":"error","line":N,"error":"..."}`.
public final class BatchEvaluator {
    public let rules: RuleSet
    public let assumeDefaults: Bool
    private let questions: [String: QuestionInfo]
    private let tables: Tables
    private let reader: AnswersReader
    private var cache: ResultCache
    private let fragments = JSONFragmentCache()

    /// A class, so a lookup costs one retain instead of copying every field of the question.
    final class QuestionInfo: Sendable {
        let question: Question
        let slot: Int
        let kind: QuestionKind
        let options: [String: Int32]
        /// the rules' own option ids, by option index (later comparisons find the same storage)
        let optionIDs: [String]
        let minimum: Double
        let maximum: Double

        init(_ q: Question, slot: Int, options: [String: Int32]) {
            question = q
            self.slot = slot
            kind = q.kind
            self.options = options
            optionIDs = q.options.map(\.id)
            minimum = q.minimum ?? -.infinity
            maximum = q.maximum ?? .infinity
        }
    }

    /// The questions and their options by slot, found by the bytes of their ids (`DenseAnswerSink`).
    final class Tables: Sendable {
        let questions: ByteTable
        let infos: [QuestionInfo]
        let options: [ByteTable]

        init(_ index: RuleIndex, _ infos: [QuestionInfo]) {
            questions = ByteTable(index.slots.mapValues(Int32.init))
            self.infos = infos
            options = index.optionIndex.map(ByteTable.init)
        }
    }

    public init(rules: RuleSet, assumeDefaults: Bool, cacheSize: Int = 256) {
        self.rules = rules
        self.assumeDefaults = assumeDefaults
        var qs: [String: QuestionInfo] = [:]
        let index = rules.index
        let infos = index.questions.enumerated().map { slot, q in QuestionInfo(q, slot: slot, options: index.optionIndex[slot]) }
        for info in infos { qs[info.question.id] = info }
        questions = qs
        tables = Tables(index, infos)
        reader = AnswersReader(rules: rules)
        cache = ResultCache(capacity: cacheSize)
    }

    /// Appends the result for one line (without its newline) and a newline to `out`. Identical lines
    /// share one cached result.
    public func evaluate(_ line: UnsafeBufferPointer<UInt8>, number: Int, into out: inout [UInt8]) {
        let hash = cache.isEmpty ? 0 : ResultCache.hash(line)
        if cache.copy(line, hash: hash, into: &out) {
            out.append(0x0A)
            return
        }
        let start = out.count
        do throws(LineError) {
            let answers: DenseAnswers
            if let fast = fastDense(line) { answers = fast } else { answers = try dense(try AnswerLineParser.parse(line)) }
            advise(rules, answers, assumeDefaults: assumeDefaults).writeJSON(rules: rules, into: &out, fragments: fragments)
            cache.offer(line, hash: hash, out[start...])
        } catch {
            Self.error(error.description, line: number, into: &out)
        }
        out.append(0x0A)
    }

    /// The checked answers of one line, as `evaluate` reads them (for tools that want the `Advice` itself).
    public func answers(line: String) throws(LineError) -> Answers {
        try dense(try AnswerLineParser.parse(line)).answers(rules.index)
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

    /// The answers read straight from the bytes, or nil when the line needs the string path (any
    /// answer out of the ordinary, and every error).
    private func fastDense(_ line: UnsafeBufferPointer<UInt8>) -> DenseAnswers? {
        var sink = DenseAnswerSink(tables)
        do throws(LineError) {
            try AnswerLineParser.parse(line, into: &sink)
        } catch {
            return nil
        }
        return sink.failed ? nil : sink.answers
    }

    /// Checks every answer against its question, fast for valid input; messages for bad input come
    /// from `AnswersReader`, so they read the same as `advise --answers`.
    func dense(_ pairs: [(key: String, value: RawAnswer)]) throws(LineError) -> DenseAnswers {
        let index = rules.index
        var answers = DenseAnswers(count: index.questions.count)
        for (key, raw) in pairs {
            guard let info = questions[key] else {
                let ids = rules.questions.map(\.id)
                throw LineError("unknown question '\(Sanitizer.line(key))'\(Suggest.hint(for: key, in: ids)); valid questions: \(ids.joined(separator: ", "))")
            }
            switch (info.kind, raw) {
            case (.single, .string(let s)):
                if let o = info.options[s] {
                    answers.set(info.slot, .option(info.optionIDs[Int(o)]), option: o)
                    continue
                }
            case (.multiple, .strings(let ss)) where ss.allSatisfy({ info.options[$0] != nil }):
                var unique: [String] = []
                unique.reserveCapacity(ss.count)
                for s in ss where !unique.contains(s) { unique.append(s) }
                answers.set(info.slot, .options(unique), option: -2)
                continue
            case (.number, .number(let n)) where n >= info.minimum && n <= info.maximum:
                answers.set(info.slot, .number(n), option: -2)
                continue
            default:
                break
            }
            index.set(&answers, slot: info.slot, try slowValue(raw, for: info.question))
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

/// A bounded map from an input line to its serialised result: direct-mapped (a line's hash picks its
/// one slot), so memory stays flat however long the input is. A result is kept only when its line's
/// hash was the last one offered to that slot, i.e. on its second sighting, so input without repeats
/// pays a hash per line and never a copy.
struct ResultCache {
    private var hashes: [Int]
    private var keys: [[UInt8]]
    private var values: [[UInt8]]

    init(capacity: Int) {
        hashes = Array(repeating: 0, count: capacity)
        keys = Array(repeating: [], count: capacity)
        values = Array(repeating: [], count: capacity)
    }

    var isEmpty: Bool { hashes.isEmpty }

    /// A multiply-xor over eight bytes at a time: a collision costs only a missed or refused entry (the
    /// line itself is compared before a result is copied), and SipHash cost more than the lookup saves.
    static func hash(_ line: UnsafeBufferPointer<UInt8>) -> Int {
        var h = UInt64(line.count) &* 0x9E37_79B9_7F4A_7C15
        guard let base = UnsafeRawPointer(line.baseAddress) else { return Int(truncatingIfNeeded: h) }
        var i = 0
        while i + 8 <= line.count {
            h = (h ^ base.loadUnaligned(fromByteOffset: i, as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            h ^= h >> 31
            i += 8
        }
        while i < line.count {
            h = (h ^ UInt64(line[i])) &* 0x100_0000_01B3
            i += 1
        }
        return Int(truncatingIfNeeded: h ^ h >> 29)
    }

    private func slot(_ hash: Int) -> Int { Int(UInt(bitPattern: hash) % UInt(hashes.count)) }

    /// Appends the kept result for `line`, if there is one.
    func copy(_ line: UnsafeBufferPointer<UInt8>, hash: Int, into out: inout [UInt8]) -> Bool {
        guard !isEmpty else { return false }
        let i = slot(hash)
        guard !values[i].isEmpty, keys[i].count == line.count,
              keys[i].withUnsafeBufferPointer({ line.isEmpty || memcmp($0.baseAddress!, line.baseAddress!, line.count) == 0 }) else {
            return false
        }
        out.append(contentsOf: values[i])
        return true
    }

    mutating func offer(_ line: UnsafeBufferPointer<UInt8>, hash: Int, _ value: ArraySlice<UInt8>) {
        guard !isEmpty else { return }
        let i = slot(hash)
        guard hashes[i] == hash else {
            hashes[i] = hash
            return
        }
        keys[i].removeAll(keepingCapacity: true)
        keys[i].append(contentsOf: line)
        values[i].removeAll(keepingCapacity: true)
        values[i].append(contentsOf: value)
    }
}
