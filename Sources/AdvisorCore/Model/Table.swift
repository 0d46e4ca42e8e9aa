public enum HitPolicy: String, Sendable, Hashable, CaseIterable {
    /// exactly one row must match (lint proves it over the answers that can arrive)
    case unique
    /// the first matching row wins
    case first
    /// every matching row applies
    case collect
}

public struct LicencePick: Sendable, Hashable {
    public var part: String
    public var id: String
}

public struct Alternative: Sendable, Hashable {
    public var id: String
    public var why: String
}

public struct WarningEmission: Sendable, Hashable {
    public var id: String
    public var severity: String
    public var text: String
    public var sources: [String]
}

public struct ActionEmission: Sendable, Hashable {
    public var id: String
    public var text: String
    public var sources: [String]
}

/// "Whatever is recommended for `part` must be one of `allow`", from an input licence or a policy.
public struct Constraint: Sendable, Hashable {
    public var part: String
    public var allow: [String]
    public var because: String
}

public struct ServiceExclusion: Sendable, Hashable {
    public var id: String
    public var because: String
}

/// What a matching row contributes to the advice.
public struct Effects: Sendable, Hashable {
    /// licences by part; a part already decided by an earlier row keeps its licence
    public var licences: [LicencePick]?
    public var openness: String?
    public var alternatives: [Alternative] = []
    public var warnings: [WarningEmission] = []
    public var actions: [ActionEmission] = []
    public var constraints: [Constraint] = []
    public var excludeServices: [ServiceExclusion] = []
    public init() {}
}

public struct TableRow: Sendable, Hashable {
    public var id: String
    public var when: Condition
    public var effects: Effects
    public var because: String
    public var sources: [String]
    public var location: SourceLocation?
}

public struct DecisionTable: Sendable, Hashable {
    public var id: String
    public var hit: HitPolicy
    /// rows are only considered where this holds
    public var applies: Condition
    public var rows: [TableRow]
    public var location: SourceLocation?
}
