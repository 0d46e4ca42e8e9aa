import AdvisorCore
import Testing

/// The contract's "Examples that must hold", with defaults assumed for the questions they omit.
@Suite("Contract examples")
struct ContractExampleTests {
    func ids(_ a: Advice) -> [String] { a.licences.map(\.licence.id) }
    func services(_ a: Advice) -> [String] { a.services.map(\.service.id) }
    func warnings(_ a: Advice) -> [String] { a.warnings.map(\.id) }

    @Test("content, own, none, required, allow, allow gives CC BY 4.0, open")
    func contentBy() throws {
        let a = try ScenarioRules.advise(["asset": "content", "rights": "own", "personal-data": "none",
                                          "attribution": "required", "commercial": "allow", "derivatives": "allow"])
        #expect(a.isComplete)
        #expect(ids(a) == ["CC-BY-4.0"])
        #expect(a.openness == "open")
    }

    @Test("content, own, none, attribution not-required gives CC0")
    func contentCC0() throws {
        let a = try ScenarioRules.advise(["asset": "content", "rights": "own", "personal-data": "none", "attribution": "not-required"])
        #expect(ids(a) == ["CC0-1.0"])
    }

    @Test("content, own, none, required, forbid, share-alike gives CC BY-NC-SA 4.0, not-open")
    func contentNcSa() throws {
        let a = try ScenarioRules.advise(["asset": "content", "rights": "own", "personal-data": "none",
                                          "attribution": "required", "commercial": "forbid", "derivatives": "share-alike"])
        #expect(ids(a) == ["CC-BY-NC-SA-4.0"])
        #expect(a.openness == "not-open")
        #expect(warnings(a).contains("not-open"))
    }

    /// The Creative Commons chooser: attribution, commercial use and adaptations to the seven tools.
    static let chooser: [(String, String, String, String)] = [
        ("not-required", "allow", "allow", "CC0-1.0"),
        ("required", "allow", "allow", "CC-BY-4.0"),
        ("required", "allow", "share-alike", "CC-BY-SA-4.0"),
        ("required", "allow", "forbid", "CC-BY-ND-4.0"),
        ("required", "forbid", "allow", "CC-BY-NC-4.0"),
        ("required", "forbid", "share-alike", "CC-BY-NC-SA-4.0"),
        ("required", "forbid", "forbid", "CC-BY-NC-ND-4.0"),
    ]

    @Test("all seven Creative Commons chooser choices, for content and datasets", arguments: ["content", "dataset"])
    func chooserParity(asset: String) throws {
        for (by, commercial, derivatives, licence) in Self.chooser {
            var answers = ["asset": asset, "rights": "own", "personal-data": "none", "attribution": by]
            if by == "required" {
                answers["commercial"] = commercial
                answers["derivatives"] = derivatives
            }
            let a = try ScenarioRules.advise(answers)
            #expect(ids(a) == [licence], "\(asset) \(by)/\(commercial)/\(derivatives)")
            let open = ["CC0-1.0", "CC-BY-4.0", "CC-BY-SA-4.0"].contains(licence)
            #expect(a.openness == (open ? "open" : "not-open"), "\(licence)")
            #expect(warnings(a).contains("not-open") == !open, "\(licence) not-open warning")
        }
    }

    @Test("dataset, own, none, eu-database yes, required, allow, allow, FI: CC BY 4.0, database right, no Dryad")
    func datasetFinland() throws {
        let a = try ScenarioRules.advise(["asset": "dataset", "rights": "own", "personal-data": "none", "eu-database": "yes",
                                          "attribution": "required", "commercial": "allow", "derivatives": "allow", "country": "FI"])
        #expect(ids(a) == ["CC-BY-4.0"])
        #expect(warnings(a).contains("database-right"))
        #expect(!services(a).contains("dryad"))
        #expect(!a.services.isEmpty)
    }

    @Test("software, own, permissive, patents yes, employer approved: Apache 2.0 with Zenodo and Software Heritage")
    func software() throws {
        let a = try ScenarioRules.advise(["asset": "software", "rights": "own", "copyleft": "permissive",
                                          "patents": "yes", "employer": "approved"])
        #expect(ids(a) == ["Apache-2.0"])
        #expect(services(a).contains("zenodo"))
        #expect(services(a).contains("software-heritage"))
    }

    @Test("ai-model, own, none, weights only, no use restrictions: open weights on Hugging Face")
    func modelWeights() throws {
        let a = try ScenarioRules.advise(["asset": "ai-model", "rights": "own", "personal-data": "none",
                                          "release": "weights", "use-restrictions": "none"])
        #expect(a.openness == "open-weights")
        #expect(warnings(a).contains("open-weights"))
        #expect(services(a).contains("huggingface"))
    }

    @Test("dataset, chosen CC BY 4.0, own, none, DK, earth, 10 GB, open: GEUS Dataverse, no Dryad")
    func datasetDenmark() throws {
        let a = try ScenarioRules.advise(["asset": "dataset", "chosen-licence": "CC-BY-4.0", "rights": "own", "personal-data": "none",
                                          "country": "DK", "discipline": "earth", "size-gb": "10", "access": "open"])
        #expect(ids(a) == ["CC-BY-4.0"])
        #expect(services(a).contains("geus-dataverse"))
        #expect(!services(a).contains("dryad"))
    }

    @Test("every example reaches an outcome without defaults once the omitted questions are answered")
    func noDefaultsNeededForAsset() throws {
        let a = try ScenarioRules.advise(["asset": "software"], assumeDefaults: false)
        if case .needsAnswer(let q) = a.status { #expect(q.id == "chosen-licence") } else { Issue.record("expected needs-answer") }
    }
}
