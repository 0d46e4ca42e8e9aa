import AdvisorCore
import AdvisorTUI
import Foundation
import Testing

/// Rules from a file with C0 and C1 controls, ESC sequences (CSI, OSC) and bidi overrides planted in the
/// title, a question's text, hint and help, option labels and descriptions, a licence's name, a service
/// name and a warning (Fixtures/hostile): every screen shows visible placeholders, never the raw controls.
@Suite struct HostileTextTests {
    static let rules: RuleSet = {
        let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/hostile").path
        do {
            return try RuleLoader.load(directory: dir)
        } catch {
            fatalError("hostile fixture rules do not load: \(error)")
        }
    }()

    static let screens: [(String, [Key])] = [
        ("welcome", []),
        ("question", [.enter, .down]),
        ("help", [.enter, .char("?")]),
        ("licence-options", [.enter, .char("1"), .down, .down]),
        ("result", datasetKeys),
        ("result-end", datasetKeys + [.end]),
        ("why", datasetKeys + [.char("w")]),
        ("compare", datasetKeys + [.char("c")]),
        ("review", datasetKeys + [.char("r")]),
        ("deposit", datasetKeys + [.char("s")]),
    ]

    /// The scalars no cell may hold: C0, DEL, C1 and the bidi controls.
    static func rawControls(_ g: Grid) -> [String] {
        var found: [String] = []
        for (i, cell) in g.cells.enumerated() {
            for u in cell.text.unicodeScalars where Sanitizer.isDangerous(u.value) || u == "\n" {
                found.append("U+\(String(u.value, radix: 16)) at \(i % max(1, g.width)),\(i / max(1, g.width))")
            }
        }
        return found
    }

    @Test(arguments: SnapshotTests.sizes)
    func noScreenShowsARawControl(size: Size) {
        for (name, keys) in Self.screens {
            let s = drive(keys, size: size, rules: Self.rules)
            let g = render(s, width: size.width, height: size.height)
            #expect(Self.rawControls(g).isEmpty, "\(name): \(Self.rawControls(g))")
        }
    }

    @Test func thePlantedControlsShowAsPlaceholders() {
        func text(_ keys: [Key], _ w: Int = 120, _ h: Int = 40) -> String {
            drive(keys, size: Size(width: w, height: h), rules: Self.rules).screenText(w, h)
        }
        let welcome = text([])
        #expect(welcome.contains("Hostile ␛]0;pwned␇ rules <U+202E>elif<U+202C>"))  // OSC title, bidi override
        #expect(welcome.contains("Fixture disclaimer.<U+9B>2J Not legal advice."))  // C1 CSI
        let question = text([.enter])
        #expect(question.contains("What are you ␛[31msharing␛[0m?<U+202E>"))
        #expect(question.contains("Pick␇ the <U+2066>main<U+2069> thing.␡"))
        #expect(question.contains("Data␛[5m or a<U+9B>31m database"))
        #expect(question.contains("Tables,␛[8m measurements<U+61C>."))
        #expect(question.contains("Soft<U+202E>ware␇"))
        let help = text([.enter, .char("?")])
        #expect(help.contains("␛[2J␛[HThe kind of work"))
        #expect(help.contains("<U+85>decides␈ which licences fit.<U+200F>"))
        #expect(help.contains("Mainly<U+202D> data␀."))
        let licences = text([.enter, .char("1")])
        #expect(licences.contains("CC BY␛[1m 4.0<U+202E>"))
        let result = text(datasetKeys)
        #expect(result.contains("CC BY␛[1m 4.0<U+202E>"))
        #expect(result.contains("Creative Commons␛[31m Attribution<U+9D> 4.0<U+202E> International"))
        #expect(result.contains("Zen␛]8;;http://x␛\\odo"))
        #expect(result.contains("EU␛[7m database right"))
        #expect(result.contains("The EU database right␍ may apply.<U+202E>"))
    }

    @Test func snapshots() {
        for (name, keys) in [("question", [Key.enter]), ("result", datasetKeys)] {
            let s = drive(keys, rules: Self.rules)
            assertSnapshot(render(s, width: 80, height: 24), named: "hostile-\(name)-80x24")
        }
    }

    /// The ASCII fallback (a non-UTF-8 locale) folds the placeholders too, and still shows no control.
    @Test func asciiFallbackStaysClean() {
        for (name, keys) in Self.screens {
            let g = render(drive(keys, rules: Self.rules, unicode: false), width: 80, height: 24)
            #expect(Self.rawControls(g).isEmpty, "\(name)")
            #expect(g.lines.allSatisfy { $0.unicodeScalars.allSatisfy(\.isASCII) }, "\(name)")
        }
    }
}
