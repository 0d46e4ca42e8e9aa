import AdvisorTUI

/// How a session ended.
public enum SessionEnd: Sendable, Hashable {
    /// the user quit; the status to exit with
    case quit(Int32)
    /// SIGINT, SIGTERM or SIGHUP: shut down, then re-raise it
    case signal(Int32)
}

/// The key loop: draw when something changed, read a key (or a signal, or a resize), reduce, carry out
/// what the state machine asks (`SessionEffects`), repeat.
public enum Session {
    /// `crashAfterFirstFrame` is the test hook behind LICENSE_ADVISOR_TEST_CRASH=1 (scripts/e2e-hardening):
    /// the program dies in `fatalError` once the first frame is on screen, to check that a crash
    /// restores the terminal and leaves its message readable.
    public static func run(_ state: inout AppState, terminal: NcursesTerminal, effects: inout SessionEffects,
                           crashAfterFirstFrame: Bool = false) -> SessionEnd {
        var size = terminal.size
        _ = state.handle(.resize(width: size.width, height: size.height))
        var dirty = true
        while true {
            if dirty {
                terminal.draw(render(state, width: size.width, height: size.height))
                dirty = false
                if crashAfterFirstFrame { fatalError("LICENSE_ADVISOR_TEST_CRASH is set: crashing on purpose after the first frame") }
            }
            let event = terminal.read()
            let now = terminal.size
            if now != size {
                size = now
                _ = state.handle(.resize(width: size.width, height: size.height))
                dirty = true
            }
            switch event {
            case .timeout:
                continue
            case .signal(let s):
                return .signal(s)
            case .redraw:
                terminal.invalidate()
                dirty = true
            case .key(.resize):
                dirty = true
            case .key(let key):
                dirty = true
                if let code = effects.step(&state, key) { return .quit(code) }
            }
        }
    }
}
