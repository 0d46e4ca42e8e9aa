/// What the text and Markdown reports share: labels for answers, openness in words, warning titles
/// and one numbered list of sources. Every string that comes out of here is sanitised.
struct ReportModel {
    let advice: Advice
    let rules: RuleSet
    /// reference ids in the order the report first cites them
    let sourceIDs: [String]

    init(advice: Advice, rules: RuleSet) {
        self.advice = advice
        self.rules = rules
        var ids: [String] = []
        var seen: Set<String> = []
        func add(_ list: [String]) { for s in list where seen.insert(s).inserted { ids.append(s) } }
        for l in advice.licences { add(l.licence.sources) }
        for row in advice.fired { add(row.sources) }
        for w in advice.warnings { add(w.sources) }
        for a in advice.actions { add(a.sources) }
        for s in advice.services { add(s.service.sources) }
        sourceIDs = ids
    }

    /// Multi-line text from a file: control characters made visible, tabs as spaces.
    static func clean(_ s: String) -> String {
        var out = Sanitizer.text(s)
        if out.contains("\t") { out = out.split(separator: "\t", omittingEmptySubsequences: false).joined(separator: " ") }
        return out
    }

    /// One line of text from a file.
    static func line(_ s: String) -> String { Sanitizer.line(s) }

    /// "[1] [3]" for a list of reference ids.
    func citations(_ ids: [String]) -> [Int] {
        ids.compactMap { id in sourceIDs.firstIndex(of: id).map { $0 + 1 } }
    }

    var assetLabel: String? {
        guard let a = advice.asset else { return nil }
        guard let q = rules.assetQuestion.flatMap(rules.question), let o = q.option(a) else { return Self.line(a) }
        return Self.line(o.label)
    }

    func warningTitle(_ id: String) -> String {
        Self.line(rules.warningKinds.first { $0.id == id }?.title ?? id)
    }

    /// An answer in words: option labels, or the number with its unit.
    func answerText(_ step: TrailStep) -> String {
        let q = rules.question(step.question)
        switch step.answer {
        case .option(let o): return Self.line(q?.option(o)?.label ?? o)
        case .options(let os): return os.map { Self.line(q?.option($0)?.label ?? $0) }.joined(separator: "; ")
        case .number(let n): return AnswerValue.format(n) + (q?.unit.map { " " + Self.line($0) } ?? "")
        }
    }

    func questionText(_ id: String) -> String { Self.line(rules.question(id)?.text ?? id) }

    static let severitySymbol = ["blocker": "✖", "caution": "▲", "info": "ℹ"]

    /// The contract's openness values in words.
    static func opennessText(_ o: String?) -> String {
        switch o {
        case nil: return "nothing to judge"
        case "open": return "open (meets the Open Definition / OSI)"
        case "not-open": return "not open (non-commercial, no-derivatives or use restrictions)"
        case "open-weights": return "open weights (the weights are open, not everything needed to rebuild them)"
        case "open-source-ai": return "open-source AI (OSI Open Source AI Definition 1.0)"
        case "restricted": return "restricted (controlled access)"
        case let other?: return line(other)
        }
    }

    func cite(_ id: String) -> (text: String, url: String?) {
        let r = rules.reference(id)
        return (Self.line(r?.cite ?? id), r?.url.map(Self.line))
    }

    /// How to answer a question on the command line.
    static func setExample(_ q: Question) -> String {
        switch q.kind {
        case .single: return "--set \(q.id)=ID"
        case .multiple: return "--set \(q.id)=ID,ID"
        case .number: return "--set \(q.id)=NUMBER"
        }
    }

    func defaultText(_ q: Question) -> String? {
        guard let d = q.defaultValue else { return nil }
        return Self.line(d.description)
    }
}
