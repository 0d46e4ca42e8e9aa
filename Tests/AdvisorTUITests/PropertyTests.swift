import AdvisorCore
import AdvisorTUI
import Testing

/// SplitMix64: a small seeded generator, so a failing run can be replayed exactly.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Random keys and resizes through the state machine and the renderer, checking after every step that
/// the state stays consistent and the frame stays well-formed.
@Suite struct PropertyTests {
    static let namedKeys: [Key] = [.up, .down, .left, .right, .enter, .backspace, .delete, .escape, .tab, .backTab,
                                   .pageUp, .pageDown, .home, .end]
    /// characters that mean something somewhere, plus text of every kind (wide, combining, controls, bidi)
    static let chars: [Character] = Array("0123456789qyYnbrwcsSeljkgG? x<>;@-.,") + ["日", "é", "e\u{301}", "👍", "\u{1B}", "\u{07}",
                                                                                  "\u{9B}", "\u{202E}", "\u{0}", "\u{7F}", "\n", "\t"]

    static func randomKey(_ rng: inout SplitMix64) -> Key {
        let roll = Int.random(in: 0..<100, using: &rng)
        switch roll {
        case 0..<4:
            // Mostly usable sizes, sometimes anything from 1×1 to 250×80.
            if Bool.random(using: &rng) {
                return .resize(width: Int.random(in: 40...250, using: &rng), height: Int.random(in: 10...80, using: &rng))
            }
            return .resize(width: Int.random(in: 1...250, using: &rng), height: Int.random(in: 1...80, using: &rng))
        case 4..<30: return .enter
        case 30..<55: return .char(Character(String(Int.random(in: 1...3, using: &rng))))
        case 55..<75: return namedKeys.randomElement(using: &rng)!
        default: return .char(chars.randomElement(using: &rng)!)
        }
    }

    /// What a driver would report back after a command, chosen at random.
    static func reportBack(_ command: Command, _ s: inout AppState, _ rng: inout SplitMix64) {
        switch command {
        case .save:
            if Bool.random(using: &rng) { s.saved(path: "/tmp/r\u{1B}[2J.md") } else { s.saveFailed("disk\u{7} full") }
        case .writeDeposit(let job):
            switch Int.random(in: 0..<3, using: &rng) {
            case 0: s.depositWritten(job.files.map { job.directory + "/" + $0.name }, directory: job.directory)
            case 1: s.depositExists(job.files.prefix(2).map(\.name))
            default: s.depositFailed("cannot\u{202E} write")
            }
        case .quit, .stay:
            break
        }
    }

    static func check(_ s: AppState, step: Int, key: Key) {
        let (w, h) = (s.viewport.width, s.viewport.height)
        let g = render(s, width: w, height: h)
        let at = "step \(step) after \(key)"
        // The frame: exactly the screen's size, every row exactly as wide, no control character in a cell.
        #expect(g.width == w && g.height == h && g.cells.count == w * h, "\(at): grid \(g.width)x\(g.height)")
        if let problem = Self.frameProblem(g) { Issue.record("\(at): \(problem)") }
        // The state agrees with a fresh walk over its answers.
        let fresh = walk(s.rules, s.answers)
        let trail = s.derived.walk.trail
        #expect(trail == fresh.trail, "\(at): stale walk")
        #expect(s.derived.walk.pending?.id == fresh.pending?.id, "\(at): stale pending question")
        #expect((s.derived.advice == nil) == (fresh.pending != nil), "\(at): advice without an outcome, or none with one")
        #expect(s.position >= 0 && s.position <= trail.count, "\(at): position \(s.position) of \(trail.count)")
        switch s.screen {
        case .question:
            let expected = s.position < trail.count ? trail[s.position].question : fresh.pending?.id
            #expect(s.currentQuestion != nil && s.currentQuestion?.id == expected, "\(at): question \(String(describing: s.currentQuestion?.id))")
        case .result:
            #expect(fresh.pending == nil && s.position == trail.count, "\(at): result before the end")
        case .welcome:
            break
        }
        // Every selection is a valid index.
        if s.screen == .question, let q = s.currentQuestion, q.kind != .number {
            #expect(q.options.indices.contains(s.question.cursor), "\(at): cursor \(s.question.cursor) of \(q.options.count)")
            #expect(s.question.selection.isSubset(of: Set(q.options.map(\.id))), "\(at): ticked a missing option")
        }
        if s.panel == .review {
            let rows = trail.count + (fresh.pending == nil ? 0 : 1)
            #expect(s.reviewCursor >= 0 && s.reviewCursor < rows, "\(at): review cursor \(s.reviewCursor) of \(rows)")
        }
        if s.panel == .compare {
            #expect(s.rules.licences.indices.contains(s.compare.cursor), "\(at): compare cursor \(s.compare.cursor)")
            #expect(s.compare.ids.count <= 4 && (s.compare.picking || s.compare.ids.count >= 2), "\(at): compare ids \(s.compare.ids)")
        }
        if s.panel == .deposit { #expect(s.derived.advice != nil, "\(at): deposit form without a result") }
        #expect(s.resultScroll >= 0 && s.panelScroll >= 0, "\(at): negative scroll")
    }

    /// One pass over the cells (the test renders 10 000 frames): each row exactly `width` columns wide,
    /// each cell one grapheme with no control character, the right half of a wide glyph only after one.
    static func frameProblem(_ g: Grid) -> String? {
        for y in 0..<g.height {
            var columns = 0
            var afterWide = false
            for x in 0..<g.width {
                let text = g[x: x, y: y].text
                let utf8 = text.utf8
                if utf8.isEmpty {
                    guard afterWide else { return "cell \(x),\(y) is half a glyph with no wide glyph before it" }
                    afterWide = false
                    continue
                }
                afterWide = false
                if utf8.count == 1, let b = utf8.first {
                    guard b >= 0x20, b != 0x7F else { return "cell \(x),\(y) holds control 0x\(String(b, radix: 16))" }
                    columns += 1
                    continue
                }
                guard text.count == 1, let c = text.first else { return "cell \(x),\(y) holds \(text.count) graphemes" }
                if let u = c.unicodeScalars.first(where: { Sanitizer.isDangerous($0.value) }) {
                    return "cell \(x),\(y) holds control U+\(String(u.value, radix: 16))"
                }
                let cw = TextWidth.of(c)
                columns += cw
                afterWide = cw == 2
            }
            if columns != g.width { return "row \(y) is \(columns) columns, not \(g.width)" }
        }
        return nil
    }

    @Test func theFrameCheckAcceptsWideGlyphs() {
        #expect(Self.frameProblem(render(drive(datasetKeys), width: 80, height: 24)) == nil)
        var g = Grid(width: 5, height: 1)
        g.put("日本x", x: 0, y: 0)
        #expect(Self.frameProblem(g) == nil)
    }

    @Test(arguments: [UInt64(20_260_824)])
    func tenThousandRandomKeysAndResizes(seed: UInt64) {
        var rng = SplitMix64(seed: seed)
        var s = AppState(rules: fixtureRules, size: Size(width: 80, height: 24))
        s.currentYear = 2026
        var seen: Set<String> = ["\(s.screen)/-"]
        for step in 0..<10_000 {
            let key = Self.randomKey(&rng)
            let command = s.handle(key)
            Self.reportBack(command, &s, &rng)
            if case .quit = command {
                // A new session resumes the answers, as --resume would.
                let size = s.viewport
                s = AppState(rules: fixtureRules, answers: s.answers, size: size)
                s.resume(notices: ["Resumed after quitting\u{1B}[0m."])
            }
            seen.insert("\(s.screen)/\(s.panel.map { "\($0)" } ?? "-")")
            Self.check(s, step: step, key: key)
        }
        // The walk went everywhere worth checking.
        for place in ["welcome/-", "question/-", "result/-", "result/deposit", "result/compare", "question/review", "result/why"] {
            #expect(seen.contains(place), "never reached \(place): \(seen.sorted())")
        }
    }
}
