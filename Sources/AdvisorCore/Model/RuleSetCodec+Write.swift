extension ByteWriter {
    mutating func rules(_ r: RuleSet) {
        uint(r.schema)
        string(r.version)
        string(r.title)
        string(r.entry)
        optString(r.chosenLicenceQuestion)
        optString(r.assetQuestion)
        optString(r.undecidedOption)
        string(r.disclaimer)
        string(r.conflictWarning)
        array(r.mainParts.sorted { $0.key < $1.key }) { $0.string($1.key); $0.string($1.value) }
        array(r.nodeOrder) { $0.node(r.nodes[$1]!) }
        array(r.licences) { $0.licence($1) }
        array(r.services) { $0.service($1) }
        array(r.references) { w, x in w.string(x.id); w.string(x.cite); w.optString(x.url); w.location(x.location) }
        array(r.warningKinds) { w, x in w.string(x.id); w.string(x.title); w.location(x.location) }
        array(r.tables) { $0.decisionTable($1) }
        strings(r.files)
        location(r.manifestLocation)
        // compiled here, at build time, so start-up replays them (ConditionProgram.Snapshot)
        conditions(r.index.program.snapshot)
    }

    mutating func node(_ n: FlowNode) {
        switch n {
        case .question(let q):
            uint(0)
            question(q)
        case .router(let r):
            uint(1)
            string(r.id)
            array(r.routes) { w, x in w.condition(x.when); w.string(x.next); w.optString(x.because); w.location(x.location) }
            optString(r.otherwise)
            location(r.location)
        case .outcome(let o):
            uint(2)
            string(o.id)
            optional(o.tables) { $0.strings($1) }
            location(o.location)
        }
    }

    mutating func question(_ q: Question) {
        string(q.id)
        string(q.kind.rawValue)
        string(q.text)
        optString(q.hint)
        optString(q.help)
        array(q.options) { w, o in
            w.string(o.id); w.string(o.label); w.optString(o.description); w.optString(o.help); w.optString(o.next)
            w.strings(o.sources); w.location(o.location)
        }
        optString(q.next)
        optional(q.defaultValue) { $0.answer($1) }
        optional(q.minimum) { $0.double($1) }
        optional(q.maximum) { $0.double($1) }
        optString(q.unit)
        strings(q.sources)
        location(q.location)
    }

    mutating func answer(_ a: AnswerValue) {
        switch a {
        case .option(let o): uint(0); string(o)
        case .options(let os): uint(1); strings(os)
        case .number(let n): uint(2); double(n)
        }
    }

    mutating func condition(_ c: Condition) {
        switch c {
        case .always: uint(0)
        case .all(let cs): uint(1); array(cs) { $0.condition($1) }
        case .any(let cs): uint(2); array(cs) { $0.condition($1) }
        case .not(let inner): uint(3); condition(inner)
        case .atom(let a):
            uint(4)
            switch a.subject {
            case .question(let q): uint(0); string(q)
            case .licenceHas: uint(1)
            case .licenceIs: uint(2)
            case .openness: uint(3)
            }
            test(a.test)
            location(a.location)
        }
    }

    mutating func test(_ t: Atom.Test) {
        switch t {
        case .oneOf(let v): uint(0); strings(v)
        case .includesAny(let v): uint(1); strings(v)
        case .includesAll(let v): uint(2); strings(v)
        case .exactly(let v): uint(3); strings(v)
        case .compare(let op, let n): uint(4); string(op.rawValue); double(n)
        case .asked(let b): uint(5); bool(b)
        }
    }

    mutating func conditions(_ s: ConditionProgram.Snapshot) {
        array(s.ops) { w, o in w.uint(Int(o.kind.rawValue)); w.int(Int(o.count)); w.int(Int(o.size)); w.int(Int(o.atom)) }
        array(s.atoms) { w, a in w.uint(Int(a.kind.rawValue)); w.int(Int(a.slot)); w.int(Int(a.truth)) }
        array(s.tests) { $0.test($1) }
        array(s.truth) { $0.bool($1) }
        array(s.starts) { $0.int(Int($1)) }
    }

    mutating func licence(_ l: Licence) {
        string(l.id); string(l.name); string(l.short); string(l.url); strings(l.meantFor); string(l.openness)
        strings(l.properties.sorted()); string(l.copyleft); string(l.databaseRight); string(l.summary)
        array(l.aliases.sorted { $0.key < $1.key }) { $0.string($1.key); $0.string($1.value) }
        strings(l.sources); location(l.location)
    }

    mutating func clause(_ c: Clause) {
        condition(c.when); string(c.text); int(c.score); location(c.location)
    }

    mutating func service(_ s: Service) {
        string(s.id); string(s.name); string(s.url); string(s.kind); bool(s.doi); string(s.identifier)
        optional(s.licences) { $0.strings($1) }
        strings(s.countries); string(s.summary); string(s.cost); string(s.curation); string(s.personalData)
        string(s.sizeLimit); bool(s.verified)
        array(s.requires) { $0.clause($1) }
        array(s.cautions) { $0.clause($1) }
        array(s.boosts) { $0.clause($1) }
        int(s.rank); strings(s.depositFiles); strings(s.sources); location(s.location)
    }

    mutating func decisionTable(_ t: DecisionTable) {
        string(t.id); string(t.hit.rawValue); condition(t.applies)
        array(t.rows) { w, row in
            w.string(row.id); w.condition(row.when)
            let e = row.effects
            w.optional(e.licences) { w, ls in w.array(ls) { $0.string($1.part); $0.string($1.id) } }
            w.optString(e.openness)
            w.array(e.alternatives) { $0.string($1.id); $0.string($1.why) }
            w.array(e.warnings) { w, x in w.string(x.id); w.string(x.severity); w.string(x.text); w.strings(x.sources) }
            w.array(e.actions) { w, x in w.string(x.id); w.string(x.text); w.strings(x.sources) }
            w.array(e.constraints) { w, x in w.string(x.part); w.strings(x.allow); w.string(x.because) }
            w.array(e.excludeServices) { $0.string($1.id); $0.string($1.because) }
            w.string(row.because); w.strings(row.sources); w.location(row.location)
        }
        location(t.location)
    }
}
