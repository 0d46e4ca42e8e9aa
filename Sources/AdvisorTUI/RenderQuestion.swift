import AdvisorCore

/// The question, its hint and the options (or the number field), scrolled to keep the cursor visible.
func drawQuestion(_ g: inout Grid, state: AppState, in r: Rect) {
    guard let q = state.currentQuestion, r.width > 0, r.height > 0 else { return }
    var header = Document(width: r.width, glyphs: state.glyphs)
    header.paragraph(Sanitizer.line(q.text), role: .strong)
    if let hint = q.hint { header.paragraph(Sanitizer.line(hint), role: .dim) }
    header.blank()
    let headerHeight = min(header.count, max(0, r.height - 3))
    header.draw(into: &g, x: r.x, y: r.y, width: r.width, height: headerHeight, from: 0)
    let area = Rect(x: r.x, y: r.y + headerHeight, width: r.width, height: r.height - headerHeight)
    if q.kind == .number {
        drawNumberField(&g, state: state, question: q, in: area)
    } else {
        drawOptions(&g, state: state, question: q, in: area)
    }
}

func drawOptions(_ g: inout Grid, state: AppState, question q: Question, in r: Rect) {
    let gl = state.glyphs
    let numberWidth = Decimal.string(q.options.count).count
    let labelX = 2 + numberWidth + 2 + (q.kind == .multiple ? 4 : 0)
    // The lines of each option: the label line, then up to two lines of description.
    let blocks: [[[Span]]] = q.options.enumerated().map { i, o in
        let selected = i == state.question.cursor
        let digits = Decimal.string(i + 1)
        let number = String(repeating: " ", count: numberWidth - digits.count) + digits + "."
        var first: [Span] = [Span(selected ? gl.pointer + " " : "  ", .accent), Span(number + " ", .key)]
        if q.kind == .multiple {
            first.append(Span(state.question.selection.contains(o.id) ? gl.checked + " " : gl.unchecked + " ", .accent))
        }
        let isDefault = q.defaultValue == .option(o.id) || q.defaultValue == .options([o.id])
        let tag = isDefault ? "  (default)" : ""
        let labelWidth = max(1, r.width - labelX - TextWidth.of(tag))
        first.append(Span(TextWidth.truncate(Sanitizer.line(o.label), labelWidth, ellipsis: gl.ellipsis), selected ? .selected : .normal))
        if !tag.isEmpty { first.append(Span(tag, .dim)) }
        var lines = [first]
        if let d = o.description, r.width - labelX >= 10 {
            for l in TextWidth.wrap(Sanitizer.line(d), r.width - labelX).prefix(2) {
                lines.append([Span(String(repeating: " ", count: labelX)), Span(l, .dim)])
            }
        }
        return lines
    }
    guard !blocks.isEmpty, r.height > 0 else { return }
    // First option to show: the cursor's block must end inside the area.
    let cursor = min(state.question.cursor, max(0, blocks.count - 1))
    var top = 0
    func height(_ from: Int, _ to: Int) -> Int { blocks[from...to].reduce(0) { $0 + $1.count } }
    while top < cursor, height(top, cursor) > r.height { top += 1 }
    var y = r.y
    for i in top..<blocks.count {
        for line in blocks[i] {
            guard y < r.y + r.height else { break }
            var x = r.x
            for span in line { x += g.put(span.text, x: x, y: y, role: span.role, maxWidth: r.x + r.width - x) }
            y += 1
        }
    }
    if top > 0 { g.put(gl.moreAbove, x: r.x + r.width - TextWidth.of(gl.moreAbove), y: r.y, role: .accent) }
    if height(top, blocks.count - 1) > r.height {
        g.put(gl.moreBelow, x: r.x + r.width - TextWidth.of(gl.moreBelow), y: r.y + r.height - 1, role: .accent)
    }
}

func drawNumberField(_ g: inout Grid, state: AppState, question q: Question, in r: Rect) {
    let gl = state.glyphs
    let unit = q.unit.map { " " + Sanitizer.line($0) } ?? ""
    let fieldWidth = min(20, max(4, r.width - 16 - TextWidth.of(unit)))
    var x = r.x
    x += g.put("Your answer: ", x: x, y: r.y, role: .strong, maxWidth: r.width)
    let text = TextWidth.truncate(state.question.numberText + "_", fieldWidth, ellipsis: gl.ellipsis)
    x += g.put("[", x: x, y: r.y, role: .frame)
    x += g.put(TextWidth.pad(text, fieldWidth), x: x, y: r.y, role: .selected)
    x += g.put("]", x: x, y: r.y, role: .frame)
    g.put(unit, x: x, y: r.y, maxWidth: max(0, r.x + r.width - x))
    var doc = Document(width: r.width, glyphs: gl)
    doc.blank()
    doc.line([])
    if let e = state.question.inputError {
        doc.paragraph(Sanitizer.line(e), role: .caution, prefix: [Span(gl.caution + " ", .caution)])
    }
    var rule: [String] = []
    if let lo = q.minimum { rule.append("at least \(AnswerValue.format(lo))\(unit)") }
    if let hi = q.maximum { rule.append("at most \(AnswerValue.format(hi))\(unit)") }
    doc.paragraph("A number" + (rule.isEmpty ? "" : ", " + rule.joined(separator: " and ")) + ".", role: .dim)
    if let d = q.defaultValue { doc.paragraph("Default: \(d)\(unit).", role: .dim) }
    doc.draw(into: &g, x: r.x, y: r.y + 1, width: r.width, height: r.height - 1, from: 0)
}

/// The licences and services still possible, shrinking as the answers narrow them.
func drawCandidates(_ g: inout Grid, state: AppState, in r: Rect) {
    let c = state.derived.candidates
    let gl = state.glyphs
    var doc = Document(width: max(1, r.width - 1), glyphs: gl)
    doc.line([Span(c.final ? "The result" : "Still possible", .heading)])
    let half = max(2, (r.height - 4) / 2)
    doc.blank()
    doc.line([Span("Licences ", .strong), Span("\(c.licences.count)", .accent)])
    if c.licences.isEmpty { doc.line([Span("  none yet", .dim)]) }
    for (i, l) in c.licences.enumerated() {
        if i == half - 1, c.licences.count > half {
            doc.line([Span("  +\(c.licences.count - i) more", .dim)])
            break
        }
        doc.line([Span("  " + TextWidth.pad(Sanitizer.line(l.short), max(1, r.width - 12), ellipsis: gl.ellipsis)),
                  Span(" " + Sanitizer.line(l.openness), l.openness == "open" ? .ok : .caution)])
    }
    doc.blank()
    doc.line([Span("Services ", .strong), Span("\(c.services.count)", .accent)])
    if c.services.isEmpty { doc.line([Span("  none fits", .dim)]) }
    let room = max(1, r.height - doc.count)
    for (i, s) in c.services.enumerated() {
        if i == room - 1, c.services.count > room {
            doc.line([Span("  +\(c.services.count - i) more", .dim)])
            break
        }
        doc.line([Span("  " + TextWidth.pad(Sanitizer.line(s.name), max(1, r.width - 8), ellipsis: gl.ellipsis)),
                  Span(s.doi ? " DOI" : "", .dim)])
    }
    doc.draw(into: &g, x: r.x + 1, y: r.y, width: r.width - 1, height: r.height, from: 0)
}
