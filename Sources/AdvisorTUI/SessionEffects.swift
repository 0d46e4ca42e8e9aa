import AdvisorCore
import Glibc

/// Carries out what the state machine asks for and reports back to it: saves the report, writes the
/// deposit files, and keeps the saved interview (`--resume`) in step with the answers. The only I/O of
/// the interview besides the terminal, so the whole loop minus ncurses can run in tests.
public struct SessionEffects: Sendable {
    /// where relative paths (the report, the deposit directory) point: the current directory
    public let directory: String
    /// where the interview is kept after every answer; nil keeps nothing
    public let store: SessionStore?
    /// the answers as last written to the store
    private var stored: Answers
    private var warnedAboutStore = false

    /// `stored`: the answers the store already holds (a resumed interview's), so nothing is rewritten
    /// until one changes.
    public init(directory: String, store: SessionStore?, stored: Answers = Answers()) {
        self.directory = directory
        self.store = store
        self.stored = stored
    }

    /// One key through the state machine and its effects; the exit status when the interview ends.
    public mutating func step(_ state: inout AppState, _ key: Key) -> Int32? {
        perform(state.handle(key), on: &state)
    }

    /// Keeps the saved interview in step, then does what `command` asks.
    public mutating func perform(_ command: Command, on state: inout AppState) -> Int32? {
        keep(state: &state)
        switch command {
        case .stay:
            return nil
        case .quit(let code):
            // Finished and quitting from the result: nothing is left to resume.
            if code == 0, state.screen == .result, state.derived.walk.pending == nil { clearStore(state) }
            return code
        case .save(let report):
            do {
                state.saved(path: try ReportSaver.save(report, in: directory))
            } catch {
                state.saveFailed("\(error)")
            }
            return nil
        case .writeDeposit(let job):
            write(job, &state)
            return nil
        }
    }

    /// Saves the answers whenever they changed (atomically: a crash leaves the old or the new file).
    mutating func keep(state: inout AppState) {
        guard let store, state.answers != stored else { return }
        do {
            try store.save(state.answers, rules: state.rules)
            stored = state.answers
        } catch {
            stored = state.answers
            if !warnedAboutStore {
                warnedAboutStore = true
                state.storeFailed("\(error)")
            }
        }
    }

    mutating func clearStore(_ state: AppState) {
        store?.delete()
        stored = state.answers
    }

    /// A path as typed, made absolute against `directory` (`~/` is the home directory).
    public func resolve(_ path: String) -> String {
        if path.hasPrefix("/") { return path }
        if path == "~" || path.hasPrefix("~/"), let home = FileSystem.environment("HOME") {
            return home + path.dropFirst()
        }
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        return base + "/" + (path.hasPrefix("./") ? String(path.dropFirst(2)) : path)
    }

    mutating func write(_ job: DepositJob, _ state: inout AppState) {
        let target = resolve(job.directory)
        do {
            try SafeWriter.write(job.files, to: target, force: job.force)
        } catch let failure {
            if failure.exists {
                let existing = job.files.map(\.name).filter { FileSystem.exists(target + "/" + $0) }
                state.depositExists(existing)
            } else {
                state.depositFailed(failure.description)
            }
            return
        }
        let shown = job.directory.hasSuffix("/") ? String(job.directory.dropLast()) : job.directory
        state.depositWritten(job.files.map { shown + "/" + $0.name }, directory: shown)
        clearStore(state)
    }
}

extension AppState {
    /// The interview could not be kept for `--resume` (said once).
    public mutating func storeFailed(_ reason: String) {
        savesAnswers = false
        message = Message("Your answers cannot be kept for --resume: \(Sanitizer.line(reason))", .caution)
    }
}
