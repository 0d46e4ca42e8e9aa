import AdvisorCore
import AdvisorRules
import Foundation

/// Answers the interview on screen from a plan of question id → answer, reading which question is
/// showing from the built-in rules (so rewording the rules does not break the tests). Questions not
/// in the plan take their default. Option numbers come from the rules, not from label text.
struct Interviewer {
    let rules: RuleSet
    let session: TmuxSession

    init(_ session: TmuxSession) throws {
        rules = try RuleLoader.load(files: BuiltinRules.files)
        self.session = session
    }

    /// Which question the screen shows: the one whose text starts the first content row.
    func questionOnScreen(_ screen: String) -> Question? {
        let rows = screen.components(separatedBy: "\n")
        guard rows.count > 3 else { return nil }
        // The main column only: the candidates panel sits right of a vertical line on wide terminals.
        let main = rows[3].components(separatedBy: "│")[0].components(separatedBy: " | ")[0]
        let first = main.trimmingCharacters(in: .whitespaces)
        guard !first.isEmpty else { return nil }
        return rules.questions.filter { Sanitizer.line($0.text).hasPrefix(first) }.max { $0.text.count > $1.text.count }
    }

    static func title(_ screen: String) -> String { screen.components(separatedBy: "\n").first ?? "" }

    /// Answers until the result shows; returns the result screen and the question ids answered.
    @discardableResult
    func answer(_ plan: [String: AnswerValue], until stop: String? = nil) throws -> (screen: String, asked: [String]) {
        var asked: [String] = []
        for _ in 0..<60 {
            try session.wait("a question or the result") { s in
                let t = Self.title(s)
                return t.contains("Result") || (t.contains("Question") && questionOnScreen(s) != nil)
            }
            let screen = session.settled()
            if Self.title(screen).contains("Result") { return (screen, asked) }
            guard let q = questionOnScreen(screen) else { throw TmuxError("unknown question:\n\(screen)") }
            if q.id == stop { return (screen, asked) }
            asked.append(q.id)
            try give(plan[q.id] ?? q.defaultValue ?? .option(q.options.first?.id ?? ""), to: q, screen: screen)
            try session.wait("the next screen after \(q.id)") { Self.title($0) != Self.title(screen) }
        }
        throw TmuxError("no result after 60 questions")
    }

    func give(_ value: AnswerValue, to q: Question, screen: String) throws {
        switch (q.kind, value) {
        case (.single, .option(let id)):
            guard let i = q.options.firstIndex(where: { $0.id == id }) else { throw TmuxError("\(q.id) has no option \(id)") }
            pick(i + 1, of: q.options.count)
            if (i + 1) * 10 <= q.options.count { session.send("Enter") }
        case (.multiple, .options(let ids)):
            let ticked = Self.ticked(screen)
            for (i, o) in q.options.enumerated() where ticked[i + 1] != nil && ticked[i + 1] != ids.contains(o.id) {
                pick(i + 1, of: q.options.count)
                if (i + 1) * 10 <= q.options.count { session.send("Space") }
            }
            session.send("Enter")
        case (.number, .number(let n)):
            session.type(AnswerValue.format(n))
            session.send("Enter")
        default:
            throw TmuxError("cannot give \(value) to \(q.id)")
        }
    }

    func pick(_ n: Int, of count: Int) { session.type(String(n)) }

    /// Option number → ticked, for the multiple-choice rows on screen ("  2. [x] Label").
    static func ticked(_ screen: String) -> [Int: Bool] {
        var out: [Int: Bool] = [:]
        for line in screen.components(separatedBy: "\n") {
            let t = line.drop { $0 == " " || $0 == "▸" || $0 == ">" }
            guard let dot = t.firstIndex(of: "."), let n = Int(t[..<dot]) else { continue }
            let rest = t[t.index(after: dot)...].trimmingCharacters(in: .whitespaces)
            if rest.hasPrefix("[x]") { out[n] = true } else if rest.hasPrefix("[ ]") { out[n] = false }
        }
        return out
    }
}
