import AdvisorCore
import AdvisorRules
import Foundation
import Testing
import Yams

/// The built-in rules, loaded once for the scenario, contract and catalogue tests.
enum ScenarioRules {
    static let loaded: Result<RuleSet, DiagnosticList> = Result { () throws(DiagnosticList) in
        try RuleLoader.load(files: BuiltinRules.files)
    }

    static func rules() throws -> RuleSet { try loaded.get() }

    /// Answers from `--set`-style pairs, checked against the rules like the CLI does.
    static func answers(_ pairs: [String: String], rules: RuleSet) throws -> Answers {
        let reader = AnswersReader(rules: rules)
        var answers = Answers()
        for (id, value) in pairs {
            let (q, v) = try reader.parse(set: "\(id)=\(value)")
            answers[q] = v
        }
        return answers
    }

    static func advise(_ pairs: [String: String], assumeDefaults: Bool = true) throws -> Advice {
        let rules = try rules()
        return AdvisorCore.advise(rules, try answers(pairs, rules: rules), assumeDefaults: assumeDefaults)
    }
}

/// One answer set with what the advice must contain, read from Scenarios/*.yaml.
struct Scenario: Sendable, CustomTestStringConvertible {
    var name: String
    var file: String
    var answers: [String: String]
    var assumeDefaults = true
    var expect: [String: [String]] = [:]
    var severities: [String: String] = [:]
    var parts: [String: String] = [:]
    /// a problem reading the scenario itself
    var readError: String?

    var testDescription: String { name }

    static let keys = ["status", "licences", "openness", "services-in", "services-out", "services-first",
                       "warnings", "warnings-absent", "alternatives", "actions", "asked", "not-asked"]
}

enum ScenarioFiles {
    static var directory: URL {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Scenarios")
    }

    /// Every scenario in every file, in file order; unreadable files become failing scenarios.
    static let all: [Scenario] = {
        let fm = FileManager.default
        let names = ((try? fm.contentsOfDirectory(atPath: directory.path)) ?? []).filter { $0.hasSuffix(".yaml") }.sorted()
        if names.isEmpty { return [Scenario(name: "no scenario files", file: directory.path, answers: [:], readError: "no *.yaml in \(directory.path)")] }
        return names.flatMap { name -> [Scenario] in
            let url = directory.appendingPathComponent(name)
            guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                return [Scenario(name: name, file: name, answers: [:], readError: "cannot read \(url.path)")]
            }
            do { return try parse(text, file: name) } catch {
                return [Scenario(name: name, file: name, answers: [:], readError: "\(error)")]
            }
        }
    }()

    struct ParseError: Error, CustomStringConvertible { var description: String }

    static func parse(_ text: String, file: String) throws -> [Scenario] {
        guard let root = try Yams.compose(yaml: text), case .mapping(let top) = root,
              case .sequence(let items)? = top["scenarios"] else {
            throw ParseError(description: "\(file): expected a mapping with a 'scenarios' list")
        }
        return try items.map { try scenario($0, file: file) }
    }

    private static func scenario(_ node: Node, file: String) throws -> Scenario {
        guard case .mapping(let m) = node, let name = m["name"]?.string else {
            throw ParseError(description: "\(file):\(node.mark?.line ?? 0): a scenario needs a name")
        }
        var s = Scenario(name: "\(file.replacingOccurrences(of: ".yaml", with: ""))/\(name)", file: file, answers: [:])
        for (k, v) in m {
            switch k.string ?? "" {
            case "name": break
            case "answers":
                guard case .mapping(let am) = v else { throw ParseError(description: "\(s.name): answers must be a mapping") }
                for (q, a) in am {
                    guard let qid = q.string else { continue }
                    s.answers[qid] = strings(a).joined(separator: ",")
                }
            case "assume-defaults": s.assumeDefaults = v.string != "false"
            case "severity": s.severities = try pairs(v, s.name)
            case "parts": s.parts = try pairs(v, s.name)
            case let key where Scenario.keys.contains(key): s.expect[key] = strings(v)
            case let key: throw ParseError(description: "\(s.name): unknown key '\(key)'")
            }
        }
        return s
    }

    private static func strings(_ n: Node) -> [String] {
        switch n {
        case .scalar(let s): return [s.string]
        case .sequence(let seq): return seq.compactMap(\.string)
        default: return []
        }
    }

    private static func pairs(_ n: Node, _ name: String) throws -> [String: String] {
        guard case .mapping(let m) = n else { throw ParseError(description: "\(name): expected a mapping") }
        var out: [String: String] = [:]
        for (k, v) in m { if let ks = k.string, let vs = v.string { out[ks] = vs } }
        return out
    }
}
