/// The licence id a table writes to mean "the licence the user already chose".
public let chosenLicenceToken = "@chosen"
/// The part a table writes to mean "the asset's main part" (`main-parts` in the manifest).
public let mainPartToken = "main"

/// Walks the answers and, at an outcome, evaluates the decision tables into advice.
public func advise(_ rules: RuleSet, _ answers: Answers, assumeDefaults: Bool = false) -> Advice {
    let w = walk(rules, answers, assumeDefaults: assumeDefaults)
    let used = w.answers
    var advice = Advice(status: .complete, walk: w, rulesVersion: rules.version)
    if let aq = rules.assetQuestion, case .option(let a)? = used[aq] { advice.asset = a }
    switch w.end {
    case .question(let q):
        advice.status = .needsAnswer(q)
        return advice
    case .broken(let why):
        advice.status = .broken(why)
        return advice
    case .outcome(let outcome):
        var state = AdviceBuilder(rules: rules, answers: used)
        let tables = outcome.tables.map { names in rules.tables.filter { names.contains($0.id) } } ?? rules.tables
        for table in tables { state.apply(table) }
        state.finish(into: &advice)
        return advice
    }
}

/// The advice as it is being decided, table by table.
struct AdviceBuilder {
    let rules: RuleSet
    let answers: Answers
    var picks: [(part: String, licence: Licence, userChosen: Bool)] = []
    var openness: String?
    var alternatives: [Alternative] = []
    var warnings: [WarningEmission] = []
    var actions: [ActionEmission] = []
    var constraints: [Constraint] = []
    /// the sources of the row that added each constraint (same order), cited when a constraint bites
    var constraintSources: [[String]] = []
    var exclusions: [ServiceExclusion] = []
    var fired: [FiredRow] = []

    init(rules: RuleSet, answers: Answers) {
        self.rules = rules
        self.answers = answers
    }

    /// Until a table sets openness, it is the main licence's.
    var facts: Facts { Facts(answers: answers, licences: picks.map(\.licence), openness: openness ?? picks.first?.licence.openness) }

    /// `main` in a table means the asset's main part, as the manifest maps it.
    func resolvePart(_ part: String) -> String {
        guard part == mainPartToken else { return part }
        guard let aq = rules.assetQuestion, case .option(let a)? = answers[aq] else { return "all" }
        return rules.mainParts[a] ?? "all"
    }

    var chosenLicence: Licence? {
        guard let q = rules.chosenLicenceQuestion, case .option(let id)? = answers[q], id != rules.undecidedOption else { return nil }
        return rules.licence(id)
    }

    mutating func apply(_ table: DecisionTable) {
        let f = facts
        guard f.holds(table.applies) else { return }
        let matched = table.rows.filter { f.holds($0.when) }
        let rows = table.hit == .collect ? matched : Array(matched.prefix(1))
        for row in rows { take(row, table: table.id) }
        if rows.contains(where: { $0.effects.licences != nil || !$0.effects.constraints.isEmpty }) {
            resolveConstraints()
        }
    }

    private mutating func take(_ row: TableRow, table: String) {
        fired.append(FiredRow(table: table, row: row.id, because: row.because, sources: row.sources))
        let e = row.effects
        for p in e.licences ?? [] {
            let part = resolvePart(p.part)
            guard !picks.contains(where: { $0.part == part }) else { continue }
            if p.id == chosenLicenceToken {
                if let c = chosenLicence { picks.append((part, c, true)) }
            } else if let l = rules.licence(p.id) {
                picks.append((part, l, false))
            }
        }
        if openness == nil { openness = e.openness }
        alternatives += e.alternatives
        warnings += e.warnings
        actions += e.actions
        constraints += e.constraints.map { c in
            var c = c
            c.part = resolvePart(c.part)
            return c
        }
        constraintSources += Array(repeating: row.sources, count: e.constraints.count)
        exclusions += e.excludeServices
    }

    /// Every constraint on a part must hold at once: the intersection of their `allow` lists.
    /// A licence outside it is replaced by the closest allowed one; a licence the user chose is kept
    /// and flagged; an empty intersection leaves the part without a licence and says why.
    private mutating func resolveConstraints() {
        for i in picks.indices.reversed() {
            let (part, licence, userChosen) = picks[i]
            let relevant = constraints.indices.filter { constraints[$0].part == part || constraints[$0].part == "all" }
            guard let first = relevant.first else { continue }
            var allowed = constraints[first].allow
            for c in relevant.dropFirst() { allowed = allowed.filter(constraints[c].allow.contains) }
            if allowed.contains(licence.id) { continue }
            let biting = relevant.filter { !constraints[$0].allow.contains(licence.id) }
            let reasons = biting.map { constraints[$0].because }
            var sources: [String] = []
            for s in biting.flatMap({ constraintSources[$0] }) where !sources.contains(s) { sources.append(s) }
            let fits = allowed.compactMap(rules.licence)
            if userChosen {
                let instead = fits.isEmpty ? "No licence fits every input; see the other warnings."
                    : "Licences that fit: \(fits.map(\.short).joined(separator: ", "))."
                conflict("You chose \(licence.short), but \(reasons.joined(separator: " ")) \(instead)", sources: sources)
                alternatives += fits.prefix(3).map { Alternative(id: $0.id, why: "fits every input licence") }
            } else if let best = closest(to: licence, among: fits, part: part) {
                picks[i].licence = best
                fired.append(FiredRow(table: "constraints", row: part, because: "\(licence.short) became \(best.short): \(reasons.joined(separator: " "))", sources: sources))
            } else {
                picks.remove(at: i)
                conflict("No licence can be recommended for the \(part): \(reasons.joined(separator: " "))", sources: sources)
            }
        }
    }

    private mutating func conflict(_ text: String, sources: [String]) {
        warnings.append(WarningEmission(id: rules.conflictWarning, severity: "blocker", text: text, sources: sources))
    }

    /// The allowed licence whose conditions differ least from the preferred one, meant for this part.
    private func closest(to preferred: Licence, among fits: [Licence], part: String) -> Licence? {
        let traits: Set<String> = ["attribution", "share-alike", "non-commercial", "no-derivatives", "use-restrictions"]
        let want = preferred.properties.intersection(traits)
        return fits.min { a, b in
            func cost(_ l: Licence) -> Int {
                l.properties.intersection(traits).symmetricDifference(want).count
                    + (l.meantFor.contains(part) || part == "all" ? 0 : 10)
                    + (l.copyleft == preferred.copyleft ? 0 : 1)
            }
            return cost(a) < cost(b)
        }
    }

    func finish(into advice: inout Advice) {
        advice.licences = picks.map { RecommendedLicence(part: $0.part, licence: $0.licence) }
        advice.openness = openness ?? picks.first?.licence.openness
        let main = Set(picks.map(\.licence.id))
        var seenAlt: Set<String> = []
        advice.alternatives = alternatives.filter { !main.contains($0.id) && seenAlt.insert($0.id).inserted }
        advice.warnings = Self.merge(warnings)
        var seenAction: Set<String> = []
        advice.actions = actions.filter { seenAction.insert($0.id).inserted }.map { Action(id: $0.id, text: $0.text, sources: $0.sources) }
        advice.fired = fired
        (advice.services, advice.excludedServices) = ServiceMatcher(rules: rules, facts: Facts(answers: answers, licences: picks.map(\.licence), openness: advice.openness), exclusions: exclusions).match()
    }

    /// One warning per id: the highest severity, every distinct text, every source.
    static func merge(_ ws: [WarningEmission]) -> [Warning] {
        var order: [String] = []
        var byID: [String: Warning] = [:]
        for w in ws {
            let new = Warning(id: w.id, severity: w.severity, text: w.text, sources: w.sources)
            guard var old = byID[w.id] else {
                order.append(w.id)
                byID[w.id] = new
                continue
            }
            if new.severityRank < old.severityRank { old.severity = new.severity }
            if !old.text.contains(w.text) { old.text += " " + w.text }
            for s in w.sources where !old.sources.contains(s) { old.sources.append(s) }
            byID[w.id] = old
        }
        return order.compactMap { byID[$0] }.enumerated()
            .sorted { ($0.element.severityRank, $0.offset) < ($1.element.severityRank, $1.offset) }
            .map(\.element)
    }
}
