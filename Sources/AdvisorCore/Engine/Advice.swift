public struct Warning: Sendable, Hashable {
    public var id: String
    public var severity: String
    public var text: String
    /// reference ids
    public var sources: [String]
    /// the one table row that raised it (nil when merged from several or worded at run time)
    var origin: Origin? = nil

    public static func == (a: Self, b: Self) -> Bool {
        a.id == b.id && a.severity == b.severity && a.text == b.text && a.sources == b.sources
    }

    public func hash(into h: inout Hasher) {
        h.combine(id)
        h.combine(severity)
        h.combine(text)
        h.combine(sources)
    }

    public var severityRank: Int { Self.rank(severity) }

    static func rank(_ severity: String) -> Int {
        switch severity {
        case "blocker": 0
        case "caution": 1
        case "info": 2
        default: 3
        }
    }
}

public struct Action: Sendable, Hashable {
    public var id: String
    public var text: String
    public var sources: [String]
    var origin: Origin? = nil

    public static func == (a: Self, b: Self) -> Bool { a.id == b.id && a.text == b.text && a.sources == b.sources }

    public func hash(into h: inout Hasher) {
        h.combine(id)
        h.combine(text)
        h.combine(sources)
    }
}

/// A decision-table row that matched, for "why".
public struct FiredRow: Sendable, Hashable {
    public var table: String
    public var row: String
    public var because: String
    public var sources: [String]
}

public struct Advice: Sendable {
    public enum Status: Sendable, Hashable {
        case complete
        case needsAnswer(Question)
        case broken(String)
    }

    public var status: Status
    public var asset: String?
    public var licences: [RecommendedLicence] = []
    public var openness: String?
    public var alternatives: [Alternative] = []
    public var services: [ServiceFit] = []
    /// Every service left out, with its reasons (worded on each call; the batch path never asks).
    public var excludedServices: [ServiceMiss] { misses?.misses() ?? [] }
    var misses: ServiceMatcher?
    /// Worded from the rules when read (the batch path replays most entries by their origin).
    public var warnings: [Warning] {
        get { warningEntries.map { $0.warning(index) } }
        set { warningEntries = newValue.map { .worded($0) } }
    }
    public var actions: [Action] {
        get { actionEntries.map { $0.action(index) } }
        set { actionEntries = newValue.map { .worded($0) } }
    }
    var warningEntries: [WarningEntry] = []
    var actionEntries: [ActionEntry] = []
    /// The decision-table rows that matched, in order (worded when read).
    public var fired: [FiredRow] {
        firedEntries.map { entry in
            switch entry {
            case .row(let t, let r):
                let row = index!.ruleTables[Int(t)].rows[Int(r)]
                return FiredRow(table: index!.ruleTables[Int(t)].id, row: row.id, because: row.because, sources: row.sources)
            case .worded(let f):
                return f
            }
        }
    }

    enum FiredEntry: Sendable {
        case row(Int32, Int32)
        case worded(FiredRow)
    }

    var firedEntries: [FiredEntry] = []
    var index: RuleIndex?
    public var walk: Walk
    public var rulesVersion: String

    public var trail: [TrailStep] { walk.trail }
    public var isComplete: Bool { status == .complete }

    /// What "the result" means when comparing two pieces of advice (decisive answers, candidates).
    public var signature: String {
        let l = licences.map { "\($0.part)=\($0.licence.id)" }.joined(separator: ",")
        let s = services.map(\.service.id).joined(separator: ",")
        let w = warnings.map { "\($0.id):\($0.severity)" }.sorted().joined(separator: ",")
        return "\(l)|\(openness ?? "-")|\(s)|\(w)"
    }
}
