/// Builds large, valid rule sets for benchmarks and lint's scaling tests: about `nodes` flow nodes
/// in segments of a question and a route node. Questions cycle through single, number and multiple
/// choice; routes read the first question and their segment's question (both asked on every path
/// to them) and every 50th segment can end in an outcome of its own. Three tables are evaluated:
/// a unique and a collect table at every outcome, and a first table at the final outcome.
public enum RuleSetGenerator {
    /// Flow nodes per generated file (keeps each file well under the loader's size limit).
    static let nodesPerFile = 4_000

    /// The rule files, as (path, text); load them with `RuleLoader.load(files:)` or write them out.
    public static func files(nodes: Int) -> [(path: String, text: String)] {
        let segments = max(1, (nodes - 2) / 2)
        var out: [(String, String)] = [("manifest.yaml", manifest), ("catalogue.yaml", catalogue)]
        var chunk: [String] = []
        var inChunk = 0
        func flush() {
            guard !chunk.isEmpty else { return }
            let number = String(out.count - 1)
            out.append(("flow/part-\(String(repeating: "0", count: max(0, 4 - number.count)))\(number).yaml", "nodes:\n" + chunk.joined()))
            chunk = []
            inChunk = 0
        }
        chunk.append(node(question: "kind", kind: "single", text: "What kind is it?", default: "a",
                          options: ["a", "b", "c"], next: start(1, of: segments)))
        inChunk += 1
        for k in 1...segments {
            let next = start(k + 1, of: segments)
            let q = "q\(k)"
            switch k % 5 {
            case 0:
                chunk.append(node(question: q, kind: "number", text: "How many, for part \(k)?", default: "1", options: [], next: "r\(k)"))
            case 3:
                chunk.append(node(question: q, kind: "multiple", text: "Which apply, for part \(k)?", default: "[x]",
                                  options: ["x", "y", "z"], next: "r\(k)"))
            default:
                chunk.append(node(question: q, kind: "single", text: "Which one, for part \(k)?", default: "y",
                                  options: ["x", "y", "z"], next: next, first: "r\(k)"))
            }
            let test = k % 5 == 0 ? "{ q: \(q), gt: 10 }" : k % 5 == 3 ? "{ q: \(q), includes: [x] }" : "{ q: \(q), is: x }"
            let target = k % 50 == 0 ? "end\(k)" : next
            chunk.append("""
                  - route: r\(k)
                    routes:
                      - { when: { all: [{ q: kind, is: a }, \(test)] }, next: \(target), because: Part \(k) is special. }
                    otherwise: \(next)

                """)
            inChunk += 2
            if k % 50 == 0 {
                chunk.append("  - outcome: end\(k)\n    tables: [licence, notes]\n")
                inChunk += 1
            }
            if inChunk >= nodesPerFile { flush() }
        }
        chunk.append("  - outcome: result\n")
        flush()
        out.append(("tables.yaml", tables(last: "q\(segments)", lastIsNumber: segments % 5 == 0, lastIsMultiple: segments % 5 == 3)))
        return out
    }

    /// The loaded rule set (the generator's output always loads).
    public static func ruleSet(nodes: Int) throws(DiagnosticList) -> RuleSet {
        try RuleLoader.load(files: files(nodes: nodes))
    }

    private static func start(_ k: Int, of segments: Int) -> String { k > segments ? "result" : "q\(k)" }

    private static func node(question id: String, kind: String, text: String, default value: String,
                             options: [String], next: String, first: String? = nil) -> String {
        var s = "  - question: \(id)\n    kind: \(kind)\n    text: \(text)\n    default: \(value)\n    next: \(next)\n"
        if !options.isEmpty {
            s += "    options:\n"
            for (i, o) in options.enumerated() {
                let own = i == 0 ? first.map { ", next: \($0)" } ?? "" : ""
                s += "      - { id: \(o), label: Option \(o.uppercased())\(own) }\n"
            }
        }
        return s
    }

    private static let manifest = """
        schema: 1
        version: "1.0.0"
        title: generated rules
        entry: kind
        conflict-warning: conflict

        """

    private static let catalogue = """
        licences:
          - { id: CC0-1.0, name: CC0 1.0, url: "https://example.org/cc0", for: [data], openness: open, sources: [ref] }
          - { id: MIT, name: MIT, url: "https://example.org/mit", for: [code], openness: open, sources: [ref] }
          - { id: CC-BY-4.0, name: CC BY 4.0, url: "https://example.org/by", for: [data], openness: open, sources: [ref] }
        services:
          - id: repo
            name: Repository
            url: https://example.org/repo
            licences: any
            requires:
              - { when: { q: kind, in: [a, b, c] }, text: It takes every kind. }
            sources: [ref]
        references:
          - { id: ref, cite: Generated reference }
        warnings:
          - { id: conflict, title: Conflict }
          - { id: note, title: Note }

        """

    private static func tables(last: String, lastIsNumber: Bool, lastIsMultiple: Bool) -> String {
        let special = lastIsNumber ? "{ q: \(last), gt: 10 }" : lastIsMultiple ? "{ q: \(last), includes: [x] }" : "{ q: \(last), is: x }"
        return """
            tables:
              - table: licence
                hit: unique
                rows:
                  - { id: a, when: { q: kind, is: a }, licences: [{ part: all, id: CC0-1.0 }], because: Kind a., sources: [ref] }
                  - { id: b, when: { q: kind, is: b }, licences: [{ part: all, id: MIT }], because: Kind b., sources: [ref] }
                  - { id: c, when: { q: kind, is: c }, licences: [{ part: all, id: CC-BY-4.0 }], because: Kind c., sources: [ref] }
              - table: notes
                hit: collect
                rows:
                  - id: not-a
                    when: { not: { q: kind, is: a } }
                    warnings: [{ id: note, severity: info, text: Not kind a. }]
                    because: Kind b or c.
                    sources: [ref]
              - table: last
                hit: first
                rows:
                  - { id: special, when: \(special), because: The last part is special., sources: [ref] }
                  - { id: usual, when: true, because: Otherwise., sources: [ref] }

            """
    }
}
