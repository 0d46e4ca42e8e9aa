import AdvisorCore

extension AppState {
    mutating func handleQuestion(_ key: Key) -> Command {
        guard let q = currentQuestion else {
            enterPosition()
            return .stay
        }
        if case .char(let c) = key, c.isASCII, c.isNumber, q.kind != .number {
            digit(c, q)
            return .stay
        }
        question.digits = ""
        if q.kind == .number, let handled = numberKey(key, q) { return handled }
        let count = q.options.count
        switch key {
        case .up, .char("k"): question.cursor = clamped(question.cursor - 1, max: count - 1)
        case .down, .char("j"): question.cursor = clamped(question.cursor + 1, max: count - 1)
        case .pageUp: question.cursor = clamped(question.cursor - optionsPerPage, max: count - 1)
        case .pageDown: question.cursor = clamped(question.cursor + optionsPerPage, max: count - 1)
        case .home: question.cursor = 0
        case .end: question.cursor = max(0, count - 1)
        case .char(" "):
            if q.kind == .multiple { toggle(q, question.cursor) } else { confirm(q) }
        case .enter, .right, .char("l"): confirm(q)
        case .left, .backspace, .char("b"): goBack()
        case .char("?"): openPanel(.help)
        case .char("r"): openReview()
        case .char("q"): return requestQuit()
        case .escape: break
        default: break
        }
        return .stay
    }

    /// Options a page key moves by (each option takes about two lines).
    var optionsPerPage: Int { max(1, Layout(viewport, state: self).content.height / 2 - 2) }

    /// Digits pick an option by number. In lists of ten or more, a digit that could start a longer
    /// number moves the cursor and waits for the next digit (or Enter).
    mutating func digit(_ c: Character, _ q: Question) {
        let count = q.options.count
        var typed = question.digits + String(c)
        if let n = Int(typed), n < 1 || n > count, !question.digits.isEmpty { typed = String(c) }
        guard let n = Int(typed), n >= 1, n <= count else {
            question.digits = ""
            message = Message("There is no option \(typed); pick 1 to \(count).", .caution)
            return
        }
        question.cursor = n - 1
        if n * 10 <= count {
            question.digits = typed
            message = Message("Option \(n)… type another digit, or Enter for \(n).", .info)
            return
        }
        question.digits = ""
        if q.kind == .multiple { toggle(q, n - 1) } else { confirm(q) }
    }

    mutating func toggle(_ q: Question, _ index: Int) {
        guard q.options.indices.contains(index) else { return }
        let id = q.options[index].id
        if question.selection.contains(id) { question.selection.remove(id) } else { question.selection.insert(id) }
    }

    /// Answers the question on screen with what is selected or typed, and moves on.
    mutating func confirm(_ q: Question) {
        let value: AnswerValue
        switch q.kind {
        case .single:
            guard q.options.indices.contains(question.cursor) else { return }
            value = .option(q.options[question.cursor].id)
        case .multiple:
            let ids = q.options.map(\.id).filter(question.selection.contains)
            guard !ids.isEmpty else {
                message = Message("Tick at least one option with Space.", .caution)
                return
            }
            value = .options(ids)
        case .number:
            guard let n = parseNumber(q) else { return }
            value = .number(n)
        }
        setAnswer(q.id, value)
        if editingFromReview {
            editingFromReview = false
            position = trail.count
        } else {
            position += 1
        }
        enterPosition()
    }

    /// Keys the number field takes; nil for keys it leaves to the question screen.
    mutating func numberKey(_ key: Key, _ q: Question) -> Command? {
        switch key {
        case .char(let c) where c.isASCII && (c.isNumber || c == "." || c == "," || c == "-"):
            type(c == "," ? "." : c, q)
            return .stay
        case .backspace where !question.numberText.isEmpty, .delete where !question.numberText.isEmpty:
            question.numberText.removeLast()
            question.inputError = nil
            return .stay
        case .escape:
            question.numberText = ""
            question.inputError = nil
            return .stay
        case .char("b"), .char("q"), .char("r"), .char("?"), .char(" "), .char("l"), .enter, .left, .right, .backspace:
            return nil
        case .char(let c):
            question.inputError = "“\(c)” is not part of a number: type digits, with one decimal point if needed."
            return .stay
        default:
            return .stay
        }
    }

    mutating func type(_ c: Character, _ q: Question) {
        let text = question.numberText
        if text.count >= 18 {
            question.inputError = "That is long enough for any size."
        } else if c == "-" && !text.isEmpty {
            question.inputError = "A minus sign can only come first."
        } else if c == "-", let lo = q.minimum, lo >= 0 {
            question.inputError = "It cannot be negative: the smallest allowed is \(AnswerValue.format(lo))."
        } else if c == "." && text.contains(".") {
            question.inputError = "A number has only one decimal point."
        } else {
            question.numberText.append(c)
            question.inputError = nil
        }
    }

    /// The typed number, or nil with the reason in `inputError`.
    mutating func parseNumber(_ q: Question) -> Double? {
        let text = question.numberText
        let unit = q.unit.map { " \($0)" } ?? ""
        guard !text.isEmpty else {
            let d = q.defaultValue.map { " (the default is \($0)\(unit))" } ?? ""
            question.inputError = "Type a number\(d)."
            return nil
        }
        guard let n = Double(text), n.isFinite, text != "-", text != "." else {
            question.inputError = "“\(text)” is not a number."
            return nil
        }
        if let lo = q.minimum, n < lo {
            question.inputError = "It must be at least \(AnswerValue.format(lo))\(unit)."
            return nil
        }
        if let hi = q.maximum, n > hi {
            question.inputError = "It must be at most \(AnswerValue.format(hi))\(unit)."
            return nil
        }
        question.inputError = nil
        return n
    }
}
