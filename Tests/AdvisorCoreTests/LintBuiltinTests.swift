import AdvisorCore
import AdvisorRules
import Foundation
import Testing

@Suite("Lint on real and generated rules")
struct LintBuiltinTests {
    @Test("the built-in rules lint without errors")
    func builtinHasNoErrors() {
        let report = LintReport.run(files: BuiltinRules.files)
        #expect(report.diagnostics.filter { $0.severity == .error }.map(\.description) == [])
        #expect(!report.failed(strict: false))
        #expect(report.fileCount == BuiltinRules.files.count)
    }

    @Test("reads guarded by an earlier test, or by asked:, are not use-before-ask")
    func guardedReadsAreClean() throws {
        #expect(try LintFixtures.lint("clean-guarded-reads").diagnostics.map(\.description) == [])
    }

    @Test("a generated rule set of 2000 nodes lints without a finding")
    func generated2000() throws {
        let rules = try RuleSetGenerator.ruleSet(nodes: 2000)
        #expect(rules.nodes.count >= 2000)
        #expect(Lint.check(rules).map(\.description) == [])
    }

    @Test("an example deep in a long flow names its first and last answers, not the whole path")
    func longExampleIsShortened() throws {
        let files = RuleSetGenerator.files(nodes: 400).map { f in
            (path: f.path, text: f.text.replacingOccurrences(of: "    otherwise: q98\n", with: ""))
        }
        #expect(files.contains { $0.text.contains("route: r97") })
        let findings = Lint.check(try RuleLoader.load(files: files)).filter { $0.rule == "graph/router-no-otherwise" }
        let message = try #require(findings.first?.message)
        #expect(message.contains("more) …"), "\(message)")
        #expect(message.contains("q97=x"), "the answers nearest the node stay: \(message)")
        let example = try #require(message.range(of: "for example with ")).upperBound
        #expect(message[example...].split(separator: " ").filter { $0.contains("=") && $0.count > 1 }.count == 16, "16 answers and the elision")
    }

    @Test("a run that leaves the model to the process's exit reports the same")
    func exitingRunReportsTheSame() throws {
        for name in ["base", "graph-dead-end", "load-error"] {
            let dir = try LintFixtures.directory(name)
            let kept = LintReport.run(directory: dir, exiting: true)
            let freed = LintReport.run(directory: dir)
            #expect(kept.diagnostics == freed.diagnostics, "\(name)")
            #expect(kept.fileCount == freed.fileCount, "\(name)")
        }
    }

    @Test("findings are sorted by file, line, column, then rule")
    func sorted() throws {
        let report = try LintFixtures.lint("graph-dead-end")
        let places = report.diagnostics.compactMap(\.location)
        #expect(places == places.sorted())
        #expect(report.diagnostics.map(\.rule) == ["graph/cycle", "graph/dead-end", "cond/never-true"])
    }

    @Test("the JSON report carries counts and every finding")
    func json() throws {
        let json = try LintFixtures.lint("table-gap").json()
        #expect(json["errors"] == .number(1))
        #expect(json["files"] == .number(4))
        guard case .array(let items)? = json["diagnostics"] else {
            Issue.record("no diagnostics array")
            return
        }
        #expect(items.count == 1)
        #expect(items.first?["rule"] == .string("table/gap"))
        #expect(items.first?["line"] == .number(2))
        #expect(items.first?["column"] == .number(5))
    }

    @Test("every finding of every fixture uses a rule from the catalogue, with its severity")
    func catalogueCoversFindings() throws {
        let fixtures = try FileManager.default.contentsOfDirectory(atPath: LintFixtures.root.path)
        let known = Dictionary(uniqueKeysWithValues: Lint.catalogue.map { ($0.id, $0.severity) })
        var seen: Set<String> = []
        for name in fixtures {
            guard let rules = try? RuleLoader.load(files: LintFixtures.files(name)) else { continue }
            for d in Lint.check(rules) {
                #expect(known[d.rule] == d.severity, "\(name): \(d)")
                seen.insert(d.rule)
            }
        }
        #expect(seen == Set(known.keys))
    }

    @Test("SPDX ids: current, deprecated with replacements, LicenseRef")
    func spdx() {
        #expect(SPDXLicenseIDs.current.contains("GPL-3.0-or-later"))
        #expect(SPDXLicenseIDs.current.contains("CC-BY-4.0"))
        #expect(!SPDXLicenseIDs.current.contains("GPL-3.0"))
        #expect(SPDXLicenseIDs.deprecated["GPL-2.0+"] == "GPL-2.0-or-later")
        #expect(SPDXLicenseIDs.current.count > 600)
    }

    /// Not a test of behaviour: writes a generated rules directory for timing `license-advisor lint`
    /// (LINT_GENERATE_DIR=/tmp/gen LINT_GENERATE_NODES=100000 swift test --filter writeGenerated).
    @Test("writes a generated rules directory when asked to",
          .enabled(if: ProcessInfo.processInfo.environment["LINT_GENERATE_DIR"] != nil))
    func writeGenerated() throws {
        let env = ProcessInfo.processInfo.environment
        let dir = URL(fileURLWithPath: env["LINT_GENERATE_DIR"]!)
        let nodes = Int(env["LINT_GENERATE_NODES"] ?? "") ?? 10_000
        try LintFixtures.write(RuleSetGenerator.files(nodes: nodes), into: dir)
        #expect(FileManager.default.fileExists(atPath: dir.appendingPathComponent("manifest.yaml").path))
    }
}
