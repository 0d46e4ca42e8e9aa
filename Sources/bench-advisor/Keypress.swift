import AdvisorCore
import AdvisorRules
import AdvisorTUI
import TerminalBackend
#if canImport(Glibc)
import Glibc
#endif

/// `keys N WIDTH HEIGHT [--ncurses]`: N keys through the state machine (`handle`) and the renderer
/// (`render`), and with --ncurses also through the ncurses backend into a headless screen (`draw`:
/// ncurses diffs the frame and writes the escape sequences to /dev/null). The keys walk the whole
/// interview again and again: move, answer, and on the result scroll, open and close the why and help
/// panels, then go back a few questions. Prints the CPU time per key (mean, median, 99th percentile).
enum Keypress {
    static func run(count: Int, width: Int, height: Int, ncurses: Bool) {
        let rules = BuiltinRules.ruleSet()
        var state = AppState(rules: rules, size: Size(width: width, height: height))
        let terminal = ncurses ? NcursesTerminal(headlessWidth: width, height: height) : nil
        if ncurses && terminal == nil { fail("cannot start a headless ncurses screen") }
        defer { terminal?.shutdown() }
        terminal?.draw(render(state, width: width, height: height))
        var script = Script()
        var times: [Double] = []
        times.reserveCapacity(count)
        var results = 0
        for _ in 0..<count {
            let key = script.next(state)
            if state.screen == .result, script.onResult == 1 { results += 1 }
            let start = cpuSeconds()
            _ = state.handle(key)
            let grid = render(state, width: width, height: height)
            terminal?.draw(grid)
            times.append(cpuSeconds() - start)
        }
        times.sort()
        let mean = times.reduce(0, +) / Double(times.count)
        print("keys \(count) size \(width)x\(height) \(ncurses ? "ncurses" : "pure") results_reached \(results) cpu_ms_mean \(ms(mean)) cpu_ms_median \(ms(times[times.count / 2])) cpu_ms_p99 \(ms(times[times.count * 99 / 100]))")
    }

    static func ms(_ s: Double) -> String {
        let v = (s * 1000 * 1000).rounded() / 1000
        return String(v)
    }

    static func cpuSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }

    /// Chooses each key from the screen it lands on, so the sequence never quits and never sticks.
    struct Script {
        var step = 0
        var onResult = 0
        let question: [Key] = [.down, .down, .up, .char(" "), .enter]
        let number: [Key] = [.char("2"), .char("5"), .enter]
        var typed = 0
        let result: [Key] = [.pageDown, .pageDown, .pageUp, .char("w"), .down, .char("w"), .char("?"), .char("?"),
                             .char("b"), .char("b"), .char("b")]

        mutating func next(_ state: AppState) -> Key {
            step += 1
            if state.panel != nil { return .escape }
            switch state.screen {
            case .welcome:
                return .enter
            case .question where state.currentQuestion?.kind == .number:
                onResult = 0
                defer { typed += 1 }
                return number[typed % number.count]
            case .question:
                onResult = 0
                typed = 0
                return question[step % question.count]
            case .result:
                defer { onResult += 1 }
                return result[onResult % result.count]
            }
        }
    }
}
