import AdvisorCore

extension AppState {
    /// The result: licences with openness, services, warnings by severity, next steps.
    func resultDocument(width: Int) -> Document {
        var d = Document(width: width, glyphs: glyphs)
        let gl = glyphs
        guard let advice = derived.advice else {
            d.paragraph("There is no result yet: some questions are still open.", role: .caution)
            return d
        }
        if case .broken(let why) = advice.status {
            d.paragraph("The rules could not reach a result: \(Sanitizer.line(why))", role: .blocker,
                        prefix: [Span(gl.blocker + " ", .blocker)])
            return d
        }
        d.line([Span("Recommended licence", .heading)])
        if advice.licences.isEmpty {
            d.paragraph("No licence can honestly be recommended with these answers; the warnings below say why and what to do.",
                        role: .blocker, indent: 1, prefix: [Span(gl.blocker + " ", .blocker)])
        }
        for r in advice.licences {
            let l = r.licence
            d.line([Span(" "), Span(Sanitizer.line(l.short), .strong), Span("  \(Sanitizer.line(l.id))", .accent),
                    Span("  for the \(Sanitizer.line(r.part))", .dim)])
            d.paragraph(Sanitizer.line(l.name), indent: 3)
            if !l.summary.isEmpty { d.paragraph(Sanitizer.line(l.summary), role: .dim, indent: 3) }
            if !l.url.isEmpty { d.paragraph(Sanitizer.line(l.url), role: .link, indent: 3) }
        }
        if let o = advice.openness {
            let (role, symbol) = opennessStyle(o)
            d.blank()
            d.paragraph(Self.opennessText[o] ?? "", indent: 1,
                        prefix: [Span("Openness: ", .strong), Span("\(symbol) \(Sanitizer.line(o))", role), Span(Self.opennessText[o] == nil ? "" : " - ")])
        }
        if !advice.alternatives.isEmpty {
            d.heading("Alternatives")
            for a in advice.alternatives {
                d.paragraph(Sanitizer.line(a.why), indent: 1,
                            prefix: [Span(gl.bullet + " "), Span(licenceName(a.id), .strong), Span(" (\(Sanitizer.line(a.id))): ", .dim)])
            }
        }
        d.heading("Where to deposit it")
        if advice.services.isEmpty { d.paragraph("No listed service fits every answer.", role: .caution, indent: 1) }
        for (i, s) in advice.services.enumerated() {
            var head = [Span(" \(i + 1). "), Span(Sanitizer.line(s.service.name), .strong)]
            head.append(Span(s.service.doi ? "  DOI" : "  no DOI", s.service.doi ? .ok : .dim))
            if !s.service.verified { head.append(Span("  (not verified)", .caution)) }
            d.line(head)
            if !s.why.isEmpty { d.paragraph(Sanitizer.line(s.why), role: .dim, indent: 5) }
            for c in s.cautions {
                d.paragraph(Sanitizer.line(c), role: .caution, indent: 5, prefix: [Span(gl.caution + " ", .caution)])
            }
        }
        if !advice.excludedServices.isEmpty {
            let names = advice.excludedServices.map { Sanitizer.line($0.service.name) }.joined(separator: ", ")
            d.paragraph("Left out: \(names) (press w for why).", role: .dim, indent: 1)
        }
        if !advice.warnings.isEmpty {
            d.heading("Warnings")
            for w in advice.warnings {
                let role = severityRole(w.severity)
                let title = rules.warningKinds.first { $0.id == w.id }?.title ?? w.id
                d.line([Span(" "), Span("\(symbolFor(role, gl)) \(w.severity.uppercased())", role),
                        Span("  " + Sanitizer.line(title), .strong)])
                d.paragraph(Sanitizer.line(w.text), indent: 4)
            }
        }
        if !advice.actions.isEmpty {
            d.heading("Next steps")
            for (i, a) in advice.actions.enumerated() {
                d.paragraph(Sanitizer.line(a.text), indent: 1, prefix: [Span("\(i + 1). ", .key)])
            }
        }
        d.blank()
        d.paragraph(Sanitizer.line(rules.disclaimer), role: .dim)
        if let p = savedPath { d.paragraph("Report saved: \(Sanitizer.line(p))", role: .ok) }
        if let dir = depositDirectory { d.paragraph("Deposit files written to \(dir)", role: .ok) }
        return d
    }

    static let opennessText: [String: String] = [
        "open": "Open Definition / OSI conformant.",
        "not-open": "not open: it limits commercial use, changes or uses.",
        "open-weights": "the weights are open, but not everything needed to rebuild the model.",
        "open-source-ai": "meets the OSI Open Source AI Definition 1.0.",
        "restricted": "access is controlled.",
    ]

    func opennessStyle(_ o: String) -> (Role, String) {
        switch o {
        case "open", "open-source-ai": (.ok, glyphs.ok)
        case "restricted", "not-open": (.caution, glyphs.caution)
        default: (.info, glyphs.info)
        }
    }

    func severityRole(_ s: String) -> Role {
        switch s {
        case "blocker": .blocker
        case "caution": .caution
        default: .info
        }
    }
}
