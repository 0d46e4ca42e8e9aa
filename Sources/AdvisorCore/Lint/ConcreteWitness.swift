/// Turns a witness path into answers someone can type (`--set asset=dataset ...`), checked by
/// running the engine's own `walk` on them. Answers the valuation fixes are taken from it; the
/// others are chosen along the path so that every route on it is taken (a small search over the
/// open answers each route reads). When the walk does not follow the path, there is no example.
extension LintContext {
    static let maxRouteCombinations = 256

    func concreteAnswers(along path: [Int], following v: UInt64, in p: Projection) -> [TrailStep]? {
        guard let target = path.last else { return nil }
        var fixed = Answers()
        var open: [String: [AnswerValue]] = [:]
        for (k, n) in path.enumerated() where k + 1 < path.count {
            let nextID = graph.ids[path[k + 1]]
            switch graph.nodes[n] {
            case .outcome:
                return nil
            case .question(let q):
                let leading = q.kind == .single ? q.options.filter { ($0.next ?? q.next) == nextID } : []
                if let i = p.slot[q.id] {
                    guard let value = value(of: q, code: p.code(v, i), domain: p.domains[i], leading: leading) else { return nil }
                    fixed[q.id] = value
                } else {
                    let choices = candidates(for: q, leading: leading)
                    if choices.count == 1 { fixed[q.id] = choices[0] } else { open[q.id] = choices }
                }
            case .router(let r):
                guard choose(r, towards: nextID, fixed: &fixed, open: &open) else { return nil }
            }
        }
        for (id, choices) in open { fixed[id] = choices.first }
        let w = walk(rules, fixed)
        let asked = path.compactMap { graph.question($0)?.id }
        guard w.trail.map(\.question).starts(with: asked) else { return nil }
        switch graph.nodes[target] {
        case .outcome(let o):
            guard case .outcome(let end) = w.end, end.id == o.id, w.trail.count == asked.count else { return nil }
        case .router(let r):
            // Either the walk passes the route node, or stops there because no route holds.
            var stopsHere = false
            if case .broken = w.end, w.trail.count == asked.count { stopsHere = r.otherwise == nil }
            guard stopsHere || w.routes.contains(where: { $0.0 == r.id }) else { return nil }
        case .question:
            return nil
        }
        return Array(w.trail.prefix(asked.count))
    }

    /// The concrete answer a valuation code stands for, leading along the path.
    private func value(of q: Question, code: Int, domain d: AnswerDomain, leading: [AnswerOption]) -> AnswerValue? {
        switch (q.kind, d.kind) {
        case (.single, .choice):
            return leading.first { d.code(ofOption: $0.id) == code }.map { .option($0.id) }
        case (.single, _):
            return leading.first.map { .option($0.id) }
        case let (.multiple, .multi(options, other)):
            let mask = code - 1
            var picked = options.enumerated().filter { mask & (1 << $0.offset) != 0 }.map(\.element)
            if let other, mask & (1 << options.count) != 0 { picked.append(other) }
            return .options(picked)
        case (.multiple, _):
            return q.defaultValue ?? .options([])
        case let (.number, .number(reps)):
            return .number(reps[code - 1])
        case (.number, _):
            return q.defaultValue ?? .number(q.minimum ?? 0)
        }
    }

    /// Answers worth trying for a question no condition of the finding reads.
    private func candidates(for q: Question, leading: [AnswerOption]) -> [AnswerValue] {
        switch q.kind {
        case .single:
            return leading.map { .option($0.id) }
        case .multiple:
            let mentioned = mentions.said(about: q.id).options
            let named = q.options.map(\.id).filter(mentioned.contains)
            return [q.defaultValue ?? .options([]), .options([])] + named.map { .options([$0]) }
        case .number:
            let reps = AnswerDomain.representatives(q, thresholds: mentions.said(about: q.id).thresholds)
            return (q.defaultValue.map { [$0] } ?? []) + reps.map { .number($0) }
        }
    }

    /// Fixes the open answers a route node reads so that it leads to `nextID`.
    private func choose(_ r: Router, towards nextID: String, fixed: inout Answers, open: inout [String: [AnswerValue]]) -> Bool {
        let read = Set(r.routes.flatMap { $0.when.atoms().compactMap(\.atom.question) }).filter { open[$0] != nil }.sorted()
        var combination = [Int](repeating: 0, count: read.count)
        for _ in 0..<Self.maxRouteCombinations {
            var answers = fixed
            for (k, id) in read.enumerated() { answers[id] = open[id]![combination[k]] }
            let facts = Facts(answers: answers)
            let taken = r.routes.first { facts.holds($0.when) }?.next ?? r.otherwise
            if taken == nextID {
                for id in read { fixed[id] = answers[id]; open[id] = nil }
                return true
            }
            var k = 0
            while k < read.count {
                combination[k] += 1
                if combination[k] < open[read[k]]!.count { break }
                combination[k] = 0
                k += 1
            }
            if k == read.count { return false }
        }
        return false
    }
}

extension TrailStep {
    /// `asset=dataset`, `release=weights,training-code`, `size-gb=51`: as `--set` takes it.
    var setArgument: String {
        switch answer {
        case .options(let os): "\(question)=\(os.joined(separator: ","))"
        default: "\(question)=\(answer)"
        }
    }
}
