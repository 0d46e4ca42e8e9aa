/// Keeps only the services that fit every answer and the recommended licences, best first.
struct ServiceMatcher {
    let rules: RuleSet
    let facts: Facts
    let exclusions: [ServiceExclusion]

    func match() -> (fits: [ServiceFit], misses: [ServiceMiss]) {
        var fits: [(Int, ServiceFit)] = []
        var misses: [ServiceMiss] = []
        for (index, s) in rules.services.enumerated() {
            let reasons = whyNot(s)
            guard reasons.isEmpty else {
                misses.append(ServiceMiss(service: s, reasons: reasons))
                continue
            }
            let boosts = s.boosts.filter { facts.holds($0.when) }
            let why = ([s.summary] + boosts.map(\.text)).filter { !$0.isEmpty }.joined(separator: " ")
            let fit = ServiceFit(service: s, why: why, cautions: s.cautions.filter { facts.holds($0.when) }.map(\.text),
                                 score: s.rank + boosts.reduce(0) { $0 + $1.score })
            fits.append((index, fit))
        }
        let ordered = fits.sorted { ($1.1.score, $0.0) < ($0.1.score, $1.0) }.map(\.1)
        return (ordered, misses)
    }

    func whyNot(_ s: Service) -> [String] {
        var reasons = exclusions.filter { $0.id == s.id }.map(\.because)
        reasons += s.requires.filter { !facts.holds($0.when) }.map(\.text)
        if let accepted = s.licences {
            for l in facts.licences where !accepted.contains(l.id) {
                reasons.append("\(s.name) does not accept \(l.short) (it takes \(accepted.compactMap { rules.licence($0)?.short }.joined(separator: ", ")))")
            }
        }
        return reasons
    }
}
