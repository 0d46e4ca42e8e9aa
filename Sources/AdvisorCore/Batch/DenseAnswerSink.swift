/// Builds a line's answers straight from its bytes when every answer is plainly valid: an option of a
/// single-choice question, a list of options of a multiple-choice question, a number in range. Any
/// other answer (an unknown question or option, a list where one option goes, a number as a string)
/// only marks the line `failed`, and the evaluator reads it again as strings (`BatchEvaluator.dense`),
/// so what such a line gives, answers or message, is decided in one place.
struct DenseAnswerSink: AnswerLineSink {
    let tables: BatchEvaluator.Tables
    var answers: DenseAnswers
    private(set) var failed = false
    /// the slot of the member being read, -1 when its question is unknown
    private var slot = -1
    private var items: [String] = []
    /// the options of the list so far (a set of positions: no allocation for up to 64 options)
    private var itemOptions = Bits()

    init(_ tables: BatchEvaluator.Tables) {
        self.tables = tables
        answers = DenseAnswers(count: tables.infos.count)
    }

    mutating func key(_ k: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let s = tables.questions.find(k) else {
            slot = -1
            failed = true
            return true
        }
        slot = Int(s)
        // every answer set leaves an option other than -1 (DenseAnswers)
        return answers.option(slot) == -1
    }

    mutating func string(_ s: UnsafeBufferPointer<UInt8>) {
        guard slot >= 0 else {
            failed = true
            return
        }
        let info = tables.infos[slot]
        guard info.kind == .single, let o = tables.options[slot].find(s) else {
            failed = true
            return
        }
        answers.set(slot, .option(info.optionIDs[Int(o)]), option: o)
    }

    mutating func number(_ n: Double) {
        guard slot >= 0, case let info = tables.infos[slot], info.kind == .number, n >= info.minimum, n <= info.maximum else {
            failed = true
            return
        }
        answers.set(slot, .number(n), option: -2)
    }

    mutating func beginList() {
        items = []
        itemOptions = Bits()
        guard slot >= 0, case let info = tables.infos[slot], info.kind == .multiple else {
            failed = true
            return
        }
        // an option counts once, so this is room enough: the list is allocated once
        items.reserveCapacity(info.optionIDs.count)
    }

    mutating func item(_ s: UnsafeBufferPointer<UInt8>) {
        guard !failed else { return }
        guard let o = tables.options[slot].find(s) else {
            failed = true
            return
        }
        // an option named twice counts once
        guard !itemOptions.contains(Int(o)) else { return }
        itemOptions.insert(Int(o))
        items.append(tables.infos[slot].optionIDs[Int(o)])
    }

    mutating func endList() {
        guard !failed else { return }
        answers.set(slot, .options(items), option: -2)
    }
}
