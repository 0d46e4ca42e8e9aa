/// The attribution statement in the TASL form (Title, Author, Source, Licence), as CC recommends.
public struct Attribution: Sendable {
    public var metadata: DepositMetadata
    public var licence: Licence

    public init(metadata: DepositMetadata, licence: Licence) {
        self.metadata = metadata
        self.licence = licence
    }

    private var verb: String { licence.databaseRight == "waived" ? "is marked with" : "is licensed under" }
    private var byline: String {
        metadata.authorList.isEmpty ? "" : " by \(metadata.authorList)" + (metadata.institution.map { ", \($0)," } ?? "")
    }

    /// The source as a link: a bare DOI goes through the doi.org resolver.
    public var sourceLink: String? {
        metadata.source.map { $0.hasPrefix("10.") ? "https://doi.org/" + $0 : $0 }
    }

    public var plain: String {
        let source = sourceLink.map { " (\($0))" } ?? ""
        return Sanitizer.line("\"\(metadata.title)\"\(byline)\(source) \(verb) \(licence.name). To view a copy of this licence, visit \(licence.url)")
    }

    public var markdown: String {
        let t = Self.mdEscape(metadata.title)
        // parentheses and spaces would end a Markdown link target early
        let target = sourceLink.map { link in
            link.map { c in c == "(" ? "%28" : c == ")" ? "%29" : c == " " ? "%20" : String(c) }.joined()
        }
        let title = target.map { "[\(t)](\($0))" } ?? "\"\(t)\""
        return Sanitizer.line("\(title)\(Self.mdEscape(byline)) \(verb) [\(Self.mdEscape(licence.name))](\(licence.url)).")
    }

    public var html: String {
        let t = Self.htmlEscape(metadata.title)
        let title = sourceLink.map { "<a href=\"\(Self.htmlEscape($0))\">\(t)</a>" } ?? "<span>\(t)</span>"
        return Sanitizer.line("<p>\(title)\(Self.htmlEscape(byline)) \(verb) <a rel=\"license\" href=\"\(Self.htmlEscape(licence.url))\">\(Self.htmlEscape(licence.name))</a>.</p>")
    }

    /// The three forms in one file, for ATTRIBUTION.md.
    public var document: String {
        """
        # How to credit this work

        Plain text:

            \(plain)

        Markdown:

            \(markdown)

        HTML:

            \(html)

        """
    }

    static func mdEscape(_ s: String) -> String {
        var out = ""
        for c in s {
            if "\\`*_[]()<>#!|".contains(c) { out.append("\\") }
            out.append(c)
        }
        return out
    }

    static func htmlEscape(_ s: String) -> String {
        var out = ""
        for c in s {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(c)
            }
        }
        return out
    }
}
