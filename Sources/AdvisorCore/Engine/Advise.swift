#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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
        var state = AdviceBuilder(rules: rules, answers: w.used)
        for table in w.tables { state.apply(table) }
        state.finish(into: &advice)
        return advice
    }
}

/// The advice as it is being decided, table by table. Licences are catalogue indices.
struct AdviceBuilder {
    let rules: RuleSet
    let index: RuleIndex
    let answers: DenseAnswers
    var picks: [(part: String, licence: Int, userChosen: Bool)] = []
    /// the licences of `picks`, in the same order (what conditions read)
    var picked: [Int] = []
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

    enum WarningSource {
        case row(Origin)
        case worded(WarningEmission)
    }

    init(rules: RuleSet, answers: DenseAnswers) {
        self.rules = rules
        index = rules.index
        self.answers = answers
        // rows raise a few of each: growing from empty would reallocate several times per line
        fired.reserveCapacity(16)
        warnings.reserveCapacity(16)
        actions.reserveCapacity(16)
    }

    /// Until a table sets openness, it is the main licence's.
    var currentOpenness: String? { openness ?? picked.first.map { index.licences[$0].openness } }

    var context: CompiledConditions.Context { CompiledConditions.Context(answers: answers, licences: picked, openness: currentOpenness) }

    /// `main` in a table means the asset's main part, as the manifest maps it.
    func resolvePart(_ part: String) -> String {
        guard part == mainPartToken else { return part }
        return mainPart
    }

    var mainPart: String {
        guard let s = index.assetSlot, case .option(let a)? = answers[s] else { return "all" }
        return rules.mainParts[a] ?? "all"
    }

    var chosenLicence: Int? {
        guard let s = index.chosenSlot, case .option(let id)? = answers[s], id != rules.undecidedOption else { return nil }
        return index.licenceIndex[id]
    }

    /// Rows are matched against the facts as they stood when the table began.
    mutating func apply(_ t: Int) {
        // the table is read in place: a copy would retain its rows for every table of every line
        let index = self.index
        let context = self.context
        guard index.program.holds(index.tables[t].applies, context) else { return }
        var resolve = false
        for r in index.tables[t].rows.indices where index.program.holds(index.tables[t].rows[r], context) {
            resolve = take(t, r, index.effects[index.tables[t].firstRow + r]) || resolve
            if !index.tables[t].collect { break }
        }
        if resolve { resolveConstraints() }
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
        picked.append(licence)
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
                picked[i] = b
                fired.append(.worded(FiredRow(table: "constraints", row: part, because: "\(licence.short) became \(best.short): \(reasons.joined(separator: " "))", sources: sources)))
            } else {
                picks.remove(at: i)
                picked.remove(at: i)
                conflict("No licence can be recommended for the \(part): \(reasons.joined(separator: " "))", sources: sources)
            }
        }
    }

    private mutating func conflict(_ text: String, sources: [String]) {
        warnings.append(.worded(WarningEmission(id: rules.conflictWarning, severity: "blocker", text: text, sources: sources)))
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
        advice.openness = currentOpenness
        for a in alternatives where !picked.contains(where: { index.licences[$0].id == a.id })
            && !advice.alternatives.contains(where: { $0.id == a.id }) {
            advice.alternatives.append(a)
        }
        advice.warnings = merge()
        let tables = index.ruleTables
        for o in actions {
            let id = tables[Int(o.table)].rows[Int(o.row)].effects.actions[Int(o.item)].id
            guard !advice.actions.contains(where: { $0.id == id }) else { continue }
            let a = tables[Int(o.table)].rows[Int(o.row)].effects.actions[Int(o.item)]
            advice.actions.append(Action(id: a.id, text: a.text, sources: a.sources, origin: o))
        }
        advice.firedEntries = fired
        let matcher = ServiceMatcher(rules: rules, context: context, exclusions: exclusions)
        advice.services = matcher.fits()
        advice.misses = matcher
    }

    /// One warning per id: the highest severity, every distinct text, every source; most severe first,
    /// otherwise in the order they were raised. A warning raised once keeps where it came from.
    func merge() -> [Warning] {
        var merged: [Warning] = []
        // ranks kept beside the warnings: the severity is a string, compared once per warning raised
        var ranks: [Int] = []
        merged.reserveCapacity(warnings.count)
        ranks.reserveCapacity(warnings.count)
        let tables = index.ruleTables
        for source in warnings {
            let w: WarningEmission, origin: Origin?
            switch source {
            case .row(let o):
                w = tables[Int(o.table)].rows[Int(o.row)].effects.warnings[Int(o.item)]
                origin = o
            case .worded(let e):
                w = e
                origin = nil
            }
            let rank = Warning.rank(w.severity)
            guard let i = merged.firstIndex(where: { $0.id == w.id }) else {
                merged.append(Warning(id: w.id, severity: w.severity, text: w.text, sources: w.sources, origin: origin))
                ranks.append(rank)
                continue
            }
            merged[i].origin = nil
            if rank < ranks[i] {
                merged[i].severity = w.severity
                ranks[i] = rank
            }
            if !Self.contains(merged[i].text, w.text) { merged[i].text += " " + w.text }
            for s in w.sources where !merged[i].sources.contains(s) { merged[i].sources.append(s) }
        }
        if merged.count < 2 { return merged }
        var out: [Warning] = []
        out.reserveCapacity(merged.count)
        for rank in 0...3 {
            for i in merged.indices where ranks[i] == rank { out.append(merged[i]) }
        }
        return out
    }

    /// Whether `text` holds `part` byte for byte (UTF-8).
    static func contains(_ text: String, _ part: String) -> Bool {
        var text = text, part = part
        return text.withUTF8 { t in
            part.withUTF8 { p in
                guard p.count <= t.count else { return false }
                guard let first = p.first else { return true }
                var i = 0
                while i <= t.count - p.count {
                    if t[i] == first, memcmp(t.baseAddress! + i, p.baseAddress!, p.count) == 0 { return true }
                    i += 1
                }
                return false
            }
        }
    }
}
