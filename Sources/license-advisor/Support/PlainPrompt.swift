import AdvisorCore

/// The texts and the input parsing of the plain interview, kept apart from its loop.
enum PlainPrompt {
    static func line(_ s: String) -> String { Sanitizer.line(s) }

    /// The question, its hint and its numbered options, the default marked.
    static func block(_ q: Question, number: Int, default d: AnswerValue?) -> String {
        var out = ["", TextLayout.wrap("\(number). \(line(q.text))", rest: "   ")]
        if let hint = q.hint { out.append(TextLayout.wrap(line(hint), first: "   ")) }
        let defaults = d.map(optionIDs) ?? []
        switch q.kind {
        case .number:
            var range: [String] = []
            if let lo = q.minimum { range.append("at least \(AnswerValue.format(lo))") }
            if let hi = q.maximum { range.append("at most \(AnswerValue.format(hi))") }
            let unit = q.unit.map { " in \(line($0))" } ?? ""
            out.append("   Type a number\(unit)" + (range.isEmpty ? "" : ", " + range.joined(separator: " and ")) + ".")
        case .single, .multiple:
            if q.kind == .multiple { out.append("   Pick one or more, separated by commas (1,3).") }
            let width = String(q.options.count).count
            for (i, o) in q.options.enumerated() {
                let n = String(i + 1)
                let mark = defaults.contains(o.id) ? "  [default]" : ""
                let first = "  " + String(repeating: " ", count: width - n.count) + n + ") "
                out.append(TextLayout.wrap(line(o.label) + mark, first: first))
            }
        }
        return out.joined(separator: "\n") + "\n"
    }

    static func prompt(_ q: Question, default d: AnswerValue?) -> String {
        guard let d else { return "> " }
        switch (q.kind, d) {
        case (.number, .number(let n)): return "[\(AnswerValue.format(n))] > "
        default:
            let numbers = optionIDs(d).compactMap { id in q.options.firstIndex { $0.id == id }.map { String($0 + 1) } }
            return numbers.isEmpty ? "> " : "[\(numbers.joined(separator: ","))] > "
        }
    }

    /// `?`: the longer help, each option's description and help, and the sources.
    static func help(_ q: Question, rules: RuleSet) -> String {
        var out: [String] = []
        if let h = q.help { out.append(TextLayout.wrap(line(h), first: "   ")) }
        for (i, o) in q.options.enumerated() {
            let more = [o.description, o.help].compactMap { $0 }.map(line)
            if !more.isEmpty { out.append(TextLayout.wrap("\(line(o.label)): " + more.joined(separator: " "), first: "   \(i + 1)) ", rest: "      ")) }
        }
        let sources = (q.sources + q.options.flatMap(\.sources)).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
        for s in sources { out.append(TextLayout.wrap("Source: " + line(rules.cite(s)), first: "   ", rest: "     ")) }
        if out.isEmpty { out.append("   There is no more help for this question.") }
        out.append("   Answer with a number or an option id; Enter takes the default; b goes back; q quits.")
        return out.joined(separator: "\n") + "\n"
    }

    /// A number or id (several for multiple choice) or, for numeric questions, a number.
    static func parse(_ input: String, for q: Question, rules: RuleSet) -> Result<AnswerValue, AnswerError> {
        let reader = AnswersReader(rules: rules)
        switch q.kind {
        case .number:
            return reader.value([input], for: q)
        case .single:
            switch option(input, q) {
            case .success(let id): return .success(.option(id))
            case .failure(let e): return .failure(e)
            }
        case .multiple:
            let tokens = input.split { $0 == "," || $0 == " " }.map(String.init)
            var picked: Set<String> = []
            for t in tokens {
                switch option(t, q) {
                case .success(let id): picked.insert(id)
                case .failure(let e): return .failure(e)
                }
            }
            return .success(.options(q.options.map(\.id).filter(picked.contains)))
        }
    }

    /// One option by its number, its id, or its id in another case when that is unambiguous.
    static func option(_ token: String, _ q: Question) -> Result<String, AnswerError> {
        if let n = Int(token) {
            guard q.options.indices.contains(n - 1) else {
                return .failure(AnswerError("There is no option \(n); pick a number from 1 to \(q.options.count)."))
            }
            return .success(q.options[n - 1].id)
        }
        if let o = q.option(token) { return .success(o.id) }
        let folded = q.options.filter { $0.id.lowercased() == token.lowercased() }
        if folded.count == 1 { return .success(folded[0].id) }
        let hint = Suggest.hint(for: token, in: q.options.map(\.id))
        return .failure(AnswerError("'\(line(token))' is not an option\(hint); answer with a number from 1 to \(q.options.count) or an option id."))
    }
}

/// The option ids an answer names (none for a number).
func optionIDs(_ a: AnswerValue) -> [String] {
    switch a {
    case .option(let o): [o]
    case .options(let os): os
    case .number: []
    }
}
