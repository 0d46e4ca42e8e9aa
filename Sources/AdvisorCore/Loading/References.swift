/// Checks that every id the rules mention is defined, with "did you mean" for the near misses.
/// These checks run on every load: the engine relies on them.
enum References {
    static let parts = ["data", "database", "content", "code", "weights", "all"]
    static let severities = ["info", "caution", "blocker"]
    static let opennessValues = ["open", "not-open", "open-weights", "open-source-ai", "restricted"]

    static func check(_ rules: RuleSet, sink: DiagnosticSink) {
        // Only a "did you mean" needs the ids as a set: a clean base of 100 000 nodes builds none.
        var nodeIDs: Set<String>?
        let licenceIDs = rules.licences.map(\.id)
        let refIDs = Set(rules.references.map(\.id))
        let allFlags = Set(rules.licences.flatMap(\.flags))

        func node(_ id: String, _ at: SourceLocation?, _ what: String) {
            guard rules.nodes.index(forKey: id) == nil else { return }
            if nodeIDs == nil { nodeIDs = Set(rules.nodes.keys) }
            sink.error("ref/unknown", at, "\(what) '\(id)' is not a node\(Suggest.hint(for: id, in: nodeIDs!))")
        }
        func sources(_ ids: [String], _ at: SourceLocation?) {
            for s in ids where !refIDs.contains(s) {
                sink.error("ref/unknown", at, "source '\(s)' is not in the references\(Suggest.hint(for: s, in: refIDs))")
            }
        }
        func licence(_ id: String, _ at: SourceLocation?) {
            if id != chosenLicenceToken, rules.licence(id) == nil {
                sink.error("ref/unknown", at, "licence '\(id)' is not in the licence catalogue\(Suggest.hint(for: id, in: licenceIDs))")
            }
        }
        func condition(_ c: Condition, _ at: SourceLocation?) {
            // Walked in `forEachAtom`'s order without its closure, whose capture of `rules` would copy
            // the rule set for every atom; nor are the atoms copied into a list.
            switch c {
            case .always: break
            case .all(let cs), .any(let cs): for c in cs { condition(c, at) }
            case .not(let inner): condition(inner, at)
            case .atom(let atom): checkAtom(atom, at: atom.location ?? at, rules: rules, flags: allFlags, sink: sink)
            }
        }

        let mloc = rules.manifestLocation
        node(rules.entry, mloc, "entry")
        for (key, id) in [("asset-question", rules.assetQuestion), ("chosen-licence-question", rules.chosenLicenceQuestion)] {
            if let id, rules.question(id) == nil {
                sink.error("ref/unknown", mloc, "\(key) '\(id)' is not a question\(Suggest.hint(for: id, in: rules.questions.map(\.id)))")
            }
        }
        for (asset, part) in rules.mainParts where !parts.contains(part) {
            sink.error("schema/value", mloc, "main part '\(part)' for '\(asset)' is not one of \(parts.joined(separator: ", "))")
        }
        if let u = rules.undecidedOption, let q = rules.chosenLicenceQuestion.flatMap(rules.question), q.option(u) == nil {
            sink.error("ref/unknown", mloc, "undecided-option '\(u)' is not an option of '\(q.id)'")
        }

        // In the dictionary's order, not looked up one id at a time: the findings are sorted anyway.
        // Options and routes by index: a copy would retain each of their texts.
        for flowNode in rules.nodes.values {
            switch flowNode {
            case .question(let q):
                if let n = q.next { node(n, q.location, "next") }
                for k in q.options.indices {
                    if let n = q.options[k].next { node(n, q.options[k].location, "next") }
                    if !q.options[k].sources.isEmpty { sources(q.options[k].sources, q.options[k].location) }
                }
                sources(q.sources, q.location)
                checkDefault(of: flowNode, sink: sink)
            case .router(let r):
                for k in r.routes.indices {
                    node(r.routes[k].next, r.routes[k].location, "next")
                    condition(r.routes[k].when, r.routes[k].location)
                }
                if let o = r.otherwise { node(o, r.location, "otherwise") }
            case .outcome(let o):
                for t in o.tables ?? [] where !rules.tables.contains(where: { $0.id == t }) {
                    sink.error("ref/unknown", o.location, "table '\(t)' is not defined\(Suggest.hint(for: t, in: rules.tables.map(\.id)))")
                }
            }
        }

        for l in rules.licences {
            sources(l.sources, l.location)
            if !["open", "not-open"].contains(l.openness) {
                sink.error("schema/value", l.location, "licence openness '\(l.openness)' must be open or not-open")
            }
        }
        for s in rules.services {
            sources(s.sources, s.location)
            for l in s.licences ?? [] { licence(l, s.location) }
            for c in s.requires + s.cautions + s.boosts { condition(c.when, c.location) }
        }
        let warningIDs = Set(rules.warningKinds.map(\.id))
        let serviceIDs = rules.services.map(\.id)
        for t in rules.tables {
            condition(t.applies, t.location)
            for row in t.rows {
                let at = row.location
                condition(row.when, at)
                sources(row.sources, at)
                let e = row.effects
                for p in e.licences ?? [] {
                    licence(p.id, at)
                    if !parts.contains(p.part) && p.part != mainPartToken {
                        sink.error("schema/value", at, "part '\(p.part)' is not one of \(parts.joined(separator: ", "))\(Suggest.hint(for: p.part, in: parts))")
                    }
                }
                if let o = e.openness, !opennessValues.contains(o) {
                    sink.error("schema/value", at, "openness '\(o)' is not one of \(opennessValues.joined(separator: ", "))\(Suggest.hint(for: o, in: opennessValues))")
                }
                for c in e.constraints where !parts.contains(c.part) && c.part != mainPartToken {
                    sink.error("schema/value", at, "part '\(c.part)' is not one of main, \(parts.joined(separator: ", "))")
                }
                for a in e.alternatives { licence(a.id, at) }
                for c in e.constraints { c.allow.forEach { licence($0, at) } }
                for w in e.warnings {
                    sources(w.sources, at)
                    if !warningIDs.contains(w.id) {
                        sink.error("ref/unknown", at, "warning '\(w.id)' is not in the warnings catalogue\(Suggest.hint(for: w.id, in: warningIDs))")
                    }
                    if !severities.contains(w.severity) {
                        sink.error("schema/value", at, "severity '\(w.severity)' is not one of info, caution, blocker")
                    }
                }
                for a in e.actions { sources(a.sources, at) }
                for x in e.excludeServices where rules.service(x.id) == nil {
                    sink.error("ref/unknown", at, "service '\(x.id)' is not in the service catalogue\(Suggest.hint(for: x.id, in: serviceIDs))")
                }
            }
        }
    }

    /// Takes the node, and reads the question's fields in place: passed on, or captured by a
    /// closure, a question is copied, each of its texts and lists retained.
    static func checkDefault(of node: FlowNode, sink: DiagnosticSink) {
        guard case .question(let q) = node, let d = q.defaultValue else { return }
        let options = q.options
        switch (q.kind, d) {
        case (.single, .option), (.multiple, .options):
            guard d.optionIDs.contains(where: { id in !options.contains { $0.id == id } }) else { break }
            sink.error("ref/unknown", q.location, "default of '\(q.id)' names an option it does not have: \(d)\(Suggest.hint(for: d.description, in: q.options.map(\.id)))")
        case (.number, .number(let n)):
            if let lo = q.minimum, n < lo { sink.error("schema/value", q.location, "default \(d) of '\(q.id)' is below its minimum") }
            if let hi = q.maximum, n > hi { sink.error("schema/value", q.location, "default \(d) of '\(q.id)' is above its maximum") }
        default: break
        }
    }

    static func checkAtom(_ atom: Atom, at: SourceLocation?, rules: RuleSet, flags: Set<String>, sink: DiagnosticSink) {
        switch atom.subject {
        case .licenceHas:
            if case .includesAll(let fs) = atom.test {
                for f in fs where !flags.contains(f) {
                    sink.error("ref/unknown", at, "no licence has the property '\(f)'\(Suggest.hint(for: f, in: flags))")
                }
            }
        case .licenceIs:
            if case .oneOf(let ids) = atom.test {
                for id in ids where rules.licence(id) == nil {
                    sink.error("ref/unknown", at, "licence '\(id)' is not in the licence catalogue\(Suggest.hint(for: id, in: rules.licences.map(\.id)))")
                }
            }
        case .openness:
            if case .oneOf(let vs) = atom.test {
                for v in vs where !opennessValues.contains(v) {
                    sink.error("schema/value", at, "openness '\(v)' is not one of \(opennessValues.joined(separator: ", "))")
                }
            }
        case .question(let qid):
            // Matched in place, fields read directly: `rules.question` and calls on the question
            // would copy it, each of its texts and lists retained.
            guard case .question(let q)? = rules.nodes[qid] else {
                sink.error("ref/unknown", at, "question '\(qid)' is not defined\(Suggest.hint(for: qid, in: rules.questions.map(\.id)))")
                return
            }
            let ids: [String]
            switch atom.test {
            case .oneOf(let v):
                ids = v
                if q.kind != .single { sink.error("cond/type", at, "'is'/'in' reads a single-choice answer, but '\(qid)' is \(q.kind.rawValue); use includes") }
            case .includesAny(let v), .includesAll(let v), .exactly(let v):
                ids = v
                if q.kind != .multiple { sink.error("cond/type", at, "'includes' reads a multiple-choice answer, but '\(qid)' is \(q.kind.rawValue); use is/in") }
            case .compare:
                ids = []
                if q.kind != .number { sink.error("cond/type", at, "a numeric comparison reads a number, but '\(qid)' is \(q.kind.rawValue)") }
            case .asked:
                ids = []
            }
            let options = q.options
            for id in ids where !options.contains(where: { $0.id == id }) {
                sink.error("cond/unknown-choice", at, "'\(qid)' has no option '\(id)'\(Suggest.hint(for: id, in: options.map(\.id)))")
            }
        }
    }
}

extension AnswerValue {
    var optionIDs: [String] {
        switch self {
        case .option(let o): [o]
        case .options(let os): os
        case .number: []
        }
    }
}
