/// Keeps only the services that fit every answer and the recommended licences, best first. Why a
/// service was left out is worded only when asked for (`misses`): the batch path never asks.
struct ServiceMatcher: Sendable {
    let index: RuleIndex
    let context: CompiledConditions.Context
    let exclusions: [ServiceExclusion]

    init(rules: RuleSet, context: CompiledConditions.Context, exclusions: [ServiceExclusion]) {
        index = rules.index
        self.context = context
        self.exclusions = exclusions
    }

    func fits() -> [ServiceFit] {
        var found: [ServiceFit] = []
        let program = index.program
        for (i, c) in index.serviceConditions.enumerated() where takes(i, c) {
            var score = index.services[i].rank
            var boosts = Bits(), cautions = Bits()
            for (b, condition) in c.boosts.enumerated() where program.holds(condition, context) {
                boosts.insert(b)
                score += index.services[i].boosts[b].score
            }
            for (k, condition) in c.cautions.enumerated() where program.holds(condition, context) { cautions.insert(k) }
            found.append(ServiceFit(catalogue: i, index: index, boosts: boosts, cautionsHeld: cautions, score: score))
        }
        // best first; equal scores keep the catalogue's order
        return found.sorted { ($1.score, $0.catalogue) < ($0.score, $1.catalogue) }
    }

    private func takes(_ i: Int, _ c: RuleIndex.ServiceConditions) -> Bool {
        if !exclusions.isEmpty {
            let id = index.services[i].id
            if exclusions.contains(where: { $0.id == id }) { return false }
        }
        for condition in c.requires where !index.program.holds(condition, context) { return false }
        return context.licences.allSatisfy { c.accepts[$0] }
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
