extension ByteReader {
    mutating func rules() throws -> RuleSet {
        let schema = try uint(), version = try string(), title = try string(), entry = try string()
        let chosen = try optString(), asset = try optString(), undecided = try optString()
        let disclaimer = try string(), conflict = try string()
        let mainParts = Dictionary(try array { r in (try r.string(), try r.string()) }, uniquingKeysWith: { a, _ in a })
        let nodeList = try array { r in try r.node() }
        let licences = try array { r in try r.licence() }
        let services = try array { r in try r.service() }
        let references = try array { r in Reference(id: try r.string(), cite: try r.string(), url: try r.optString(), location: try r.location()) }
        let warnings = try array { r in WarningKind(id: try r.string(), title: try r.string(), location: try r.location()) }
        let tables = try array { r in try r.decisionTable() }
        let files = try strings()
        let manifest = try location()
        var rules = RuleSet(schema: schema, version: version, title: title, entry: entry, chosenLicenceQuestion: chosen,
                            assetQuestion: asset, undecidedOption: undecided, disclaimer: disclaimer, conflictWarning: conflict,
                            nodes: Dictionary(nodeList.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a }),
                            nodeOrder: nodeList.map(\.id), licences: licences, services: services, references: references,
                            warningKinds: warnings, tables: tables, files: files, manifestLocation: manifest)
        rules.mainParts = mainParts
        rules.indexCell.precompiled = try conditions()
        return rules
    }

    mutating func node() throws -> FlowNode {
        switch try uint() {
        case 0: return .question(try question())
        case 1:
            let id = try string()
            let routes = try array { r in Route(when: try r.condition(), next: try r.string(), because: try r.optString(), location: try r.location()) }
            return .router(Router(id: id, routes: routes, otherwise: try optString(), location: try location()))
        case 2: return .outcome(Outcome(id: try string(), tables: try optional { r in try r.strings() }, location: try location()))
        default: throw RuleSetCodec.Malformed()
        }
    }

    mutating func question() throws -> Question {
        let id = try string()
        guard let kind = QuestionKind(rawValue: try string()) else { throw RuleSetCodec.Malformed() }
        let text = try string(), hint = try optString(), help = try optString()
        let options = try array { r in
            AnswerOption(id: try r.string(), label: try r.string(), description: try r.optString(), help: try r.optString(),
                         next: try r.optString(), sources: try r.strings(), location: try r.location())
        }
        return Question(id: id, kind: kind, text: text, hint: hint, help: help, options: options, next: try optString(),
                        defaultValue: try optional { r in try r.answer() }, minimum: try optional { r in try r.double() },
                        maximum: try optional { r in try r.double() }, unit: try optString(), sources: try strings(),
                        location: try location())
    }

    mutating func answer() throws -> AnswerValue {
        switch try uint() {
        case 0: return .option(try string())
        case 1: return .options(try strings())
        case 2: return .number(try double())
        default: throw RuleSetCodec.Malformed()
        }
    }

    mutating func condition() throws -> Condition {
        switch try uint() {
        case 0: return .always
        case 1: return .all(try array { r in try r.condition() })
        case 2: return .any(try array { r in try r.condition() })
        case 3: return .not(try condition())
        case 4:
            let subject: Atom.Subject
            switch try uint() {
            case 0: subject = .question(try string())
            case 1: subject = .licenceHas
            case 2: subject = .licenceIs
            case 3: subject = .openness
            default: throw RuleSetCodec.Malformed()
            }
            return .atom(Atom(subject: subject, test: try test(), location: try location()))
        default: throw RuleSetCodec.Malformed()
        }
    }

    mutating func test() throws -> Atom.Test {
        switch try uint() {
        case 0: return .oneOf(try strings())
        case 1: return .includesAny(try strings())
        case 2: return .includesAll(try strings())
        case 3: return .exactly(try strings())
        case 4:
            guard let op = Atom.Comparison(rawValue: try string()) else { throw RuleSetCodec.Malformed() }
            return .compare(op, try double())
        case 5: return .asked(try bool())
        default: throw RuleSetCodec.Malformed()
        }
    }

    mutating func conditions() throws -> ConditionProgram.Snapshot {
        func int32(_ r: inout ByteReader) throws -> Int32 {
            guard let v = Int32(exactly: try r.int()) else { throw RuleSetCodec.Malformed() }
            return v
        }
        func byte<T: RawRepresentable<UInt8>>(_ r: inout ByteReader) throws -> T {
            guard let raw = UInt8(exactly: try r.uint()), let v = T(rawValue: raw) else { throw RuleSetCodec.Malformed() }
            return v
        }
        let snapshot = ConditionProgram.Snapshot(
            ops: try array { r in ConditionProgram.Op(kind: try byte(&r), count: try int32(&r), size: try int32(&r), atom: try int32(&r)) },
            atoms: try array { r in ConditionProgram.CompiledAtom(kind: try byte(&r), slot: try int32(&r), truth: try int32(&r)) },
            tests: try array { r in try r.test() }, truth: try array { r in try r.bool() }, starts: try array { r in try int32(&r) })
        guard snapshot.isWellFormed else { throw RuleSetCodec.Malformed() }
        return snapshot
    }

    mutating func licence() throws -> Licence {
        Licence(id: try string(), name: try string(), short: try string(), url: try string(), meantFor: try strings(),
                openness: try string(), properties: Set(try strings()), copyleft: try string(), databaseRight: try string(),
                summary: try string(),
                aliases: Dictionary(try array { r in (try r.string(), try r.string()) }, uniquingKeysWith: { a, _ in a }),
                sources: try strings(), location: try location())
    }

    mutating func clause() throws -> Clause {
        Clause(when: try condition(), text: try string(), score: try int(), location: try location())
    }

    mutating func service() throws -> Service {
        var s = Service(id: try string(), name: try string(), url: try string(), kind: try string(), doi: try bool(),
                        identifier: try string(), licences: try optional { r in try r.strings() }, countries: try strings(),
                        summary: try string(), cost: try string(), curation: try string(), personalData: try string(),
                        sizeLimit: try string(), verified: try bool(), requires: try array { r in try r.clause() },
                        cautions: try array { r in try r.clause() }, boosts: try array { r in try r.clause() },
                        rank: try int(), sources: [], location: nil)
        s.depositFiles = try strings()
        s.sources = try strings()
        s.location = try location()
        return s
    }

    mutating func decisionTable() throws -> DecisionTable {
        let id = try string()
        guard let hit = HitPolicy(rawValue: try string()) else { throw RuleSetCodec.Malformed() }
        let applies = try condition()
        let rows = try array { r in
            let id = try r.string(), when = try r.condition()
            var e = Effects()
            e.licences = try r.optional { r in try r.array { r in LicencePick(part: try r.string(), id: try r.string()) } }
            e.openness = try r.optString()
            e.alternatives = try r.array { r in Alternative(id: try r.string(), why: try r.string()) }
            e.warnings = try r.array { r in WarningEmission(id: try r.string(), severity: try r.string(), text: try r.string(), sources: try r.strings()) }
            e.actions = try r.array { r in ActionEmission(id: try r.string(), text: try r.string(), sources: try r.strings()) }
            e.constraints = try r.array { r in Constraint(part: try r.string(), allow: try r.strings(), because: try r.string()) }
            e.excludeServices = try r.array { r in ServiceExclusion(id: try r.string(), because: try r.string()) }
            return TableRow(id: id, when: when, effects: e, because: try r.string(), sources: try r.strings(), location: try r.location())
        }
        return DecisionTable(id: id, hit: hit, applies: applies, rows: rows, location: try location())
    }
}
