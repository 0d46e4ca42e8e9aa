import AdvisorCore

extension AppState {
    /// An answer in words (option labels, a number with its unit), sanitised.
    func answerText(_ questionID: String, _ value: AnswerValue) -> String {
        guard let q = rules.question(questionID) else { return Sanitizer.line(value.description) }
        switch value {
        case .option(let id): return Sanitizer.line(q.option(id)?.label ?? id)
        case .options(let ids): return ids.map { Sanitizer.line(q.option($0)?.label ?? $0) }.joined(separator: ", ")
        case .number(let n): return AnswerValue.format(n) + (q.unit.map { " " + Sanitizer.line($0) } ?? "")
        }
    }

    /// A breadcrumb item: the label when it is short, the option id otherwise.
    func shortLabel(_ step: TrailStep) -> String {
        let full = answerText(step.question, step.answer)
        if TextWidth.of(full) <= 18 { return full }
        if case .option(let id) = step.answer { return Sanitizer.line(id) }
        return TextWidth.truncate(full, 18, ellipsis: glyphs.ellipsis)
    }

    func questionText(_ id: String) -> String {
        Sanitizer.line(rules.question(id)?.text ?? id)
    }

    func licenceName(_ id: String) -> String {
        Sanitizer.line(rules.licence(id)?.short ?? id)
    }

    func citation(_ ref: String) -> String {
        let cite = Sanitizer.line(rules.cite(ref))
        if let url = rules.reference(ref)?.url { return "\(cite) <\(Sanitizer.line(url))>" }
        return cite
    }

    var screenTitle: String {
        switch panel {
        case .help?: return "Help"
        case .review?: return "Review your answers"
        case .why?: return "Why this result"
        case .compare?: return compare.picking ? "Pick licences to compare" : "Compare licences"
        case .deposit?: return "Deposit files"
        case nil:
            switch screen {
            case .welcome: return "Welcome"
            case .question: return "Question"
            case .result: return "Result"
            }
        }
    }

    /// The keys of the current screen, for the footer: (key, what it does).
    var footerKeys: [(String, String)] {
        let g = glyphs
        if confirmingQuit { return [("y", "quit"), ("n", "keep going")] }
        if viewport.isTooSmall { return [("q", "quit")] }
        switch panel {
        case .help?, .why?: return [(g.upDown, "scroll"), ("Esc", "close"), ("q", "quit")]
        case .review?: return [(g.upDown, "move"), ("Enter", "change"), ("Esc", "close"), ("q", "quit")]
        case .compare?:
            if compare.picking { return [(g.upDown, "move"), ("Space", "tick"), ("Enter", "compare"), ("Esc", "cancel")] }
            return [(g.upDown, "scroll"), ("e", "pick licences"), ("Esc", "close"), ("q", "quit")]
        case .deposit?:
            switch deposit.phase {
            case .written: return [("any key", "back to the result")]
            case .confirmOverwrite: return [("y", "overwrite"), ("other keys", "do not")]
            case .editing: return [("Tab \(g.upDown)", "field"), ("Enter", "write the files"), ("Bksp", "erase"), ("Esc", "cancel")]
            }
        case nil: break
        }
        switch screen {
        case .welcome: return [("Enter", "start"), ("?", "help"), ("q", "quit")]
        case .result:
            return [(g.upDown, "scroll"), ("s", "deposit"), ("S", "report"), ("w", "why"), ("c", "compare"),
                    ("r", "review"), (g.left, "back"), ("q", "quit")]
        case .question:
            let tail: [(String, String)] = [(g.left, "back"), ("?", "help"), ("r", "review"), ("q", "quit")]
            switch currentQuestion?.kind {
            case .multiple?: return [(g.upDown, "move"), ("Space", "tick"), ("Enter", "next")] + tail
            case .number?: return [("0-9", "type"), ("Enter", "next")] + tail
            default:
                let n = min(9, currentQuestion?.options.count ?? 0)
                return [(g.upDown, "move"), ("1-\(n)", "pick"), ("Enter", "next")] + tail
            }
        }
    }
}
