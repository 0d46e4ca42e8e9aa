public struct RecommendedLicence: Sendable, Hashable {
    public var part: String
    public var licence: Licence
}

public struct ServiceFit: Sendable, Hashable {
    public var service: Service
    public var why: String
    public var cautions: [String]
    public var score: Int
}

public struct ServiceMiss: Sendable, Hashable {
    public var service: Service
    public var reasons: [String]
}

public struct Warning: Sendable, Hashable {
    public var id: String
    public var severity: String
    public var text: String
    /// reference ids
    public var sources: [String]

    public var severityRank: Int { ["blocker": 0, "caution": 1, "info": 2][severity] ?? 3 }
}

public struct Action: Sendable, Hashable {
    public var id: String
    public var text: String
    public var sources: [String]
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
    public var excludedServices: [ServiceMiss] = []
    public var warnings: [Warning] = []
    public var actions: [Action] = []
    public var fired: [FiredRow] = []
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
