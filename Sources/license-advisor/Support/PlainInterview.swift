import AdvisorCore

/// The interview as numbered prompts on plain lines, for when there is no usable terminal. It writes
/// no escape sequences: every text from the rules and every echo of the input is sanitised.
///
/// It drives `walk` and re-runs it from the start after every answer, so going back is just
/// forgetting an answer. Input: a number or an option id picks; multiple choice takes `1,3` or ids;
/// an empty line takes the default (after `b`, the previous answer); `?` shows help; `b` goes back
/// one question; `q` or the end of input stops (exit 130).
///
/// With a `session`, every change to the answers is saved at once (atomically), so that `--resume`
/// can continue after a crash or a `q`; the saved interview is deleted when the interview finishes.
struct PlainInterview {
    let rules: RuleSet
    /// the next input line without its newline, or nil at the end of input
    var readLine: () -> String?
    /// stdout
    var write: (String) -> Void
    /// stderr
    var writeError: (String) -> Void
    /// repeat each input line after the prompt (when stdin is not a terminal, so that a transcript
    /// shows the answers)
    var echo: Bool
    /// where the answers are saved after every change; nil saves nothing
    var session: SessionStore?
    /// lines shown after the welcome (a resumed interview: what was restored, what was dropped)
    var notices: [String] = []

    private var answers: Answers
    private var saveFailed = false
    /// answers forgotten by going back, offered again as the default
    private var previous: [String: AnswerValue] = [:]

    init(rules: RuleSet, readLine: @escaping () -> String?, write: @escaping (String) -> Void,
         writeError: @escaping (String) -> Void, echo: Bool = false,
         answers: Answers = Answers(), session: SessionStore? = nil, notices: [String] = []) {
        self.rules = rules
        self.answers = answers
        self.session = session
        self.notices = notices
        self.echo = echo
        self.readLine = readLine
        self.write = write
        self.writeError = writeError
    }

    enum Reply: Equatable {
        case answer(AnswerValue)
        case back
        case quit
        case endOfInput
    }

    /// Runs the interview to its end and returns the exit status: 0 finished, 130 stopped early,
    /// 1 when the rules lead nowhere.
    mutating func run() -> Int32 {
        write(Sanitizer.text(welcome))
        for n in notices { write(TextLayout.wrap(Sanitizer.line(n)) + "\n") }
        while true {
            let w = walk(rules, answers)
            switch w.end {
            case .outcome:
                session?.delete()
                write("\n" + advise(rules, answers).text(rules: rules))
                return 0
            case .broken(let why):
                writeError("error: the rules lead nowhere: \(Sanitizer.line(why))")
                return 1
            case .question(let q):
                switch ask(q, number: w.trail.count + 1) {
                case .answer(let value):
                    answers[q.id] = value
                    previous[q.id] = nil
                    save()
                case .back:
                    guard let last = w.trail.last else {
                        write("This is the first question.\n")
                        continue
                    }
                    previous[last.question] = last.answer
                    answers[last.question] = nil
                    save()
                case .quit:
                    writeError("Stopped before the end; no advice was given." + savedNote)
                    return 130
                case .endOfInput:
                    writeError("interrupted: the input ended before the interview finished" + (savedNote.isEmpty ? "" : "." + savedNote))
                    return 130
                }
            }
        }
    }

    /// Saves the answers; a failure is told once and the interview goes on unsaved.
    private mutating func save() {
        guard let session, !saveFailed else { return }
        do {
            try session.save(answers, rules: rules)
        } catch {
            saveFailed = true
            writeError("note: the interview cannot be saved (\(Sanitizer.line(error.description))); --resume will not continue it")
        }
    }

    /// Tells how to continue, when there is something saved to continue from.
    private var savedNote: String {
        session != nil && !saveFailed && !answers.values.isEmpty ? " The answers are saved: 'license-advisor --resume' continues." : ""
    }

    private var welcome: String {
        var s = rules.title + "\n"
        if !rules.disclaimer.isEmpty { s += TextLayout.wrap(Sanitizer.line(rules.disclaimer)) + "\n" }
        return s + "Answer with the number or the id of an option. Enter takes the default, ? shows help, b goes back, q quits.\n"
    }

    /// The default this question offers now: the answer given before going back, else the rules'.
    func shownDefault(_ q: Question) -> AnswerValue? { previous[q.id] ?? q.defaultValue }

    /// Shows a question and reads until the input is a usable reply.
    mutating func ask(_ q: Question, number: Int) -> Reply {
        write(PlainPrompt.block(q, number: number, default: shownDefault(q)))
        let prompt = PlainPrompt.prompt(q, default: shownDefault(q))
        while true {
            write(prompt)
            guard let raw = readLine() else {
                write("\n")
                return .endOfInput
            }
            if echo { write(Sanitizer.line(raw) + "\n") }
            let input = raw.trimmingCharacters()
            switch input {
            case "q", "Q": return .quit
            case "b", "B": return .back
            case "?":
                write(PlainPrompt.help(q, rules: rules))
                continue
            case "":
                if let d = shownDefault(q) { return .answer(d) }
                write("This question has no default; please answer it.\n")
                continue
            default:
                switch PlainPrompt.parse(input, for: q, rules: rules) {
                case .success(let value): return .answer(value)
                case .failure(let e): write(TextLayout.wrap(e.description) + "\n")
                }
            }
        }
    }
}

extension String {
    func trimmingCharacters() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
