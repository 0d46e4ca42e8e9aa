/// catalog/invalid-spdx, catalog/unused, source/missing.
extension LintContext {
    mutating func checkCatalogues() {
        for l in rules.licences { checkSPDX(l) }
        checkUnusedLicences()
        checkUnreachableServices()
        checkUnusedReferences()
        let emitted = Set(rules.tables.flatMap { $0.rows.flatMap { $0.effects.warnings.map(\.id) } } + [rules.conflictWarning])
        for w in rules.warningKinds where !emitted.contains(w.id) {
            report(.warning, "catalog/unused", w.location, "warning '\(w.id)' is never raised by any table row")
        }
    }

    static func isLicenseRef(_ id: String) -> Bool {
        guard id.hasPrefix("LicenseRef-"), id.count > "LicenseRef-".count else { return false }
        return id.dropFirst("LicenseRef-".count).unicodeScalars.allSatisfy { s in
            ("a"..."z").contains(s) || ("A"..."Z").contains(s) || ("0"..."9").contains(s) || s == "." || s == "-"
        }
    }

    private mutating func checkSPDX(_ l: Licence) {
        let id = l.id
        if SPDXLicenseIDs.current.contains(id) || Self.isLicenseRef(id) { return }
        let message: String
        if let instead = SPDXLicenseIDs.deprecated[id] {
            message = "licence id '\(id)' is deprecated in the SPDX License List" + (instead.isEmpty ? "" : "; use \(instead)")
        } else if let exact = SPDXLicenseIDs.current.first(where: { $0.lowercased() == id.lowercased() }) {
            message = "licence id '\(id)' must be written as the SPDX id '\(exact)'"
        } else if id.lowercased().hasPrefix("licenseref-") {
            message = "licence id '\(id)' must be LicenseRef- followed by letters, digits, '.' and '-' only"
        } else {
            message = "licence id '\(id)' is not in the SPDX License List \(SPDXLicenseIDs.listVersion)\(Suggest.hint(for: id, in: SPDXLicenseIDs.current)); write LicenseRef-NAME for a licence outside it"
        }
        report(.error, "catalog/invalid-spdx", l.location, message)
    }

    /// A licence counts as used when a row recommends, allows or suggests it, a service names it, or
    /// a condition tests for it (licence-is, or an option id such as an input licence).
    private mutating func checkUnusedLicences() {
        // The licences not yet seen used: once none is left, the remaining rules need not be read
        // (a large base's routes name options, and its licences are used by its tables).
        var unused = Set(rules.licences.map(\.id))
        func use(_ ids: [String]) {
            for id in ids { unused.remove(id) }
        }
        func use(_ atom: Atom) {
            switch atom.test {
            case .oneOf(let ids), .includesAny(let ids), .includesAll(let ids), .exactly(let ids): use(ids)
            default: break
            }
        }
        var conditions: [Condition] = []
        for t in rules.tables {
            conditions.append(t.applies)
            for row in t.rows {
                conditions.append(row.when)
                let e = row.effects
                use((e.licences ?? []).map(\.id))
                use(e.alternatives.map(\.id))
                use(e.constraints.flatMap(\.allow))
            }
        }
        for s in rules.services {
            use(s.licences ?? [])
            conditions += (s.requires + s.cautions + s.boosts).map(\.when)
        }
        for c in conditions where !unused.isEmpty { c.forEachAtom { atom, _ in use(atom) } }
        let atoms = graph.routes.atoms
        for a in atoms.indices where !unused.isEmpty { use(atoms[a]) }
        for l in rules.licences where unused.contains(l.id) {
            report(.warning, "catalog/unused", l.location,
                   "licence '\(l.id)' is never recommended, allowed, suggested, accepted by name or tested by any rule")
        }
    }

    /// A service whose `requires` clauses cannot all hold for any answers (each question taken on
    /// its own, unasked included) is never listed.
    private mutating func checkUnreachableServices() {
        for s in rules.services where !s.requires.isEmpty {
            let all = Condition.all(s.requires.map(\.when))
            let questions = all.atoms().compactMap(\.atom.question)
            guard let p = Projection(questions: questions, rules: rules, mentions: mentions, resultFacts: nil) else { continue }
            let sizes = p.domains.map { $0.size + 1 }
            guard sizes.reduce(1, { $0 > Lint.valuationCap ? $0 : $0 * $1 }) <= Lint.valuationCap else { continue }
            var codes = [Int](repeating: 0, count: sizes.count)
            var satisfiable = false
            while true {
                var v: UInt64 = 0
                for i in codes.indices { v = p.setting(v, i, codes[i]) }
                if p.eval(all, v) != false {
                    satisfiable = true
                    break
                }
                var i = 0
                while i < codes.count {
                    codes[i] += 1
                    if codes[i] < sizes[i] { break }
                    codes[i] = 0
                    i += 1
                }
                if i == codes.count { break }
            }
            if !satisfiable {
                report(.warning, "catalog/unused", s.location,
                       "service '\(s.id)' is never listed: its 'requires' clauses cannot all hold for any answers")
            }
        }
    }

    private mutating func checkUnusedReferences() {
        // The references not yet seen cited, the questions last: a large base's rows and catalogue
        // cite every reference, and then its questions need not be read.
        var uncited = Set(rules.references.map(\.id))
        for l in rules.licences { uncited.subtract(l.sources) }
        for s in rules.services { uncited.subtract(s.sources) }
        for t in rules.tables {
            for row in t.rows {
                uncited.subtract(row.sources)
                for w in row.effects.warnings { uncited.subtract(w.sources) }
                for a in row.effects.actions { uncited.subtract(a.sources) }
            }
        }
        for n in questionNodes where !uncited.isEmpty {
            guard case .question(let q) = graph.nodes[n] else { continue }
            uncited.subtract(q.sources)
            for k in q.options.indices { uncited.subtract(q.options[k].sources) }
        }
        for r in rules.references where uncited.contains(r.id) {
            report(.warning, "catalog/unused", r.location, "reference '\(r.id)' is never cited")
        }
    }

    mutating func checkSources() {
        for l in rules.licences where l.sources.isEmpty {
            report(.error, "source/missing", l.location, "licence '\(l.id)' cites no sources")
        }
        for s in rules.services where s.sources.isEmpty {
            report(.error, "source/missing", s.location, "service '\(s.id)' cites no sources")
        }
        for t in rules.tables {
            for row in t.rows {
                if row.sources.isEmpty {
                    report(.error, "source/missing", row.location, "row '\(row.id)' of table '\(t.id)' cites no sources")
                }
                for w in row.effects.warnings where w.sources.isEmpty {
                    report(.error, "source/missing", row.location,
                           "warning '\(w.id)' raised by row '\(row.id)' of table '\(t.id)' cites no sources")
                }
            }
        }
    }
}
