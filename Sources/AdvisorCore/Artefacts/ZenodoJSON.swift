/// .zenodo.json: Zenodo reads it on GitHub releases and it takes precedence over CITATION.cff (facts C1).
public enum ZenodoJSON {
    public static func render(metadata: DepositMetadata, licence: Licence?, asset: String?, access: String?) -> String {
        let uploadType: String
        switch asset {
        case "dataset": uploadType = "dataset"
        case "software", "ai-system": uploadType = "software"
        default: uploadType = "other"
        }
        var pairs: [(String, JSON)] = [
            ("title", .string(metadata.title)),
            ("upload_type", .string(uploadType)),
            ("description", .string("\(metadata.title). Licence and deposit prepared with license-advisor.")),
            ("creators", .array(metadata.authors.map { a in
                let (family, given) = a.parts
                var c: [(String, JSON)] = [("name", .string(given.isEmpty ? family : "\(family), \(given)"))]
                if let o = a.orcid { c.append(("orcid", .string(o))) }
                if let i = metadata.institution { c.append(("affiliation", .string(i))) }
                return .object(c)
            })),
            ("access_right", .string(accessRight(access))),
        ]
        if let licence { pairs.append(("license", .string(licence.aliases["zenodo"] ?? licence.id.lowercased()))) }
        return JSON.object(pairs).pretty() + "\n"
    }

    static func accessRight(_ access: String?) -> String {
        switch access {
        case "restricted": "restricted"
        case "embargo": "embargoed"
        default: "open"
        }
    }
}
