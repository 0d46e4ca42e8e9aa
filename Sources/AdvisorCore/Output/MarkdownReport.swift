extension Advice {
    /// The advice as a Markdown document fit to commit as REPORT.md: the answers, the recommendation,
    /// services, warnings, next steps and sources with their links, in that order. It carries no date, so the same
    /// answers and rules always give the same bytes. Every string from the rules is sanitised.
    public func markdown(rules: RuleSet) -> String {
        let m = ReportModel(advice: self, rules: rules)
        var out: [String] = ["# Licence advice" + (m.assetLabel.map { ": \(Markdown.inline($0))" } ?? "")]
        if !rules.disclaimer.isEmpty { out += ["", "> " + Markdown.inline(ReportModel.line(rules.disclaimer))] }
        out += MarkdownReport.answers(m)
        switch status {
        case .complete:
            out += MarkdownReport.recommendation(m)
            out += MarkdownReport.services(m)
            out += MarkdownReport.warnings(m)
            out += MarkdownReport.actions(m)
        case .needsAnswer(let q):
            out += MarkdownReport.question(q, m)
        case .broken(let why):
            out += ["", "## The rules lead nowhere", "", Markdown.inline(ReportModel.line(why))]
        }
        out += MarkdownReport.sources(m)
        out += ["", "---", "",
                "Rules version \(Markdown.code(rules.version)) (\(Markdown.inline(ReportModel.line(rules.title)))). Made with license-advisor."]
        return Sanitizer.text(out.joined(separator: "\n")) + "\n"
    }
}

/// Escaping for Markdown built from sanitised one-line text.
enum Markdown {
    /// Text in a paragraph or list item: Markdown and HTML punctuation escaped.
    static func inline(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "\\", "`", "*", "_", "[", "]", "|", "#": out += "\\\(c)"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "&": out += "&amp;"
            default: out.append(c)
            }
        }
        return out
    }

    /// An id or version in code style.
    static func code(_ s: String) -> String {
        let t = ReportModel.line(s).replacingBackticks()
        return "`" + t.split(separator: "|", omittingEmptySubsequences: false).joined(separator: "\\|") + "`"
    }

    static func link(_ text: String, _ url: String) -> String {
        let u = ReportModel.line(url)
        guard u.hasPrefix("https://") || u.hasPrefix("http://"), !u.contains(where: { " <>()".contains($0) }) else {
            return inline(text) + " (" + inline(u) + ")"
        }
        return "[\(inline(text))](\(u))"
    }

    static func row(_ cells: [String]) -> String { "| " + cells.joined(separator: " | ") + " |" }

    static func table(_ header: [String], _ rows: [[String]]) -> [String] {
        [row(header), row(header.map { _ in "---" })] + rows.map(row)
    }
}

extension String {
    func replacingBackticks() -> String { String(map { $0 == "`" ? "'" : $0 }) }
}

enum MarkdownReport {
    static func t(_ s: String) -> String { Markdown.inline(ReportModel.line(s)) }

    static func recommendation(_ m: ReportModel) -> [String] {
        let a = m.advice
        var out = ["", "## Recommendation", ""]
        if a.licences.isEmpty {
            out.append("No licence can honestly be recommended; the warnings below say why and what to do.")
        } else {
            out += Markdown.table(["Part", "Licence", "SPDX id"], a.licences.map { r in
                [t(r.part), Markdown.link(ReportModel.line(r.licence.name), r.licence.url), Markdown.code(r.licence.id)]
            })
        }
        out += ["", "**Openness:** " + Markdown.inline(ReportModel.opennessText(a.openness))]
        let why = a.fired.filter { !$0.because.isEmpty }
        if !why.isEmpty {
            out += ["", "### Why", ""]
            out += why.map { "- " + t($0.because) + cites(m, $0.sources) }
        }
        if !a.alternatives.isEmpty {
            out += ["", "### Alternatives", ""]
            out += a.alternatives.map { alt in
                let name = m.rules.licence(alt.id).map { Markdown.link(ReportModel.line($0.short), $0.url) } ?? t(alt.id)
                return "- \(name) (\(Markdown.code(alt.id))): \(t(alt.why))"
            }
        }
        return out
    }

    static func cites(_ m: ReportModel, _ ids: [String]) -> String {
        let n = m.citations(ids)
        return n.isEmpty ? "" : " " + n.map { "[\\[\($0)\\]](#sources)" }.joined(separator: " ")
    }

    static func services(_ m: ReportModel) -> [String] {
        var out = ["", "## Where to deposit", ""]
        guard !m.advice.services.isEmpty else { return out + ["No repository in the catalogue fits every answer."] }
        out += Markdown.table(["#", "Service", "DOI", "Why", "Cautions"], m.advice.services.enumerated().map { i, fit in
            let s = fit.service
            let name = Markdown.link(ReportModel.line(s.name), s.url) + " " + Markdown.code(s.id) + (s.verified ? "" : " (unverified)")
                + cites(m, s.sources)
            let cautions = fit.cautions.map { "▲ " + t($0) }.joined(separator: "<br>")
            return ["\(i + 1)", name, s.doi ? "yes" : "no", t(fit.why), cautions.isEmpty ? "–" : cautions]
        })
        if m.advice.services.contains(where: { !$0.service.verified }) {
            out += ["", "*Unverified*: the fact sheets found nothing to confirm that entry; check with the service."]
        }
        return out
    }

    static func warnings(_ m: ReportModel) -> [String] {
        guard !m.advice.warnings.isEmpty else { return [] }
        var out = ["", "## Warnings", ""]
        for w in m.advice.warnings {
            let symbol = ReportModel.severitySymbol[w.severity] ?? "•"
            out.append("- **\(symbol) \(t(w.severity)): \(Markdown.inline(m.warningTitle(w.id)))** (\(Markdown.code(w.id))): "
                       + t(w.text) + cites(m, w.sources))
        }
        return out
    }

    static func actions(_ m: ReportModel) -> [String] {
        guard !m.advice.actions.isEmpty else { return [] }
        return ["", "## Next steps", ""] + m.advice.actions.map { "- [ ] " + t($0.text) + cites(m, $0.sources) }
    }

    static func question(_ q: Question, _ m: ReportModel) -> [String] {
        var out = ["", "## More answers needed", "", "**\(t(q.text))** (\(Markdown.code(q.id)))"]
        if let hint = q.hint { out += ["", t(hint)] }
        let d = q.defaultValue?.optionIDs ?? []
        if q.kind == .number {
            out += ["", "A number" + (q.unit.map { " (\(t($0)))" } ?? "") + "."]
        } else {
            out += [""] + Markdown.table(["Option", "Meaning"], q.options.map { o in
                [Markdown.code(o.id), t(o.label) + (d.contains(o.id) ? " (default)" : "")]
            })
        }
        out += ["", "Answer it with \(Markdown.code(ReportModel.setExample(q))), or take every default with `--assume-defaults`."]
        return out
    }

    static func answers(_ m: ReportModel) -> [String] {
        guard !m.advice.trail.isEmpty else { return [] }
        return ["", "## Your answers", ""] + Markdown.table(["Question", "Answer", "Id"], m.advice.trail.map { step in
            [t(m.questionText(step.question)) + " (\(Markdown.code(step.question)))",
             Markdown.inline(m.answerText(step)) + (step.assumed ? " *(assumed)*" : ""),
             Markdown.code(step.answer.description)]
        })
    }

    static func sources(_ m: ReportModel) -> [String] {
        guard !m.sourceIDs.isEmpty else { return [] }
        var out = ["", "## Sources", ""]
        for (i, id) in m.sourceIDs.enumerated() {
            let c = m.cite(id)
            out.append("\(i + 1). " + (c.url.map { Markdown.link(c.text, $0) } ?? Markdown.inline(c.text)))
        }
        return out
    }
}
