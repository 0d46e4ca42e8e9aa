import AdvisorCore
import ArgumentParser
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `advise --out DIR [--force]` and the metadata the deposit files carry.
struct DepositOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Also write the deposit files (REPORT.md, LICENSE, CITATION.cff, ...) into DIR.", valueName: "DIR"))
    var out: String?

    @Flag(name: .long, help: "With --out: replace files that already exist.")
    var force = false

    @Option(name: .long, help: ArgumentHelp("With --out: the title of the work (default: 'Untitled <asset>').", valueName: "TITLE"))
    var title: String?

    @Option(name: .customLong("author"), help: ArgumentHelp("With --out: an author, as \"Name\" or \"Name <ORCID>\". Repeatable, in order.", valueName: "NAME <ORCID>"))
    var authors: [String] = []

    @Option(name: .long, help: ArgumentHelp("With --out: the year for the copyright line (default: this year).", valueName: "YEAR"))
    var year: Int?

    @Option(name: .long, help: ArgumentHelp("With --out: the authors' institution.", valueName: "NAME"))
    var institution: String?

    @Option(name: .long, help: ArgumentHelp("With --out: where the work is found, a DOI (10.NNNN/...) or an http(s) URL.", valueName: "DOI-or-URL"))
    var source: String?

    /// What the placeholder author is called when no --author is given: plainly something to replace.
    static let placeholderAuthor = DepositMetadata.Author(name: "FAMILY-NAME, GIVEN-NAME")

    var metadataGiven: Bool {
        force || title != nil || !authors.isEmpty || year != nil || institution != nil || source != nil
    }

    func validate() throws {
        if out == nil, metadataGiven {
            throw ValidationError("--force, --title, --author, --year, --institution and --source apply only with --out DIR")
        }
        if let year, !(1000...9999).contains(year) { throw ValidationError("--year \(year) is not a four-digit year") }
        if let out, out.isEmpty { throw ValidationError("--out needs a directory") }
    }

    /// The authors, parsed and checked; a malformed ORCID iD is exit 2 naming it.
    func parsedAuthors() throws -> [DepositMetadata.Author] {
        try authors.map { text in
            switch DepositMetadata.parseAuthor(text) {
            case .success(let a): return a
            case .failure(let e):
                Console.error("error: --author '\(Sanitizer.line(text))': \(e.description)")
                throw ExitCode(Exit.badInput)
            }
        }
    }

    /// The --source value as the files want it: a bare DOI (`doi:` and resolver prefixes removed) or a URL.
    func checkedSource() throws -> String? {
        guard let raw = source?.trimmingCharacters() else { return nil }
        var s = raw
        for prefix in ["doi:", "DOI:"] where s.hasPrefix(prefix) { s = String(s.dropFirst(prefix.count)).trimmingCharacters() }
        for prefix in ["https://doi.org/", "http://doi.org/", "https://dx.doi.org/", "http://dx.doi.org/"] where s.hasPrefix(prefix) {
            s = String(s.dropFirst(prefix.count))
        }
        let isDOI = s.hasPrefix("10.") && s.contains("/")
        let isURL = (s.hasPrefix("https://") || s.hasPrefix("http://")) && s.count > 8
        guard isDOI || isURL, !s.contains(where: { $0.isWhitespace }),
              !s.unicodeScalars.contains(where: { Sanitizer.isDangerous($0.value) }) else {
            Console.error("error: --source '\(Sanitizer.line(raw))' is neither a DOI (10.NNNN/...) nor an http(s) URL")
            throw ExitCode(Exit.badInput)
        }
        return s
    }

    /// Writes the deposit files of a complete advice into --out, or exits 2 with the reason (nothing is
    /// written when a file exists). Returns the paths written. A missing author gets a note on stderr.
    func deposit(rules: RuleSet, advice: Advice, authors: [DepositMetadata.Author], source: String?, to dir: String) throws -> [String] {
        let metadata = metadata(asset: advice.asset, authors: authors, source: source)
        let written = try write(ArtefactSet.make(rules: rules, advice: advice, metadata: metadata), to: dir)
        if authors.isEmpty {
            Console.error("note: no --author given; the files name the placeholder '\(Self.placeholderAuthor.name)': "
                          + "replace it before you deposit, or run again with --author \"Name <ORCID>\" --force")
        }
        return written
    }

    /// The metadata for the files; a missing author becomes the placeholder.
    func metadata(asset: String?, authors: [DepositMetadata.Author], source: String?) -> DepositMetadata {
        let list = authors.isEmpty ? [Self.placeholderAuthor] : authors
        let cleanTitle = title.map { Sanitizer.line($0).trimmingCharacters() }.flatMap { $0.isEmpty ? nil : $0 }
        return DepositMetadata(
            title: cleanTitle ?? "Untitled \(Self.noun(asset))",
            authors: list.map { DepositMetadata.Author(name: Sanitizer.line($0.name), orcid: $0.orcid) },
            year: year ?? Self.currentYear(),
            institution: institution.map { Sanitizer.line($0).trimmingCharacters() }.flatMap { $0.isEmpty ? nil : $0 },
            source: source)
    }

    /// The kind of work in words, for the default title.
    static func noun(_ asset: String?) -> String {
        switch asset {
        case "ai-model": "AI model"
        case "ai-system": "AI system"
        case "content": "work"
        case let a?: a
        case nil: "work"
        }
    }

    /// This year in UTC, or the year of SOURCE_DATE_EPOCH when it is set (reproducible builds and examples).
    static func currentYear() -> Int {
        var now = time(nil)
        if let epoch = getenv("SOURCE_DATE_EPOCH").flatMap({ Int(String(cString: $0)) }) { now = time_t(epoch) }
        var parts = tm()
        gmtime_r(&now, &parts)
        return Int(parts.tm_year) + 1900
    }

    /// Writes the files, or exits 2 with the reason. Returns the paths written.
    func write(_ files: [Artefact], to dir: String) throws -> [String] {
        do {
            try SafeWriter.write(files, to: dir, force: force)
        } catch {
            let tail = error.exists ? ". Nothing was written." : ""
            Console.error("error: " + Sanitizer.line(error.description) + tail)
            throw ExitCode(Exit.badInput)
        }
        let base = dir.hasSuffix("/") && dir.count > 1 ? String(dir.dropLast()) : dir
        return files.map { base + "/" + $0.name }
    }

    /// The list of files written, for people.
    static func summary(_ paths: [String], dir: String) -> String {
        (["Deposit files written to \(Sanitizer.line(dir)):"] + paths.map { "  " + Sanitizer.line($0) }).joined(separator: "\n") + "\n"
    }
}
