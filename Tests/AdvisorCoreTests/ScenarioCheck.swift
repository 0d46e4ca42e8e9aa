import AdvisorCore

/// Compares one piece of advice with a scenario's expectations; every mismatch is one message.
enum ScenarioCheck {
    static func failures(_ s: Scenario, _ a: Advice) -> [String] {
        var out: [String] = []
        let licences = a.licences.map(\.licence.id)
        let services = a.services.map(\.service.id)
        let warnings = a.warnings.map(\.id)
        let asked = a.trail.map(\.question)
        let status: String = switch a.status {
        case .complete: "complete"
        case .needsAnswer(let q): "needs-answer:\(q.id)"
        case .broken(let why): "broken:\(why)"
        }
        let want = s.expect
        if status != (want["status"]?.first ?? "complete") { out.append("status is \(status)") }
        if let l = want["licences"], l != licences { out.append("licences are \(licences), expected \(l)") }
        for (part, id) in s.parts where !a.licences.contains(where: { $0.part == part && $0.licence.id == id }) {
            out.append("part \(part) is not \(id): \(a.licences.map { "\($0.part)=\($0.licence.id)" })")
        }
        if let o = want["openness"]?.first, o != (a.openness ?? "null") { out.append("openness is \(a.openness ?? "null"), expected \(o)") }
        for id in want["services-in"] ?? [] where !services.contains(id) {
            let why = a.excludedServices.first { $0.service.id == id }?.reasons.joined(separator: " ") ?? "not excluded; unknown id?"
            out.append("service \(id) missing (\(why)); got \(services)")
        }
        for id in want["services-out"] ?? [] where services.contains(id) { out.append("service \(id) listed but must not be") }
        if let first = want["services-first"]?.first, services.first != first {
            out.append("first service is \(services.first ?? "none"), expected \(first); got \(services)")
        }
        for id in want["warnings"] ?? [] where !warnings.contains(id) { out.append("warning \(id) missing; got \(warnings)") }
        for id in want["warnings-absent"] ?? [] where warnings.contains(id) { out.append("warning \(id) present but must not be") }
        for (id, sev) in s.severities {
            let got = a.warnings.first { $0.id == id }?.severity ?? "absent"
            if got != sev { out.append("warning \(id) has severity \(got), expected \(sev)") }
        }
        let alternatives = a.alternatives.map(\.id)
        for id in want["alternatives"] ?? [] where !alternatives.contains(id) { out.append("alternative \(id) missing; got \(alternatives)") }
        let actions = a.actions.map(\.id)
        for id in want["actions"] ?? [] where !actions.contains(id) { out.append("action \(id) missing; got \(actions)") }
        for q in want["asked"] ?? [] where !asked.contains(q) { out.append("question \(q) was not asked; trail \(asked)") }
        for q in want["not-asked"] ?? [] where asked.contains(q) { out.append("question \(q) was asked but should be skipped") }
        return out
    }
}
