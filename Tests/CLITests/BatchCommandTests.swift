import Foundation
import Testing

@Suite("advise --batch from the built binary")
struct BatchCommandTests {
    @Test func stdinInOrderWithErrorLines() throws {
        let input = """
        {"asset":"software","rights":"own","copyleft":"permissive","patents":"yes","employer":"approved"}
        {"asset":"dataset","colour":"red"}
        {"asset":"content","rights":"own","personal-data":"none","attribution":"not-required"}
        {"asset":

        {"asset":"dataset","country":"NO"}

        """
        let r = try CLI.run(["advise", "--batch", "-", "--assume-defaults"], stdin: input)
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.count == 7, "six results and the final newline")
        let objects = try lines.prefix(6).map { try CLI.json($0) }
        #expect((objects[0]["licences"] as? [[String: Any]])?.first?["id"] as? String == "Apache-2.0")
        #expect(objects[1]["status"] as? String == "error")
        #expect(objects[1]["line"] as? Int == 2)
        #expect((objects[1]["error"] as? String)?.contains("unknown question 'colour'") == true)
        #expect((objects[2]["licences"] as? [[String: Any]])?.first?["id"] as? String == "CC0-1.0")
        #expect(objects[3]["line"] as? Int == 4)
        #expect(objects[4]["line"] as? Int == 5)
        #expect(objects[4]["error"] as? String == "column 1: blank line; expected a JSON object of answers")
        let trail = try #require(objects[5]["trail"] as? [[String: Any]])
        #expect(trail.first { $0["question"] as? String == "country" }?["answer"] as? String == "NO")
        #expect(!lines[0].contains("\n  "), "compact, one line each")
    }

    @Test func fileInputAndNeedsAnswer() throws {
        let file = try CLI.temporaryFile(Data("{\"asset\":\"dataset\"}\n{}\n".utf8), suffix: ".jsonl")
        let r = try CLI.run(["advise", "--batch", file])
        #expect(r.status == 0)
        let lines = r.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        #expect(try CLI.json(lines[0])["status"] as? String == "needs-answer")
        #expect((try CLI.json(lines[1])["next"] as? [String: Any])?["question"] as? String == "asset")
    }

    @Test func batchRefusesOtherFormats() throws {
        let r = try CLI.run(["advise", "--batch", "-", "--format", "text"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("--batch writes JSON Lines"))
        #expect(try CLI.run(["advise", "--batch", "-", "--format", "json"], stdin: "{}\n").status == 0)
    }
}

@Suite("questions, licences and services")
struct ListingCommandTests {
    @Test func questionsJSON() throws {
        let r = try CLI.run(["questions", "--format", "json"])
        #expect(r.status == 0)
        let list = try #require(try JSONSerialization.jsonObject(with: Data(r.stdout.utf8)) as? [[String: Any]])
        let ids = list.compactMap { $0["id"] as? String }
        #expect(ids.starts(with: ["asset", "chosen-licence", "rights"]))
        #expect(ids.contains("size-gb"))
        for q in list {
            #expect(q["text"] is String)
            #expect(q["kind"] is String)
            #expect(q["options"] is [Any])
            #expect(q.keys.contains("default"))
        }
        let country = try #require(list.first { $0["id"] as? String == "country" })
        #expect((country["options"] as? [[String: Any]])?.contains { $0["id"] as? String == "NO" } == true)
        #expect(try CLI.run(["questions"]).stdout.contains("asset (single): What are you sharing?"))
    }

    @Test func licencesAndServices() throws {
        let licences = try CLI.run(["licences"])
        #expect(licences.status == 0)
        #expect(licences.stdout.hasPrefix("ID "))
        #expect(licences.stdout.contains("CC-BY-4.0"))
        let lj = try #require(try JSONSerialization.jsonObject(with: Data(try CLI.run(["licences", "--format", "json"]).stdout.utf8)) as? [[String: Any]])
        #expect(lj.first?.keys.contains("database-right") == true)
        let services = try CLI.run(["services"])
        #expect(services.status == 0)
        #expect(services.stdout.contains("zenodo"))
        #expect(services.stdout.contains("unverified"))
        let sj = try #require(try JSONSerialization.jsonObject(with: Data(try CLI.run(["services", "--format", "json"]).stdout.utf8)) as? [[String: Any]])
        #expect(sj.contains { $0["verified"] as? Bool == false })
        #expect(sj.first?["requires"] is [Any])
    }
}

@Suite("The interview without a terminal, from the built binary")
struct InterviewCommandTests {
    @Test func pipedInputRunsThePlainInterview() throws {
        let r = try CLI.run(["--rules", CLI.fixtures + "/minimal"], stdin: "2\n1,2\n\nNO\n")
        #expect(r.status == 0, "\(r.stderr)")
        #expect(r.stdout.contains("1. Which kind?"))
        #expect(r.stdout.contains("[1] > 2\n"), "the input is echoed when stdin is not a terminal")
        #expect(r.stdout.contains("LICENCE ADVICE: Code"))
        #expect(!r.stdoutBytes.contains(0x1B))
    }

    @Test func endOfInputIs130() throws {
        let r = try CLI.run([], input: Data("1\n".utf8), environment: ["TERM": "xterm"])
        #expect(r.status == 130)
        #expect(r.stderr.contains("interrupted"))
        #expect(!r.stdoutBytes.contains(0x1B))
    }
}
