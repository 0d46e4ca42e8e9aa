extension RuleSetBuilder {
    static let tableKeys = ["table", "hit", "applies", "rows"]
    static let rowKeys = ["id", "when", "because", "sources", "licences", "openness", "alternatives", "warnings",
                          "actions", "constrain", "exclude-services"]

    func readTable(_ node: YAMLNode, path: String) -> DecisionTable? {
        guard let m = MapReader(node, path: path, sink: sink, what: "a decision table", allowed: Self.tableKeys),
              let id = m.string("table", required: true) else { return nil }
        var hit = HitPolicy.collect
        if let h = m.string("hit", required: true) {
            if let p = HitPolicy(rawValue: h) {
                hit = p
            } else {
                sink.error("schema/value", m.keyLocation("hit"), "hit policy '\(h)' is not one of unique, first, collect\(Suggest.hint(for: h, in: HitPolicy.allCases.map(\.rawValue)))")
            }
        }
        var applies = Condition.always
        if let a = m.value("applies") { applies = ConditionReader.read(a, path: path, sink: sink) ?? .always }
        var rows: [TableRow] = []
        var rowIDs: Set<String> = []
        for item in m.sequence("rows", required: true) ?? .empty {
            guard let row = readRow(item, path: path, table: id) else { continue }
            if !rowIDs.insert(row.id).inserted {
                sink.error("id/duplicate", row.location, "row id '\(row.id)' appears twice in table '\(id)'")
            }
            rows.append(row)
        }
        return DecisionTable(id: id, hit: hit, applies: applies, rows: rows, location: m.location)
    }

    private func readRow(_ node: YAMLNode, path: String, table: String) -> TableRow? {
        guard let m = MapReader(node, path: path, sink: sink, what: .init("a row of table", of: table), allowed: Self.rowKeys),
              let id = m.string("id", required: true) else { return nil }
        guard let whenNode = m.value("when") else { m.missing("when"); return nil }
        guard let when = ConditionReader.read(whenNode, path: path, sink: sink) else { return nil }
        let because = m.string("because", required: true) ?? ""
        let sources = m.strings("sources", required: true) ?? []
        var e = Effects()
        if let items = m.sequence("licences") {
            e.licences = items.compactMap { item in
                guard let l = MapReader(item, path: path, sink: sink, what: "a licence pick", allowed: ["part", "id"]),
                      let part = l.string("part", required: true), let lid = l.string("id", required: true) else { return nil }
                return LicencePick(part: part, id: lid)
            }
        }
        e.openness = m.string("openness")
        e.alternatives = list(m, "alternatives", ["id", "why"]) { Alternative(id: $0.string("id", required: true) ?? "", why: $0.string("why", required: true) ?? "") }
        e.warnings = list(m, "warnings", ["id", "severity", "text", "sources"]) {
            WarningEmission(id: $0.string("id", required: true) ?? "", severity: $0.string("severity", required: true) ?? "info",
                            text: $0.string("text", required: true) ?? "", sources: $0.strings("sources") ?? sources)
        }
        e.actions = list(m, "actions", ["id", "text", "sources"]) {
            ActionEmission(id: $0.string("id", required: true) ?? "", text: $0.string("text", required: true) ?? "",
                           sources: $0.strings("sources") ?? sources)
        }
        e.constraints = list(m, "constrain", ["part", "allow", "because"]) {
            Constraint(part: $0.string("part", required: true) ?? "", allow: $0.strings("allow", required: true) ?? [],
                       because: $0.string("because") ?? because)
        }
        e.excludeServices = list(m, "exclude-services", ["id", "because"]) {
            ServiceExclusion(id: $0.string("id", required: true) ?? "", because: $0.string("because") ?? because)
        }
        return TableRow(id: id, when: when, effects: e, because: because, sources: sources, location: m.location)
    }

    private func list<T>(_ m: MapReader, _ key: String, _ keys: [String], _ make: (MapReader) -> T) -> [T] {
        (m.sequence(key) ?? .empty).compactMap { item in
            MapReader(item, path: m.path, sink: sink, what: "an entry of '\(key)'", allowed: keys).map(make)
        }
    }
}
