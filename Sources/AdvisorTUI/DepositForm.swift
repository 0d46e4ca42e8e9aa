import AdvisorCore

/// The small form on the result screen that writes the deposit files (REPORT.md, LICENSE, CITATION.cff, …):
/// what was typed, which field has the focus, why a field was refused, and where the writing stands.
public struct DepositForm: Sendable, Hashable {
    public enum Field: Int, CaseIterable, Sendable, Hashable {
        case title, authors, year, institution, directory

        var label: String {
            switch self {
            case .title: "Title"
            case .authors: "Authors"
            case .year: "Year"
            case .institution: "Institution"
            case .directory: "Directory"
            }
        }

        /// shown under the field while it has the focus
        var hint: String {
            switch self {
            case .title: "The title of the work, as it should be cited."
            case .authors: "Name <ORCID iD>, the iD optional; separate authors with ;"
            case .year: "The year of publication, four digits."
            case .institution: "Optional: the institution that publishes it."
            case .directory: "Where the files go; it is created if needed."
            }
        }

        var maxLength: Int {
            switch self {
            case .year: 4
            case .authors: 2000
            case .directory: 1024
            default: 300
            }
        }
    }

    public enum Phase: Sendable, Hashable {
        case editing
        /// the driver found these files in the directory: overwrite? y/N
        case confirmOverwrite(existing: [String])
        /// the files written, as paths
        case written([String])
    }

    public static let defaultDirectory = "./deposit"

    /// the text of each field, by `Field.rawValue`
    public internal(set) var values: [String] = ["", "", "", "", defaultDirectory]
    public internal(set) var focus: Field = .title
    /// why a field was refused, shown in place under it
    public internal(set) var errors: [Field: String] = [:]
    public internal(set) var phase: Phase = .editing
    /// why the last write failed (other than files that exist)
    public internal(set) var failure: String?
    /// the names of the files the current advice produces
    public internal(set) var fileNames: [String] = []

    public init() {}

    public subscript(_ f: Field) -> String {
        get { values[f.rawValue] }
        set { values[f.rawValue] = newValue }
    }

    /// The authors typed, split at `;` and line ends.
    static func authorTexts(_ text: String) -> [String] {
        text.split(whereSeparator: { $0 == ";" || $0.isNewline }).map { String($0).trimmingBlanks() }.filter { !$0.isEmpty }
    }

    /// The authors field as rows for display: one author a row, each keeping its `;`.
    static func authorRows(_ text: String) -> [String] {
        var rows: [String] = []
        var row = ""
        for c in text {
            if c.isNewline {
                rows.append(row)
                row = ""
                continue
            }
            if row.isEmpty, c == " ", !rows.isEmpty { continue }
            row.append(c)
            if c == ";" {
                rows.append(row)
                row = ""
            }
        }
        rows.append(row)
        return rows
    }

    /// Why the field's text cannot be used, or nil when it can (nothing typed is an error only for
    /// required fields, and only when `required` is set: leaving an empty field is not refused).
    func problem(_ f: Field, required: Bool) -> String? {
        let text = self[f].trimmingBlanks()
        switch f {
        case .title:
            return text.isEmpty && required ? "Give the work a title." : nil
        case .authors:
            let names = Self.authorTexts(self[f])
            if names.isEmpty { return required ? "Name at least one author, as Name <ORCID iD>." : nil }
            for (i, n) in names.enumerated() {
                if case .failure(let e) = DepositMetadata.parseAuthor(n) {
                    return (names.count > 1 ? "Author \(i + 1): " : "") + capitalised(e.description) + "."
                }
            }
            return nil
        case .year:
            if text.isEmpty { return required ? "Type the year of publication, such as 2026." : nil }
            guard text.count == 4, let y = Int(text) else { return "Type the year as four digits, such as 2026." }
            return (1900...2100).contains(y) ? nil : "\(y) is not a plausible year of publication (1900 to 2100)."
        case .institution:
            return nil
        case .directory:
            return text.isEmpty && required ? "Name a directory for the files, such as ./deposit." : nil
        }
    }

    /// The metadata and directory when every field can be used; otherwise the errors are set and the
    /// focus moves to the first refused field.
    mutating func validated() -> (DepositMetadata, String)? {
        errors = [:]
        for f in Field.allCases { if let p = problem(f, required: true) { errors[f] = p } }
        if let first = Field.allCases.first(where: { errors[$0] != nil }) {
            focus = first
            return nil
        }
        let authors = Self.authorTexts(self[.authors]).compactMap { try? DepositMetadata.parseAuthor($0).get() }
        let institution = self[.institution].trimmingBlanks()
        let metadata = DepositMetadata(title: self[.title].trimmingBlanks(), authors: authors,
                                       year: Int(self[.year].trimmingBlanks()) ?? 0,
                                       institution: institution.isEmpty ? nil : institution)
        return (metadata, self[.directory].trimmingBlanks())
    }

    private func capitalised(_ s: String) -> String {
        guard let f = s.first else { return s }
        return f.uppercased() + s.dropFirst()
    }
}

/// What the driver is asked to write: the files, where, and whether it may replace existing ones.
public struct DepositJob: Sendable, Hashable {
    public var files: [Artefact]
    /// as typed in the form (relative to the current directory unless absolute)
    public var directory: String
    public var force: Bool
}

extension String {
    func trimmingBlanks() -> String {
        var s = Substring(self)
        while let f = s.first, f.isWhitespace { s.removeFirst() }
        while let l = s.last, l.isWhitespace { s.removeLast() }
        return String(s)
    }
}
