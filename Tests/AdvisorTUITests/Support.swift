import AdvisorCore
import AdvisorTUI
import Foundation
import Testing

/// The fixture rules (Fixtures/rules): small and stable, so snapshots do not move with the built-in rules.
let fixtureRules: RuleSet = {
    let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Fixtures/rules").path
    do {
        return try RuleLoader.load(directory: dir)
    } catch {
        fatalError("fixture rules do not load: \(error)")
    }
}()

/// Keys for a string of plain characters.
func keys(_ s: String) -> [Key] { s.map { Key.char($0) } }

/// A state after pressing `keys` from a fresh start at `size`.
func drive(_ keys: [Key], size: Size = Size(width: 80, height: 24), rules: RuleSet = fixtureRules,
           unicode: Bool = true) -> AppState {
    var s = AppState(rules: rules, size: size, unicode: unicode)
    _ = s.handle(.resize(width: size.width, height: size.height))
    for k in keys { _ = s.handle(k) }
    return s
}

extension AppState {
    /// Presses keys, returning the last command.
    @discardableResult
    mutating func press(_ keys: [Key]) -> Command {
        var last = Command.stay
        for k in keys { last = handle(k) }
        return last
    }

    @discardableResult
    mutating func press(_ s: String) -> Command { press(AdvisorTUITests.keys(s)) }

    func screenText(_ w: Int = 80, _ h: Int = 24) -> String {
        render(self, width: w, height: h).lines.joined(separator: "\n")
    }
}

/// Dataset path through the fixture: dataset, undecided, own, credit required, commercial allowed, 30 GB.
let datasetKeys: [Key] = [.enter] + keys("11111") + keys("30") + [.enter]
/// Dataset with others' material (a blocker): dataset, undecided, restricted, no conditions, 7 GB.
let blockerKeys: [Key] = [.enter] + keys("1122") + keys("7") + [.enter]
/// AI model path: ai-model, undecided, own, release (weights ticked by default), 5 GB.
let modelKeys: [Key] = [.enter] + keys("311") + [.enter] + keys("5") + [.enter]

/// Golden text files under __snapshots__ (re-record with SNAPSHOT_RECORD=1).
func assertSnapshot(_ grid: Grid, named name: String, sourceLocation: Testing.SourceLocation = #_sourceLocation) {
    let dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("__snapshots__")
    let file = dir.appendingPathComponent("\(name).txt")
    let text = grid.lines.map { line in
        var l = Substring(line)
        while l.last == " " { l = l.dropLast() }
        return String(l)
    }.joined(separator: "\n") + "\n"
    let record = ProcessInfo.processInfo.environment["SNAPSHOT_RECORD"] == "1"
    guard !record, let data = FileManager.default.contents(atPath: file.path) else {
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try? text.write(to: file, atomically: true, encoding: .utf8)
        if !record { Issue.record("new snapshot \(name) recorded; check it and run again", sourceLocation: sourceLocation) }
        return
    }
    let expected = String(decoding: data, as: UTF8.self)
    guard expected != text else { return }
    let a = expected.split(separator: "\n", omittingEmptySubsequences: false)
    let b = text.split(separator: "\n", omittingEmptySubsequences: false)
    let line = zip(a, b).enumerated().first { $0.element.0 != $0.element.1 }?.offset ?? min(a.count, b.count)
    let want = line < a.count ? String(a[line]) : "<end>"
    let got = line < b.count ? String(b[line]) : "<end>"
    Issue.record("snapshot \(name) differs at line \(line + 1):\n  expected: \(want)\n  actual:   \(got)\n\(text)",
                 sourceLocation: sourceLocation)
}
