/// The licences and services still possible given a partial interview (the candidates panel).
public struct Candidates: Sendable, Hashable {
    public var licences: [Licence]
    public var services: [Service]
    /// the interview reached an outcome: these are the advice's own licences and services
    public var final: Bool

    public init(licences: [Licence], services: [Service], final: Bool) {
        self.licences = licences
        self.services = services
        self.final = final
    }
}

/// What can still come out of the interview, judged with three-valued logic over the answers so far.
/// A licence is possible if a licence-giving row whose condition is not definitely false gives it (a
/// first/unique table stops at its first definitely true row), or it is the licence the user chose. A
/// service is out once a `requires` clause is definitely false, a row that surely applies excludes it,
/// or it accepts none of the possible licences.
public func candidates(_ rules: RuleSet, _ answers: Answers) -> Candidates {
    let w = walk(rules, answers)
    if case .outcome = w.end {
        let a = advise(rules, answers)
        return Candidates(licences: a.licences.map(\.licence), services: a.services.map(\.service), final: true)
    }
    let used = w.answers
    let open = reachableQuestions(rules, from: w.pending?.id, answers: used)
    let settled = Set(rules.questions.map(\.id)).subtracting(open)
    let facts = PartialFacts(answers: used, settled: settled)

    let chosen: Licence? = {
        guard let q = rules.chosenLicenceQuestion, case .option(let id)? = used[q], id != rules.undecidedOption else { return nil }
        return rules.licence(id)
    }()
    var licenceIDs: Set<String> = []
    if let chosen { licenceIDs.insert(chosen.id) }
    var excluded: Set<String> = []
    for table in rules.tables where facts.holds(table.applies) != false {
        let tableSure = facts.holds(table.applies) == true
        for row in table.rows {
            let h = facts.holds(row.when)
            if h == false { continue }
            for pick in row.effects.licences ?? [] {
                if pick.id == chosenLicenceToken {
                    if let chosen { licenceIDs.insert(chosen.id) }
                } else {
                    licenceIDs.insert(pick.id)
                }
            }
            if tableSure && h == true { excluded.formUnion(row.effects.excludeServices.map(\.id)) }
            if table.hit != .collect && h == true { break }
        }
    }
    let licences = rules.licences.filter { licenceIDs.contains($0.id) }
    let services = rules.services.filter { s in
        if excluded.contains(s.id) { return false }
        if s.requires.contains(where: { facts.holds($0.when) == false }) { return false }
        if let accepted = s.licences, !licences.isEmpty, !licences.contains(where: { accepted.contains($0.id) }) { return false }
        return true
    }
    return Candidates(licences: licences, services: services, final: false)
}

/// Questions the flow may still ask from `start`: routers follow every route not definitely false, up to
/// the first definitely true one.
func reachableQuestions(_ rules: RuleSet, from start: String?, answers: Answers) -> Set<String> {
    guard let start else { return [] }
    let facts = PartialFacts(answers: answers, settled: [])
    var seen: Set<String> = []
    var questions: Set<String> = []
    var stack = [start]
    while let id = stack.popLast() {
        guard seen.insert(id).inserted, let node = rules.nodes[id] else { continue }
        switch node {
        case .question(let q):
            questions.insert(q.id)
            stack += node.successors.map(\.id)
        case .router(let r):
            var definite = false
            for route in r.routes {
                let h = facts.holds(route.when)
                if h == false { continue }
                stack.append(route.next)
                if h == true {
                    definite = true
                    break
                }
            }
            if !definite, let o = r.otherwise { stack.append(o) }
        case .outcome:
            break
        }
    }
    return questions
}
