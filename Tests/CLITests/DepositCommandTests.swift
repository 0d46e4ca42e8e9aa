import Foundation
import Testing

/// `advise --out DIR`: the deposit files, read back from disk after running the built binary.
@Suite("advise --out: deposit files from the built binary")
struct DepositCommandTests {
    static let dataset = ["advise", "--set", "asset=dataset", "--set", "rights=own", "--set", "personal-data=none",
                          "--set", "eu-database=yes", "--set", "attribution=required", "--set", "commercial=allow",
                          "--set", "derivatives=allow", "--set", "country=FI", "--assume-defaults"]
    static let software = ["advise", "--set", "asset=software", "--set", "rights=own", "--set", "copyleft=permissive",
                           "--set", "patents=yes", "--set", "employer=approved", "--assume-defaults"]
    static let model = ["advise", "--set", "asset=ai-model", "--set", "rights=own", "--set", "personal-data=none",
                        "--set", "release=weights", "--set", "use-restrictions=none", "--assume-defaults"]
    static let meta = ["--title", "Lake ice phenology", "--author", "Ada Lovelace <0000-0002-1825-0097>",
                       "--author", "Nilsson, Karin", "--year", "2025", "--institution", "Uppsala University",
                       "--source", "https://doi.org/10.5281/zenodo.1234"]

    func read(_ dir: String, _ name: String) throws -> String {
        try String(contentsOfFile: dir + "/" + name, encoding: .utf8)
    }

    func names(_ dir: String) -> Set<String> {
        Set((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [])
    }

    /// Every file's bytes, to show that a refused run changed nothing.
    func snapshot(_ dir: String) throws -> [String: Data] {
        var out: [String: Data] = [:]
        for n in names(dir) { out[n] = try Data(contentsOf: URL(fileURLWithPath: dir + "/" + n)) }
        return out
    }

    @Test func datasetFiles() throws {
        let dir = try CLI.temporaryDirectory() + "/deposit"
        defer { try? FileManager.default.removeItem(atPath: (dir as NSString).deletingLastPathComponent) }
        let r = try CLI.run(Self.dataset + Self.meta + ["--out", dir])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stderr.isEmpty)
        let expected: Set = ["REPORT.md", "report.json", "LICENSE", "ATTRIBUTION.md", "CITATION.cff", ".zenodo.json"]
        #expect(names(dir) == expected)
        #expect(r.stdout.contains("LICENCE ADVICE: Data or a database"))
        #expect(r.stdout.contains("\nDeposit files written to \(dir):\n"))
        for n in expected { #expect(r.stdout.contains("  \(dir)/\(n)\n")) }

        let licence = try read(dir, "LICENSE")
        #expect(licence.hasPrefix("SPDX-License-Identifier: CC-BY-4.0\n"))
        #expect(licence.contains("Copyright (c) 2025 Ada Lovelace and Nilsson, Karin (Uppsala University)"))

        let cff = try read(dir, "CITATION.cff")
        for line in ["cff-version: 1.2.0", "type: dataset", "title: \"Lake ice phenology\"", "license: \"CC-BY-4.0\"",
                     "  - family-names: \"Lovelace\"", "    given-names: \"Ada\"",
                     "    orcid: \"https://orcid.org/0000-0002-1825-0097\"", "  - family-names: \"Nilsson\"",
                     "    affiliation: \"Uppsala University\"", "doi: \"10.5281/zenodo.1234\""] {
            #expect(cff.contains(line + "\n"), "CITATION.cff lacks \(line)")
        }
        try validateCFF(dir + "/CITATION.cff")

        let zenodo = try CLI.json(read(dir, ".zenodo.json"))
        #expect(zenodo["license"] as? String == "cc-by-4.0")
        #expect(zenodo["upload_type"] as? String == "dataset")
        #expect(zenodo["title"] as? String == "Lake ice phenology")
        let creators = try #require(zenodo["creators"] as? [[String: Any]])
        #expect(creators.count == 2)
        #expect(creators.first?["name"] as? String == "Lovelace, Ada")
        #expect(creators.first?["orcid"] as? String == "0000-0002-1825-0097")
        #expect(creators.first?["affiliation"] as? String == "Uppsala University")

        let report = try CLI.json(read(dir, "report.json"))
        #expect(report["status"] as? String == "complete")
        #expect(try read(dir, "REPORT.md").contains("CC-BY-4.0"))
        #expect(try read(dir, "ATTRIBUTION.md").contains("\"Lake ice phenology\" by Ada Lovelace and Nilsson, Karin"))
    }

    @Test func softwareFilesWithDefaultsAndAPlaceholderAuthor() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try CLI.run(Self.software + ["--out", dir, "--format", "json"], environment: ["SOURCE_DATE_EPOCH": "1767225600"])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(try CLI.json(r.stdout)["status"] as? String == "complete", "stdout stays one JSON document")
        #expect(r.stderr.contains("note: no --author given; the files name the placeholder 'FAMILY-NAME, GIVEN-NAME'"))
        #expect(r.stderr.contains("Deposit files written to \(dir):\n  \(dir)/REPORT.md\n"), "the list goes to stderr with JSON")
        #expect(!names(dir).contains("README.md"))
        let licence = try read(dir, "LICENSE")
        #expect(licence.hasPrefix("SPDX-License-Identifier: Apache-2.0\n"))
        #expect(licence.contains("Copyright (c) 2026 FAMILY-NAME, GIVEN-NAME\n"), "year from SOURCE_DATE_EPOCH")
        let cff = try read(dir, "CITATION.cff")
        #expect(cff.contains("type: software\n"))
        #expect(cff.contains("title: \"Untitled software\"\n"))
        #expect(cff.contains("license: \"Apache-2.0\"\n"))
        #expect(cff.contains("  - family-names: \"FAMILY-NAME\"\n    given-names: \"GIVEN-NAME\"\n"))
        try validateCFF(dir + "/CITATION.cff")
        let zenodo = try CLI.json(read(dir, ".zenodo.json"))
        #expect(zenodo["upload_type"] as? String == "software")
        #expect(zenodo["license"] as? String == "apache-2.0")
        #expect((zenodo["creators"] as? [[String: Any]])?.first?["name"] as? String == "FAMILY-NAME, GIVEN-NAME")
    }

    @Test func aiModelGetsAModelCard() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try CLI.run(Self.model + Self.meta + ["--out", dir])
        #expect(r.status == 0, "\(r.stderr)")
        #expect(names(dir).isSuperset(of: ["README.md", "LICENSE", "CITATION.cff", "report.json"]))
        let report = try CLI.json(read(dir, "report.json"))
        let picks = try #require(report["licences"] as? [[String: Any]])
        let weights = try #require((picks.first { $0["part"] as? String == "weights" } ?? picks.first)?["id"] as? String)
        // The hub's id for that licence, from the catalogue.
        let catalogue = try #require(JSONSerialization.jsonObject(with: Data(CLI.run(["licences", "--format", "json"]).stdout.utf8)) as? [[String: Any]])
        let entry = try #require(catalogue.first { $0["id"] as? String == weights })
        let hub = (entry["aliases"] as? [String: Any])?["huggingface"] as? String
        let card = try read(dir, "README.md")
        #expect(card.hasPrefix("---\nlicense: \(hub ?? "other")\n"), "front matter: \(card.prefix(120))")
        if hub == nil { #expect(card.contains("license_name: \(weights.lowercased())\n")) }
        #expect(card.contains("# Model card for Lake ice phenology"))
        #expect(try read(dir, "LICENSE").hasPrefix("SPDX-License-Identifier: \(picks.first?["id"] as? String ?? "?")\n"))
        #expect(try read(dir, "LICENSE").contains("The weights in this deposit are licensed under"))
    }

    @Test func aSecondRunRefusesAndChangesNothingUntilForce() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        #expect(try CLI.run(Self.dataset + Self.meta + ["--out", dir]).status == 0)
        let before = try snapshot(dir)
        let again = try CLI.run(Self.dataset + ["--title", "Another title", "--author", "B C", "--out", dir])
        #expect(again.status == 2)
        #expect(again.stdout.isEmpty)
        #expect(again.stderr.contains("\(dir)/REPORT.md"))
        #expect(again.stderr.contains("already exist; use --force to overwrite. Nothing was written."))
        #expect(try snapshot(dir) == before)

        let forced = try CLI.run(Self.dataset + ["--title", "Another title", "--author", "B C", "--out", dir, "--force"])
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(try read(dir, "CITATION.cff").contains("title: \"Another title\""))
        #expect(try read(dir, "LICENSE").contains("B C"))
        #expect(!names(dir).contains { $0.hasPrefix(".license-advisor-") }, "no temp files left")
    }

    @Test func oneExistingFileStopsEveryWrite() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data("mine\n".utf8).write(to: URL(fileURLWithPath: dir + "/LICENSE"))
        let r = try CLI.run(Self.software + ["--out", dir])
        #expect(r.status == 2)
        #expect(r.stderr.contains("\(dir)/LICENSE already exists; use --force"))
        #expect(!r.stderr.contains("note:"), "no placeholder note when nothing was written")
        #expect(names(dir) == ["LICENSE"])
        #expect(try read(dir, "LICENSE") == "mine\n")
    }

    @Test func noFilesWhenTheAdviceNeedsAnswers() throws {
        let dir = try CLI.temporaryDirectory() + "/deposit"
        defer { try? FileManager.default.removeItem(atPath: (dir as NSString).deletingLastPathComponent) }
        let r = try CLI.run(["advise", "--set", "asset=dataset", "--out", dir])
        #expect(r.status == 3)
        #expect(r.stderr.contains("note: no deposit files were written: the advice needs more answers"))
        #expect(!FileManager.default.fileExists(atPath: dir))
    }

    @Test func badMetadataIsExit2NamingIt() throws {
        let dir = try CLI.temporaryDirectory() + "/deposit"
        defer { try? FileManager.default.removeItem(atPath: (dir as NSString).deletingLastPathComponent) }
        let orcid = try CLI.run(Self.software + ["--out", dir, "--author", "Ada Lovelace <0000-0002-1825-0098>"])
        #expect(orcid.status == 2)
        #expect(orcid.stderr.contains("error: --author 'Ada Lovelace <0000-0002-1825-0098>': '0000-0002-1825-0098' is not an ORCID iD"))
        #expect(!FileManager.default.fileExists(atPath: dir))
        let source = try CLI.run(Self.software + ["--out", dir, "--source", "my thesis"])
        #expect(source.status == 2)
        #expect(source.stderr.contains("--source 'my thesis' is neither a DOI"))
        #expect(try CLI.run(Self.software + ["--out", dir, "--year", "99"]).status == 2)
        let noOut = try CLI.run(Self.software + ["--force"])
        #expect(noOut.status == 2)
        #expect(noOut.stderr.contains("apply only with --out DIR"))
        #expect(try CLI.run(["advise", "--batch", "-", "--out", dir]).status == 2)
    }

    /// cffconvert --validate: CFFCONVERT, else the venv scripts/test-tools makes (as CI does).
    func validateCFF(_ path: String) throws {
        let tool = ProcessInfo.processInfo.environment["CFFCONVERT"]
            ?? CLI.packageRoot.appendingPathComponent(".build-ci-venv/bin/cffconvert").path
        guard FileManager.default.isExecutableFile(atPath: tool) else {
            Issue.record("cffconvert is missing: run scripts/test-tools (or set CFFCONVERT)")
            return
        }
        let p = Process()
        p.executableURL = URL(fileURLWithPath: tool)
        p.arguments = ["--validate", "--infile", path]
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "cffconvert rejects \(path)")
    }
}
