import AdvisorCore

extension AppState {
    /// Two to four licences side by side.
    func compareDocument(width: Int) -> Document {
        var d = Document(width: width, glyphs: glyphs)
        let licences = compare.ids.compactMap { rules.licence($0) }
        guard !licences.isEmpty else {
            d.paragraph("No licences picked: press e to pick some.", role: .dim)
            return d
        }
        let labelWidth = min(17, max(8, width / 5))
        let columnWidth = max(4, (width - labelWidth) / licences.count)
        let rows: [(String, (Licence) -> String, Role)] = [
            ("Licence", { Sanitizer.line($0.short) }, .strong),
            ("SPDX id", { Sanitizer.line($0.id) }, .accent),
            ("Conditions", { Self.conditions($0) }, .normal),
            ("Database right", { Self.databaseRight[$0.databaseRight] ?? Sanitizer.line($0.databaseRight) }, .normal),
            ("Open Definition", { Self.openDefinition($0) }, .normal),
            ("OSI approved", { Self.osi($0) }, .normal),
            ("Copyleft", { Self.copyleft[$0.copyleft] ?? Sanitizer.line($0.copyleft) }, .normal),
            ("Meant for", { $0.meantFor.map(Sanitizer.line).joined(separator: ", ") }, .normal),
            ("In short", { Sanitizer.line($0.summary) }, .dim),
        ]
        for (i, (label, value, role)) in rows.enumerated() {
            let cells = licences.map { TextWidth.wrap(value($0), columnWidth - 2) }
            let height = max(1, cells.map(\.count).max() ?? 1)
            for line in 0..<height {
                var spans = [Span(TextWidth.pad(line == 0 ? label : "", labelWidth - 1) + " ", .heading)]
                for c in cells {
                    spans.append(Span(glyphs.vertical + " ", .frame))
                    spans.append(Span(TextWidth.pad(line < c.count ? c[line] : "", columnWidth - 2), role))
                }
                d.line(spans)
            }
            if i < rows.count - 1 {
                var rule = [Span(String(repeating: glyphs.horizontal, count: labelWidth), .frame)]
                for _ in licences { rule.append(Span(glyphs.cross + String(repeating: glyphs.horizontal, count: columnWidth - 1), .frame)) }
                d.line(rule)
            }
        }
        return d
    }

    static func conditions(_ l: Licence) -> String {
        let words: [(String, String)] = [
            ("attribution", "credit"), ("share-alike", "share alike"), ("non-commercial", "non-commercial"),
            ("no-derivatives", "no changes"), ("use-restrictions", "use restrictions"), ("notice", "keep notices"),
            ("disclose-source", "share source"), ("patent-grant", "patent grant"),
        ]
        let found = words.filter { l.properties.contains($0.0) }.map(\.1)
        return found.isEmpty ? "none" : found.joined(separator: ", ")
    }

    static let databaseRight = ["covered": "licensed too", "waived": "waived", "not-covered": "not covered",
                                "not-applicable": "n/a"]
    static let copyleft = ["none": "none", "weak-file": "weak (file)", "weak-library": "weak (library)",
                           "strong": "strong", "network": "network"]

    static func openDefinition(_ l: Licence) -> String {
        if l.properties.contains("open-definition") { return "yes" }
        if l.openness != "open" { return "no" }
        return l.meantFor.contains(where: { ["data", "database", "content"].contains($0) }) ? "yes" : "n/a"
    }

    static func osi(_ l: Licence) -> String {
        if l.properties.contains("osi") { return "yes" }
        guard l.meantFor.contains("code") else { return "n/a" }
        return l.openness == "open" ? "yes" : "no"
    }
}

/// The catalogue with tick boxes: pick two to four licences to compare.
func drawPicker(_ g: inout Grid, state: AppState, in r: Rect) {
    let gl = state.glyphs
    let list = state.rules.licences
    guard r.height > 2, !list.isEmpty else { return }
    g.put("Tick two to four licences (\(state.compare.ids.count) ticked).", x: r.x, y: r.y, role: .strong, maxWidth: r.width)
    let rows = r.height - 2
    let top = max(0, min(state.compare.cursor - rows / 2, list.count - rows))
    for (row, i) in (top..<min(list.count, top + rows)).enumerated() {
        let l = list[i]
        let selected = i == state.compare.cursor
        let y = r.y + 2 + row
        var x = r.x
        x += g.put(selected ? gl.pointer + " " : "  ", x: x, y: y, role: .accent)
        x += g.put((state.compare.ids.contains(l.id) ? gl.checked : gl.unchecked) + " ", x: x, y: y, role: .accent)
        let text = TextWidth.pad(Sanitizer.line(l.short), 18) + " " + Sanitizer.line(l.id)
        g.put(text, x: x, y: y, role: selected ? .selected : .normal, maxWidth: r.x + r.width - x)
    }
    if top > 0 { g.put(gl.moreAbove, x: r.x + r.width - TextWidth.of(gl.moreAbove), y: r.y + 1, role: .accent) }
    if top + rows < list.count { g.put(gl.moreBelow, x: r.x + r.width - TextWidth.of(gl.moreBelow), y: r.y + r.height - 1, role: .accent) }
}

/// Every answer so far (and the open question): pick one to change it.
func drawReview(_ g: inout Grid, state: AppState, in r: Rect) {
    let gl = state.glyphs
    guard r.height > 2 else { return }
    g.put("Pick an answer to change it; later answers that still apply are kept.", x: r.x, y: r.y, role: .dim, maxWidth: r.width)
    let count = state.reviewRows
    let rows = r.height - 2
    let top = max(0, min(state.reviewCursor - rows / 2, count - rows))
    let questionWidth = max(10, r.width * 11 / 20)
    for (row, i) in (top..<min(count, top + rows)).enumerated() {
        let y = r.y + 2 + row
        let selected = i == state.reviewCursor
        var x = r.x
        x += g.put(selected ? gl.pointer + " " : "  ", x: x, y: y, role: .accent)
        let number = TextWidth.pad("\(i + 1).", 4, ellipsis: "")
        x += g.put(number, x: x, y: y, role: .key)
        if i < state.trail.count {
            let step = state.trail[i]
            x += g.put(TextWidth.pad(state.questionText(step.question), questionWidth - 1, ellipsis: gl.ellipsis) + " ",
                       x: x, y: y, role: selected ? .selected : .normal, maxWidth: r.x + r.width - x)
            let answer = state.answerText(step.question, step.answer) + (step.assumed ? " (assumed)" : "")
            g.put(TextWidth.truncate(answer, r.x + r.width - x, ellipsis: gl.ellipsis), x: x, y: y,
                  role: selected ? .selected : .strong, maxWidth: r.x + r.width - x)
        } else if let q = state.derived.walk.pending {
            x += g.put(TextWidth.pad(Sanitizer.line(q.text), questionWidth - 1, ellipsis: gl.ellipsis) + " ",
                       x: x, y: y, role: selected ? .selected : .normal, maxWidth: r.x + r.width - x)
            g.put("not answered yet", x: x, y: y, role: .dim, maxWidth: r.x + r.width - x)
        }
    }
    if top > 0 { g.put(gl.moreAbove, x: r.x + r.width - TextWidth.of(gl.moreAbove), y: r.y + 1, role: .accent) }
    if top + rows < count { g.put(gl.moreBelow, x: r.x + r.width - TextWidth.of(gl.moreBelow), y: r.y + r.height - 1, role: .accent) }
}
