import AdvisorCore

extension AppState {
    /// The state machine: one key in, the next state (in place) and what the driver must do.
    public mutating func handle(_ key: Key) -> Command {
        let command = reduce(key)
        if !viewport.isTooSmall { _ = currentDocument() }  // the frame after this key reuses it
        return command
    }

    mutating func reduce(_ key: Key) -> Command {
        if case .resize(let w, let h) = key {
            viewport = Size(width: max(0, w), height: max(0, h))
            clampScroll()
            return .stay
        }
        message = nil
        notices = []
        if confirmingQuit {
            switch key {
            case .char("y"), .char("Y"), .char("q"), .enter: return .quit(0)
            default:
                confirmingQuit = false
                return .stay
            }
        }
        if viewport.isTooSmall {
            // Nothing else can be seen to work; only quitting does.
            return key == .char("q") ? requestQuit() : .stay
        }
        if let panel {
            switch panel {
            case .help: return handleScrollPanel(key, closeKeys: [.char("?"), .enter])
            case .why: return handleScrollPanel(key, closeKeys: [.char("w")])
            case .review: return handleReview(key)
            case .compare: return handleCompare(key)
            case .deposit: return handleDeposit(key)
            }
        }
        switch screen {
        case .welcome: return handleWelcome(key)
        case .question: return handleQuestion(key)
        case .result: return handleResult(key)
        }
    }

    /// The driver reports where `save` wrote the report.
    public mutating func saved(path: String) {
        savedPath = path
        revision += 1
        message = Message("Report saved to \(path)", .ok)
    }

    public mutating func saveFailed(_ reason: String) {
        message = Message("Could not save the report: \(reason)", .blocker)
    }

    mutating func requestQuit() -> Command {
        if answers.values.isEmpty { return .quit(0) }
        confirmingQuit = true
        return .stay
    }

    mutating func handleWelcome(_ key: Key) -> Command {
        switch key {
        case .enter, .right, .char(" "), .char("l"):
            position = 0
            enterPosition()
        case .char("?"): openPanel(.help)
        case .char("r"): openReview()
        case .char("q"), .escape: return requestQuit()
        default:
            if let delta = scrollDelta(key) { panelScroll = clamped(panelScroll + delta, max: maxScroll()) }
        }
        return .stay
    }

    mutating func handleResult(_ key: Key) -> Command {
        if let delta = scrollDelta(key) {
            resultScroll = clamped(resultScroll + delta, max: maxScroll())
            return .stay
        }
        switch key {
        case .char("s"): openDeposit()
        case .char("S"):
            guard let advice = derived.advice else { return .stay }
            return .save(report: advice.markdown(rules: rules))
        case .char("w"): openWhy()
        case .char("c"): openCompare()
        case .char("r"): openReview()
        case .char("?"): openPanel(.help)
        case .char("b"), .left, .backspace: goBack()
        case .char("q"): return requestQuit()
        default: break
        }
        return .stay
    }

    mutating func goBack() {
        editingFromReview = false
        if position == 0 {
            screen = .welcome
            return
        }
        position -= 1
        enterPosition()
    }

    mutating func openPanel(_ p: Panel) {
        panel = p
        panelScroll = 0
    }

    mutating func openReview() {
        guard !trail.isEmpty else {
            message = Message("No answers to review yet.", .info)
            return
        }
        reviewCursor = min(position, trail.count - 1)
        openPanel(.review)
    }

    mutating func handleScrollPanel(_ key: Key, closeKeys: [Key]) -> Command {
        if let delta = scrollDelta(key) {
            panelScroll = clamped(panelScroll + delta, max: maxScroll())
            return .stay
        }
        switch key {
        case .escape, .left, .backspace, .char("b"): panel = nil
        case .char("q"): return requestQuit()
        case let k where closeKeys.contains(k): panel = nil
        default: break
        }
        return .stay
    }

    mutating func handleReview(_ key: Key) -> Command {
        let rows = reviewRows
        switch key {
        case .up, .char("k"): reviewCursor = clamped(reviewCursor - 1, max: rows - 1)
        case .down, .char("j"): reviewCursor = clamped(reviewCursor + 1, max: rows - 1)
        case .pageUp: reviewCursor = clamped(reviewCursor - pageSize, max: rows - 1)
        case .pageDown: reviewCursor = clamped(reviewCursor + pageSize, max: rows - 1)
        case .home: reviewCursor = 0
        case .end: reviewCursor = max(0, rows - 1)
        case .enter, .right, .char("l"), .char("e"):
            panel = nil
            position = reviewCursor
            editingFromReview = reviewCursor < trail.count
            enterPosition()
        case .escape, .left, .backspace, .char("b"), .char("r"): panel = nil
        case .char("q"): return requestQuit()
        default: break
        }
        return .stay
    }

    /// Answered steps, plus the open question when there is one.
    var reviewRows: Int { trail.count + (derived.walk.pending == nil ? 0 : 1) }

    /// Lines a scroll key moves by, or nil for any other key.
    func scrollDelta(_ key: Key) -> Int? {
        switch key {
        case .up, .char("k"): -1
        case .down, .char("j"): 1
        case .pageUp: -pageSize
        case .pageDown, .char(" "): pageSize
        case .home, .char("g"): -1_000_000
        case .end, .char("G"): 1_000_000
        default: nil
        }
    }

    var pageSize: Int { max(1, Layout(viewport, state: self).content.height - 1) }

    func clamped(_ v: Int, max m: Int) -> Int { Swift.max(0, Swift.min(v, m)) }

    /// How far the document on screen can scroll at the current size.
    mutating func maxScroll() -> Int {
        guard let doc = currentDocument() else { return 0 }
        return max(0, doc.count - Layout(viewport, state: self).content.height)
    }

    mutating func clampScroll() {
        guard !viewport.isTooSmall else { return }
        if panel == nil, screen == .result {
            resultScroll = min(resultScroll, maxScroll())
        } else {
            panelScroll = min(panelScroll, maxScroll())
        }
    }
}
