/// The licence id a table writes to mean "the licence the user already chose".
public let chosenLicenceToken = "@chosen"
/// The part a table writes to mean "the asset's main part" (`main-parts` in the manifest).
public let mainPartToken = "main"

/// Walks the answers and, at an outcome, evaluates the decision tables into advice.
public func advise(_ rules: RuleSet, _ answers: Answers, assumeDefaults: Bool = false) -> Advice {
    advise(rules, rules.index.dense(answers), assumeDefaults: assumeDefaults)
}

/// The same from answers already arranged by slot (the batch path builds them directly).
func advise(_ rules: RuleSet, _ answers: DenseAnswers, assumeDefaults: Bool) -> Advice {
    let index = rules.index
    let w = index.walk(answers, assumeDefaults: assumeDefaults)
    var advice = Advice(status: .complete, walk: w.walk, rulesVersion: rules.version)
    if let s = index.assetSlot, case .option(let a)? = w.used[s] { advice.asset = a }
    switch w.walk.end {
    case .question(let q):
        advice.status = .needsAnswer(q)
        return advice
    case .broken(let why):
        advice.status = .broken(why)
        return advice
    case .outcome:
        var state = AdviceBuilder(index: index, undecidedOption: rules.undecidedOption, conflictWarning: rules.conflictWarning,
                                  mainParts: rules.mainParts, answers: w.used)
        for table in w.tables { state.apply(table) }
        state.finish(into: &advice)
        return advice
    }
}

/// The advice as it is being decided, table by table. Licences are catalogue indices.
struct AdviceBuilder {
    let index: RuleIndex
    /// the index's conditions, held once: reading them through the index retained them per table
    let program: CompiledConditions
    // the few rule set fields it reads, not the whole `RuleSet`: a copy of that retains every field
    let undecidedOption: String?
    let conflictWarning: String
    /// the asset's main part, as the manifest maps it (`main` in a table)
    let mainPart: String
    /// What conditions read: the answers, the licences of `picks` in the same order, and the openness
    /// (until a table sets it, the main licence's). Kept up to date as rows are taken, so tables
    /// evaluate against it in place instead of assembling a context per table.
    private(set) var context: CompiledConditions.Context
    var picks: [(part: String, licence: Int, userChosen: Bool)] = []
    /// the openness a table set, if one did
    var openness: String?
    var alternatives: [Alternative] = []
    /// warnings as raised: by the row that raised them, or worded here (conflicts)
    var warnings: [WarningSource] = []
    var actions: [Origin] = []
    var constraints: [Constraint] = []
    /// the sources of the row that added each constraint (same order), cited when a constraint bites
    var constraintSources: [[String]] = []
    var exclusions: [ServiceExclusion] = []
    var fired: [Advice.FiredEntry] = []

    /// a merged warning's id (as numbered by the index) and rank
    private struct Seen {
        var kind: Int32
        var rank: Int32
    }

    enum WarningSource {
        case row(Origin)
        case worded(WarningEmission)
    }

    /// Takes the rule set's fields rather than the rule set: passing that copied every field.
    init(index: RuleIndex, undecidedOption: String?, conflictWarning: String, mainParts: [String: String], answers: DenseAnswers) {
        self.index = index
        program = index.program
        self.undecidedOption = undecidedOption
        self.conflictWarning = conflictWarning
        if let s = index.assetSlot, case .option(let a)? = answers[s] {
            mainPart = mainParts[a] ?? "all"
        } else {
            mainPart = "all"
        }
        context = CompiledConditions.Context(answers: answers)
        // rows raise a few of each: growing from empty would reallocate several times per line
        fired.reserveCapacity(16)
        warnings.reserveCapacity(16)
        actions.reserveCapacity(16)
    }

    /// the licences of `picks`, in the same order
    var picked: [Int] { context.licences }

    /// `main` in a table means the asset's main part, as the manifest maps it.
    func resolvePart(_ part: String) -> String {
        part == mainPartToken ? mainPart : part
    }

    var chosenLicence: Int? {
        guard let s = index.chosenSlot, case .option(let id)? = context.answers[s], id != undecidedOption else { return nil }
        return index.licenceIndex[id]
    }

    /// Rows are matched against the facts as they stood when the table began: every matching row is
    /// found before any is taken.
    mutating func apply(_ t: Int) {
        let table = index.tables[t]
        guard let rows = matchingRows(table) else { return }
        var resolve = false
        for r in table.rows.indices where rows.contains(r) {
            resolve = take(t, r, index.effects[table.firstRow + r]) || resolve
        }
        if resolve { resolveConstraints() }
        settleOpenness()
    }

    /// The rows of `table` that match (a first-hit table's first only), or nil when the table does not
    /// apply. Not mutating, so the context is read in place rather than copied for each table.
    private func matchingRows(_ table: RuleIndex.Table) -> Bits? {
        guard program.holds(table.applies, context) else { return nil }
        var rows = Bits()
        for r in table.rows.indices where program.holds(table.rows[r], context) {
            rows.insert(r)
            if !table.collect { break }
        }
        return rows
    }

    /// Until a table sets openness, it is the main licence's.
    private mutating func settleOpenness() {
        context.openness = openness ?? context.licences.first.map { index.licences[$0].openness }
    }

    /// Takes row `r` of table `t`; true when it adds licences or constraints.
    private mutating func take(_ t: Int, _ r: Int, _ e: RuleIndex.RowEffects) -> Bool {
        fired.append(.row(Int32(t), Int32(r)))
        for p in e.picks {
            let part = p.main ? mainPart : p.part
            guard !picks.contains(where: { $0.part == part }) else { continue }
            if p.licence == RuleIndex.RowEffects.chosen {
                if let c = chosenLicence { pick(part, c, userChosen: true) }
            } else if p.licence != RuleIndex.RowEffects.unknown {
                pick(part, p.licence, userChosen: false)
            }
        }
        if openness == nil { openness = e.openness }
        if !e.alternatives.isEmpty { alternatives += e.alternatives }
        for k in 0..<e.warnings { warnings.append(.row(Origin(table: Int32(t), row: Int32(r), item: Int32(k)))) }
        for k in 0..<e.actions { actions.append(Origin(table: Int32(t), row: Int32(r), item: Int32(k))) }
        for var c in e.constraints {
            c.part = resolvePart(c.part)
            constraints.append(c)
            constraintSources.append(e.sources)
        }
        if !e.exclusions.isEmpty { exclusions += e.exclusions }
        return e.decides
    }

    private mutating func pick(_ part: String, _ licence: Int, userChosen: Bool) {
        picks.append((part, licence, userChosen))
        context.licences.append(licence)
    }

    /// Every constraint on a part must hold at once: the intersection of their `allow` lists.
    /// A licence outside it is replaced by the closest allowed one; a licence the user chose is kept
    /// and flagged; an empty intersection leaves the part without a licence and says why.
    private mutating func resolveConstraints() {
        for i in picks.indices.reversed() {
            let (part, chosen, userChosen) = picks[i]
            let relevant = constraints.indices.filter { constraints[$0].part == part || constraints[$0].part == "all" }
            guard let first = relevant.first else { continue }
            var allowed = constraints[first].allow
            for c in relevant.dropFirst() { allowed = allowed.filter(constraints[c].allow.contains) }
            let id = index.licences[chosen].id
            if allowed.contains(id) { continue }
            let licence = index.licences[chosen]
            let biting = relevant.filter { !constraints[$0].allow.contains(id) }
            let reasons = biting.map { constraints[$0].because }
            var sources: [String] = []
            for s in biting.flatMap({ constraintSources[$0] }) where !sources.contains(s) { sources.append(s) }
            let fits = allowed.compactMap { index.licenceIndex[$0] }.map { index.licences[$0] }
            if userChosen {
                let instead = fits.isEmpty ? "No licence fits every input; see the other warnings."
                    : "Licences that fit: \(fits.map(\.short).joined(separator: ", "))."
                conflict("You chose \(licence.short), but \(reasons.joined(separator: " ")) \(instead)", sources: sources)
                alternatives += fits.prefix(3).map { Alternative(id: $0.id, why: "fits every input licence") }
            } else if let best = closest(to: licence, among: fits, part: part), let b = index.licenceIndex[best.id] {
                picks[i].licence = b
                context.licences[i] = b
                fired.append(.worded(FiredRow(table: "constraints", row: part, because: "\(licence.short) became \(best.short): \(reasons.joined(separator: " "))", sources: sources)))
            } else {
                picks.remove(at: i)
                context.licences.remove(at: i)
                conflict("No licence can be recommended for the \(part): \(reasons.joined(separator: " "))", sources: sources)
            }
        }
    }

    private mutating func conflict(_ text: String, sources: [String]) {
        warnings.append(.worded(WarningEmission(id: conflictWarning, severity: "blocker", text: text, sources: sources)))
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
        advice.index = index
        advice.licences = picks.map { RecommendedLicence(part: $0.part, catalogue: $0.licence, index: index) }
        advice.openness = context.openness
        for a in alternatives where !picked.contains(where: { index.licences[$0].id == a.id })
            && !advice.alternatives.contains(where: { $0.id == a.id }) {
            advice.alternatives.append(a)
        }
        advice.warningEntries = merge()
        // one action per id, the first raised; ids compared as the index numbers them
        func kind(_ o: Origin) -> Int32 { index.effects(o).actionKinds[Int(o.item)] }
        advice.actionEntries.reserveCapacity(actions.count)
        for (n, o) in actions.enumerated() where !actions[..<n].contains(where: { kind($0) == kind(o) }) {
            advice.actionEntries.append(.row(o))
        }
        advice.firedEntries = fired
        let matcher = ServiceMatcher(index: index, context: context, exclusions: exclusions)
        advice.services = matcher.fits()
        advice.misses = matcher
    }

    /// One warning per id: the highest severity, every distinct text, every source; most severe first,
    /// otherwise in the order they were raised. A warning raised once keeps where it came from (and is
    /// worded from the rules only when read); ids are compared as the index numbers them.
    func merge() -> [WarningEntry] {
        var merged: [WarningEntry] = []
        // id and rank kept beside each warning (one array: an allocation per line counts here); the
        // severity is a string, ranked once per row when indexed
        var seen: [Seen] = []
        /// ids of worded warnings that no row raises (numbered below zero)
        var unindexed: [String] = []
        merged.reserveCapacity(warnings.count)
        seen.reserveCapacity(warnings.count)
        for source in warnings {
            let kind: Int32, rank: Int
            switch source {
            case .row(let o):
                let e = index.effects(o)
                kind = e.warningKinds[Int(o.item)]
                rank = e.warningRanks[Int(o.item)]
            case .worded(let w):
                rank = Warning.rank(w.severity)
                if let k = index.warningKinds[w.id] {
                    kind = k
                } else if let n = unindexed.firstIndex(of: w.id) {
                    kind = -1 - Int32(n)
                } else {
                    unindexed.append(w.id)
                    kind = -Int32(unindexed.count)
                }
            }
            guard let i = seen.firstIndex(where: { $0.kind == kind }) else {
                switch source {
                case .row(let o): merged.append(.row(o))
                case .worded(let w): merged.append(.worded(Warning(id: w.id, severity: w.severity, text: w.text, sources: w.sources)))
                }
                seen.append(Seen(kind: kind, rank: Int32(rank)))
                continue
            }
            seen[i].rank = min(seen[i].rank, Int32(rank))
            switch source {
            case .row(let o):
                // worded when read: the rules fully determine it, so the batch path replays its bytes
                if let rows = merged[i].merging(o) {
                    merged[i] = .rows(rows)
                } else {
                    var m = merged[i].warning(index)
                    m.absorb(WarningEntry.emission(o, index))
                    merged[i] = .worded(m)
                }
            case .worded(let e):
                var m = merged[i].warning(index)
                m.absorb(e)
                merged[i] = .worded(m)
            }
        }
        if seen.indices.dropFirst().allSatisfy({ seen[$0 - 1].rank <= seen[$0].rank }) { return merged }
        var out: [WarningEntry] = []
        out.reserveCapacity(merged.count)
        for rank in Int32(0)...3 {
            for i in merged.indices where seen[i].rank == rank { out.append(merged[i]) }
        }
        return out
    }
}
