@testable import AdvisorCore
import Foundation
import Testing
import Yams

/// The JSON Schema in schema/ lets editors check rule files; these tests keep it in step with the loader.
@Suite struct RuleSchemaTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    let schema: [String: Any] = {
        let data = try! Data(contentsOf: RuleSchemaTests.root.appendingPathComponent("schema/rules.schema.json"))
        return try! JSONSerialization.jsonObject(with: data) as! [String: Any]
    }()

    func properties(_ path: [String]) -> Set<String> {
        var node: Any = schema
        for key in path {
            if let d = node as? [String: Any], let next = d[key] { node = next; continue }
            if let a = node as? [Any], let i = Int(key) { node = a[i]; continue }
            return []
        }
        return Set(((node as? [String: Any])?["properties"] as? [String: Any])?.keys.map { $0 } ?? [])
    }

    @Test func schemaKeysMatchTheLoaderKeys() {
        let file = ["$defs", "rulefile", "properties"]
        #expect(properties(["$defs", "manifest"]) == Set(RuleLoader.manifestKeys))
        #expect(properties(["$defs", "rulefile"]) == Set(RuleLoader.sections))
        #expect(properties(file + ["licences", "items"]) == Set(RuleSetBuilder.licenceKeys))
        #expect(properties(file + ["services", "items"]) == Set(RuleSetBuilder.serviceKeys))
        #expect(properties(file + ["nodes", "items", "oneOf", "0"]) == Set(RuleSetBuilder.questionKeys))
        #expect(properties(file + ["tables", "items"]) == Set(RuleSetBuilder.tableKeys))
        #expect(properties(file + ["tables", "items", "properties", "rows", "items"]) == Set(RuleSetBuilder.rowKeys))
    }

    /// YAML 1.2 core-schema reading (what editors use): `NO` stays a string, unlike PyYAML's YAML 1.1.
    static func json(_ node: Node) -> Any {
        switch node {
        case .scalar(let s):
            guard s.style == .plain else { return s.string }
            switch s.string {
            case "true": return true
            case "false": return false
            case "null", "~", "": return NSNull()
            default: return Int(s.string).map { $0 as Any } ?? Double(s.string).map { $0 as Any } ?? s.string
            }
        case .sequence(let seq): return seq.map(json)
        case .mapping(let m): return Dictionary(m.map { ($0.key.scalar?.string ?? "", json($0.value)) }, uniquingKeysWith: { a, _ in a })
        case .alias: return NSNull()
        }
    }

    @Test func builtInRuleFilesValidateAgainstTheSchema() throws {
        let rulesDir = Self.root.appendingPathComponent("Rules")
        var documents: [String: Any] = [:]
        for case let url as URL in FileManager.default.enumerator(at: rulesDir, includingPropertiesForKeys: nil)! where url.pathExtension == "yaml" {
            let node = try #require(try Yams.compose(yaml: String(contentsOf: url, encoding: .utf8)))
            documents[url.lastPathComponent] = Self.json(node)
        }
        #expect(documents.count >= 5)
        let input = try JSONSerialization.data(withJSONObject: ["schema": schema, "documents": documents])
        let script = """
        import json, sys
        import jsonschema
        d = json.load(sys.stdin)
        v = jsonschema.Draft202012Validator(d["schema"])
        bad = [f"{name}: {'/'.join(map(str, e.absolute_path))}: {e.message[:200]}" for name, doc in sorted(d["documents"].items()) for e in v.iter_errors(doc)]
        print("\\n".join(bad))
        sys.exit(1 if bad else 0)
        """
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = [TestTools.jsonschemaPython, "-c", script]
        let stdin = Pipe(), stdout = Pipe()
        p.standardInput = stdin
        p.standardOutput = stdout
        p.standardError = stdout
        try p.run()
        stdin.fileHandleForWriting.write(input)
        try stdin.fileHandleForWriting.close()
        let out = String(decoding: stdout.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        p.waitUntilExit()
        #expect(p.terminationStatus == 0, "schema violations (run scripts/test-tools, or set JSONSCHEMA_PYTHON to a python with jsonschema 4):\n\(out)")
    }
}
