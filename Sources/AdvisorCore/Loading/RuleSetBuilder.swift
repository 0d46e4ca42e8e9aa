/// Accumulates the sections of every rule file, then assembles the `RuleSet`.
struct RuleSetBuilder {
    let sink: DiagnosticSink
    var files: [String] = []
    var schema = RuleLoader.supportedSchema
    var version = "0.0.0"
    var title = "license-advisor rules"
    var entry: String?
    var assetQuestion: String?
    var chosenLicenceQuestion: String?
    var undecidedOption: String?
    var disclaimer = ""
    var conflictWarning = "licence-conflict"
    var mainParts: [String: String] = [:]
    var manifestLocation: SourceLocation?

    var nodes: [String: FlowNode] = [:]
    var nodeOrder: [String] = []
    var licences: [Licence] = []
    var services: [Service] = []
    var references: [Reference] = []
    var warningKinds: [WarningKind] = []
    var tables: [DecisionTable] = []
    /// questions whose options come from the licence catalogue, filled in once every file is read
    var licenceOptionQuestions: [(id: String, next: String?)] = []
    private var seen: [String: [String: SourceLocation]] = [:]

    init(sink: DiagnosticSink) { self.sink = sink }

    mutating func readManifest(_ root: YAMLNode, path: String) {
        guard let m = MapReader(root, path: path, sink: sink, what: "the manifest", allowed: RuleLoader.manifestKeys) else { return }
        manifestLocation = m.location
        if let s = m.int("schema") {
            schema = s
            if s != RuleLoader.supportedSchema {
                sink.error("schema/version", m.keyLocation("schema"),
                           "schema \(s) is not supported; this program reads schema \(RuleLoader.supportedSchema)")
            }
        }
        version = m.string("version", required: true) ?? version
        title = m.string("title") ?? title
        entry = m.string("entry", required: true)
        assetQuestion = m.string("asset-question")
        chosenLicenceQuestion = m.string("chosen-licence-question")
        undecidedOption = m.string("undecided-option")
        disclaimer = m.string("disclaimer") ?? ""
        conflictWarning = m.string("conflict-warning") ?? conflictWarning
        if let mp = m.value("main-parts") {
            if let pairs = mp.mapping {
                for (k, v) in pairs {
                    if let ks = k.scalar?.string, let vs = v.scalar?.string { mainParts[ks] = vs }
                }
            } else {
                sink.error("schema/type", YAMLDocument.location(mp, path), "'main-parts' must map each asset option to a part")
            }
        }
    }

    mutating func readSections(_ m: MapReader) {
        for (key, value) in m.pairs {
            guard let items = value.sequence else {
                sink.error("schema/type", YAMLDocument.location(value, m.path), "'\(key)' must be a list")
                continue
            }
            if key == "nodes", nodes.capacity < nodeOrder.count + items.count {
                // Grown at least twofold, so that reserving file after file stays linear.
                let room = Swift.max(nodeOrder.count + items.count, 2 * nodeOrder.count)
                nodes.reserveCapacity(room)
                nodeOrder.reserveCapacity(room)
            }
            for item in items {
                switch key {
                case "licences": if let l = readLicence(item, path: m.path) { add(l.id, "licence", l.location) { $0.licences.append(l) } }
                case "services": if let s = readService(item, path: m.path) { add(s.id, "service", s.location) { $0.services.append(s) } }
                case "references": if let r = readReference(item, path: m.path) { add(r.id, "reference", r.location) { $0.references.append(r) } }
                case "warnings": if let w = readWarningKind(item, path: m.path) { add(w.id, "warning", w.location) { $0.warningKinds.append(w) } }
                case "tables": if let t = readTable(item, path: m.path) { add(t.id, "table", t.location) { $0.tables.append(t) } }
                default:
                    if let n = readNode(item, path: m.path) {
                        add(n.id, "node", n.location) {
                            $0.nodes[n.id] = n
                            $0.nodeOrder.append(n.id)
                        }
                    }
                }
            }
        }
    }

    /// Registers an id once per namespace; a second definition is an error naming the first.
    private mutating func add(_ id: String, _ namespace: String, _ location: SourceLocation?, _ body: (inout RuleSetBuilder) -> Void) {
        if let first = firstDefinition(id, namespace, location) {
            sink.error("id/duplicate", location, "\(namespace) id '\(id)' is already defined at \(first)")
            return
        }
        if !IDFormat.isValid(id) {
            sink.error("id/format", location, "\(namespace) id '\(id)' may only use letters, digits and . _ + -")
        }
        body(&self)
    }

    /// Where `id` was first defined in `namespace`, or nil after recording `location` as that place.
    /// Nodes are found in `nodes` itself: a second table of every node id would only repeat it.
    private mutating func firstDefinition(_ id: String, _ namespace: String, _ location: SourceLocation?) -> SourceLocation? {
        let unknown = SourceLocation(file: "?", line: 0, column: 0)
        if namespace == "node" { return nodes[id].map { $0.location ?? unknown } }
        // One hash of the id on the usual path; a duplicate puts the first definition back.
        guard let first = seen[namespace, default: [:]].updateValue(location ?? unknown, forKey: id) else { return nil }
        seen[namespace]![id] = first
        return first
    }

    mutating func build() -> RuleSet? {
        for (qid, next) in licenceOptionQuestions {
            guard case .question(var q)? = nodes[qid] else { continue }
            for l in licences where q.option(l.id) == nil {
                q.options.append(AnswerOption(id: l.id, label: "\(l.short): \(l.name)", description: l.summary,
                                        next: next, sources: l.sources, location: l.location))
            }
            nodes[qid] = .question(q)
        }
        guard let entry else { return nil }
        var rules = RuleSet(schema: schema, version: version, title: title, entry: entry,
                       chosenLicenceQuestion: chosenLicenceQuestion, assetQuestion: assetQuestion,
                       undecidedOption: undecidedOption, disclaimer: disclaimer, conflictWarning: conflictWarning, nodes: nodes, nodeOrder: nodeOrder,
                       licences: licences, services: services, references: references, warningKinds: warningKinds,
                       tables: tables, files: files, manifestLocation: manifestLocation)
        rules.mainParts = mainParts
        return rules
    }
}

enum IDFormat {
    static func isValid(_ id: String) -> Bool {
        guard let first = id.unicodeScalars.first, isAlnum(first) else { return false }
        return id.unicodeScalars.allSatisfy { isAlnum($0) || "._+-".unicodeScalars.contains($0) }
    }

    private static func isAlnum(_ s: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s)
    }
}
