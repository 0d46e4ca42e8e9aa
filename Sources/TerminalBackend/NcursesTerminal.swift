import AdvisorTUI
import CNcursesw

/// What one read from the terminal gives.
public enum InputEvent: Sendable, Hashable {
    case key(Key)
    /// nothing arrived before the poll timeout
    case timeout
    /// SIGINT, SIGTERM or SIGHUP arrived; shut down and re-raise it
    case signal(Int32)
    /// Ctrl-L: repaint everything
    case redraw
}

/// The only code that talks to ncurses: draws a `Grid`, reads keys, and restores the terminal on
/// every way out (normal shutdown, signals, exit(), crashes: see shim.h).
public final class NcursesTerminal {
    private var screen: OpaquePointer?
    private var devNull: UnsafeMutablePointer<FILE>?
    public let unicode: Bool
    public let colour: Bool
    private let headless: Bool
    /// attribute and colour pair by `Role.rawValue`
    private var attributes: [(attr_t, Int16)] = []
    /// the grid on ncurses' screen now: rows that did not change are not written again
    private var drawn: Grid?
    private var quickErrors = 0
    /// the scalars of one run, reused for every run of every frame
    private var scalars: [UInt32] = []

    /// Opens the interactive terminal (stdin/stdout). Returns nil when ncurses cannot (unknown TERM).
    /// `colourAllowed` is false when NO_COLOR is set.
    public init?(colourAllowed: Bool) {
        // Only the character type comes from the environment: it is all ncurses needs for UTF-8, and
        // the other eleven categories would each map a locale file for nothing (numbers stay C).
        setlocale(LC_CTYPE, "")
        unicode = la_codeset_is_utf8() != 0
        headless = false
        la_install_signal_handlers()
        // Allocated once and never freed: the crash handler may need them until the process ends.
        let termiosStore = UnsafeMutablePointer<termios>.allocate(capacity: 1)
        termiosStore.initialize(to: termios())
        let actions = UnsafeMutablePointer<sigaction>.allocate(capacity: Int(la_nsig()))
        actions.initialize(repeating: sigaction(), count: Int(la_nsig()))
        la_install_crash_handlers(termiosStore, actions)
        la_install_atexit()
        guard let s = newterm(nil, la_stdout(), la_stdin()) else { return nil }
        screen = s
        la_set_screen_active(1)
        la_capture_stderr()
        colour = colourAllowed && has_colors()
        setUp()
    }

    /// A terminal drawing into ncurses' virtual screen only (tests): nothing reaches a TTY.
    public init?(headlessWidth width: Int, height: Int, colour wantColour: Bool = false) {
        setlocale(LC_ALL, "C.UTF-8")
        unicode = true
        headless = true
        guard let null = fopen("/dev/null", "r+") else { return nil }
        devNull = null
        guard let s = newterm("xterm-256color", null, null) else {
            fclose(null)
            return nil
        }
        screen = s
        colour = wantColour && has_colors()
        setUp()
        resizeterm(Int32(height), Int32(width))
    }

    private func setUp() {
        cbreak()
        noecho()
        nonl()
        keypad(la_stdscr(), true)
        curs_set(0)
        set_escdelay(25)
        wtimeout(la_stdscr(), 100)
        let bold = la_a_bold(), dim = la_a_dim(), rev = la_a_reverse(), under = la_a_underline(), none = la_a_normal()
        let table: [Role: (attr_t, Int16)]
        if colour {
            start_color()
            use_default_colors()
            let colours: [(Int16, Int16)] = [(1, Int16(COLOR_CYAN)), (2, Int16(COLOR_YELLOW)), (3, Int16(COLOR_GREEN)),
                                             (4, Int16(COLOR_BLUE)), (5, Int16(COLOR_RED)), (6, Int16(COLOR_MAGENTA))]
            for (pair, fg) in colours { init_pair(pair, fg, -1) }
            table = [.normal: (none, 0), .dim: (dim, 0), .strong: (bold, 0), .heading: (bold, 1),
                          .bar: (rev, 0), .barKey: (rev | bold, 2), .selected: (rev | bold, 0), .key: (bold, 2),
                          .accent: (none, 1), .ok: (none, 3), .info: (none, 4), .caution: (bold, 2),
                          .blocker: (bold, 5), .frame: (none, 4), .link: (under, 1)]
        } else {
            table = [.normal: (none, 0), .dim: (dim, 0), .strong: (bold, 0), .heading: (bold | under, 0),
                          .bar: (rev, 0), .barKey: (rev | bold, 0), .selected: (rev, 0), .key: (bold, 0),
                          .accent: (bold, 0), .ok: (none, 0), .info: (none, 0), .caution: (bold, 0),
                          .blocker: (bold, 0), .frame: (none, 0), .link: (under, 0)]
        }
        attributes = Role.allCases.map { table[$0] ?? (none, 0) }
    }

    public var size: Size {
        let w = la_stdscr()
        return Size(width: Int(getmaxx(w)), height: Int(getmaxy(w)))
    }

    /// Copies the grid to the screen: one call per run of same-styled cells; ncurses sends only changes.
    public func draw(_ grid: Grid) {
        let win = la_stdscr()
        let rows = min(grid.height, size.height), cols = min(grid.width, size.width)
        let previous = drawn.flatMap { $0.width == grid.width && $0.height == grid.height ? $0 : nil }
        if previous == nil { werase(win) }
        for y in 0..<rows {
            if let previous {
                if previous.sameRow(y, as: grid) { continue }
                wmove(win, Int32(y), 0)
                wclrtoeol(win)
            }
            grid.forEachRun(row: y, buffer: &scalars) { x, columns, run, role in
                guard x < cols else { return }
                let (attr, pair) = attributes[Int(role.rawValue)]
                wattr_set(win, attr, pair, nil)
                var count = run.count
                // The bottom-right cell cannot be written without scrolling; leave it.
                if y == rows - 1, x + columns >= cols, count > 0 { count -= 1 }
                run.withUnsafeBufferPointer { b in
                    b.withMemoryRebound(to: wchar_t.self) { w in
                        _ = mvwaddnwstr(win, Int32(y), Int32(x), w.baseAddress, Int32(count))
                    }
                }
            }
        }
        wattr_set(win, la_a_normal(), 0, nil)
        wrefresh(win)
        drawn = rows == grid.height && cols == grid.width ? grid : nil
    }

    /// Forces a full repaint on the next draw (Ctrl-L).
    public func invalidate() {
        drawn = nil
        clearok(la_stdscr(), true)
    }

    /// Waits up to the poll timeout for a key; signals are checked before and after.
    public func read() -> InputEvent {
        if !headless { la_die_if_crashed() }
        if let s = pendingSignal() { return .signal(s) }
        var ch: wint_t = 0
        let started = monotonicMilliseconds()
        let r = wget_wch(la_stdscr(), &ch)
        if let s = pendingSignal() { return .signal(s) }
        if r == ERR {
            // ERR long before the timeout, again and again: the terminal is gone (a hangup without SIGHUP).
            quickErrors = monotonicMilliseconds() - started < 20 ? quickErrors + 1 : 0
            if quickErrors > 50 && !headless { return .signal(SIGHUP) }
            return .timeout
        }
        quickErrors = 0
        if r == KEY_CODE_YES { return Self.functionKey(Int32(ch), size: size) }
        return Self.character(ch)
    }

    private func monotonicMilliseconds() -> Int64 { Int64(la_monotonic_ms()) }

    private func pendingSignal() -> Int32? {
        guard !headless else { return nil }
        let s = la_take_signal()
        return s == 0 ? nil : s
    }

    static func functionKey(_ code: Int32, size: Size) -> InputEvent {
        switch code {
        case KEY_UP: .key(.up)
        case KEY_DOWN: .key(.down)
        case KEY_LEFT: .key(.left)
        case KEY_RIGHT: .key(.right)
        case KEY_ENTER: .key(.enter)
        case KEY_BACKSPACE: .key(.backspace)
        case KEY_DC: .key(.delete)
        case KEY_PPAGE: .key(.pageUp)
        case KEY_NPAGE: .key(.pageDown)
        case KEY_HOME: .key(.home)
        case KEY_END: .key(.end)
        case KEY_BTAB: .key(.backTab)
        case KEY_RESIZE: .key(.resize(width: size.width, height: size.height))
        default: .timeout
        }
    }

    static func character(_ ch: wint_t) -> InputEvent {
        switch ch {
        case 13, 10: return .key(.enter)
        case 127, 8: return .key(.backspace)
        case 27: return .key(.escape)
        case 9: return .key(.tab)
        case 12: return .redraw
        case 3: return .signal(SIGINT)
        default:
            guard ch >= 32, let u = Unicode.Scalar(ch) else { return .timeout }
            return .key(.char(Character(u)))
        }
    }

    /// The text ncurses holds for row `y` (tests read the virtual screen back with it).
    public func row(_ y: Int) -> String {
        var buf = [wchar_t](repeating: 0, count: size.width * 2 + 1)
        let n = mvwinnwstr(la_stdscr(), Int32(y), 0, &buf, Int32(size.width * 2))
        guard n > 0 else { return "" }
        return String(String.UnicodeScalarView(buf.prefix(Int(n)).compactMap { Unicode.Scalar(UInt32(bitPattern: $0)) }))
    }

    /// Ends curses and puts the terminal back as it was; replays what went to stderr meanwhile.
    public func shutdown() {
        guard let s = screen else { return }
        if !isendwin() { endwin() }
        delscreen(s)
        screen = nil
        if let n = devNull { fclose(n) }
        devNull = nil
        if !headless {
            la_set_screen_active(0)
            la_finish_stderr()
        }
    }

    deinit { shutdown() }
}
