/// The contract's result shape written straight to compact JSON bytes, without building a `JSON`
/// tree: the batch path's serialiser. It must give exactly `json(rules:).serialized()`; a test
/// compares the two over many answer sets.
extension Advice {
    public func writeJSON(rules: RuleSet, into out: inout [UInt8]) {
        var w = JSONBytes(out: out)
        out = []
        w.raw("{\"status\":")
        switch status {
        case .complete: w.raw("\"complete\"")
        case .needsAnswer(let q):
            w.raw("\"needs-answer\",\"next\":{\"question\":")
            w.string(q.id)
            w.raw(",\"text\":")
            w.string(q.text)
            w.raw(",\"kind\":")
            w.string(q.kind.rawValue)
            w.raw(",\"options\":[")
            for (i, o) in q.options.enumerated() {
                w.comma(i)
                w.raw("{\"id\":")
                w.string(o.id)
                w.raw(",\"label\":")
                w.string(o.label)
                w.raw("}")
            }
            w.raw("],\"default\":")
            w.answer(q.defaultValue)
            w.raw("}")
        case .broken(let why):
            w.raw("\"error\",\"error\":")
            w.string(why)
        }
        w.raw(",\"asset\":")
        if let asset { w.string(asset) } else { w.raw("null") }
        w.raw(",\"licences\":[")
        for (i, r) in licences.enumerated() {
            w.comma(i)
            w.raw("{\"part\":")
            w.string(r.part)
            w.raw(",\"id\":")
            w.string(r.licence.id)
            w.raw(",\"name\":")
            w.string(r.licence.name)
            w.raw(",\"url\":")
            w.string(r.licence.url)
            w.raw("}")
        }
        w.raw("],\"openness\":")
        if let openness { w.string(openness) } else { w.raw("null") }
        w.raw(",\"alternatives\":[")
        for (i, a) in alternatives.enumerated() {
            w.comma(i)
            w.raw("{\"id\":")
            w.string(a.id)
            w.raw(",\"why\":")
            w.string(a.why)
            w.raw("}")
        }
        w.raw("],\"services\":[")
        for (i, s) in services.enumerated() {
            w.comma(i)
            w.raw("{\"id\":")
            w.string(s.service.id)
            w.raw(",\"name\":")
            w.string(s.service.name)
            w.raw(s.service.doi ? ",\"doi\":true,\"url\":" : ",\"doi\":false,\"url\":")
            w.string(s.service.url)
            w.raw(",\"why\":")
            w.string(s.why)
            w.raw(",\"cautions\":")
            w.strings(s.cautions)
            w.raw("}")
        }
        w.raw("],\"warnings\":[")
        for (i, x) in warnings.enumerated() {
            w.comma(i)
            w.raw("{\"id\":")
            w.string(x.id)
            w.raw(",\"severity\":")
            w.string(x.severity)
            w.raw(",\"text\":")
            w.string(x.text)
            w.raw(",\"sources\":")
            w.strings(x.sources.map(rules.cite))
            w.raw("}")
        }
        w.raw("],\"actions\":[")
        for (i, a) in actions.enumerated() {
            w.comma(i)
            w.raw("{\"id\":")
            w.string(a.id)
            w.raw(",\"text\":")
            w.string(a.text)
            w.raw("}")
        }
        w.raw("],\"trail\":[")
        for (i, t) in trail.enumerated() {
            w.comma(i)
            w.raw("{\"question\":")
            w.string(t.question)
            w.raw(",\"answer\":")
            w.answer(t.answer)
            w.raw(t.assumed ? ",\"assumed\":true}" : ",\"assumed\":false}")
        }
        w.raw("],\"rules\":{\"version\":")
        w.string(rulesVersion)
        w.raw("}}")
        out = w.out
    }
}

/// Appends JSON pieces to a byte buffer.
struct JSONBytes {
    var out: [UInt8]

    mutating func raw(_ s: StaticString) { s.withUTF8Buffer { out.append(contentsOf: $0) } }

    mutating func comma(_ index: Int) { if index > 0 { out.append(0x2C) } }

    mutating func string(_ s: String) { JSON.quote(s, into: &out) }

    mutating func strings(_ ss: [String]) {
        out.append(0x5B)
        for (i, s) in ss.enumerated() {
            comma(i)
            JSON.quote(s, into: &out)
        }
        out.append(0x5D)
    }

    mutating func answer(_ a: AnswerValue?) {
        switch a {
        case nil: raw("null")
        case .option(let o)?: string(o)
        case .options(let os)?: strings(os)
        case .number(let n)?: JSON.append(n.isFinite ? AnswerValue.format(n) : "null", &out)
        }
    }
}
