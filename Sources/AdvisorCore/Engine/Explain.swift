/// An answer on the path that, given differently, would change the advice.
public struct DecisiveAnswer: Sendable, Hashable {
    public var question: String
    public var current: AnswerValue
    public var alternative: AnswerValue
    /// what would differ, in short phrases ("licence: CC BY 4.0 → CC0 1.0", "+ service Dryad")
    public var changes: [String]
    /// the other path reaches questions not answered yet; their defaults were assumed
    public var assumedDefaults: Bool

    public init(question: String, current: AnswerValue, alternative: AnswerValue, changes: [String], assumedDefaults: Bool) {
        self.question = question
        self.current = current
        self.alternative = alternative
        self.changes = changes
        self.assumedDefaults = assumedDefaults
    }
}

/// For every step of the trail, the other answers that would change the advice: O(path × options) re-walks.
/// Only the answers on the current path are kept (answers left over from an abandoned branch would make
/// a "what if" misleading); questions the other path reaches take their defaults and say so.
/// Numbers are probed just around every threshold the rules compare them with.
public func explain(_ rules: RuleSet, _ answers: Answers) -> [DecisiveAnswer] {
    let base = advise(rules, answers, assumeDefaults: true)
    let used = base.walk.answers
    let signature = base.signature
    var out: [DecisiveAnswer] = []
    for step in base.trail {
        guard let q = rules.question(step.question) else { continue }
        var seen: Set<String> = [signature]
        for alt in alternatives(rules, q, step.answer) {
            var changed = used
            changed[q.id] = alt
            let other = advise(rules, changed, assumeDefaults: true)
            // A number probe that only repeats a change already listed is left out: the closest probe wins.
            guard seen.insert(other.signature).inserted else { continue }
            let assumed = other.trail.contains { $0.assumed }
            out.append(DecisiveAnswer(question: q.id, current: step.answer, alternative: alt,
                                      changes: differences(rules, from: base, to: other), assumedDefaults: assumed))
        }
    }
    return out
}

/// The answers to try instead of `current`.
func alternatives(_ rules: RuleSet, _ q: Question, _ current: AnswerValue) -> [AnswerValue] {
    switch q.kind {
    case .single:
        return q.options.map { AnswerValue.option($0.id) }.filter { $0 != current }
    case .multiple:
        guard case .options(let chosen) = current else { return q.options.map { .options([$0.id]) } }
        return q.options.compactMap { o in
            let toggled = chosen.contains(o.id) ? chosen.filter { $0 != o.id } : chosen + [o.id]
            return toggled.isEmpty ? nil : .options(q.options.map(\.id).filter(toggled.contains))
        }
    case .number:
        guard case .number(let value) = current else { return [] }
        var probes: Set<Double> = []
        for n in thresholds(rules, question: q.id) {
            for p in [n - 1, n, n + 1] where p != value {
                if let lo = q.minimum, p < lo { continue }
                if let hi = q.maximum, p > hi { continue }
                probes.insert(p)
            }
        }
        // closest first, so the first probe with a new result is the one reported
        return probes.sorted { (abs($0 - value), $0) < (abs($1 - value), $1) }.map(AnswerValue.number)
    }
}

/// Every number a condition anywhere in the rules compares `question` with.
public func thresholds(_ rules: RuleSet, question: String) -> [Double] {
    var conditions: [Condition] = []
    for node in rules.nodes.values {
        if case .router(let r) = node { conditions += r.routes.map(\.when) }
    }
    for t in rules.tables { conditions += [t.applies] + t.rows.map(\.when) }
    for s in rules.services { conditions += (s.requires + s.cautions + s.boosts).map(\.when) }
    var out: Set<Double> = []
    for c in conditions {
        for (atom, _) in c.atoms() where atom.question == question {
            if case .compare(_, let n) = atom.test { out.insert(n) }
        }
    }
    return out.sorted()
}

/// What differs between two pieces of advice, in short phrases.
public func differences(_ rules: RuleSet, from a: Advice, to b: Advice) -> [String] {
    var out: [String] = []
    let name = { (id: String) in rules.licence(id)?.short ?? id }
    if a.licences.count == 1, b.licences.count == 1 {
        let x = a.licences[0].licence.id, y = b.licences[0].licence.id
        if x != y { out.append("licence: \(name(x)) → \(name(y))") }
    } else {
        let partsA = Dictionary(a.licences.map { ($0.part, $0.licence.id) }, uniquingKeysWith: { x, _ in x })
        let partsB = Dictionary(b.licences.map { ($0.part, $0.licence.id) }, uniquingKeysWith: { x, _ in x })
        var parts = a.licences.map(\.part)
        for p in b.licences.map(\.part) where !parts.contains(p) { parts.append(p) }
        for p in parts where partsA[p] != partsB[p] {
            out.append("licence for the \(p): \(partsA[p].map(name) ?? "none") → \(partsB[p].map(name) ?? "none")")
        }
    }
    if a.openness != b.openness { out.append("openness: \(a.openness ?? "none") → \(b.openness ?? "none")") }
    let sa = a.services.map(\.service.id), sb = b.services.map(\.service.id)
    let serviceName = { (id: String) in rules.service(id)?.name ?? id }
    for s in sb where !sa.contains(s) { out.append("+ service \(serviceName(s))") }
    for s in sa where !sb.contains(s) { out.append("− service \(serviceName(s))") }
    let title = { (id: String) in rules.warningKinds.first { $0.id == id }?.title ?? id }
    let wa = Dictionary(a.warnings.map { ($0.id, $0.severity) }, uniquingKeysWith: { x, _ in x })
    let wb = Dictionary(b.warnings.map { ($0.id, $0.severity) }, uniquingKeysWith: { x, _ in x })
    for w in b.warnings where wa[w.id] != w.severity {
        if let old = wa[w.id] {
            out.append("\(title(w.id)): \(old) → \(w.severity)")
        } else {
            out.append("+ \(w.severity): \(title(w.id))")
        }
    }
    for w in a.warnings where wb[w.id] == nil { out.append("− \(w.severity): \(title(w.id))") }
    if out.isEmpty && sa != sb { out.append("services in another order") }
    if out.isEmpty && !b.isComplete { out.append("no result without more answers") }
    return out
}
