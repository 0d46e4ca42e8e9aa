/// Re-runs the interview from the start over `answers` (docassemble's way), so back, edit, resume and
/// batch are all the same call. Pure: same rules and answers, same walk.
public func walk(_ rules: RuleSet, _ answers: Answers, assumeDefaults: Bool = false) -> Walk {
    rules.index.walk(rules.index.dense(answers), assumeDefaults: assumeDefaults).walk
}

extension RuleIndex {
    /// The walk, the answers it used (by slot) and, when it ends at an outcome, that outcome's tables.
    struct Result {
        var walk: Walk
        var used: DenseAnswers
        var tables: [Int]
    }

    func walk(_ given: DenseAnswers, assumeDefaults: Bool) -> Result {
        var trail: [TrailStep] = []
        var routes: [(router: String, next: String, because: String?)] = []
        var used = DenseAnswers(count: questions.count)
        // room for every question, so the trail is allocated once
        trail.reserveCapacity(questions.count)
        routes.reserveCapacity(8)
        var current = entry
        func end(_ e: WalkEnd, tables: [Int] = []) -> Result {
            Result(walk: Walk(trail: trail, end: e, routes: routes), used: used, tables: tables)
        }
        // Lint rejects cycles; the step cap keeps a broken rules directory from hanging the program.
        for _ in 0...stepCap {
            guard current >= 0 else { return end(.broken("the flow leads to '\(name(current))', which is not defined")) }
            switch nodes[Int(current)] {
            case .outcome(let step):
                return end(.outcome(step.outcome), tables: step.tables)
            case .router(let step):
                let context = CompiledConditions.Context(answers: used)
                if let k = step.conditions.firstIndex(where: { program.holds($0, context) }) {
                    routes.append((step.router.id, step.router.routes[k].next, step.router.routes[k].because))
                    current = step.targets[k]
                } else if let o = step.router.otherwise {
                    routes.append((step.router.id, o, nil))
                    current = step.otherwise
                } else {
                    return end(.broken("no route of '\(step.router.id)' applies and it has no otherwise"))
                }
            case .question(let step):
                let slot = step.slot
                var value = given[slot]
                var option = given.option(slot)
                var assumed = false
                if value == nil, assumeDefaults, let d = questions[slot].defaultValue {
                    value = d
                    option = defaultOption[slot]
                    assumed = true
                }
                guard let value else { return end(.question(questions[slot])) }
                trail.append(TrailStep(question: questions[slot].id, answer: value, assumed: assumed, slot: slot, option: option))
                used.set(slot, value, option: option)
                let target = option >= 0 ? step.optionNext[Int(option)] : step.next
                guard target != Self.none else {
                    return end(.broken("'\(questions[slot].id)' has no next for the answer \(value)"))
                }
                current = target
            }
        }
        return end(.broken("the flow loops (through '\(name(current))')"))
    }
}
