extension RuleSetBuilder {
    static let questionKeys = ["question", "kind", "text", "hint", "help", "options", "options-from", "next", "default",
                               "min", "max", "unit", "sources"]
    static let optionKeys = ["id", "label", "description", "help", "next", "sources"]

    /// A flow node is a mapping whose first key says what it is: `question: ID`, `route: ID` or `outcome: ID`.
    mutating func readNode(_ node: YAMLNode, path: String) -> FlowNode? {
        let loc = YAMLDocument.location(node, path)
        guard let raw = node.mapping else {
            sink.error("schema/type", loc, "a node must be a mapping starting with question:, route: or outcome:")
            return nil
        }
        func has(_ key: String) -> Bool { raw[key] != nil }
        if has("question") { return readQuestion(node, path: path).map { .question($0) } }
        if has("route") { return readRouter(node, path: path).map { .router($0) } }
        if has("outcome") {
            guard let m = MapReader(node, path: path, sink: sink, what: "an outcome", allowed: ["outcome", "tables"]),
                  let id = m.string("outcome", required: true) else { return nil }
            return .outcome(Outcome(id: id, tables: m.strings("tables"), location: m.location))
        }
        sink.error("schema/missing-key", loc, "a node needs one of question:, route: or outcome:\(Suggest.hint(for: raw.first { _ in true }?.key.scalar?.string ?? "", in: ["question", "route", "outcome"]))")
        return nil
    }

    private mutating func readQuestion(_ node: YAMLNode, path: String) -> Question? {
        guard let m = MapReader(node, path: path, sink: sink, what: "a question", allowed: Self.questionKeys),
              let id = m.string("question", required: true) else { return nil }
        var kind = QuestionKind.single
        if let k = m.string("kind") {
            if let parsed = QuestionKind(rawValue: k) {
                kind = parsed
            } else {
                sink.error("schema/value", m.keyLocation("kind"), "question kind '\(k)' is not one of single, multiple, number\(Suggest.hint(for: k, in: QuestionKind.allCases.map(\.rawValue)))")
            }
        }
        let optionItems = m.sequence("options") ?? .empty
        var options: [AnswerOption] = []
        options.reserveCapacity(optionItems.count)
        var optionIDs: Set<String> = []
        for item in optionItems {
            guard let o = MapReader(item, path: path, sink: sink, what: .init("an option of", of: id), allowed: Self.optionKeys),
                  let oid = o.string("id", required: true) else { continue }
            if !optionIDs.insert(oid).inserted {
                sink.error("id/duplicate", o.location, "option '\(oid)' appears twice in question '\(id)'")
                continue
            }
            if !IDFormat.isValid(oid) {
                sink.error("id/format", o.location, "option id '\(oid)' may only use letters, digits and . _ + -")
            }
            options.append(AnswerOption(id: oid, label: o.string("label", required: true) ?? oid, description: o.string("description"),
                                  help: o.string("help"), next: o.string("next"), sources: o.strings("sources") ?? [],
                                  location: o.location))
        }
        if let from = m.string("options-from") {
            if from == "licences" {
                licenceOptionQuestions.append((id, m.string("next")))
            } else {
                sink.error("schema/value", m.keyLocation("options-from"), "options-from can only be 'licences'")
            }
        }
        var q = Question(id: id, kind: kind, text: m.string("text", required: true) ?? "", hint: m.string("hint"),
                         help: m.string("help"), options: options, next: m.string("next"),
                         minimum: m.number("min"), maximum: m.number("max"), unit: m.string("unit"),
                         sources: m.strings("sources") ?? [], location: m.location)
        if let d = m.value("default") {
            switch kind {
            case .single: q.defaultValue = m.string("default").map { .option($0) }
            case .multiple: q.defaultValue = m.strings("default").map { .options($0) }
            case .number:
                if let n = m.number("default") { q.defaultValue = .number(n) }
            }
            _ = d
        }
        if kind != .number && options.isEmpty && !m.has("options-from") {
            sink.error("schema/missing-key", m.location, "question '\(id)' has no options")
        }
        return q
    }

    private func readRouter(_ node: YAMLNode, path: String) -> Router? {
        guard let m = MapReader(node, path: path, sink: sink, what: "a route node", allowed: ["route", "routes", "otherwise"]),
              let id = m.string("route", required: true) else { return nil }
        let routeItems = m.sequence("routes", required: true) ?? .empty
        var routes: [Route] = []
        routes.reserveCapacity(routeItems.count)
        for item in routeItems {
            guard let r = MapReader(item, path: path, sink: sink, what: .init("a route of", of: id), allowed: ["when", "next", "because"]) else { continue }
            guard let whenNode = r.value("when") else { r.missing("when"); continue }
            guard let when = ConditionReader.read(whenNode, path: path, sink: sink),
                  let next = r.string("next", required: true) else { continue }
            routes.append(Route(when: when, next: next, because: r.string("because"), location: r.location))
        }
        return Router(id: id, routes: routes, otherwise: m.string("otherwise"), location: m.location)
    }
}
