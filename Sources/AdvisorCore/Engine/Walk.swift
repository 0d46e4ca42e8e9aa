/// Re-runs the interview from the start over `answers` (docassemble's way), so back, edit, resume and
/// batch are all the same call. Pure: same rules and answers, same walk.
public func walk(_ rules: RuleSet, _ answers: Answers, assumeDefaults: Bool = false) -> Walk {
    var trail: [TrailStep] = []
    var routes: [(String, String, String?)] = []
    var used = Answers()
    var current = rules.entry
    // Lint rejects cycles; the step cap keeps a broken rules directory from hanging the program.
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
