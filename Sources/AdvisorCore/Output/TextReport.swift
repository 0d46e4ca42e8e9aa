extension Advice {
    /// The advice as plain text for a terminal or a pipe: no colour, no escape sequences, every
    /// string from the rules sanitised, wrapped to 80 columns. Severity reads from its symbol.
    public func text(rules: RuleSet) -> String {
        let m = ReportModel(advice: self, rules: rules)
        var out: [String] = []
        switch status {
        case .complete:
            out.append("LICENCE ADVICE" + (m.assetLabel.map { ": \($0)" } ?? ""))
            out += TextReport.licences(m)
            out += TextReport.alternatives(m)
            out += TextReport.services(m)
            out += TextReport.warnings(m)
            out += TextReport.actions(m)
        case .needsAnswer(let q):
            out.append("MORE ANSWERS NEEDED")
            out += TextReport.question(q, m)
        case .broken(let why):
            out.append("THE RULES LEAD NOWHERE")
            out.append(TextLayout.wrap(ReportModel.clean(why), first: "  "))
        }
        out += TextReport.trail(m, heading: isComplete ? "Your answers" : "Your answers so far")
        out += TextReport.sources(m)
        out.append("")
        out.append(TextLayout.wrap("Rules version \(ReportModel.line(rules.version)) (\(ReportModel.line(rules.title)))."))
        if !rules.disclaimer.isEmpty { out.append(TextLayout.wrap(ReportModel.clean(rules.disclaimer))) }
        return Sanitizer.text(out.joined(separator: "\n")) + "\n"
    }
}

enum TextReport {
    static func heading(_ s: String) -> [String] { ["", s] }

    static func licences(_ m: ReportModel) -> [String] {
        let a = m.advice
        var out = heading(a.licences.count > 1 ? "Licences" : "Licence")
        if a.licences.isEmpty {
            out.append(TextLayout.wrap("No licence can honestly be recommended; the warnings below say why and what to do.", first: "  "))
        }
        for r in a.licences {
            let l = r.licence
            out.append(TextLayout.wrap("\(ReportModel.line(l.short)) (\(ReportModel.line(l.id))) for the \(ReportModel.line(r.part))", first: "  "))
            if l.name != l.short { out.append(TextLayout.wrap(ReportModel.line(l.name), first: "    ")) }
            if !l.url.isEmpty { out.append("    " + ReportModel.line(l.url)) }
        }
        out.append(TextLayout.wrap(ReportModel.opennessText(a.openness), first: "  Openness: ", rest: "    "))
        let why = a.fired.filter { !$0.because.isEmpty }
        if !why.isEmpty {
            out.append("  Why:")
            for row in why {
                let cites = m.citations(row.sources).map { " [\($0)]" }.joined()
                out.append(TextLayout.wrap(ReportModel.clean(row.because) + cites, first: "    - ", rest: "      "))
            }
        }
        return out
    }

    static func alternatives(_ m: ReportModel) -> [String] {
        guard !m.advice.alternatives.isEmpty else { return [] }
        var out = heading("Alternatives")
        for alt in m.advice.alternatives {
            let name = m.rules.licence(alt.id).map { "\(ReportModel.line($0.short)) (\(ReportModel.line(alt.id)))" } ?? ReportModel.line(alt.id)
            out.append(TextLayout.wrap("\(name): \(ReportModel.clean(alt.why))", first: "  - ", rest: "    "))
        }
        return out
    }

    static func services(_ m: ReportModel) -> [String] {
        var out = heading("Where to deposit")
        if m.advice.services.isEmpty {
            out.append(TextLayout.wrap("No repository in the catalogue fits every answer.", first: "  "))
        }
        for (i, fit) in m.advice.services.enumerated() {
            let s = fit.service
            let doi = s.doi ? "DOI: yes" : "DOI: no"
            let mark = s.verified ? "" : ", unverified"
            let first = "  \(i + 1). "
            let cites = m.citations(s.sources).map { " [\($0)]" }.joined()
            out.append(TextLayout.wrap("\(ReportModel.line(s.name)) (\(ReportModel.line(s.id))), \(doi)\(mark)\(cites)", first: first))
            let indent = String(repeating: " ", count: first.count)
            if !s.url.isEmpty { out.append(indent + ReportModel.line(s.url)) }
            if !fit.why.isEmpty { out.append(TextLayout.wrap(ReportModel.clean(fit.why), first: indent)) }
            for c in fit.cautions {
                out.append(TextLayout.wrap(ReportModel.clean(c), first: indent + "▲ caution: ", rest: indent + "  "))
            }
            if !s.verified {
                out.append(TextLayout.wrap("Unverified: the fact sheets found nothing to confirm this entry; check with the service.", first: indent))
            }
        }
        return out
    }

    static func warnings(_ m: ReportModel) -> [String] {
        guard !m.advice.warnings.isEmpty else { return [] }
        var out = heading("Warnings")
        for w in m.advice.warnings {
            let symbol = ReportModel.severitySymbol[w.severity] ?? "•"
            let label = "  \(symbol) \(ReportModel.line(w.severity))"
            out.append(TextLayout.wrap("\(m.warningTitle(w.id)) (\(ReportModel.line(w.id)))", first: label + ": "))
            out.append(TextLayout.wrap(ReportModel.clean(w.text), first: "      "))
            let cites = m.citations(w.sources)
            if !cites.isEmpty { out.append("      Sources: " + cites.map { "[\($0)]" }.joined(separator: " ")) }
        }
        return out
    }

    static func actions(_ m: ReportModel) -> [String] {
        guard !m.advice.actions.isEmpty else { return [] }
        var out = heading("Next steps")
        for a in m.advice.actions { out.append(TextLayout.wrap(ReportModel.clean(a.text), first: "  - ", rest: "    ")) }
        return out
    }

    static func question(_ q: Question, _ m: ReportModel) -> [String] {
        var out = heading("Next question (\(ReportModel.line(q.id))): \(ReportModel.line(q.text))")
        out[1] = TextLayout.wrap(out[1], rest: "  ")
        if let hint = q.hint { out.append(TextLayout.wrap(ReportModel.clean(hint), first: "  ")) }
        let d = q.defaultValue?.optionIDs ?? []
        if q.kind == .number {
            var range: [String] = []
            if let lo = q.minimum { range.append("at least \(AnswerValue.format(lo))") }
            if let hi = q.maximum { range.append("at most \(AnswerValue.format(hi))") }
            let unit = q.unit.map { " (\(ReportModel.line($0)))" } ?? ""
            out.append("  A number\(unit)" + (range.isEmpty ? "" : ", " + range.joined(separator: " and ")) + ".")
        } else {
            out.append(q.kind == .multiple ? "  Options (one or more):" : "  Options:")
            let rows = q.options.map { o in
                ["    " + ReportModel.line(o.id), ReportModel.line(o.label) + (d.contains(o.id) ? "  (default)" : "")]
            }
            out.append(TextLayout.columns(rows))
        }
        if let dt = m.defaultText(q) { out.append("  Default: \(dt)") }
        out.append("")
        out.append("Answer it with \(ReportModel.setExample(q)), or take every default with --assume-defaults.")
        return out
    }

    static func trail(_ m: ReportModel, heading title: String) -> [String] {
        guard !m.advice.trail.isEmpty else { return [] }
        var out = heading(title)
        let width = m.advice.trail.map(\.question.count).max() ?? 0
        for step in m.advice.trail {
            let id = ReportModel.line(step.question)
            var answer = m.answerText(step)
            if case .number = step.answer {} else { answer = ReportModel.line(step.answer.description) + ": " + answer }
            if step.assumed { answer += " (assumed)" }
            let first = "  " + id + String(repeating: " ", count: width - id.count + 2)
            out.append(TextLayout.wrap(answer, first: first))
        }
        return out
    }

    static func sources(_ m: ReportModel) -> [String] {
        guard !m.sourceIDs.isEmpty else { return [] }
        var out = heading("Sources")
        for (i, id) in m.sourceIDs.enumerated() {
            let c = m.cite(id)
            out.append(TextLayout.wrap(c.text + (c.url.map { " <\($0)>" } ?? ""), first: "  [\(i + 1)] ", rest: "      "))
        }
        return out
    }
}
