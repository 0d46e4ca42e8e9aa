/// What the deposit files say about the work and its makers (the small form on the result screen,
/// or `--title`/`--author`/`--year`/`--institution` on the command line).
public struct DepositMetadata: Sendable, Hashable {
    public struct Author: Sendable, Hashable {
        public var name: String
        /// bare ORCID iD, 0000-0000-0000-0000 form
        public var orcid: String?
        public init(name: String, orcid: String? = nil) {
            self.name = name
            self.orcid = orcid
        }

        /// "Family, Given" or "Given Family": CFF and Zenodo want the parts apart.
        public var parts: (family: String, given: String) {
            if let comma = name.firstIndex(of: ",") {
                return (String(name[..<comma]).trimmingWhitespace(), String(name[name.index(after: comma)...]).trimmingWhitespace())
            }
            let words = name.split(separator: " ")
            guard words.count > 1 else { return (name, "") }
            return (words.last.map(String.init) ?? name, words.dropLast().joined(separator: " "))
        }
    }

    public var title: String
    public var authors: [Author]
    public var year: Int
    public var institution: String?
    /// where the work can be found (a DOI or URL), for attribution
    public var source: String?

    public init(title: String, authors: [Author], year: Int, institution: String? = nil, source: String? = nil) {
        self.title = title
        self.authors = authors
        self.year = year
        self.institution = institution
        self.source = source
    }

    /// The authors as people read them: "A, B and C".
    public var authorList: String {
        let names = authors.map(\.name)
        guard names.count > 1 else { return names.first ?? "" }
        return names.dropLast().joined(separator: ", ") + " and " + names.last!
    }

    /// Parses "Name" or "Name <0000-0002-1825-0097>"; nil with a reason when the ORCID is malformed.
    public static func parseAuthor(_ text: String) -> Result<Author, AnswerError> {
        let t = text.trimmingWhitespace()
        guard let open = t.firstIndex(of: "<") else {
            return t.isEmpty ? .failure(AnswerError("an author needs a name")) : .success(Author(name: t))
        }
        guard t.hasSuffix(">") else { return .failure(AnswerError("'\(Sanitizer.line(t))': close the ORCID with '>'")) }
        let name = String(t[..<open]).trimmingWhitespace()
        var orcid = String(t[t.index(after: open)..<t.index(before: t.endIndex)]).trimmingWhitespace()
        for prefix in ["https://orcid.org/", "http://orcid.org/", "orcid.org/"] where orcid.hasPrefix(prefix) {
            orcid = String(orcid.dropFirst(prefix.count))
        }
        guard !name.isEmpty else { return .failure(AnswerError("an author needs a name before the ORCID")) }
        guard isValidORCID(orcid) else {
            return .failure(AnswerError("'\(Sanitizer.line(orcid))' is not an ORCID iD (0000-0000-0000-000X with a valid check digit)"))
        }
        return .success(Author(name: name, orcid: orcid))
    }

    /// ISO 7064 MOD 11-2, the ORCID check digit.
    public static func isValidORCID(_ id: String) -> Bool {
        let chars = Array(id)
        guard chars.count == 19, [4, 9, 14].allSatisfy({ chars[$0] == "-" }) else { return false }
        let digits = chars.filter { $0 != "-" }
        guard digits.count == 16, digits.dropLast().allSatisfy(\.isASCII), digits.dropLast().allSatisfy(\.isNumber) else { return false }
        var total = 0
        for c in digits.dropLast() { total = (total + Int(String(c))!) * 2 }
        let check = (12 - total % 11) % 11
        let expected: Character = check == 10 ? "X" : Character(String(check))
        return digits.last == expected
    }
}
