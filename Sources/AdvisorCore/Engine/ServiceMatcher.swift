/// Keeps only the services that fit every answer and the recommended licences, best first. Why a
/// service was left out is worded only when asked for (`misses`): the batch path never asks.
struct ServiceMatcher: Sendable {
    let index: RuleIndex
    let context: CompiledConditions.Context
    let exclusions: [ServiceExclusion]

    func fits() -> [ServiceFit] {
        let program = index.program
        let all = index.serviceConditions
        var found: [ServiceFit] = []
        found.reserveCapacity(all.count)
        for i in all.indices {
            let c = all[i]
            guard takes(c) else { continue }
            var score = c.rank
            var boosts = Bits(), cautions = Bits()
            for b in c.boosts.indices where program.holds(c.boosts[b], context) {
                boosts.insert(b)
                score += c.boostScores[b]
            }
            for k in c.cautions.indices where program.holds(c.cautions[k], context) { cautions.insert(k) }
            found.append(ServiceFit(catalogue: i, index: index, boosts: boosts, cautionsHeld: cautions, score: score))
        }
        // best first; equal scores keep the catalogue's order
        if found.count > 1 { found.sort { ($1.score, $0.catalogue) < ($0.score, $1.catalogue) } }
        return found
    }

    private func takes(_ c: RuleIndex.ServiceConditions) -> Bool {
        if !exclusions.isEmpty, exclusions.contains(where: { $0.id == c.id }) { return false }
        for condition in c.requires where !index.program.holds(condition, context) { return false }
        for l in context.licences where !c.accepts[l] { return false }
        return true
    }

    /// Every service left out, with each reason in words.
    func misses() -> [ServiceMiss] {
        index.services.indices.compactMap { i in
            let reasons = whyNot(i)
            return reasons.isEmpty ? nil : ServiceMiss(service: index.services[i], reasons: reasons)
        }
    }

    private func whyNot(_ i: Int) -> [String] {
        let s = index.services[i], c = index.serviceConditions[i]
        var reasons = exclusions.filter { $0.id == s.id }.map(\.because)
        for (k, condition) in c.requires.enumerated() where !index.program.holds(condition, context) { reasons.append(s.requires[k].text) }
        if let accepted = s.licences {
            for l in context.licences.map({ index.licences[$0] }) where !accepted.contains(l.id) {
                let takes = accepted.compactMap { index.licenceIndex[$0].map { index.licences[$0].short } }
                reasons.append("\(s.name) does not accept \(l.short) (it takes \(takes.joined(separator: ", ")))")
            }
        }
        return reasons
    }
}
