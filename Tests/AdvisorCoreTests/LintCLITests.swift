import Foundation
import Testing

/// `license-advisor lint` and `graph` run as the built binary (`swift build` or `swift test` builds
/// it into .build/debug, found by walking up from this file).
@Suite("lint and graph commands", .enabled(if: LintCLI.binary != nil))
struct LintCLITests {
    @Test("a cycle: exit 1, every node of the cycle named with file:line, summary last")
    func cycle() throws {
        let dir = try LintFixtures.directory("graph-cycle")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let run = try LintCLI.run(["lint", dir])
        #expect(run.status == 1)
        #expect(run.stdout.isEmpty)
        let lines = run.stderr.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(lines.first?.hasPrefix("\(dir)/flow.yaml:13:5: error: 2 nodes form a cycle:") == true)
        #expect(lines.first?.contains("'loop-a' (\(dir)/flow.yaml:13), 'loop-b' (\(dir)/flow.yaml:19)") == true)
        #expect(lines.first?.hasSuffix("[graph/cycle]") == true)
        #expect(lines.last == "lint: 1 error, 0 warnings in 4 files")
    }

    @Test("clean rules exit 0; warnings fail only with --strict")
    func strict() throws {
        let clean = try LintFixtures.directory("base")
        let warned = try LintFixtures.directory("graph-unreachable")
        defer {
            try? FileManager.default.removeItem(atPath: clean)
            try? FileManager.default.removeItem(atPath: warned)
        }
        #expect(try LintCLI.run(["lint", clean]).status == 0)
        #expect(try LintCLI.run(["lint", warned]).status == 0)
        #expect(try LintCLI.run(["lint", warned, "--strict"]).status == 1)
        let viaRules = try LintCLI.run(["lint", "--rules", warned])
        #expect(viaRules.status == 0 && viaRules.stderr.contains("[graph/unreachable]"))
    }

    @Test("--format json writes one object to stdout")
    func json() throws {
        let dir = try LintFixtures.directory("table-overlap")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let run = try LintCLI.run(["lint", dir, "--format", "json"])
        #expect(run.status == 1)
        let object = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any]
        #expect(object?["errors"] as? Int == 1)
        let first = (object?["diagnostics"] as? [[String: Any]])?.first
        #expect(first?["rule"] as? String == "table/overlap")
        #expect(first?["file"] as? String == "\(dir)/tables.yaml")
    }

    @Test("the built-in rules lint with exit 0, and graph prints both formats")
    func builtin() throws {
        let lint = try LintCLI.run(["lint"])
        #expect(lint.status == 0)
        #expect(lint.stderr.contains("lint: 0 errors"))
        let dot = try LintCLI.run(["graph", "--format", "dot"])
        #expect(dot.status == 0 && dot.stdout.hasPrefix("digraph rules {\n") && dot.stdout.hasSuffix("}\n"))
        let mermaid = try LintCLI.run(["graph", "--format", "mermaid"])
        #expect(mermaid.status == 0 && mermaid.stdout.hasPrefix("flowchart TD\n"))
    }

    @Test("rules that do not load: the loader's errors, exit 1")
    func loadErrors() throws {
        let dir = try LintFixtures.directory("load-error")
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let run = try LintCLI.run(["lint", dir])
        #expect(run.status == 1)
        #expect(run.stderr.contains("\(dir)/flow.yaml:10:5: error: unknown key 'txet' in a question (did you mean 'text'?) [schema/unknown-key]"))
    }
}

enum LintCLI {
    /// .build/debug/license-advisor above this source file, if it has been built.
    static let binary: URL? = {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while dir.path != "/" {
            let candidate = dir.appendingPathComponent(".build/debug/license-advisor")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
            dir.deleteLastPathComponent()
        }
        return nil
    }()

    struct Result {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static func run(_ arguments: [String]) throws -> Result {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        let out = Pipe()
        let err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let stdout = out.fileHandleForReading.readDataToEndOfFile()
        let stderr = err.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Result(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self))
    }
}
