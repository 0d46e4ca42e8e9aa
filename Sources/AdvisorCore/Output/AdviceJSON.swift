extension AnswerValue {
    public var json: JSON {
        switch self {
        case .option(let o): .string(o)
        case .options(let os): .array(os.map(JSON.string))
        case .number(let n): .number(n)
        }
    }
}

extension Question {
    public func json(detailed: Bool = false) -> JSON {
        var pairs: [(String, JSON)] = [("id", .string(id)), ("text", .string(text)), ("kind", .string(kind.rawValue))]
        if detailed, let hint { pairs.append(("hint", .string(hint))) }
        if detailed, let help { pairs.append(("help", .string(help))) }
        pairs.append(("options", .array(options.map { o in
            var p: [(String, JSON)] = [("id", .string(o.id)), ("label", .string(o.label))]
            if detailed, let d = o.description { p.append(("description", .string(d))) }
            if detailed, let h = o.help { p.append(("help", .string(h))) }
            return .object(p)
        })))
        if kind == .number {
            pairs.append(("min", minimum.map(JSON.number) ?? .null))
            pairs.append(("max", maximum.map(JSON.number) ?? .null))
            if let unit { pairs.append(("unit", .string(unit))) }
        }
        pairs.append(("default", defaultValue?.json ?? .null))
        return .object(pairs)
    }
}

extension Advice {
    /// The contract's result shape.
    public func json(rules: RuleSet) -> JSON {
        var pairs: [(String, JSON)] = []
        switch status {
        case .complete: pairs.append(("status", .string("complete")))
        case .needsAnswer(let q):
            pairs.append(("status", .string("needs-answer")))
            pairs.append(("next", .object([("question", .string(q.id)), ("text", .string(q.text)), ("kind", .string(q.kind.rawValue)),
                                           ("options", .array(q.options.map { .object([("id", .string($0.id)), ("label", .string($0.label))]) })),
                                           ("default", q.defaultValue?.json ?? .null)])))
        case .broken(let why):
            pairs.append(("status", .string("error")))
            pairs.append(("error", .string(why)))
        }
        pairs.append(("asset", asset.map(JSON.string) ?? .null))
        pairs.append(("licences", .array(licences.map { r in
            .object([("part", .string(r.part)), ("id", .string(r.licence.id)), ("name", .string(r.licence.name)), ("url", .string(r.licence.url))])
        })))
        pairs.append(("openness", openness.map(JSON.string) ?? .null))
        pairs.append(("alternatives", .array(alternatives.map { .object([("id", .string($0.id)), ("why", .string($0.why))]) })))
        pairs.append(("services", .array(services.map { s in
            .object([("id", .string(s.service.id)), ("name", .string(s.service.name)), ("doi", .bool(s.service.doi)),
                     ("url", .string(s.service.url)), ("why", .string(s.why)), ("cautions", .array(s.cautions.map(JSON.string)))])
        })))
        pairs.append(("warnings", .array(warnings.map { w in
            .object([("id", .string(w.id)), ("severity", .string(w.severity)), ("text", .string(w.text)),
                     ("sources", .array(w.sources.map { .string(rules.cite($0)) }))])
        })))
        pairs.append(("actions", .array(actions.map { .object([("id", .string($0.id)), ("text", .string($0.text))]) })))
        pairs.append(("trail", .array(trail.map { t in
            .object([("question", .string(t.question)), ("answer", t.answer.json), ("assumed", .bool(t.assumed))])
        })))
        pairs.append(("rules", .object([("version", .string(rulesVersion))])))
        return .object(pairs)
    }
}
