import AdvisorCore
import AdvisorRules
import AdvisorTUI
#if canImport(Glibc)
import Glibc
#endif

/// `startup N`: the work between `main` and the first frame that does not need a terminal, N times: the
/// built-in rules decoded (with their evaluation index) and the first question's state and frame at
/// 80×24. Prints the CPU time of each part per run (the first run separately: it pays the runtime's
/// one-off type lookups, as a real start does).
enum Startup {
    static func run(count: Int) {
        var decode: [Double] = [], frame: [Double] = []
        for _ in 0..<count {
            let t0 = Keypress.cpuSeconds()
            let rules = BuiltinRules.ruleSet()
            let t1 = Keypress.cpuSeconds()
            var state = AppState(rules: rules, size: Size(width: 80, height: 24))
            _ = state.handle(.enter)
            let grid = render(state, width: 80, height: 24)
            let t2 = Keypress.cpuSeconds()
            precondition(grid.width == 80)
            decode.append(t1 - t0)
            frame.append(t2 - t1)
        }
        func line(_ name: String, _ xs: [Double]) {
            let rest = xs.dropFirst().sorted()
            let median = rest.isEmpty ? xs[0] : rest[rest.count / 2]
            print("\(name): first \(Int(xs[0] * 1e6)) µs, median of the rest \(Int(median * 1e6)) µs")
        }
        line("rules decoded", decode)
        line("first question drawn", frame)
    }
}
