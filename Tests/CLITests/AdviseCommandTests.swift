import Foundation
import Testing

@Suite("advise: exit codes and messages, from the built binary")
struct AdviseCommandTests {
    let complete = ["advise", "--set", "asset=software", "--set", "rights=own", "--assume-defaults"]

    @Test func exit0Complete() throws {
        let r = try CLI.run(complete + ["--format", "json"])
        #expect(r.status == 0, "\(r.stderr)")
        let j = try CLI.json(r.stdout)
        #expect(j["status"] as? String == "complete")
        #expect((j["licences"] as? [[String: Any]])?.first?["id"] as? String == "Apache-2.0")
        #expect(r.stderr.isEmpty)
    }

    @Test func exit3NeedsAnswer() throws {
        let r = try CLI.run(["advise", "--set", "asset=dataset", "--format", "json"])
        #expect(r.status == 3)
        let j = try CLI.json(r.stdout)
        #expect(j["status"] as? String == "needs-answer")
        let next = try #require(j["next"] as? [String: Any])
        #expect(next["question"] as? String == "chosen-licence")
        #expect((next["options"] as? [Any])?.isEmpty == false)
        let text = try CLI.run(["advise", "--set", "asset=dataset", "--set", "chosen-licence=undecided"])
        #expect(text.status == 3)
        #expect(text.stdout.contains("Next question (rights)"))
        #expect(text.stdout.contains("--set rights=ID"))
    }

    @Test func exit2UnknownQuestionNamesAndLists() throws {
        let r = try CLI.run(["advise", "--set", "colour=red"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("unknown question 'colour'"))
        #expect(r.stderr.contains("valid questions: asset, chosen-licence, rights"))
        #expect(r.stdout.isEmpty)
    }

    @Test func exit2UnknownOptionNamesAndLists() throws {
        let r = try CLI.run(["advise", "--set", "asset=car"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("'car' is not an option of 'asset'"))
        #expect(r.stderr.contains("valid options: dataset, software, ai-model, ai-system, content"))
    }

    @Test func exit2WrongTypeAndBadSet() throws {
        let bad = try CLI.run(["advise", "--set", "size-gb=big"])
        #expect(bad.status == 2)
        #expect(bad.stderr.contains("'big' is not a number"))
        let noEquals = try CLI.run(["advise", "--set", "asset"])
        #expect(noEquals.status == 2)
        #expect(noEquals.stderr.contains("must be ID=VALUE"))
        let file = try CLI.temporaryFile(Data("asset: [dataset, software]\n".utf8))
        let list = try CLI.run(["advise", "--answers", file])
        #expect(list.status == 2)
        #expect(list.stderr.contains("\(file):1:8: error: 'asset' takes one answer, not a list"))
    }

    @Test func exit2UsageErrors() throws {
        let r = try CLI.run(["advise", "--bogus"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("Unknown option '--bogus'"))
        #expect(try CLI.run(["advise", "--format", "pdf"]).status == 2)
        #expect(try CLI.run(["no-such-command"]).status == 2)
        #expect(try CLI.run(["advise", "--batch", "-", "--set", "asset=dataset"]).status == 2)
    }

    @Test func exit2UnreadableAndInvalidFiles() throws {
        let missing = try CLI.run(["advise", "--answers", "/nonexistent/answers.yaml"])
        #expect(missing.status == 2)
        #expect(missing.stderr.contains("/nonexistent/answers.yaml: error: cannot read the file"))
        let latin1 = try CLI.temporaryFile(Data("asset: dataset\ncountry: \"Sver".utf8) + Data([0xE9]) + Data("\"\n".utf8))
        let r = try CLI.run(["advise", "--answers", latin1])
        #expect(r.status == 2)
        #expect(r.stderr.contains("\(latin1):2:15: error: the file is not valid UTF-8"))
        let nul = try CLI.temporaryFile(Data("asset: data\u{0}set\n".utf8))
        #expect(try CLI.run(["advise", "--answers", nul]).stderr.contains("NUL byte"))
        #expect(try CLI.run(["advise", "--batch", "/nonexistent.jsonl"]).status == 2)
    }

    @Test func exit1BrokenRules() throws {
        for args in [["--rules", CLI.fixtures + "/unknown-key", "advise"], ["advise", "--rules", CLI.fixtures + "/unknown-key"]] {
            let r = try CLI.run(args)
            #expect(r.status == 1)
            #expect(r.stderr.contains("unknown-key/flow.yaml:3:5: error: unknown key 'txet' in a question (did you mean 'text'?) [schema/unknown-key]"))
        }
        #expect(try CLI.run(["advise", "--rules", "/nonexistent-rules"]).status == 1)
    }

    @Test func rulesBeforeOrAfterTheSubcommand() throws {
        let dir = CLI.fixtures + "/minimal"
        let before = try CLI.run(["--rules", dir, "advise", "--set", "kind=data", "--assume-defaults", "--format", "json"])
        let after = try CLI.run(["advise", "--rules", dir, "--set", "kind=data", "--assume-defaults", "--format", "json"])
        #expect(before.status == 0)
        #expect(before.stdout == after.stdout)
        #expect(try CLI.json(before.stdout)["rules"] as? [String: String] == ["version": "9.9.9"])
    }

    @Test func norwayFromAnAnswersFile() throws {
        let file = try CLI.temporaryFile(Data("asset: dataset\nrights: own\ncountry: NO\n".utf8))
        let r = try CLI.run(["advise", "--answers", file, "--assume-defaults", "--format", "json"])
        #expect(r.status == 0)
        let trail = try #require(try CLI.json(r.stdout)["trail"] as? [[String: Any]])
        #expect(trail.first { $0["question"] as? String == "country" }?["answer"] as? String == "NO")
        let json = try CLI.temporaryFile(Data(#"{"asset": "dataset", "country": "NO"}"#.utf8), suffix: ".json")
        #expect(try CLI.run(["advise", "--answers", json, "--assume-defaults"]).stdout.contains("country         NO: Norway"))
    }

    @Test func setWinsOverTheFile() throws {
        let file = try CLI.temporaryFile(Data("asset: dataset\n".utf8))
        let r = try CLI.run(["advise", "--answers", file, "--set", "asset=software", "--assume-defaults", "--format", "json"])
        #expect(try CLI.json(r.stdout)["asset"] as? String == "software")
        let stdin = try CLI.run(["advise", "--answers", "-", "--assume-defaults", "--format", "json"], stdin: "asset: content\n")
        #expect(try CLI.json(stdin.stdout)["asset"] as? String == "content")
    }

    @Test func textAndMarkdownFormats() throws {
        let text = try CLI.run(complete)
        #expect(text.status == 0)
        #expect(text.stdout.hasPrefix("LICENCE ADVICE: Software (source code)\n"))
        #expect(text.stdout.contains("Apache 2.0 (Apache-2.0) for the code"))
        #expect(text.stdout.contains("(assumed)"))
        let md = try CLI.run(complete + ["--format", "markdown"])
        #expect(md.status == 0)
        #expect(md.stdout.hasPrefix("# Licence advice: Software (source code)\n"))
        #expect(md.stdout.contains("`Apache-2.0`"))
        #expect(md.stdout == (try CLI.run(complete + ["--format", "markdown"])).stdout)
    }

    @Test func helpAndVersionExit0() throws {
        let help = try CLI.run(["--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("USAGE: license-advisor"))
        #expect(help.stdout.contains("--rules <DIR>"))
        let sub = try CLI.run(["advise", "--help"])
        #expect(sub.status == 0)
        #expect(sub.stdout.contains("--batch <FILE>"))
        let version = try CLI.run(["--version"])
        #expect(version.status == 0)
        #expect(version.stdout.hasPrefix("license-advisor "))
    }
}
