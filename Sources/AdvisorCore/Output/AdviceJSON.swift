extension AnswerValue {
    public func emit<E: JSONEmitter>(into e: inout E) {
        switch self {
        case .option(let o): e.string(o)
        case .options(let os): e.strings(os)
        case .number(let n): e.number(n)
        }
    }

    public var json: JSON {
        var b = JSONTreeBuilder()
        emit(into: &b)
        return b.result
    }
}

extension Question {
    public func json(detailed: Bool = false) -> JSON {
        var pairs: [(String, JSON)] = [("id", .string(id)), ("text", .string(text)), ("kind", .string(kind.rawValue))]
        if detailed, let hint { pairs.append(("hint", .string(hint))) }
        if detailed, let help { pairs.append(("help", .string(help))) }
        pairs.append(("options", .array(options.map { o in
            var p: [(String, JSON)] = [("id", .string(o.id)), ("label", .string(o.label))]
            if detailed, let d = o.description { p.append(("description", .string(d))) }
            if detailed, let h = o.help { p.append(("help", .string(h))) }
            return .object(p)
        })))
        if kind == .number {
            pairs.append(("min", minimum.map(JSON.number) ?? .null))
            pairs.append(("max", maximum.map(JSON.number) ?? .null))
            if let unit { pairs.append(("unit", .string(unit))) }
        }
        pairs.append(("default", defaultValue?.json ?? .null))
        return .object(pairs)
    }
}

extension Advice {
    /// The contract's result shape, written once for every output: `json(rules:)` builds it as a
    /// tree (pretty output), `writeJSON(rules:into:)` streams it as compact bytes (the batch path).
    public func emitJSON<E: JSONEmitter>(rules: RuleSet, into e: inout E) {
        e.beginObject()
        e.key("status")
        switch status {
        case .complete:
            e.string("complete")
        case .needsAnswer(let q):
            e.string("needs-answer")
            e.key("next")
            e.beginObject()
            e.key("question")
            e.string(q.id)
            e.key("text")
            e.string(q.text)
            e.key("kind")
            e.string(q.kind.rawValue)
            e.key("options")
            e.beginArray()
            for o in q.options {
                e.beginObject()
                e.key("id")
                e.string(o.id)
                e.key("label")
                e.string(o.label)
                e.end()
            }
            e.end()
            e.key("default")
            if let d = q.defaultValue { d.emit(into: &e) } else { e.null() }
            e.end()
        case .broken(let why):
            e.string("error")
            e.key("error")
            e.string(why)
        }
        e.key("asset")
        e.string(asset)
        e.key("licences")
        e.beginArray()
        // Elements are read in place (by index), never copied out: a copy of a catalogue entry costs a
        // reference count per field, and this runs for every batch line.
        for i in licences.indices {
            // the catalogue entry in place: `licence`, or even subscripting the array, copies it whole
            licences[i].index.licences.withUnsafeBufferPointer { catalogue in
                let l = licences[i].catalogue
                e.beginObject()
                e.key("part")
                e.string(licences[i].part)
                e.key("id")
                e.string(catalogue[l].id)
                e.key("name")
                e.string(catalogue[l].name)
                e.key("url")
                e.string(catalogue[l].url)
                e.end()
            }
        }
        e.end()
        e.key("openness")
        e.string(openness)
        e.key("alternatives")
        e.beginArray()
        for a in alternatives {
            e.beginObject()
            e.key("id")
            e.string(a.id)
            e.key("why")
            e.string(a.why)
            e.end()
        }
        e.end()
        e.key("services")
        e.beginArray()
        for i in services.indices {
            e.fragment(services[i].fragmentKey) { e in
                e.beginObject()
                e.key("id")
                e.string(services[i].service.id)
                e.key("name")
                e.string(services[i].service.name)
                e.key("doi")
                e.bool(services[i].service.doi)
                e.key("url")
                e.string(services[i].service.url)
                e.key("why")
                e.string(services[i].why)
                e.key("cautions")
                e.strings(services[i].cautions)
                e.end()
            }
        }
        e.end()
        e.key("warnings")
        e.beginArray()
        for entry in warningEntries {
            e.fragment(entry.fragmentKey) { e in
                let w = entry.warning(index)
                e.beginObject()
                e.key("id")
                e.string(w.id)
                e.key("severity")
                e.string(w.severity)
                e.key("text")
                e.string(w.text)
                e.key("sources")
                e.beginArray()
                for source in w.sources {
                    e.fragment(rules.referenceSlots[source].map { JSONFragmentKey(kind: 5, a: $0, b: 0, c: 0) }) { e in
                        e.string(rules.cite(source))
                    }
                }
                e.end()
                e.end()
            }
        }
        e.end()
        e.key("actions")
        e.beginArray()
        for entry in actionEntries {
            e.fragment(entry.origin.map { JSONFragmentKey(kind: 3, a: 0, b: $0.packed, c: 0) }) { e in
                let a = entry.action(index)
                e.beginObject()
                e.key("id")
                e.string(a.id)
                e.key("text")
                e.string(a.text)
                e.end()
            }
        }
        e.end()
        e.key("trail")
        e.beginArray()
        let ruleIndex = rules.index
        // steps read in place: a copy of each would retain its strings
        walk.trail.withUnsafeBufferPointer { trail in
            for i in trail.indices {
                e.fragment(ruleIndex.fragmentKey(trail[i])) { e in
                    e.beginObject()
                    e.key("question")
                    e.string(trail[i].question)
                    e.key("answer")
                    trail[i].answer.emit(into: &e)
                    e.key("assumed")
                    e.bool(trail[i].assumed)
                    e.end()
                }
            }
        }
        e.end()
        e.key("rules")
        e.beginObject()
        e.key("version")
        e.string(rulesVersion)
        e.end()
        e.end()
    }

    public func json(rules: RuleSet) -> JSON {
        var b = JSONTreeBuilder()
        emitJSON(rules: rules, into: &b)
        return b.result
    }

    /// Appends the compact result to `out`, without building a tree; with `fragments`, entries seen
    /// before are replayed from there.
    public func writeJSON(rules: RuleSet, into out: inout [UInt8], fragments: JSONFragmentCache? = nil) {
        var w = JSONByteWriter(out: out, fragments: fragments)
        out = []
        emitJSON(rules: rules, into: &w)
        out = w.out
    }
}

extension ServiceFit {
    var fragmentKey: JSONFragmentKey? {
        guard let b = boosts.word, let c = cautionsHeld.word else { return nil }
        return JSONFragmentKey(kind: 1, a: Int32(catalogue), b: b, c: c)
    }
}

extension RuleIndex {
    /// A trail step answered with one of its question's options.
    func fragmentKey(_ t: TrailStep) -> JSONFragmentKey? {
        if t.slot >= 0 {
            return t.option >= 0 ? JSONFragmentKey(kind: 4, a: t.slot, b: UInt64(t.option), c: t.assumed ? 1 : 0) : nil
        }
        guard case .option(let id) = t.answer, let s = slots[t.question], let o = optionIndex[s][id] else { return nil }
        return JSONFragmentKey(kind: 4, a: Int32(s), b: UInt64(o), c: t.assumed ? 1 : 0)
    }
}
