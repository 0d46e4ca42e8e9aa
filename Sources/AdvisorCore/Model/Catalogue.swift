/// A licence as the rules describe it. `properties` holds the flags conditions can test with
/// `licence-has` (attribution, share-alike, non-commercial, no-derivatives, use-restrictions,
/// patent-grant, database-right, open-definition, osi, ...), so forks can add their own.
public struct Licence: Sendable, Hashable {
    public var id: String
    public var name: String
    public var short: String
    public var url: String
    /// the kinds of work it is meant for: data, database, content, code, weights
    public var meantFor: [String]
    /// open (Open Definition / OSI conformant) or not-open
    public var openness: String
    public var properties: Set<String>
    /// none, weak-file, weak-library, strong, network
    public var copyleft: String
    /// covered, waived, not-covered, not-applicable
    public var databaseRight: String
    public var summary: String
    /// identifiers other services use for it (huggingface: apache-2.0, zenodo: cc-by-4.0, ...)
    public var aliases: [String: String]
    public var sources: [String]
    public var location: SourceLocation?

    public init(id: String, name: String, short: String, url: String, meantFor: [String], openness: String,
                properties: Set<String>, copyleft: String, databaseRight: String, summary: String,
                aliases: [String: String], sources: [String], location: SourceLocation?) {
        self.id = id
        self.name = name
        self.short = short
        self.url = url
        self.meantFor = meantFor
        self.openness = openness
        self.properties = properties
        self.copyleft = copyleft
        self.databaseRight = databaseRight
        self.summary = summary
        self.aliases = aliases
        self.sources = sources
        self.location = location
    }

    /// The flags derived from other fields, each a prefix and the field's value, handed to `visit` in
    /// turn until it returns true. No array: start-up compiles every licence test against every licence.
    private func anyDerivedFlag(_ visit: (_ prefix: String, _ value: String) -> Bool) -> Bool {
        visit("copyleft-", copyleft) || visit("database-right-", databaseRight) || visit("", openness)
    }

    /// Flags a `licence-has` test can read: the declared properties plus derived ones.
    public var flags: Set<String> {
        var all = properties
        _ = anyDerivedFlag { all.insert($0 + $1); return false }
        return all
    }

    /// Whether `flags` holds `flag`, without building the set.
    public func hasFlag(_ flag: String) -> Bool {
        if properties.contains(flag) { return true }
        let u = flag.utf8
        return anyDerivedFlag { p, v in u.starts(with: p.utf8) && u.dropFirst(p.utf8.count).elementsEqual(v.utf8) }
    }
}

/// A condition with the sentence that explains it, used for service requirements, cautions and boosts.
public struct Clause: Sendable, Hashable {
    public var when: Condition
    public var text: String
    /// score added when the clause holds (boosts only)
    public var score: Int
    public var location: SourceLocation?

    public init(when: Condition, text: String, score: Int = 0, location: SourceLocation? = nil) {
        self.when = when
        self.text = text
        self.score = score
        self.location = location
    }
}

public struct Service: Sendable, Hashable {
    public var id: String
    public var name: String
    public var url: String
    /// repository, archive, catalogue, model-hub
    public var kind: String
    public var doi: Bool
    /// what identifier it gives, in words
    public var identifier: String
    /// accepted licence ids; nil means any licence
    public var licences: [String]?
    public var countries: [String]
    public var summary: String
    public var cost: String
    public var curation: String
    public var personalData: String
    public var sizeLimit: String
    /// false where the fact sheet found nothing to confirm the entry
    public var verified: Bool
    /// every clause must hold, otherwise the service is left out and the clause's text says why
    public var requires: [Clause]
    public var cautions: [Clause]
    public var boosts: [Clause]
    public var rank: Int
    /// metadata files this service reads from a deposit (zenodo-json, huggingface-card)
    public var depositFiles: [String] = []
    public var sources: [String]
    public var location: SourceLocation?
}

public struct Reference: Sendable, Hashable {
    public var id: String
    public var cite: String
    public var url: String?
    public var location: SourceLocation?
}

/// A warning id the rules may raise, with its title (what the interface shows as a heading).
public struct WarningKind: Sendable, Hashable {
    public var id: String
    public var title: String
    public var location: SourceLocation?
}
