import AdvisorCore

extension AppState {
    /// Opens compare with the recommended licences and their alternatives (two to four of them); with
    /// fewer than two, the catalogue picker opens first.
    mutating func openCompare() {
        var ids: [String] = []
        if let advice = derived.advice {
            for id in advice.licences.map(\.licence.id) + advice.alternatives.map(\.id)
            where !ids.contains(id) && rules.licence(id) != nil {
                ids.append(id)
            }
        }
        compare.ids = Array(ids.prefix(4))
        compare.cursor = 0
        compare.picking = compare.ids.count < 2
        openPanel(.compare)
        if compare.picking { message = Message("Tick two to four licences with Space, then press Enter.", .info) }
    }

    mutating func handleCompare(_ key: Key) -> Command {
        if compare.picking { return handlePicker(key) }
        if let delta = scrollDelta(key) {
            panelScroll = clamped(panelScroll + delta, max: maxScroll())
            return .stay
        }
        switch key {
        case .char("e"), .tab, .enter:
            compare.picking = true
            compare.cursor = rules.licences.firstIndex { compare.ids.contains($0.id) } ?? 0
        case .escape, .left, .backspace, .char("b"), .char("c"): panel = nil
        case .char("q"): return requestQuit()
        default: break
        }
        return .stay
    }

    mutating func handlePicker(_ key: Key) -> Command {
        let count = rules.licences.count
        switch key {
        case .up, .char("k"): compare.cursor = clamped(compare.cursor - 1, max: count - 1)
        case .down, .char("j"): compare.cursor = clamped(compare.cursor + 1, max: count - 1)
        case .pageUp: compare.cursor = clamped(compare.cursor - pageSize, max: count - 1)
        case .pageDown: compare.cursor = clamped(compare.cursor + pageSize, max: count - 1)
        case .home: compare.cursor = 0
        case .end: compare.cursor = max(0, count - 1)
        case .char(" "), .char("x"):
            guard rules.licences.indices.contains(compare.cursor) else { break }
            let id = rules.licences[compare.cursor].id
            if let i = compare.ids.firstIndex(of: id) {
                compare.ids.remove(at: i)
            } else if compare.ids.count >= 4 {
                message = Message("Compare at most four licences: untick one first.", .caution)
            } else {
                compare.ids.append(id)
            }
        case .enter, .tab:
            if compare.ids.count >= 2 {
                compare.picking = false
                panelScroll = 0
            } else {
                message = Message("Tick at least two licences with Space.", .caution)
            }
        case .escape, .left, .backspace, .char("b"):
            if compare.ids.count >= 2 { compare.picking = false } else { panel = nil }
        case .char("q"): return requestQuit()
        default: break
        }
        return .stay
    }
}
