extension RuleSetBuilder {
    static let licenceKeys = ["id", "name", "short", "url", "for", "openness", "properties", "copyleft",
                              "database-right", "summary", "aliases", "sources"]
    static let serviceKeys = ["id", "name", "url", "kind", "doi", "identifier", "licences", "countries", "summary",
                              "cost", "curation", "personal-data", "size-limit", "verified", "requires", "cautions",
                              "boosts", "rank", "deposit-files", "sources"]

    func readLicence(_ node: YAMLNode, path: String) -> Licence? {
        guard let m = MapReader(node, path: path, sink: sink, what: "a licence", allowed: Self.licenceKeys),
              let id = m.string("id", required: true) else { return nil }
        var aliases: [String: String] = [:]
        if let a = m.value("aliases") {
            if let am = a.mapping {
                for (k, v) in am { if let ks = k.scalar?.string, let vs = v.scalar?.string { aliases[ks] = vs } }
            } else {
                sink.error("schema/type", YAMLDocument.location(a, path), "'aliases' must map a service to its id for the licence")
            }
        }
        return Licence(
            id: id, name: m.string("name", required: true) ?? id, short: m.string("short") ?? id,
            url: m.string("url", required: true) ?? "", meantFor: m.strings("for", required: true) ?? [],
            openness: m.string("openness", required: true) ?? "not-open", properties: Set(m.strings("properties") ?? []),
            copyleft: m.string("copyleft") ?? "none", databaseRight: m.string("database-right") ?? "not-applicable",
            summary: m.string("summary") ?? "", aliases: aliases, sources: m.strings("sources", required: true) ?? [],
            location: m.location)
    }

    func readService(_ node: YAMLNode, path: String) -> Service? {
        guard let m = MapReader(node, path: path, sink: sink, what: "a service", allowed: Self.serviceKeys),
              let id = m.string("id", required: true) else { return nil }
        var licences: [String]? = m.strings("licences", required: true)
        if licences == ["any"] { licences = nil }
        var service = Service(
            id: id, name: m.string("name", required: true) ?? id, url: m.string("url", required: true) ?? "",
            kind: m.string("kind") ?? "repository", doi: m.bool("doi") ?? false,
            identifier: m.string("identifier") ?? "", licences: licences, countries: m.strings("countries") ?? ["any"],
            summary: m.string("summary") ?? "", cost: m.string("cost") ?? "not found",
            curation: m.string("curation") ?? "not found", personalData: m.string("personal-data") ?? "not found",
            sizeLimit: m.string("size-limit") ?? "not found", verified: m.bool("verified") ?? true,
            requires: clauses(m, "requires", scored: false), cautions: clauses(m, "cautions", scored: false),
            boosts: clauses(m, "boosts", scored: true), rank: m.int("rank") ?? 0,
            sources: m.strings("sources", required: true) ?? [], location: m.location)
        service.depositFiles = m.strings("deposit-files") ?? []
        for f in service.depositFiles where !ArtefactKind.serviceFiles.contains(f) {
            sink.error("schema/value", m.keyLocation("deposit-files"), "deposit file '\(f)' is not one of \(ArtefactKind.serviceFiles.joined(separator: ", "))\(Suggest.hint(for: f, in: ArtefactKind.serviceFiles))")
        }
        return service
    }

    private func clauses(_ m: MapReader, _ key: String, scored: Bool) -> [Clause] {
        guard let items = m.sequence(key) else { return [] }
        let allowed = scored ? ["when", "text", "score"] : ["when", "text"]
        return items.compactMap { item in
            guard let c = MapReader(item, path: m.path, sink: sink, what: "a '\(key)' clause", allowed: allowed),
                  let whenNode = c.value("when") ?? { c.missing("when"); return nil }(),
                  let when = ConditionReader.read(whenNode, path: m.path, sink: sink),
                  let text = c.string("text", required: true) else { return nil }
            return Clause(when: when, text: text, score: scored ? (c.int("score") ?? 0) : 0, location: c.location)
        }
    }

    func readReference(_ node: YAMLNode, path: String) -> Reference? {
        guard let m = MapReader(node, path: path, sink: sink, what: "a reference", allowed: ["id", "cite", "url"]),
              let id = m.string("id", required: true) else { return nil }
        return Reference(id: id, cite: m.string("cite", required: true) ?? id, url: m.string("url"), location: m.location)
    }

    func readWarningKind(_ node: YAMLNode, path: String) -> WarningKind? {
        guard let m = MapReader(node, path: path, sink: sink, what: "a warning", allowed: ["id", "title"]),
              let id = m.string("id", required: true) else { return nil }
        return WarningKind(id: id, title: m.string("title", required: true) ?? id, location: m.location)
    }
}
