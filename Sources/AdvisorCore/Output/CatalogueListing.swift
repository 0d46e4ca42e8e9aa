/// The `questions`, `licences` and `services` listings, as aligned text columns and as JSON with
/// every property. Text output is sanitised; JSON is escaped by the JSON writer.
public enum CatalogueListing {
    // MARK: questions

    public static func questionsJSON(_ rules: RuleSet) -> JSON {
        .array(rules.questions.map { $0.json(detailed: true) })
    }

    public static func questionsText(_ rules: RuleSet) -> String {
        var out: [String] = []
        for q in rules.questions {
            if !out.isEmpty { out.append("") }
            out.append(TextLayout.wrap("\(q.id) (\(q.kind.rawValue)): \(ReportModel.line(q.text))", rest: "    "))
            let d = q.defaultValue?.optionIDs ?? []
            if q.kind == .number {
                var facts: [String] = []
                if let u = q.unit { facts.append("unit \(ReportModel.line(u))") }
                if let lo = q.minimum { facts.append("min \(AnswerValue.format(lo))") }
                if let hi = q.maximum { facts.append("max \(AnswerValue.format(hi))") }
                out.append("  a number" + (facts.isEmpty ? "" : ", " + facts.joined(separator: ", ")))
            } else {
                out.append(TextLayout.columns(q.options.map { o in
                    ["  " + ReportModel.line(o.id), ReportModel.line(o.label) + (d.contains(o.id) ? "  (default)" : "")]
                }))
            }
            if let dv = q.defaultValue { out.append("  default: " + ReportModel.line(dv.description)) }
        }
        return Sanitizer.text(out.joined(separator: "\n")) + "\n"
    }

    // MARK: licences

    public static func licencesJSON(_ rules: RuleSet) -> JSON {
        .array(rules.licences.map { l in
            .object([
                ("id", .string(l.id)), ("name", .string(l.name)), ("short", .string(l.short)), ("url", .string(l.url)),
                ("for", .array(l.meantFor.map(JSON.string))), ("openness", .string(l.openness)),
                ("properties", .array(l.properties.sorted().map(JSON.string))), ("copyleft", .string(l.copyleft)),
                ("database-right", .string(l.databaseRight)), ("summary", .string(l.summary)),
                ("aliases", .object(l.aliases.sorted { $0.key < $1.key }.map { ($0.key, JSON.string($0.value)) })),
                ("sources", sources(l.sources, rules)),
            ])
        })
    }

    public static func licencesText(_ rules: RuleSet) -> String {
        let rows = rules.licences.map { l in
            [l.id, l.short, l.meantFor.joined(separator: ","), l.openness, l.copyleft].map(ReportModel.line)
        }
        return Sanitizer.text(TextLayout.columns(rows, header: ["ID", "NAME", "FOR", "OPENNESS", "COPYLEFT"])) + "\n"
    }

    // MARK: services

    public static func servicesJSON(_ rules: RuleSet) -> JSON {
        .array(rules.services.map { s in
            .object([
                ("id", .string(s.id)), ("name", .string(s.name)), ("url", .string(s.url)), ("kind", .string(s.kind)),
                ("doi", .bool(s.doi)), ("identifier", .string(s.identifier)),
                ("licences", s.licences.map { .array($0.map(JSON.string)) } ?? .string("any")),
                ("countries", .array(s.countries.map(JSON.string))), ("summary", .string(s.summary)),
                ("cost", .string(s.cost)), ("curation", .string(s.curation)), ("personal-data", .string(s.personalData)),
                ("size-limit", .string(s.sizeLimit)), ("verified", .bool(s.verified)), ("rank", .number(Double(s.rank))),
                ("requires", clauses(s.requires, scored: false)), ("cautions", clauses(s.cautions, scored: false)),
                ("boosts", clauses(s.boosts, scored: true)), ("sources", sources(s.sources, rules)),
            ])
        })
    }

    public static func servicesText(_ rules: RuleSet) -> String {
        let rows = rules.services.map { s -> [String] in
            let licences = s.licences.map { $0.count <= 3 ? $0.joined(separator: ",") : "\($0.count) licences" } ?? "any"
            return [s.id, s.name, s.kind, s.doi ? "yes" : "no", licences, s.countries.joined(separator: ","),
                    s.verified ? "verified" : "unverified"].map(ReportModel.line)
        }
        var text = TextLayout.columns(rows, header: ["ID", "NAME", "KIND", "DOI", "LICENCES", "COUNTRIES", "STATUS"])
        if rules.services.contains(where: { !$0.verified }) {
            text += "\n\nunverified: the fact sheets found nothing to confirm the entry; check with the service."
        }
        return Sanitizer.text(text) + "\n"
    }

    static func clauses(_ cs: [Clause], scored: Bool) -> JSON {
        .array(cs.map { c in
            var pairs: [(String, JSON)] = [("when", c.when.json), ("text", .string(c.text))]
            if scored { pairs.append(("score", .number(Double(c.score)))) }
            return .object(pairs)
        })
    }

    static func sources(_ ids: [String], _ rules: RuleSet) -> JSON {
        .array(ids.map { id in
            let r = rules.reference(id)
            return .object([("id", .string(id)), ("cite", .string(r?.cite ?? id)), ("url", r?.url.map(JSON.string) ?? .null)])
        })
    }
}

extension Condition {
    /// The condition in the rule files' own grammar (`{"q": "size-gb", "lte": 200}`).
    public var json: JSON {
        switch self {
        case .always: return .bool(true)
        case .all(let cs): return .object([("all", .array(cs.map(\.json)))])
        case .any(let cs): return .object([("any", .array(cs.map(\.json)))])
        case .not(let c): return .object([("not", c.json)])
        case .atom(let a): return a.json
        }
    }
}

extension Atom {
    public var json: JSON {
        let list = { (xs: [String]) in JSON.array(xs.map(JSON.string)) }
        switch (subject, test) {
        case (.licenceHas, .includesAll(let fs)): return .object([("licence-has", fs.count == 1 ? .string(fs[0]) : list(fs))])
        case (.licenceIs, .oneOf(let ids)): return .object([("licence-is", list(ids))])
        case (.openness, .oneOf(let vs)): return .object([("openness", list(vs))])
        case (.question(let q), let t):
            let test: (String, JSON)
            switch t {
            case .oneOf(let v): test = v.count == 1 ? ("is", .string(v[0])) : ("in", list(v))
            case .includesAny(let v): test = ("includes", list(v))
            case .includesAll(let v): test = ("includes-all", list(v))
            case .exactly(let v): test = ("exactly", list(v))
            case .compare(let op, let n): test = (op.rawValue, .number(n))
            case .asked(let b): test = ("asked", .bool(b))
            }
            return .object([("q", .string(q)), test])
        default:
            return .null
        }
    }
}
