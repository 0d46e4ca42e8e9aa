/// The rules arranged for evaluation, built once with the `RuleSet`: questions get slots, flow nodes
/// and catalogue licences get indices, flow edges are resolved to node indices and every condition is
/// compiled into one `ConditionProgram`. `walk`, the decision tables and the service matcher run on
/// it, so a step costs array reads instead of string hashing and copies of rule values.
final class RuleIndex: Sendable {
    /// A flow edge: a node index, `none`, or (below `none`) a name no node defines.
    typealias Target = Int32
    static let none: Target = -1

    /// Every payload is a class, so taking a step retains one reference instead of copying fields.
    enum Node: Sendable {
        case question(QuestionStep)
        case router(RouterStep)
        case outcome(OutcomeStep)
    }

    final class QuestionStep: Sendable {
        let slot: Int
        let next: Target
        /// `optionNext[i]`: where option i leads (its own next or the question's)
        let optionNext: [Target]

        init(slot: Int, next: Target, optionNext: [Target]) {
            self.slot = slot
            self.next = next
            self.optionNext = optionNext
        }
    }

    final class OutcomeStep: Sendable {
        let outcome: Outcome
        let tables: [Int]

        init(_ outcome: Outcome, tables: [Int]) {
            self.outcome = outcome
            self.tables = tables
        }
    }

    final class RouterStep: Sendable {
        let router: Router
        let conditions: [Int32]
        let targets: [Target]
        let otherwise: Target

        init(_ router: Router, conditions: [Int32], targets: [Target], otherwise: Target) {
            self.router = router
            self.conditions = conditions
            self.targets = targets
            self.otherwise = otherwise
        }
    }

    /// A class, so a table is read in place: a copy would retain its rows for every row matched.
    final class Table: Sendable {
        let applies: Int32
        let rows: [Int32]
        let collect: Bool
        /// where this table's rows start in `effects`
        let firstRow: Int

        init(applies: Int32, rows: [Int32], collect: Bool, firstRow: Int) {
            self.applies = applies
            self.rows = rows
            self.collect = collect
            self.firstRow = firstRow
        }
    }

    /// A row's effects with licence ids resolved to catalogue indices: the decision tables read one
    /// reference per matching row instead of copying the row out of the rules.
    final class RowEffects: Sendable {
        static let chosen = -1
        static let unknown = -2
        /// `licence` is a catalogue index, `chosen` (the user's licence) or `unknown`
        let picks: [(part: String, main: Bool, licence: Int)]
        let openness: String?
        let alternatives: [Alternative]
        let warnings: Int
        let actions: Int
        /// by warning and action of the row: its id as `RuleIndex.warningKinds` and `actionKinds` number it
        let warningKinds: [Int32]
        let actionKinds: [Int32]
        /// by warning of the row: `Warning.rank` of its severity
        let warningRanks: [Int]
        let constraints: [Constraint]
        let sources: [String]
        let exclusions: [ServiceExclusion]
        /// it adds licences or constraints (so constraints must be resolved again)
        let decides: Bool

        init(_ row: TableRow, licenceIndex: [String: Int], warningKinds: [String: Int32], actionKinds: [String: Int32]) {
            let e = row.effects
            picks = (e.licences ?? []).map { p in
                (p.part, p.part == mainPartToken, p.id == chosenLicenceToken ? Self.chosen : licenceIndex[p.id] ?? Self.unknown)
            }
            openness = e.openness
            alternatives = e.alternatives
            warnings = e.warnings.count
            actions = e.actions.count
            self.warningKinds = e.warnings.map { warningKinds[$0.id]! }
            self.actionKinds = e.actions.map { actionKinds[$0.id]! }
            warningRanks = e.warnings.map { Warning.rank($0.severity) }
            constraints = e.constraints
            sources = row.sources
            exclusions = e.excludeServices
            decides = e.licences != nil || !e.constraints.isEmpty
        }
    }

    /// A class, so the matcher's loop over services borrows each one instead of retaining four arrays.
    final class ServiceConditions: Sendable {
        let id: String
        let rank: Int
        let requires: [Int32]
        let cautions: [Int32]
        let boosts: [Int32]
        let boostScores: [Int]
        /// by catalogue licence: whether the service takes it (all true when it takes any licence)
        let accepts: [Bool]

        init(_ s: Service, requires: [Int32], cautions: [Int32], boosts: [Int32], accepts: [Bool]) {
            id = s.id
            rank = s.rank
            boostScores = s.boosts.map(\.score)
            self.requires = requires
            self.cautions = cautions
            self.boosts = boosts
            self.accepts = accepts
        }
    }

    let questions: [Question]
    let slots: [String: Int]
    /// by slot: option id to option index
    let optionIndex: [[String: Int32]]
    /// by slot: the option index of the default answer, or -2
    let defaultOption: [Int32]
    let nodeIDs: [String]
    let nodes: [Node]
    let missing: [String]
    let entry: Target
    /// the walk's step cap: a walk longer than this loops
    let stepCap: Int
    let licences: [Licence]
    let licenceIndex: [String: Int]
    let services: [Service]
    let serviceConditions: [ServiceConditions]
    let tables: [Table]
    /// every table's rows, table after table
    let effects: [RowEffects]
    /// every warning id a row raises, numbered, so merging compares numbers
    let warningKinds: [String: Int32]
    /// the rules' tables themselves (rows are read in place from here)
    let ruleTables: [DecisionTable]
    let program: CompiledConditions
    let assetSlot: Int?
    let chosenSlot: Int?
    /// false when `replaying` did not fit these rules (the index is then not to be used)
    let replayedExactly: Bool

    /// `replaying`: the conditions compiled at build time (`ConditionProgram.Snapshot`), if any.
    init(entry: String, nodes ruleNodes: [String: FlowNode], nodeOrder: [String], licences ruleLicences: [Licence],
         services ruleServices: [Service], tables ruleTables: [DecisionTable], assetQuestion: String?, chosenLicenceQuestion: String?,
         replaying snapshot: ConditionProgram.Snapshot? = nil) {
        var questions: [Question] = []
        var slots: [String: Int] = [:]
        var nodeIDs: [String] = []
        var position: [String: Int32] = [:]
        var flow: [FlowNode] = []
        let ordered = Set(nodeOrder)
        let unordered = ruleNodes.keys.filter { !ordered.contains($0) }.sorted()
        for id in nodeOrder + unordered {
            guard let node = ruleNodes[id], position[id] == nil else { continue }
            position[id] = Int32(flow.count)
            nodeIDs.append(id)
            flow.append(node)
            if case .question(let q) = node {
                slots[q.id] = questions.count
                questions.append(q)
            }
        }
        let optionIndex = questions.map { q in
            Dictionary(q.options.enumerated().map { ($1.id, Int32($0)) }, uniquingKeysWith: { a, _ in a })
        }
        var missing: [String] = []
        func target(_ name: String?) -> Target {
            guard let name else { return Self.none }
            if let p = position[name] { return p }
            if let m = missing.firstIndex(of: name) { return Self.none - 1 - Int32(m) }
            missing.append(name)
            return Self.none - Int32(missing.count)
        }
        var program = snapshot.map { ConditionProgram(slots: slots, questions: questions, licences: ruleLicences, replaying: $0) }
            ?? ConditionProgram(slots: slots, questions: questions, licences: ruleLicences)
        let tableIDs = ruleTables.map(\.id)
        nodes = flow.map { node in
            switch node {
            case .question(let q):
                return .question(QuestionStep(slot: slots[q.id]!, next: target(q.next), optionNext: q.options.map { target($0.next ?? q.next) }))
            case .router(let r):
                return .router(RouterStep(r, conditions: r.routes.map { program.compile($0.when) }, targets: r.routes.map { target($0.next) },
                                          otherwise: target(r.otherwise)))
            case .outcome(let o):
                let named = o.tables.map { names in tableIDs.indices.filter { names.contains(tableIDs[$0]) } }
                return .outcome(OutcomeStep(o, tables: named ?? Array(tableIDs.indices)))
            }
        }
        self.entry = target(entry)
        let licenceIndex = Dictionary(ruleLicences.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { a, _ in a })
        var firstRow = 0
        tables = ruleTables.map { t in
            defer { firstRow += t.rows.count }
            return Table(applies: program.compile(t.applies), rows: t.rows.map { program.compile($0.when) }, collect: t.hit == .collect,
                         firstRow: firstRow)
        }
        var warningKinds: [String: Int32] = [:], actionKinds: [String: Int32] = [:]
        for row in ruleTables.lazy.flatMap(\.rows) {
            for w in row.effects.warnings where warningKinds[w.id] == nil { warningKinds[w.id] = Int32(warningKinds.count) }
            for a in row.effects.actions where actionKinds[a.id] == nil { actionKinds[a.id] = Int32(actionKinds.count) }
        }
        effects = ruleTables.flatMap { $0.rows.map { RowEffects($0, licenceIndex: licenceIndex, warningKinds: warningKinds, actionKinds: actionKinds) } }
        self.warningKinds = warningKinds
        serviceConditions = ruleServices.map { s in
            ServiceConditions(s, requires: s.requires.map { program.compile($0.when) },
                              cautions: s.cautions.map { program.compile($0.when) },
                              boosts: s.boosts.map { program.compile($0.when) },
                              accepts: ruleLicences.map { l in s.licences.map { $0.contains(l.id) } ?? true })
        }
        defaultOption = questions.indices.map { s in
            guard case .option(let id)? = questions[s].defaultValue else { return -2 }
            return Self.lookup(id, in: optionIndex[s])
        }
        self.program = CompiledConditions(program)
        replayedExactly = program.replayedExactly
        self.missing = missing
        self.questions = questions
        self.slots = slots
        self.nodeIDs = nodeIDs
        self.optionIndex = optionIndex
        licences = ruleLicences
        self.licenceIndex = licenceIndex
        services = ruleServices
        self.ruleTables = ruleTables
        stepCap = ruleNodes.count
        assetSlot = assetQuestion.flatMap { slots[$0] }
        chosenSlot = chosenLicenceQuestion.flatMap { slots[$0] }
    }

    private static func lookup(_ id: String, in options: [String: Int32]) -> Int32 { options[id] ?? -2 }

    /// The effects of the row a warning or action came from.
    func effects(_ o: Origin) -> RowEffects { effects[tables[Int(o.table)].firstRow + Int(o.row)] }

    /// The id of an edge's target, for messages.
    func name(_ t: Target) -> String { t >= 0 ? nodeIDs[Int(t)] : missing[Int(Self.none - 1 - t)] }

    /// Answers by slot; ids that are not questions are dropped (the walk never reads them).
    func dense(_ answers: Answers) -> DenseAnswers {
        var d = DenseAnswers(count: questions.count)
        for (id, value) in answers.values {
            if let s = slots[id] { set(&d, slot: s, value) }
        }
        return d
    }

    func set(_ d: inout DenseAnswers, slot: Int, _ value: AnswerValue) {
        if case .option(let id) = value {
            d.set(slot, value, option: Self.lookup(id, in: optionIndex[slot]))
        } else {
            d.set(slot, value, option: -2)
        }
    }
}

/// Answers by question slot. `option(s)` is the option index of a single-choice answer (-1: no
/// answer; -2: an answer that is not one of the question's options), so conditions on single-choice
/// questions read a truth table instead of comparing strings.
struct DenseAnswers: Sendable {
    /// Answer and option side by side: one array, so a set of answers costs one allocation.
    struct Slot: Sendable {
        var value: AnswerValue?
        var option: Int32
    }

    private var slots: [Slot]

    init(count: Int) {
        slots = Array(repeating: Slot(value: nil, option: -1), count: count)
    }

    subscript(slot: Int) -> AnswerValue? { slots[slot].value }

    func option(_ slot: Int) -> Int32 { slots[slot].option }

    mutating func set(_ slot: Int, _ value: AnswerValue, option: Int32) {
        slots[slot] = Slot(value: value, option: option)
    }

    /// Back to the public form, for `Walk.answers` and tools.
    func answers(_ index: RuleIndex) -> Answers {
        var out = Answers(Dictionary(minimumCapacity: slots.count))
        for (s, slot) in slots.enumerated() { if let v = slot.value { out[index.questions[s].id] = v } }
        return out
    }
}
