import AdvisorCore

/// The deposit form: a labelled field a row (the authors one row per author), the reason under a
/// refused field, then the overwrite question, the write error or the files written. Scrolled so the
/// field with the focus (or the question) stays in view.
func drawDepositForm(_ g: inout Grid, state: AppState, in r: Rect) {
    guard r.width > 0, r.height > 0 else { return }
    let (doc, focusRange) = state.depositDocument(width: r.width)
    var top = 0
    if focusRange.upperBound > r.height { top = min(focusRange.lowerBound, focusRange.upperBound - r.height) }
    top = max(0, min(top, doc.count - r.height))
    doc.draw(into: &g, x: r.x, y: r.y, width: r.width, height: r.height, from: top)
    let gl = state.glyphs
    if top > 0 { g.put(gl.moreAbove, x: r.x + r.width - TextWidth.of(gl.moreAbove), y: r.y, role: .accent) }
    if top + r.height < doc.count {
        g.put(gl.moreBelow, x: r.x + r.width - TextWidth.of(gl.moreBelow), y: r.y + r.height - 1, role: .accent)
    }
}

extension AppState {
    static let formLabelWidth = 13

    /// The form as lines, and the lines that must stay visible (the focused field with its notes, or
    /// the question at the bottom).
    func depositDocument(width: Int) -> (Document, Range<Int>) {
        let gl = glyphs
        let form = deposit
        var d = Document(width: width, glyphs: gl)
        if case .written(let paths) = form.phase {
            d.line([Span("Deposit files written", .heading)])
            d.blank()
            d.paragraph("\(paths.count) file\(paths.count == 1 ? "" : "s") in \(depositDirectory ?? ""):", role: .ok,
                        prefix: [Span(gl.ok + " ", .ok)])
            for p in paths { d.paragraph(p, indent: 2, prefix: [Span(gl.bullet + " ", .dim)]) }
            d.blank()
            d.paragraph("Check them, fill in what they leave open, and deposit them with the work.", role: .dim)
            d.paragraph("Press any key to go back to the result.", role: .dim)
            return (d, 0..<d.count)
        }
        d.line([Span("Write the deposit files", .heading)])
        d.paragraph("Files: " + form.fileNames.map(Sanitizer.line).joined(separator: ", "), role: .dim)
        d.blank()
        var focus = 0..<1
        let fieldX = Self.formLabelWidth + 1
        let fieldWidth = max(4, min(60, width - fieldX - 2))
        let editing = form.phase == .editing
        for f in DepositForm.Field.allCases {
            let start = d.count
            let focused = editing && form.focus == f
            let rows = f == .authors ? DepositForm.authorRows(form[f]) : [form[f]]
            for (i, row) in rows.enumerated() {
                let label = i == 0 ? TextWidth.pad(f.label, Self.formLabelWidth) : String(repeating: " ", count: Self.formLabelWidth)
                let last = i == rows.count - 1
                let text = fieldText(Sanitizer.line(row), width: fieldWidth, cursor: focused && last)
                d.line([Span(focused && i == 0 ? gl.pointer : " ", .accent), Span(label, focused ? .strong : .normal),
                        Span("[", .frame), Span(text, focused ? .selected : .normal), Span("]", .frame)])
            }
            if let e = form.errors[f] {
                d.paragraph(e, role: .caution, indent: fieldX, prefix: [Span(gl.caution + " ", .caution)])
            } else if focused {
                d.paragraph(f.hint, role: .dim, indent: fieldX)
            }
            if focused { focus = start..<d.count }
        }
        d.blank()
        if let failure = form.failure {
            let start = d.count
            d.paragraph("Nothing written: \(failure)", role: .blocker, prefix: [Span(gl.blocker + " ", .blocker)])
            if editing, form.errors.isEmpty { focus = min(focus.lowerBound, start)..<d.count }
        }
        if case .confirmOverwrite(let existing) = form.phase {
            let start = d.count
            d.paragraph("These files exist already: \(existing.joined(separator: ", ")).", role: .caution,
                        prefix: [Span(gl.caution + " ", .caution)])
            d.line([Span("  Overwrite them? ", .strong), Span("y", .key), Span("/"), Span("N", .key)])
            focus = start..<d.count
        } else {
            d.paragraph("S on the result saves only the Markdown report.", role: .dim)
        }
        return (d, focus)
    }

    /// A field's text cut to `width` columns: the end stays visible while typing (the cursor is there).
    func fieldText(_ text: String, width: Int, cursor: Bool) -> String {
        let shown = cursor ? text + "_" : text
        guard TextWidth.of(shown) > width else { return TextWidth.pad(shown, width) }
        if !cursor { return TextWidth.pad(shown, width, ellipsis: glyphs.ellipsis) }
        let ellipsis = glyphs.ellipsis
        var tail = ""
        var used = TextWidth.of(ellipsis)
        for c in shown.reversed() {
            let w = TextWidth.of(c)
            if used + w > width { break }
            tail.insert(c, at: tail.startIndex)
            used += w
        }
        return TextWidth.pad(ellipsis + tail, width)
    }
}
