@testable import AdvisorTUI
import Testing

/// The interface's own number printing and cell comparison, which keep the first frame out of the
/// standard library's integer printing and Unicode normalisation: they must mean the same as the
/// standard library where it matters for what the terminal shows.
@Suite("Numbers and cell comparison on the first frame's path")
struct StartupPathTests {
    @Test func decimalAgreesWithTheStandardLibrary() {
        var samples = Array(-1_100...1_100) + [Int.min, Int.max, Int.min + 1, Int.max - 1]
        var power = 1
        while power <= Int.max / 10 {
            power *= 10
            samples += [power - 1, power, power + 1, -power]
        }
        for n in samples {
            #expect(Decimal.string(n) == String(n), "\(String(n))")
        }
    }

    @Test func interpolationInTheModuleUsesIt() {
        let step = 3, remaining = -12
        #expect("step \(step), about \(remaining) to go" == "step 3, about -12 to go")
        #expect("\(Int.min)" == String(Int.min))
    }

    @Test func cellsAreEqualByTheirBytes() {
        // Canonically equal strings that reach the terminal as different bytes are different cells.
        #expect("\u{E9}" == "e\u{301}")
        #expect(Cell("\u{E9}") != Cell("e\u{301}"))
        #expect(Cell("─", .frame) == Cell("─", .frame))
        #expect(Cell("─", .frame) != Cell("─", .bar))
        #expect(Cell("─") != Cell(" "))
        #expect(Cell("") != Cell(" "))
        // the same bytes in two separate heap strings (not the same bits) are the same cell
        let long = String(repeating: "─", count: 12), built = (0..<12).map { _ in "─" }.joined()
        #expect(Cell(long, .frame) == Cell(built, .frame))
        #expect(Cell(long) != Cell(built + "─"))
        #expect(Set([Cell("a"), Cell("a"), Cell("\u{E9}"), Cell("e\u{301}")]).count == 3)
        var a = Hasher(), b = Hasher()
        a.combine(Cell("日", .key))
        b.combine(Cell("日", .key))
        #expect(a.finalize() == b.finalize())
    }

    @Test func rowsDifferWhereOneCellDoes() {
        var a = Grid(width: 4, height: 2), b = Grid(width: 4, height: 2)
        a.put("ab─", x: 0, y: 1)
        b.put("ab─", x: 0, y: 1)
        #expect(a.sameRow(1, as: b))
        b.put("│", x: 2, y: 1)
        #expect(!a.sameRow(1, as: b))
        #expect(a.sameRow(0, as: b))
    }
}
