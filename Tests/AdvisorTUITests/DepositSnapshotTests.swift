import AdvisorCore
import AdvisorTUI
import Testing

/// The deposit form at 80×24 and 120×40: filling in, a refused ORCID, the overwrite question, the files written.
@Suite struct DepositSnapshotTests {
    static let fill: [Key] = keys("Lake ice cover, Nordic lakes 1990-2020") + [.tab]
        + keys("Ada Lovelace <\(validORCID)>; Alan Turing; Grace Hopper")

    static func state(_ keys: [Key], size: Size) -> AppState {
        var s = AppState(rules: fixtureRules, size: size)
        s.currentYear = 2026
        s.press(datasetKeys + [.char("s")] + keys)
        return s
    }

    @Test(arguments: SnapshotTests.sizes)
    func form(size: Size) {
        let name = "\(size.width)x\(size.height)"
        assertSnapshot(render(Self.state([], size: size), width: size.width, height: size.height), named: "deposit-empty-\(name)")
        assertSnapshot(render(Self.state(Self.fill, size: size), width: size.width, height: size.height), named: "deposit-filled-\(name)")
        let bad = Self.state(keys("T") + [.tab] + keys("Ann Author <0000-0002-1825-0098>") + [.tab, .backspace] + keys("x") + [.enter], size: size)
        assertSnapshot(render(bad, width: size.width, height: size.height), named: "deposit-refused-\(name)")
        var exists = Self.state(Self.fill + [.enter], size: size)
        exists.depositExists(["REPORT.md", "LICENSE", "CITATION.cff"])
        assertSnapshot(render(exists, width: size.width, height: size.height), named: "deposit-overwrite-\(name)")
        var written = Self.state(Self.fill + [.enter], size: size)
        let paths = written.deposit.fileNames.map { "./deposit/\($0)" }
        written.depositWritten(paths, directory: "./deposit")
        assertSnapshot(render(written, width: size.width, height: size.height), named: "deposit-written-\(name)")
    }

    /// The focused field stays in view however small the window.
    @Test func theFocusedFieldStaysVisibleWhenSmall() {
        var s = Self.state(Self.fill + [.tab, .tab, .tab], size: Size(width: 40, height: 10))
        #expect(s.deposit.focus == .directory)
        #expect(s.screenText(40, 10).contains("./deposit_"))
        s.press([.tab])
        let text = s.screenText(40, 10)
        #expect(text.contains("▸Title"))
        #expect(text.contains("1990-2020_]"))  // the end of a long text, where the cursor is
    }
}
