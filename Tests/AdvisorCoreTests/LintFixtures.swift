import AdvisorCore
import Foundation

/// Lint fixtures: `Fixtures/lint/base` is the smallest rule set lint passes cleanly; every other
/// directory there holds only the files that differ (one defect each), laid over the base.
enum LintFixtures {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/lint")

    /// The fixture's rule files as (path, text): the base files, replaced by the fixture's own.
    /// Paths are bare file names, so findings read `flow.yaml:LINE:COLUMN`.
    static func files(_ name: String) throws -> [(path: String, text: String)] {
        var files: [String: String] = [:]
        for dir in name == "base" ? ["base"] : ["base", name] {
            let url = root.appendingPathComponent(dir)
            for file in try FileManager.default.contentsOfDirectory(atPath: url.path) where file.hasSuffix(".yaml") {
                files[file] = try String(contentsOf: url.appendingPathComponent(file), encoding: .utf8)
            }
        }
        return files.keys.sorted().map { ($0, files[$0]!) }
    }

    static func lint(_ name: String) throws -> LintReport {
        LintReport.run(files: try files(name))
    }

    /// Writes the fixture out as a real rules directory (for the command-line tests); returns its path.
    static func directory(_ name: String) throws -> String {
        let dir = FileManager.default.temporaryDirectory
            .appendingPathComponent("lint-fixture-\(name)-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        for (path, text) in try files(name) {
            try text.write(to: dir.appendingPathComponent(path), atomically: true, encoding: .utf8)
        }
        return dir.path
    }

    /// Writes generated rule files (`RuleSetGenerator`) into a fresh directory.
    static func write(_ files: [(path: String, text: String)], into dir: URL) throws {
        for (path, text) in files {
            let url = dir.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try text.write(to: url, atomically: true, encoding: .utf8)
        }
    }
}

extension LintReport {
    /// The findings of one rule, as "FILE:LINE:COLUMN severity".
    func places(_ rule: String) -> [String] {
        diagnostics.filter { $0.rule == rule }.map { d in
            "\(d.location.map(\.description) ?? "-") \(d.severity.rawValue)"
        }
    }

    func messages(_ rule: String) -> [String] {
        diagnostics.filter { $0.rule == rule }.map(\.message)
    }
}
