import AdvisorCore
import Foundation
import Testing

@Suite("Graph export")
struct GraphExportTests {
    func rules() throws -> RuleSet {
        try RuleLoader.load(files: LintFixtures.files("graph-export"))
    }

    @Test("dot: shapes, option and condition labels, escaped quotes and backslashes")
    func dot() throws {
        #expect(GraphExport.dot(try rules()) == #"""
            digraph rules {
              rankdir=TB;
              node [fontname="Helvetica", fontsize=10];
              edge [fontname="Helvetica", fontsize=9];
              "kind" [shape=box, style=bold, label="kind\nIs it \"data\" or [code] <b>#1</b> &\nC:\\path | more?"];
              "size" [shape=box, label="size\nHow large is it, in GB?"];
              "by-size" [shape=diamond, label="by-size"];
              "end" [shape=doublecircle, label="end"];
              "result" [shape=doublecircle, label="result"];
              "kind" -> "size" [label="data"];
              "kind" -> "by-size" [label="code"];
              "size" -> "by-size";
              "by-size" -> "end" [label="kind = data and (size > 50 or size not asked)"];
              "by-size" -> "result" [label="otherwise"];
            }
            """#)
    }

    @Test("mermaid: generated node ids (end is a keyword), entity-coded labels, stadium outcomes")
    func mermaid() throws {
        #expect(GraphExport.mermaid(try rules()) == #"""
            flowchart TD
              n1["kind<br/>Is it #quot;data#quot; or [code] #60;b#62;#35;1#60;/b#62; #38;<br/>C:\path #124; more?"]
              n2["size<br/>How large is it, in GB?"]
              n3{"by-size"}
              n4(["end"])
              n5(["result"])
              n1 -->|"data"| n2
              n1 -->|"code"| n3
              n2 --> n3
              n3 -->|"kind = data and (size #62; 50 or size not asked)"| n4
              n3 -->|"otherwise"| n5
            """#)
    }

    @Test("control characters and newlines in texts never reach the output")
    func sanitised() throws {
        var files = try LintFixtures.files("base")
        let flow = files.firstIndex { $0.path == "flow.yaml" }!
        files[flow].text = files[flow].text.replacingOccurrences(of: "text: What is it?", with: #"text: "bad\e[31m\nline""#)
        let rules = try RuleLoader.load(files: files)
        let dot = GraphExport.dot(rules)
        let mermaid = GraphExport.mermaid(rules)
        for text in [dot, mermaid] { #expect(!text.unicodeScalars.contains { $0.value == 0x1B }) }
        #expect(dot.contains(#""kind" [shape=box, style=bold, label="kind\nbad␛[31m line"];"#))
        #expect(mermaid.contains(#"n1["kind<br/>bad␛[31m line"]"#))
    }

    @Test("many options on one edge are shortened; long conditions are cut")
    func shortening() {
        let cond = Condition.any((1...12).map { Condition.atom(Atom(subject: .question("q\($0)"), test: .oneOf(["x"]))) })
        #expect(GraphExport.short(cond).count == 60)
        #expect(GraphExport.short(cond).hasSuffix("…"))
    }
}
