/// CITATION.cff in Citation File Format 1.2.0 (facts D: cff-version, message, authors and title are required).
public enum CitationCFF {
    public static func render(metadata: DepositMetadata, licence: Licence?, asset: String?) -> String {
        let type = asset == "dataset" ? "dataset" : "software"
        var out = "cff-version: 1.2.0\n"
        out += "message: \(quote("If you use this \(type == "dataset" ? "dataset" : "work"), please cite it as below."))\n"
        out += "type: \(type)\n"
        out += "title: \(quote(metadata.title))\n"
        out += "authors:\n"
        let authors = metadata.authors.isEmpty ? [DepositMetadata.Author(name: "Unknown, Author")] : metadata.authors
        for a in authors {
            let (family, given) = a.parts
            out += "  - family-names: \(quote(family))\n"
            if !given.isEmpty { out += "    given-names: \(quote(given))\n" }
            if let orcid = a.orcid { out += "    orcid: \(quote("https://orcid.org/" + orcid))\n" }
            if let inst = metadata.institution { out += "    affiliation: \(quote(inst))\n" }
        }
        if let licence {
            // The CFF 1.2.0 schema takes only the SPDX ids of its day; any other licence goes in as its URL.
            if !CFFLicenceIDs.all.contains(licence.id) {
                out += "license-url: \(quote(licence.url))\n"
            } else {
                out += "license: \(quote(licence.id))\n"
            }
        }
        if let source = metadata.source {
            if source.hasPrefix("10.") {
                out += "doi: \(quote(source))\n"
            } else if source.hasPrefix("http") {
                out += "url: \(quote(source))\n"
            }
        }
        return out
    }

    /// A double-quoted YAML scalar: always quoted, so no value is ever read as a boolean or number.
    static func quote(_ s: String) -> String {
        var out = "\""
        for u in Sanitizer.line(s).unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            default: out.unicodeScalars.append(u)
            }
        }
        return out + "\""
    }
}
