import Foundation
import Testing

/// Finds the built binary: $LICENSE_ADVISOR_BIN, or .build/debug/license-advisor in the package root
/// (found by walking up from this file to Package.swift).
func advisorBinary() throws -> String {
    if let env = ProcessInfo.processInfo.environment["LICENSE_ADVISOR_BIN"], !env.isEmpty { return env }
    var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    while dir.path != "/" {
        if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) {
            let bin = dir.appendingPathComponent(".build/debug/license-advisor").path
            guard FileManager.default.isExecutableFile(atPath: bin) else {
                throw TmuxError("no binary at \(bin): run swift build first or set LICENSE_ADVISOR_BIN")
            }
            return bin
        }
        dir = dir.deletingLastPathComponent()
    }
    throw TmuxError("no Package.swift above \(#filePath)")
}

struct TmuxError: Error, CustomStringConvertible {
    var description: String
    init(_ d: String) { description = d }
}

/// Runs a command (found on PATH), returning its exit status and standard output. posix_spawn and
/// waitpid directly: Foundation's Process did not always reap tmux's client under the test runner.
/// (Without `capture`, output goes to /dev/null: a tmux server started by the command would otherwise
/// hold the pipe open forever.)
@discardableResult
func run(_ args: [String], capture: Bool = true) -> (status: Int32, out: String) {
    var fds: [Int32] = [-1, -1]
    if capture { guard pipe(&fds) == 0 else { return (127, "") } }
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    if capture {
        posix_spawn_file_actions_adddup2(&actions, fds[1], 1)
        posix_spawn_file_actions_addclose(&actions, fds[0])
        posix_spawn_file_actions_addclose(&actions, fds[1])
    } else {
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    }
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let env = ProcessInfo.processInfo.environment.map { "\($0.key)=\($0.value)" }
    var cArgs = args.map { strdup($0) } + [nil]
    var cEnv = env.map { strdup($0) } + [nil]
    defer {
        cArgs.forEach { free($0) }
        cEnv.forEach { free($0) }
    }
    // The test runner's threads block or ignore signals; a tmux server inheriting that never reaps its
    // panes and outlives kill-server. Start children with an empty mask and default dispositions.
    var attributes = posix_spawnattr_t()
    posix_spawnattr_init(&attributes)
    defer { posix_spawnattr_destroy(&attributes) }
    var empty = sigset_t()
    sigemptyset(&empty)
    var all = sigset_t()
    sigfillset(&all)
    sigdelset(&all, SIGKILL)
    sigdelset(&all, SIGSTOP)
    posix_spawnattr_setsigmask(&attributes, &empty)
    posix_spawnattr_setsigdefault(&attributes, &all)
    posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))
    var pid = pid_t()
    let rc = posix_spawnp(&pid, args[0], &actions, &attributes, &cArgs, &cEnv)
    if capture { close(fds[1]) }
    guard rc == 0 else {
        if capture { close(fds[0]) }
        return (127, "")
    }
    var data = [UInt8]()
    if capture {
        var buf = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = read(fds[0], &buf, buf.count)
            if n > 0 { data += buf[0..<n] } else if n < 0 && errno == EINTR { continue } else { break }
        }
        close(fds[0])
    }
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    let code = (status & 0x7f) == 0 ? (status >> 8) & 0xff : 128 + (status & 0x7f)
    return (code, String(decoding: data, as: UTF8.self))
}

/// The program in a pane of a private tmux server (its own socket, no config). A wrapper shell records
/// the exit status and `stty -a` once the program ends; tmux records every byte it writes.
final class TmuxSession {
    static let counter = Counter()
    let socket: String
    let dir: String
    private var finished = false
    private var socketPath = ""

    /// `env` is passed through env(1), so it overrides what tmux sets (TERM). `stdin` pipes text in.
    init(width: Int = 80, height: Int = 24, env: [String: String] = [:], args: [String] = [], stdin: String? = nil) throws {
        socket = "la-test-\(getpid())-\(Self.counter.next())"
        dir = FileManager.default.temporaryDirectory.appendingPathComponent(socket).path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        let bin = try advisorBinary()
        // A private state directory: the interview saves its answers there, never in the real home.
        var vars = ["LANG": "C.UTF-8", "LC_ALL": "", "SWIFT_BACKTRACE": "interactive=no", "NO_COLOR": "",
                    "XDG_STATE_HOME": dir + "/state"]
        for (k, v) in env { vars[k] = v }
        let assignments = vars.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }
        let feed = stdin.map { "printf '%s' '\($0)' | " } ?? ""
        // `trap :` (not '') so the program gets default signal dispositions; `read` waits until the
        // output is being recorded.
        let script = "trap : INT TERM; read go; \(feed)env \"$@\"; echo $? > rc.tmp; mv rc.tmp rc; stty -a > stty; echo WRAPPER-DONE"
        let start = run(["tmux", "-L", socket, "-f", "/dev/null", "-u", "start-server", ";",
                         "set", "-g", "remain-on-exit", "on", ";", "set", "-g", "status", "off", ";",
                         "set", "-g", "default-terminal", "tmux-256color", ";",
                         "new-session", "-d", "-s", "tt", "-x", "\(width)", "-y", "\(height)", "-c", dir,
                         "sh", "-c", script, "sh"] + assignments + [bin] + args, capture: false)
        guard start.status == 0 else { throw TmuxError("tmux did not start (status \(start.status))") }
        socketPath = tmux(["display-message", "-p", "#{socket_path}"]).out.trimmingCharacters(in: .whitespacesAndNewlines)
        tmux(["pipe-pane", "-t", "tt", "-o", "cat > '\(dir)/output'"])
        tmux(["send-keys", "-t", "tt", "Enter"])
    }

    deinit { close() }

    func close() {
        guard !finished else { return }
        finished = true
        run(["tmux", "-L", socket, "kill-server"], capture: false)
        if socketPath.hasSuffix("/" + socket) { unlink(socketPath) }  // tmux 3.3 leaves it behind
        try? FileManager.default.removeItem(atPath: dir)
    }

    @discardableResult
    func tmux(_ args: [String]) -> (status: Int32, out: String) {
        run(["tmux", "-L", socket] + args)
    }

    func screen(escapes: Bool = false) -> String {
        tmux(["capture-pane", "-p", "-t", "tt"] + (escapes ? ["-e"] : [])).out
    }

    func lines() -> [String] { screen().components(separatedBy: "\n") }

    func send(_ keys: String...) { tmux(["send-keys", "-t", "tt"] + keys) }

    func type(_ text: String) { tmux(["send-keys", "-t", "tt", "-l", text]) }

    func resize(_ w: Int, _ h: Int) { tmux(["resize-window", "-t", "tt", "-x", "\(w)", "-y", "\(h)"]) }

    func format(_ f: String) -> String {
        tmux(["display-message", "-p", "-t", "tt", f]).out.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    var alternateScreen: Bool { format("#{alternate_on}") == "1" }

    /// The program's pid: the wrapper shell's child.
    func programPID() throws -> pid_t {
        let sh = format("#{pane_pid}")
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline {
            let children = (try? String(contentsOfFile: "/proc/\(sh)/task/\(sh)/children", encoding: .utf8)) ?? ""
            for c in children.split(separator: " ") {
                if let pid = pid_t(c), (try? String(contentsOfFile: "/proc/\(pid)/comm", encoding: .utf8))?.hasPrefix("license-adv") == true {
                    return pid
                }
            }
            usleep(20_000)
        }
        throw TmuxError("the program is not running")
    }

    /// Polls the screen every 20 ms until `condition` holds, or fails after `timeout` with the screen.
    @discardableResult
    func wait(_ what: String, timeout: Double = 10, _ condition: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = screen()
            if condition(last) { return last }
            usleep(20_000)
        }
        throw TmuxError("timed out waiting for \(what); the screen was:\n\(last)")
    }

    /// The screen once two captures 20 ms apart agree (a frame is not caught half drawn).
    func settled(timeout: Double = 5) -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = screen()
        while Date() < deadline {
            usleep(20_000)
            let now = screen()
            if now == last { return now }
            last = now
        }
        return last
    }

    /// Past the welcome screen, at the first question.
    func startInterview() throws {
        try wait(for: "Enter start")
        send("Enter")
        try wait(for: "step 1")
    }

    @discardableResult
    func wait(for text: String, timeout: Double = 10) throws -> String {
        try wait("“\(text)”", timeout: timeout) { $0.contains(text) }
    }

    /// Waits for the wrapper to record the program's exit status.
    func exitStatus(timeout: Double = 10) throws -> Int32 {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if let s = try? String(contentsOfFile: "\(dir)/rc", encoding: .utf8),
               let n = Int32(s.trimmingCharacters(in: .whitespacesAndNewlines)) {
                _ = try? wait(for: "WRAPPER-DONE", timeout: 5)
                return n
            }
            usleep(20_000)
        }
        throw TmuxError("the program did not exit; the screen was:\n\(screen())")
    }

    /// `stty -a` after the program ended.
    var stty: String { (try? String(contentsOfFile: "\(dir)/stty", encoding: .utf8)) ?? "" }

    /// Every byte the program (and wrapper) wrote to the terminal.
    var output: String { (try? String(contentsOfFile: "\(dir)/output", encoding: .isoLatin1)) ?? "" }

    func file(_ name: String) -> String? { try? String(contentsOfFile: "\(dir)/\(name)", encoding: .utf8) }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var n = 0
    func next() -> Int {
        lock.lock()
        defer { lock.unlock() }
        n += 1
        return n
    }
}

/// The terminal is back in cooked mode: line editing, echo and signals on.
func isSane(_ stty: String) -> Bool {
    let words = Set(stty.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == ";" }).map(String.init))
    return ["icanon", "echo", "isig"].allSatisfy { words.contains($0) && !words.contains("-" + $0) }
}
