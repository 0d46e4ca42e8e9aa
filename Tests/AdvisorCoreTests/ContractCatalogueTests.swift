import AdvisorCore
import Testing

/// The ids the contract fixes exist, every question is explained, and every piece of advice names
/// sources that resolve.
@Suite("Contract ids, wording and sources")
struct ContractCatalogueTests {
    static let questions: [String: [String]] = [
        "asset": ["dataset", "software", "ai-model", "ai-system", "content"],
        "chosen-licence": ["undecided"],
        "rights": ["own", "third-party-open", "third-party-restricted", "unsure"],
        "input-licences": ["CC0-1.0", "PDDL-1.0", "CC-BY-4.0", "CC-BY-SA-4.0", "CC-BY-NC-4.0", "CC-BY-NC-SA-4.0", "CC-BY-ND-4.0",
                           "ODbL-1.0", "ODC-By-1.0", "MIT", "BSD-3-Clause", "Apache-2.0", "LGPL-3.0-or-later", "MPL-2.0",
                           "GPL-2.0-only", "GPL-2.0-or-later", "GPL-3.0-or-later", "AGPL-3.0-or-later", "EUPL-1.2", "other"],
        "personal-data": ["none", "anonymised", "pseudonymised", "identifiable", "special-category"],
        "eu-database": ["yes", "no", "unsure"],
        "attribution": ["required", "not-required"],
        "commercial": ["allow", "forbid"],
        "derivatives": ["allow", "share-alike", "forbid"],
        "copyleft": ["permissive", "weak", "strong", "network"],
        "patents": ["yes", "no"],
        "employer": ["approved", "not-yet", "own-time"],
        "release": ["weights", "training-code", "inference-code", "data-information", "training-data"],
        "use-restrictions": ["none", "responsible-use"],
        "gpai": ["yes", "no", "unsure"],
        "misuse-risk": ["low", "possible", "high"],
        "country": ["SE", "NO", "DK", "FI", "PT", "other-eu", "other"],
        "discipline": ["climate", "earth", "life-science", "social-science", "humanities", "other"],
        "size-gb": [],
        "access": ["open", "embargo", "restricted"],
    ]
    static let services = ["zenodo", "figshare", "dryad", "osf", "b2share", "huggingface", "software-heritage", "icos", "bolin",
                           "scilifelab", "snd", "nbis", "nird", "sikt", "dataverseno", "elixir-no", "datavejviser",
                           "geus-dataverse", "dtu-data", "deic-dataverse", "fairdata-ida", "fsd", "dmportal"]
    static let warnings = ["database-right", "personal-data", "third-party-rights", "licence-conflict", "not-open", "open-weights",
                           "use-restrictions", "training-data", "tdm-exception", "ai-act-gpai", "dual-use", "employer-rights",
                           "size-limit", "licence-misfit"]

    @Test("every contract question and option exists, with a declared default")
    func questionIDs() throws {
        let rules = try ScenarioRules.rules()
        for (id, options) in Self.questions {
            let q = try #require(rules.question(id), "question \(id)")
            #expect(q.defaultValue != nil, "\(id) has no default")
            for o in options { #expect(q.option(o) != nil, "\(id) lacks option \(o)") }
        }
        #expect(rules.question("size-gb")?.kind == .number)
        #expect(rules.question("release")?.kind == .multiple)
        #expect(rules.question("input-licences")?.kind == .multiple)
    }

    @Test("every question has a hint and help; every option a description and help")
    func wording() throws {
        let rules = try ScenarioRules.rules()
        let licenceIDs = Set(rules.licences.map(\.id))
        for q in rules.questions {
            #expect(!(q.hint ?? "").isEmpty, "\(q.id) has no hint")
            #expect(!(q.help ?? "").isEmpty, "\(q.id) has no help")
            for o in q.options where !(q.id == "chosen-licence" && licenceIDs.contains(o.id)) {
                #expect(!(o.description ?? "").isEmpty, "\(q.id)/\(o.id) has no description")
                #expect(!(o.help ?? "").isEmpty, "\(q.id)/\(o.id) has no help")
            }
        }
    }

    @Test("the contract's service and warning ids exist; services say whether they were verified")
    func serviceAndWarningIDs() throws {
        let rules = try ScenarioRules.rules()
        for id in Self.services { #expect(rules.service(id) != nil, "service \(id)") }
        for id in Self.warnings { #expect(rules.warningKinds.contains { $0.id == id }, "warning \(id)") }
        for id in ["datavejviser", "geus-dataverse", "dmportal", "nbis"] {
            #expect(rules.service(id)?.verified == false, "\(id) was not found in the fact sheet and must be verified: false")
        }
        #expect(rules.service("datavejviser")?.kind == "catalogue")
        #expect(rules.service("datavejviser")?.doi == false)
        #expect(rules.version == "1.0.0")
    }

    @Test("every licence, service, row, warning and action names sources that resolve")
    func sources() throws {
        let rules = try ScenarioRules.rules()
        func check(_ ids: [String], _ what: String) {
            #expect(!ids.isEmpty, "\(what) names no source")
            for s in ids { #expect(rules.reference(s) != nil, "\(what): source \(s) is not a reference") }
        }
        for l in rules.licences { check(l.sources, "licence \(l.id)") }
        for s in rules.services { check(s.sources, "service \(s.id)") }
        for t in rules.tables {
            for r in t.rows {
                check(r.sources, "row \(t.id)/\(r.id)")
                for w in r.effects.warnings { check(w.sources, "warning \(w.id) in \(t.id)/\(r.id)") }
                for a in r.effects.actions { check(a.sources, "action \(a.id) in \(t.id)/\(r.id)") }
            }
        }
        for r in rules.references { #expect(!r.cite.isEmpty, "reference \(r.id) has no cite") }
    }

    @Test("every reference is cited somewhere (one reference per fact used)")
    func referencesUsed() throws {
        let rules = try ScenarioRules.rules()
        var used = Set<String>()
        for l in rules.licences { used.formUnion(l.sources) }
        for s in rules.services { used.formUnion(s.sources) }
        for q in rules.questions { used.formUnion(q.sources); q.options.forEach { used.formUnion($0.sources) } }
        for t in rules.tables {
            for r in t.rows {
                used.formUnion(r.sources)
                r.effects.warnings.forEach { used.formUnion($0.sources) }
                r.effects.actions.forEach { used.formUnion($0.sources) }
            }
        }
        let unused = rules.references.map(\.id).filter { !used.contains($0) }
        #expect(unused.isEmpty, "references nobody cites: \(unused)")
    }

    @Test("action ids are stable kebab-case and each id always means the same action")
    func actionIDs() throws {
        let rules = try ScenarioRules.rules()
        for t in rules.tables {
            for r in t.rows {
                for a in r.effects.actions {
                    let ok = !a.id.isEmpty && a.id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
                    #expect(ok, "action id \(a.id) in \(t.id)/\(r.id) is not kebab-case")
                }
            }
        }
    }
}
