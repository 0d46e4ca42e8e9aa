/// The files a deposit needs, chosen from the advice: REPORT.md and report.json always; LICENSE per
/// licensed part; ATTRIBUTION.md; CITATION.cff where it fits; the metadata files of the services listed.
public enum ArtefactKind {
    /// files a service can ask for through `deposit-files` in the service catalogue
    public static let serviceFiles = ["zenodo-json"]
}

public struct Artefact: Sendable, Hashable {
    public var name: String
    public var content: String
    public init(name: String, content: String) {
        self.name = name
        self.content = content
    }
}

public enum ArtefactSet {
    public static func make(rules: RuleSet, advice: Advice, metadata: DepositMetadata) -> [Artefact] {
        var files: [Artefact] = []
        files.append(Artefact(name: "REPORT.md", content: advice.markdown(rules: rules)))
        files.append(Artefact(name: "report.json", content: advice.json(rules: rules).pretty() + "\n"))
        for (i, pick) in advice.licences.enumerated() {
            let name = i == 0 ? "LICENSE" : "LICENSE-\(pick.part)"
            files.append(Artefact(name: name, content: LicenseFile.render(pick.licence, metadata: metadata, part: pick.part)))
        }
        let main = advice.licences.first?.licence
        if let main {
            files.append(Artefact(name: "ATTRIBUTION.md", content: Attribution(metadata: metadata, licence: main).document))
        }
        let asset = advice.asset
        if ["software", "ai-system", "ai-model", "dataset"].contains(asset ?? "") {
            let codeLicence = advice.licences.first { $0.part == "code" }?.licence ?? main
            files.append(Artefact(name: "CITATION.cff", content: CitationCFF.render(metadata: metadata, licence: codeLicence, asset: asset)))
        }
        let wanted = Set(advice.services.flatMap(\.service.depositFiles))
        if wanted.contains("zenodo-json") {
            let access: String? = if case .option(let a)? = advice.walk.answers["access"] { a } else { nil }
            files.append(Artefact(name: ".zenodo.json", content: ZenodoJSON.render(metadata: metadata, licence: main, asset: asset, access: advice.openness == "restricted" ? "restricted" : access)))
        }
        if asset == "ai-model" {
            let weights = advice.licences.first { $0.part == "weights" }?.licence ?? main
            files.append(Artefact(name: "README.md", content: ModelCard.render(metadata: metadata, licence: weights, advice: advice, rules: rules)))
        }
        return files
    }
}
