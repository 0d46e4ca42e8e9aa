@testable import AdvisorCore
import Testing

/// The engine runs on `RuleIndex` (slots, node indices, compiled conditions, lazily worded parts).
/// These compare it with the plain definitions over every scenario and many random answer sets.
@Suite("The indexed engine agrees with the plain definitions")
struct EngineIndexTests {
    /// Every scenario's answers, then random ones (with and without defaults assumed).
    static func answerSets(_ rules: RuleSet) throws -> [Answers] {
        var sets = try ScenarioFiles.all.filter { $0.readError == nil }.map { try ScenarioRules.answers($0.answers, rules: rules) }
        var seed: UInt64 = 7
        func pick<T>(_ xs: [T]) -> T {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            return xs[Int((seed >> 33) % UInt64(xs.count))]
        }
        for _ in 0..<600 {
            var a = Answers()
            for q in rules.questions where pick([true, true, false]) {
                switch q.kind {
                case .single: a[q.id] = .option(pick(q.options + [AnswerOption(id: "not-an-option", label: "")]).id)
                case .multiple: a[q.id] = .options([pick(q.options).id, pick(q.options).id])
                case .number: a[q.id] = pick([.number(0), .number(0.5), .number(20), .number(250), .number(5000), .option("x")])
                }
            }
            sets.append(a)
        }
        return sets
    }

    /// The walk as it was written before the index: string-keyed nodes and `Facts`.
    static func referenceWalk(_ rules: RuleSet, _ answers: Answers, assumeDefaults: Bool) -> Walk {
        var trail: [TrailStep] = []
        var routes: [(String, String, String?)] = []
        var used = Answers()
        var current = rules.entry
        for _ in 0...rules.nodes.count {
            guard let node = rules.nodes[current] else {
                return Walk(trail: trail, end: .broken("the flow leads to '\(current)', which is not defined"), routes: routes)
            }
            switch node {
            case .outcome(let o):
                return Walk(trail: trail, end: .outcome(o), routes: routes)
            case .router(let r):
                let facts = Facts(answers: used)
                if let route = r.routes.first(where: { facts.holds($0.when) }) {
                    routes.append((r.id, route.next, route.because))
                    current = route.next
                } else if let o = r.otherwise {
                    routes.append((r.id, o, nil))
                    current = o
                } else {
                    return Walk(trail: trail, end: .broken("no route of '\(r.id)' applies and it has no otherwise"), routes: routes)
                }
            case .question(let q):
                var value = answers[q.id]
                var assumed = false
                if value == nil, assumeDefaults, let d = q.defaultValue {
                    value = d
                    assumed = true
                }
                guard let value else { return Walk(trail: trail, end: .question(q), routes: routes) }
                trail.append(TrailStep(question: q.id, answer: value, assumed: assumed))
                used[q.id] = value
                guard let next = q.next(after: value) else {
                    return Walk(trail: trail, end: .broken("'\(q.id)' has no next for the answer \(value)"), routes: routes)
                }
                current = next
            }
        }
        return Walk(trail: trail, end: .broken("the flow loops (through '\(current)')"), routes: routes)
    }

    static func routes(_ w: Walk) -> [String] { w.routes.map { "\($0.router)>\($0.next):\($0.because ?? "-")" } }

    @Test func walksMatchTheReference() throws {
        let rules = try ScenarioRules.rules()
        for answers in try Self.answerSets(rules) {
            for assume in [false, true] {
                let indexed = walk(rules, answers, assumeDefaults: assume)
                let reference = Self.referenceWalk(rules, answers, assumeDefaults: assume)
                #expect(indexed == reference)
                #expect(Self.routes(indexed) == Self.routes(reference))
            }
        }
    }

    @Test func brokenFlowsGiveTheSameWalks() throws {
        var loaded = 0
        for name in ["graph-cycle", "graph-dead-end", "graph-router-no-otherwise", "graph-option-without-next"] {
            guard let rules = try? RuleLoader.load(files: LintFixtures.files(name)) else { continue }
            loaded += 1
            var sets = [Answers()]
            for q in rules.questions { sets += q.options.map { o in Answers(Dictionary(uniqueKeysWithValues: rules.questions.map { ($0.id, .option($0.id == q.id ? o.id : ($0.options.first?.id ?? ""))) })) } }
            for answers in sets {
                for assume in [false, true] {
                    #expect(walk(rules, answers, assumeDefaults: assume) == Self.referenceWalk(rules, answers, assumeDefaults: assume))
                }
            }
        }
        #expect(loaded > 0)
    }

    @Test func compiledConditionsMatchFacts() throws {
        let rules = try ScenarioRules.rules()
        let index = rules.index
        var conditions: [Condition] = rules.tables.flatMap { [$0.applies] + $0.rows.map(\.when) }
        conditions += rules.services.flatMap { ($0.requires + $0.cautions + $0.boosts).map(\.when) }
        let licenceSets = [[], [0], [1, 3], Array(rules.licences.indices.suffix(2))]
        var program = ConditionProgram(slots: index.slots, questions: index.questions, licences: rules.licences)
        let compiled = conditions.map { program.compile($0) }
        let evaluator = CompiledConditions(program)
        for (n, answers) in try Self.answerSets(rules).enumerated() where n % 3 == 0 {
            let dense = index.dense(answers)
            for (k, licences) in licenceSets.enumerated() {
                let openness = ["open", nil, "not-open", "open-weights"][k]
                let facts = Facts(answers: answers, licences: licences.map { rules.licences[$0] }, openness: openness)
                let context = CompiledConditions.Context(answers: dense, licences: licences, openness: openness)
                for (c, start) in zip(conditions, compiled) {
                    #expect(evaluator.holds(start, context) == facts.holds(c), "\(c)")
                }
            }
        }
    }

    /// Replayed fragments must give the same bytes as writing every value afresh.
    @Test func fragmentsReplayTheSameBytes() throws {
        let rules = try ScenarioRules.rules()
        let fragments = JSONFragmentCache()
        for (n, answers) in try Self.answerSets(rules).enumerated() {
            let advice = advise(rules, answers, assumeDefaults: n % 3 != 0)
            var bytes: [UInt8] = []
            advice.writeJSON(rules: rules, into: &bytes, fragments: fragments)
            #expect(String(decoding: bytes, as: UTF8.self) == advice.json(rules: rules).serialized())
        }
        #expect(fragments.count > 0)
    }

    /// Lines read straight from their bytes must give what the string path gives, result or message.
    @Test func batchBytePathAgreesWithTheStringPath() throws {
        let rules = try ScenarioRules.rules()
        let evaluator = BatchEvaluator(rules: rules, assumeDefaults: true, cacheSize: 0)
        var lines = try Self.answerSets(rules).map { a in
            JSON.object(a.values.sorted { $0.key < $1.key }.map { ($0.key, $0.value.json) }).serialized()
        }
        lines += [#"{"asset":"dataset","asset":"dataset"}"#, #"{"contry":"SE","contry":"SE"}"#, #"{"asset":"data\u0073et"}"#,
                  #"{"release":"weights, training-code"}"#, #"{"asset":["dataset"]}"#, #"{"asset":"dataset""#]
        for (n, line) in lines.enumerated() {
            let expected: String
            do throws(LineError) {
                var bytes: [UInt8] = []
                advise(rules, try evaluator.answers(line: line), assumeDefaults: true).writeJSON(rules: rules, into: &bytes)
                expected = String(decoding: bytes, as: UTF8.self) + "\n"
            } catch {
                var bytes: [UInt8] = []
                BatchEvaluator.error(error.description, line: n + 1, into: &bytes)
                expected = String(decoding: bytes, as: UTF8.self) + "\n"
            }
            #expect(evaluator.evaluate(line, number: n + 1) == expected, "\(line)")
        }
    }

    /// A warning raised by several rows is kept as those rows (`MergedRows`) and worded only when
    /// read, and the batch path replays its bytes by them: it must read as the rows' warnings merged
    /// at once (highest severity, each text once, sources in order), and the rows must come back as
    /// they went in.
    @Test func warningsMergedFromRowsReadAsMergedAtOnce() throws {
        let rules = try ScenarioRules.rules()
        let index = rules.index
        var byID: [String: [Origin]] = [:]
        for (t, table) in rules.tables.enumerated() {
            for (r, row) in table.rows.enumerated() {
                for (k, w) in row.effects.warnings.enumerated() {
                    byID[w.id, default: []].append(Origin(table: Int32(t), row: Int32(r), item: Int32(k)))
                }
            }
        }
        var checked = 0
        for origins in byID.values where origins.count >= 2 {
            var entry = WarningEntry.row(origins[0])
            var raised: [WarningEmission] = [WarningEntry.emission(origins[0], index)]
            for o in origins.dropFirst().prefix(4) {
                let rows = try #require(entry.merging(o))
                entry = .rows(rows)
                raised.append(WarningEntry.emission(o, index))
                #expect((0..<rows.count).map(rows.origin) == Array(origins.prefix(rows.count)))
            }
            var text = raised[0].text, sources = raised[0].sources
            for w in raised.dropFirst() {
                if !text.contains(w.text) { text += " " + w.text }
                for s in w.sources where !sources.contains(s) { sources.append(s) }
            }
            let severity = raised.min { Warning.rank($0.severity) < Warning.rank($1.severity) }!.severity
            let read = entry.warning(index)
            #expect(read == Warning(id: raised[0].id, severity: severity, text: text, sources: sources))
            #expect(read.origin == nil)
            #expect(entry.fragmentKey != WarningEntry.row(origins[0]).fragmentKey)
            checked += 1
        }
        #expect(checked > 0)
    }
}
