import AdvisorCore
import AdvisorTUI
import Testing

/// Every screen, rendered from the fixture rules at 80×24 and 120×40.
@Suite struct SnapshotTests {
    static let sizes = [Size(width: 80, height: 24), Size(width: 120, height: 40)]

    static let screens: [(String, [Key])] = [
        ("welcome", []),
        ("question-single", [.enter, .down]),
        ("question-chosen-licence", [.enter, .char("1"), .down, .down]),
        ("question-multiple", [.enter] + keys("311") + [.down, .char(" ")]),
        ("question-number-error", [.enter] + keys("1122") + keys("12x")),
        ("question-with-breadcrumb", [.enter] + keys("112")),
        ("help", [.enter, .char("?")]),
        ("review", [.enter] + keys("112") + [.char("r"), .up]),
        ("result-dataset", datasetKeys),
        ("result-dataset-scrolled", datasetKeys + [.pageDown]),
        ("result-model", modelKeys),
        ("result-blocker", blockerKeys),
        ("why", datasetKeys + [.char("w")]),
        ("compare", datasetKeys + [.char("c")]),
        ("compare-picker", datasetKeys + [.char("c"), .char("e"), .down, .down, .char(" ")]),
        ("quit-confirm", [.enter] + keys("1q")),
    ]

    @Test(arguments: sizes)
    func everyScreen(size: Size) {
        for (name, keys) in Self.screens {
            let s = drive(keys, size: size)
            assertSnapshot(render(s, width: size.width, height: size.height), named: "\(name)-\(size.width)x\(size.height)")
        }
    }

    @Test func asciiFallback() {
        let s = drive(datasetKeys, unicode: false)
        let grid = render(s, width: 80, height: 24)
        assertSnapshot(grid, named: "result-dataset-ascii-80x24")
        #expect(grid.lines.allSatisfy { $0.unicodeScalars.allSatisfy { $0.isASCII } })
        let q = drive([.enter] + keys("311"), unicode: false)
        let qg = render(q, width: 80, height: 24)
        assertSnapshot(qg, named: "question-multiple-ascii-80x24")
        #expect(qg.lines.allSatisfy { $0.unicodeScalars.allSatisfy { $0.isASCII } })
    }

    @Test func tooSmall() {
        let s = drive(datasetKeys)
        assertSnapshot(render(s, width: 39, height: 10), named: "too-small-39x10")
        assertSnapshot(render(s, width: 20, height: 5), named: "too-small-20x5")
        #expect(render(s, width: 40, height: 10).lines[0].contains("license-advisor"))
    }

    /// Nothing breaks at absurd sizes, on any screen.
    @Test func tinySizesNeverCrash() {
        for (_, keys) in Self.screens {
            let s = drive(keys)
            for (w, h) in [(0, 0), (1, 1), (10, 3), (2, 40), (200, 1), (40, 10), (41, 11)] {
                let g = render(s, width: w, height: h)
                #expect(g.width == w && g.height == h)
                #expect(g.lines.allSatisfy { TextWidth.of($0) <= w })
            }
        }
    }

    @Test func warningsCarryColourAndSymbol() {
        let s = drive(blockerKeys)
        let g = render(s, width: 80, height: 24)
        let row = g.lines.firstIndex { $0.contains("BLOCKER") }
        #expect(row != nil)
        if let row {
            let x = g.lines[row].distance(from: g.lines[row].startIndex, to: g.lines[row].firstRange(of: "✖")!.lowerBound)
            #expect(g[x: x, y: row].role == .blocker)
        }
    }
}
