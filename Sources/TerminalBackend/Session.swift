import AdvisorTUI

/// How a session ended.
public enum SessionEnd: Sendable, Hashable {
    /// the user quit; the status to exit with
    case quit(Int32)
    /// SIGINT, SIGTERM or SIGHUP: shut down, then re-raise it
    case signal(Int32)
}

/// The key loop: draw when something changed, read a key (or a signal, or a resize), reduce, repeat.
public enum Session {
    public static func run(_ state: inout AppState, terminal: NcursesTerminal, saveDirectory: String) -> SessionEnd {
        var size = terminal.size
        _ = state.handle(.resize(width: size.width, height: size.height))
        var dirty = true
        while true {
            if dirty {
                terminal.draw(render(state, width: size.width, height: size.height))
                dirty = false
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
                switch state.handle(key) {
                case .stay:
                    break
                case .quit(let code):
                    return .quit(code)
                case .save(let report):
                    do {
                        state.saved(path: try ReportSaver.save(report, in: saveDirectory))
                    } catch {
                        state.saveFailed("\(error)")
                    }
                }
            }
        }
    }
}
