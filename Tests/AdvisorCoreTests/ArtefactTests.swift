import AdvisorCore
import AdvisorRules
import Foundation
import Testing

/// Deposit files for a dataset, software and an AI model, checked for content and, for CITATION.cff,
/// validated by cffconvert (CI installs it; CFFCONVERT names the binary).
@Suite struct ArtefactTests {
    let rules = try! RuleLoader.load(files: BuiltinRules.files)
    let meta = DepositMetadata(title: "Lake ice phenology 1950–2025", authors: [
        DepositMetadata.Author(name: "Ada Lovelace", orcid: "0000-0002-1825-0097"),
        DepositMetadata.Author(name: "Nilsson, Karin"),
    ], year: 2026, institution: "Uppsala University", source: "https://doi.org/10.5281/zenodo.1")

    func advice(_ sets: [String: AnswerValue]) -> Advice {
        advise(rules, Answers(sets), assumeDefaults: true)
    }

    func file(_ files: [Artefact], _ name: String) -> String? { files.first { $0.name == name }?.content }

    @Test func datasetDepositHasLicenceAttributionCitationAndZenodo() throws {
        let a = advice(["asset": .option("dataset"), "rights": .option("own"), "personal-data": .option("none"),
                        "attribution": .option("required"), "commercial": .option("allow"), "derivatives": .option("allow")])
        let files = ArtefactSet.make(rules: rules, advice: a, metadata: meta)
        let names = Set(files.map(\.name))
        #expect(names.isSuperset(of: ["REPORT.md", "report.json", "LICENSE", "ATTRIBUTION.md", "CITATION.cff"]))
        #expect(!names.contains("README.md"))
        let licence = try #require(file(files, "LICENSE"))
        #expect(licence.hasPrefix("SPDX-License-Identifier: CC-BY-4.0\n"))
        #expect(licence.contains("Copyright (c) 2026 Ada Lovelace and Nilsson, Karin (Uppsala University)"))
        #expect(licence.contains("https://creativecommons.org/licenses/by/4.0/legalcode"))
        let attribution = try #require(file(files, "ATTRIBUTION.md"))
        #expect(attribution.contains("\"Lake ice phenology 1950–2025\" by Ada Lovelace and Nilsson, Karin, Uppsala University, (https://doi.org/10.5281/zenodo.1) is licensed under Creative Commons Attribution 4.0 International"))
        #expect(attribution.contains("<a rel=\"license\" href=\"https://creativecommons.org/licenses/by/4.0/legalcode\">"))
        let cff = try #require(file(files, "CITATION.cff"))
        #expect(cff.contains("type: dataset"))
        #expect(cff.contains("license: \"CC-BY-4.0\""))
        #expect(cff.contains("orcid: \"https://orcid.org/0000-0002-1825-0097\""))
        if a.services.contains(where: { $0.service.depositFiles.contains("zenodo-json") }) {
            let zenodo = try #require(file(files, ".zenodo.json"))
            #expect(zenodo.contains("\"upload_type\": \"dataset\""))
            #expect(zenodo.contains("\"license\": \"cc-by-4.0\""))
        }
    }

    @Test func softwareLicenceCarriesTheFullTextWhenTheMachineHasIt() throws {
        let a = advice(["asset": .option("software"), "rights": .option("own"), "copyleft": .option("permissive"),
                        "patents": .option("yes"), "employer": .option("approved")])
        let files = ArtefactSet.make(rules: rules, advice: a, metadata: meta)
        let licence = try #require(file(files, "LICENSE"))
        #expect(licence.hasPrefix("SPDX-License-Identifier: Apache-2.0\n"))
        if FileManager.default.fileExists(atPath: "/usr/share/common-licenses/Apache-2.0") {
            #expect(licence.contains("TERMS AND CONDITIONS FOR USE, REPRODUCTION, AND DISTRIBUTION"))
        }
        let cff = try #require(file(files, "CITATION.cff"))
        #expect(cff.contains("type: software"))
        #expect(cff.contains("license: \"Apache-2.0\""))
    }

    @Test func aiModelGetsAModelCardWithTheHubLicenceID() throws {
        let a = advice(["asset": .option("ai-model"), "rights": .option("own"), "personal-data": .option("none"),
                        "release": .options(["weights"]), "use-restrictions": .option("none")])
        let files = ArtefactSet.make(rules: rules, advice: a, metadata: meta)
        let card = try #require(file(files, "README.md"))
        #expect(card.hasPrefix("---\nlicense: "))
        #expect(card.contains("# Model card for Lake ice phenology"))
        for heading in ["## Uses", "## Bias, risks and limitations", "## Training details", "## Evaluation", "## Citation"] {
            #expect(card.contains(heading))
        }
        let weights = try #require(a.licences.first { $0.part == "weights" }?.licence)
        let expected = weights.aliases["huggingface"].map { "license: \($0)\n" } ?? "license: other\nlicense_name: \(weights.id.lowercased())\n"
        #expect(card.contains(expected))
    }

    @Test func citationFilesValidateWithCffconvert() throws {
        let cffconvert = TestTools.cffconvert
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("cff-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        // One CITATION.cff per licence in the catalogue: every id must be one the CFF schema accepts.
        for licence in rules.licences {
            let cff = CitationCFF.render(metadata: meta, licence: licence, asset: "software")
            let path = dir.appendingPathComponent("CITATION.cff")
            try cff.write(to: path, atomically: true, encoding: .utf8)
            let p = Process()
            p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            p.arguments = [cffconvert, "--validate", "-i", path.path]
            let out = Pipe()
            p.standardOutput = out
            p.standardError = out
            do { try p.run() } catch {
                Issue.record("cannot run \(cffconvert): run scripts/test-tools (or set CFFCONVERT to a cffconvert binary)")
                return
            }
            let text = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
            p.waitUntilExit()
            if p.terminationStatus == 127 || text.contains("No such file") {
                Issue.record("cffconvert not found: run scripts/test-tools (or set CFFCONVERT to a cffconvert binary)")
                return
            }
            #expect(p.terminationStatus == 0, "CITATION.cff for \(licence.id) does not validate: \(text)")
        }
    }

    @Test func orcidCheckDigitsAndAuthorParsing() throws {
        #expect(DepositMetadata.isValidORCID("0000-0002-1825-0097"))
        #expect(DepositMetadata.isValidORCID("0000-0002-1694-233X"))
        #expect(!DepositMetadata.isValidORCID("0000-0002-1825-0098"))
        #expect(!DepositMetadata.isValidORCID("0000-0002-1825"))
        let a = try DepositMetadata.parseAuthor("Ada Lovelace <https://orcid.org/0000-0002-1825-0097>").get()
        #expect(a.name == "Ada Lovelace" && a.orcid == "0000-0002-1825-0097")
        #expect(a.parts == ("Lovelace", "Ada"))
        if case .success = DepositMetadata.parseAuthor("Ada <0000-0002-1825-0098>") { Issue.record("bad check digit accepted") }
    }

    @Test func attributionEscapesMarkupAndControlCharacters() {
        let l = rules.licences[0]
        let m = DepositMetadata(title: "<b>x</b>\u{1B}[31m", authors: [.init(name: "A & B")], year: 2026)
        let att = Attribution(metadata: m, licence: l)
        #expect(att.html.contains("&lt;b&gt;x&lt;/b&gt;"))
        #expect(att.html.contains("A &amp; B"))
        #expect(!att.plain.contains("\u{1B}"))
        #expect(att.markdown.contains("\\<b\\>"))
    }

    @Test func aBareDOIIsLinkedThroughTheResolver() {
        let m = DepositMetadata(title: "T", authors: [.init(name: "A B")], year: 2026, source: "10.1002/(SICI)1097-0258")
        let att = Attribution(metadata: m, licence: rules.licences[0])
        #expect(att.plain.contains("(https://doi.org/10.1002/(SICI)1097-0258)"))
        #expect(att.markdown.hasPrefix("[T](https://doi.org/10.1002/%28SICI%291097-0258)"))
        #expect(att.html.hasPrefix("<p><a href=\"https://doi.org/10.1002/(SICI)1097-0258\">T</a>"))
        let cff = CitationCFF.render(metadata: m, licence: nil, asset: "dataset")
        #expect(cff.contains("doi: \"10.1002/(SICI)1097-0258\"\n"))
    }
}
