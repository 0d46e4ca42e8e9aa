import AdvisorCore

extension AppState {
    func welcomeDocument(width: Int) -> Document {
        var d = Document(width: width, glyphs: glyphs)
        d.line([Span("Choose a licence and a place to deposit your research output", .heading)])
        d.blank()
        d.paragraph("A few plain questions about what you share (data, software, an AI model or system, documents) lead to a licence, an openness verdict, repositories that fit and the warnings worth knowing. Answers can be changed at any time.")
        d.blank()
        d.paragraph(Sanitizer.line(rules.disclaimer), role: .caution, prefix: [Span(glyphs.caution + " ", .caution)])
        d.heading("Keys")
        for (key, what) in Self.keyList(glyphs) { d.paragraph(what, indent: 2, prefix: [Span(TextWidth.pad(key, 14), .key)]) }
        d.line([Span("Press "), Span("Enter", .key), Span(" to start.")])
        return d
    }

    static func keyList(_ g: Glyphs) -> [(String, String)] {
        [("1-9", "pick an option by its number"),
         ("\(g.upDown)  j k", "move"),
         ("Enter \(g.right)", "confirm and go on"),
         ("Space", "tick an option (several answers)"),
         ("\(g.left) b Bksp", "back to the previous question"),
         ("?", "help for the question and option"),
         ("r", "review and change answers"),
         ("w c s S", "on the result: why, compare, deposit files, report only"),
         ("q", "quit (Ctrl-C quits at once)")]
    }

    /// Help for the question on screen and its highlighted option, with sources; otherwise the keys.
    func helpDocument(width: Int) -> Document {
        var d = Document(width: width, glyphs: glyphs)
        if screen == .question, let q = currentQuestion {
            d.line([Span(Sanitizer.line(q.text), .heading)])
            d.blank()
            if let help = q.help { d.paragraph(Sanitizer.text(help)) } else if let hint = q.hint {
                d.paragraph(Sanitizer.line(hint))
            } else {
                d.paragraph("There is no further help for this question.", role: .dim)
            }
            sources(q.sources, into: &d)
            if q.kind != .number, q.options.indices.contains(question.cursor) {
                let o = q.options[question.cursor]
                d.heading("Option \(question.cursor + 1): \(Sanitizer.line(o.label))")
                if let desc = o.description { d.paragraph(Sanitizer.line(desc), role: .dim) }
                if let help = o.help { d.paragraph(Sanitizer.text(help)) }
                if o.description == nil && o.help == nil { d.paragraph("No further help for this option.", role: .dim) }
                sources(o.sources, into: &d)
            }
        }
        d.heading("Keys")
        for (key, what) in Self.keyList(glyphs) { d.paragraph(what, indent: 2, prefix: [Span(TextWidth.pad(key, 14), .key)]) }
        return d
    }

    func sources(_ refs: [String], into d: inout Document) {
        guard !refs.isEmpty else { return }
        d.blank()
        d.line([Span("Sources", .strong)])
        for r in refs { d.paragraph(citation(r), role: .link, indent: 1, prefix: [Span(glyphs.bullet + " ", .dim)]) }
    }

    /// The trail, the decisions that fired, the answers that would change the result, the sources.
    func whyDocument(width: Int) -> Document {
        var d = Document(width: width, glyphs: glyphs)
        let gl = glyphs
        d.line([Span("Your answers", .heading)])
        for (i, step) in trail.enumerated() {
            d.paragraph(answerText(step.question, step.answer) + (step.assumed ? " (assumed)" : ""), role: .strong, indent: 1,
                        prefix: [Span("\(i + 1). ", .key), Span(questionText(step.question) + " ", .normal), Span(gl.arrow + " ", .dim)])
        }
        var refs: [String] = []
        func note(_ rs: [String]) { for r in rs where !refs.contains(r) { refs.append(r) } }
        if let advice = derived.advice {
            d.heading("Decisions that applied")
            if advice.fired.isEmpty { d.paragraph("No decision table applied.", role: .dim, indent: 1) }
            for row in advice.fired {
                note(row.sources)
                let marks = row.sources.map { "[\((refs.firstIndex(of: $0) ?? 0) + 1)]" }.joined(separator: " ")
                d.paragraph(Sanitizer.line(row.because) + (marks.isEmpty ? "" : " " + marks), indent: 1,
                            prefix: [Span(gl.bullet + " "), Span("\(Sanitizer.line(row.table))/\(Sanitizer.line(row.row)): ", .dim)])
            }
            for w in advice.warnings { note(w.sources) }
            if !advice.excludedServices.isEmpty {
                d.heading("Services left out")
                for m in advice.excludedServices {
                    d.paragraph(m.reasons.map(Sanitizer.line).joined(separator: " "), indent: 1,
                                prefix: [Span(gl.bullet + " "), Span(Sanitizer.line(m.service.name) + ": ", .strong)])
                }
            }
        }
        d.heading("Answers that would change the result")
        let decisive = derived.explanation ?? []
        if decisive.isEmpty { d.paragraph("No single other answer would change it.", role: .dim, indent: 1) }
        var shown: [String: Int] = [:]
        var totals: [String: Int] = [:]
        for item in decisive { totals[item.question, default: 0] += 1 }
        for item in decisive {
            shown[item.question, default: 0] += 1
            let n = shown[item.question]!
            let total = totals[item.question] ?? 0
            if n == 4 { d.paragraph("… and \(total - 3) more other answers to this question", role: .dim, indent: 3) }
            if n > 3 { continue }
            d.paragraph(answerText(item.question, item.alternative), role: .strong, indent: 1,
                        prefix: [Span(gl.bullet + " "), Span(questionText(item.question) + " ", .normal), Span(gl.arrow + " ", .dim)])
            let assumed = item.assumedDefaults ? " (later questions at their defaults)" : ""
            d.paragraph(item.changes.map(Sanitizer.line).joined(separator: "; ") + assumed, role: .accent, indent: 5)
        }
        if !refs.isEmpty {
            d.heading("Sources")
            for (i, r) in refs.enumerated() { d.paragraph(citation(r), role: .link, indent: 1, prefix: [Span("[\(i + 1)] ", .key)]) }
        }
        return d
    }
}
