import Synchronization

/// Everything the rules say, loaded and cross-referenced.
public struct RuleSet: Sendable {
    public var schema: Int
    public var version: String
    public var title: String
    public let entry: String
    /// the question whose options name a licence already chosen (skips the licence questions)
    public let chosenLicenceQuestion: String?
    /// the question that gives the kind of work (the `asset` of the result)
    public let assetQuestion: String?
    /// the option of the chosen-licence question that means "not decided yet"
    public var undecidedOption: String?
    public var disclaimer: String
    /// the warning raised when no licence satisfies every constraint on a part
    public var conflictWarning: String
    /// the licence part each asset option stands for (dataset: data, software: code, ...)
    public var mainParts: [String: String] = [:]

    public let nodes: [String: FlowNode]
    /// node ids in the order they were written (for stable listings)
    public let nodeOrder: [String]
    public let licences: [Licence]
    public let services: [Service]
    public var references: [Reference]
    public var warningKinds: [WarningKind]
    public let tables: [DecisionTable]
    /// where each file's text came from, for messages and lint
    public var files: [String]
    public var manifestLocation: SourceLocation?

    public init(schema: Int, version: String, title: String, entry: String, chosenLicenceQuestion: String?,
                assetQuestion: String?, undecidedOption: String?, disclaimer: String, conflictWarning: String,
                nodes: [String: FlowNode], nodeOrder: [String], licences: [Licence], services: [Service],
                references: [Reference], warningKinds: [WarningKind], tables: [DecisionTable], files: [String],
                manifestLocation: SourceLocation?) {
        self.schema = schema
        self.version = version
        self.title = title
        self.entry = entry
        self.chosenLicenceQuestion = chosenLicenceQuestion
        self.assetQuestion = assetQuestion
        self.undecidedOption = undecidedOption
        self.disclaimer = disclaimer
        self.conflictWarning = conflictWarning
        self.nodes = nodes
        self.nodeOrder = nodeOrder
        self.licences = licences
        self.services = services
        self.references = references
        self.warningKinds = warningKinds
        self.tables = tables
        self.files = files
        self.manifestLocation = manifestLocation
        licenceIndex = Dictionary(licences.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        serviceIndex = Dictionary(services.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        referenceIndex = Dictionary(references.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        referenceSlots = Dictionary(references.enumerated().map { ($1.id, Int32($0)) }, uniquingKeysWith: { a, _ in a })
    }

    private var licenceIndex: [String: Licence]
    private var serviceIndex: [String: Service]
    private var referenceIndex: [String: Reference]
    /// by reference id, the position of the reference `cite` reads (names its serialised citation)
    private(set) var referenceSlots: [String: Int32]
    /// The same rules arranged for evaluation (derived from the `let` properties above, so it never
    /// goes stale), built on first use: lint never evaluates a clean rule base, and building it is a
    /// tenth of linting one of 100 000 nodes.
    var index: RuleIndex {
        if let built = indexCell.cell.value { return built }
        return buildIndex()
    }

    /// Apart, so that reading a built index never sets up this closure: its capture of `self` copies
    /// every field of the rule set.
    @inline(never)
    private func buildIndex() -> RuleIndex {
        indexCell.cell.get {
            func build(replaying snapshot: ConditionProgram.Snapshot?) -> RuleIndex {
                RuleIndex(entry: entry, nodes: nodes, nodeOrder: nodeOrder, licences: licences, services: services, tables: tables,
                          assetQuestion: assetQuestion, chosenLicenceQuestion: chosenLicenceQuestion, replaying: snapshot)
            }
            if let snapshot = indexCell.precompiled {
                let index = build(replaying: snapshot)
                if index.replayedExactly { return index }
            }
            return build(replaying: nil)
        }
    }
    var indexCell = IndexCell()

    public func licence(_ id: String) -> Licence? { licenceIndex[id] }
    public func service(_ id: String) -> Service? { serviceIndex[id] }
    public func reference(_ id: String) -> Reference? { referenceIndex[id] }

    public func question(_ id: String) -> Question? {
        if case .question(let q)? = nodes[id] { return q }
        return nil
    }

    /// Questions in the order they were written.
    public var questions: [Question] { nodeOrder.compactMap { question($0) } }

    /// The citation text for a reference id (the id itself when the rules do not define it).
    public func cite(_ id: String) -> String { referenceIndex[id]?.cite ?? id }
}

/// Synthesized over every stored property, so a field the codec forgets fails the round-trip test.
extension RuleSet: Equatable {}

/// The index's cell. It holds what is derived from the rule set it belongs to, so it adds nothing to
/// the rule set's equality.
struct IndexCell: Equatable, Sendable {
    let cell = LazyCell<RuleIndex>()
    /// the conditions compiled at build time, for the built-in rules (`RuleSetCodec`)
    var precompiled: ConditionProgram.Snapshot?
    static func == (a: IndexCell, b: IndexCell) -> Bool { true }
}

/// An object computed once, on first use, by whichever thread asks first. After that a read is one
/// atomic load: the batch path reads the index several times per line.
public final class LazyCell<Value: AnyObject & Sendable>: Sendable {
    /// the retained object's address, 0 until it is built
    private let ready = Atomic<UInt>(0)
    private let building = Mutex<Void>(())

    public init() {}

    /// The object, once built.
    public var value: Value? {
        guard let p = UnsafeRawPointer(bitPattern: ready.load(ordering: .acquiring)) else { return nil }
        return Unmanaged<Value>.fromOpaque(p).takeUnretainedValue()
    }

    public func get(_ make: () -> Value) -> Value {
        if let p = UnsafeRawPointer(bitPattern: ready.load(ordering: .acquiring)) { return Unmanaged<Value>.fromOpaque(p).takeUnretainedValue() }
        return building.withLock { _ in
            if let p = UnsafeRawPointer(bitPattern: ready.load(ordering: .acquiring)) { return Unmanaged<Value>.fromOpaque(p).takeUnretainedValue() }
            let v = make()
            ready.store(UInt(bitPattern: Unmanaged.passRetained(v).toOpaque()), ordering: .releasing)
            return v
        }
    }

    deinit {
        if let p = UnsafeRawPointer(bitPattern: ready.load(ordering: .acquiring)) { Unmanaged<Value>.fromOpaque(p).release() }
    }
}
