import AdvisorCore

public struct Rect: Sendable, Hashable {
    public var x, y, width, height: Int
}

/// Where everything goes at a given size: title bar, breadcrumb, content, candidates, message, footer.
struct Layout {
    let size: Size
    let content: Rect
    /// the candidates panel (only on question screens at least 100 columns wide)
    let side: Rect?
    var messageRow: Int { size.height - 2 }
    var footerRow: Int { size.height - 1 }
    var documentWidth: Int { max(1, content.width) }

    static let sideThreshold = 100

    /// the notices of a resumed interview, wrapped, above the content (at most half of it)
    let notices: [[Span]]

    init(_ size: Size, state: AppState) {
        self.size = size
        var notes = Document(width: max(1, size.width - 2), glyphs: state.glyphs)
        for n in state.notices {
            notes.paragraph(n, role: .caution, prefix: [Span(state.glyphs.caution + " ", .caution)])
        }
        if !state.notices.isEmpty { notes.line([]) }
        notices = Array(notes.lines.prefix(max(0, size.height - 5) / 2))
        let top = 3 + notices.count
        let h = max(0, size.height - 5 - notices.count)
        if size.width >= Self.sideThreshold, state.panel == nil, state.screen == .question {
            let sw = min(40, max(30, size.width / 3))
            let main = size.width - sw - 1
            content = Rect(x: 1, y: top, width: main - 2, height: h)
            side = Rect(x: main + 1, y: top, width: sw - 1, height: h)
        } else {
            content = Rect(x: 1, y: top, width: max(0, size.width - 2), height: h)
            side = nil
        }
    }

    func drawNotices(into g: inout Grid) {
        for (i, line) in notices.enumerated() {
            var x = 1
            for span in line { x += g.put(span.text, x: x, y: 3 + i, role: span.role, maxWidth: max(0, size.width - 1 - x)) }
        }
    }
}

/// The whole screen for `state` at this size. Pure: no terminal, no I/O.
public func render(_ state: AppState, width: Int, height: Int) -> Grid {
    var g = Grid(width: width, height: height, asciiOnly: !state.unicode)
    let size = Size(width: width, height: height)
    guard width > 0, height > 0 else { return g }
    if size.isTooSmall {
        drawTooSmall(&g, size: size, glyphs: state.glyphs)
        return g
    }
    let layout = Layout(size, state: state)
    drawTitle(&g, state: state)
    drawBreadcrumb(&g, state: state)
    g.hline(x: 0, y: 2, width: width, state.glyphs.horizontal)
    layout.drawNotices(into: &g)
    if let side = layout.side {
        if layout.notices.isEmpty { g.put(state.glyphs.teeDown, x: side.x - 1, y: 2, role: .frame) }
        g.vline(x: side.x - 1, y: side.y, height: side.height, state.glyphs.vertical)
        drawCandidates(&g, state: state, in: side)
    }
    let c = layout.content
    if let (doc, scroll) = state.activeDocument(width: c.width) {
        doc.draw(into: &g, x: c.x, y: c.y, width: c.width, height: c.height, from: scroll)
        let gl = state.glyphs
        if scroll > 0 { g.put(gl.moreAbove, x: width - TextWidth.of(gl.moreAbove) - 1, y: 2, role: .accent) }
        if scroll + c.height < doc.count {
            g.put(gl.moreBelow, x: width - TextWidth.of(gl.moreBelow) - 1, y: layout.messageRow, role: .accent)
        }
    } else if state.panel == .review {
        drawReview(&g, state: state, in: c)
    } else if state.panel == .compare {
        drawPicker(&g, state: state, in: c)
    } else if state.panel == .deposit {
        drawDepositForm(&g, state: state, in: c)
    } else {
        drawQuestion(&g, state: state, in: c)
    }
    if let m = state.message {
        let symbol = symbolFor(m.role, state.glyphs)
        g.put((symbol.isEmpty ? " " : " \(symbol) ") + Sanitizer.line(m.text), x: 0, y: layout.messageRow, role: m.role, maxWidth: width)
    }
    drawFooter(&g, items: state.footerKeys, y: layout.footerRow)
    if state.confirmingQuit { drawQuitDialog(&g, state: state) }
    return g
}

func symbolFor(_ role: Role, _ g: Glyphs) -> String {
    switch role {
    case .info: g.info
    case .caution: g.caution
    case .blocker: g.blocker
    case .ok: g.ok
    default: ""
    }
}

func drawTooSmall(_ g: inout Grid, size: Size, glyphs: Glyphs) {
    let lines = ["Make the window larger", "at least \(Size.minimum.width)x\(Size.minimum.height), now \(size.width)x\(size.height)", "q quits"]
    let wrapped = lines.flatMap { TextWidth.wrap($0, size.width) }
    let top = max(0, (size.height - wrapped.count) / 2)
    for (i, l) in wrapped.enumerated() where top + i < size.height {
        let x = max(0, (size.width - TextWidth.of(l)) / 2)
        g.put(l, x: x, y: top + i, role: i == 0 ? .strong : .dim)
    }
}

func drawTitle(_ g: inout Grid, state: AppState) {
    g.fill(x: 0, y: 0, width: g.width, height: 1, role: .bar)
    var right: String
    switch (state.panel, state.screen) {
    case (nil, .question):
        let p = state.progress
        right = p.remaining == 0 ? "step \(p.step), the last one" : "step \(p.step), about \(p.remaining) to go"
    case (_, .result): right = "result \(state.glyphs.middleDot) \(state.trail.count) answers"
    default: right = "rules \(Sanitizer.line(state.rules.version))"
    }
    let left = " license-advisor \(state.glyphs.middleDot) \(state.screenTitle)"
    if TextWidth.of(left) + TextWidth.of(right) + 2 > g.width, state.panel == nil, state.screen == .question {
        let p = state.progress
        right = "\(p.step) of ~\(p.step + p.remaining)"  // the short form on a narrow terminal
    }
    let rw = TextWidth.of(right) + 1
    let lw = g.put(left, x: 0, y: 0, role: .bar, maxWidth: g.width)
    if lw + rw + 1 <= g.width { g.put(right, x: g.width - rw, y: 0, role: .bar) }
}

func drawBreadcrumb(_ g: inout Grid, state: AppState) {
    let steps = state.screen == .result || state.panel != nil ? state.trail : Array(state.trail.prefix(state.position))
    guard !steps.isEmpty else {
        g.put(" " + Sanitizer.line(state.rules.title), x: 0, y: 1, role: .dim, maxWidth: g.width)
        return
    }
    let sep = " \(state.glyphs.separator) "
    var parts = steps.map { state.shortLabel($0) }
    var text = " " + parts.joined(separator: sep)
    while TextWidth.of(text) > g.width - 1, parts.count > 1 {
        parts.removeFirst()
        text = " \(state.glyphs.ellipsis)\(sep)" + parts.joined(separator: sep)
    }
    g.put(text, x: 0, y: 1, role: .dim, maxWidth: g.width)
}

func drawFooter(_ g: inout Grid, items: [(String, String)], y: Int) {
    g.fill(x: 0, y: y, width: g.width, height: 1, role: .bar)
    var x = 1
    for (key, label) in items {
        let w = TextWidth.of(key) + 1 + TextWidth.of(label)
        if x + w > g.width - 1 { break }
        x += g.put(key, x: x, y: y, role: .barKey)
        x += g.put(" " + label + "  ", x: x, y: y, role: .bar)
    }
}

func drawQuitDialog(_ g: inout Grid, state: AppState) {
    let w = min(52, g.width - 4), h = 6
    let x = (g.width - w) / 2, y = max(0, (g.height - h) / 2)
    g.box(x: x, y: y, width: w, height: h, glyphs: state.glyphs, title: "Quit?")
    let note: String
    if let dir = state.depositDirectory {
        note = "Your deposit files are in \(dir)."
    } else if let path = state.savedPath {
        note = "Your report is saved in \(path)."
    } else if state.savesAnswers, state.screen != .result {
        note = "Your answers are kept: license-advisor --resume."
    } else {
        note = "Your answers will not be kept."
    }
    g.put("Quit license-advisor?", x: x + 2, y: y + 1, role: .strong, maxWidth: w - 4)
    g.put(note, x: x + 2, y: y + 2, role: .normal, maxWidth: w - 4)
    var cx = x + 2
    cx += g.put("y", x: cx, y: y + 4, role: .key)
    cx += g.put(" quit   ", x: cx, y: y + 4)
    cx += g.put("n", x: cx, y: y + 4, role: .key)
    g.put(" keep going", x: cx, y: y + 4)
}
