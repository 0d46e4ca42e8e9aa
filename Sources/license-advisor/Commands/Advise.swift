import AdvisorCore
import ArgumentParser

/// `advise`: evaluates answers without any screen.
struct Advise: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Evaluate answers and print the advice, without any screen.",
        discussion: """
        Answers come from --answers FILE (YAML or JSON: question id to option id, list of option ids or number; \
        'country: NO' is Norway) and from --set ID=VALUE options, which win over the file. 'license-advisor \
        questions' lists every question id and option id.

        Without --assume-defaults, advise stops at the first question the answers leave open: it prints that \
        question with its options and exits 3 (JSON: "status": "needs-answer" with "next").

        --batch FILE.jsonl (FILE may be - for stdin) reads one JSON answers object per line and writes one \
        compact JSON result per line, in the same order, as it goes. A line that cannot be used gives \
        {"status":"error","line":N,"error":"..."} and the rest still run; a blank line is such an error line.

        --out DIR also writes the deposit files into DIR (created if need be): REPORT.md, report.json, \
        LICENSE, ATTRIBUTION.md, CITATION.cff, .zenodo.json and a model card README.md, as they fit the advice. \
        Files are written only when the advice is complete. An existing file is never replaced without --force \
        (exit 2, and then nothing is written); a symbolic link is never followed. --title, --author "Name \
        <ORCID>" (repeatable), --year, --institution and --source fill in the files.

        Exit codes: 0 outcome (batch: every line evaluated), 3 more answers needed, 2 bad input (an unknown \
        question or option, a wrong type, an unreadable or non-UTF-8 file, a file in the way of --out, a bad \
        ORCID iD), 1 invalid rules.
        """
    )

    enum Format: String, ExpressibleByArgument, CaseIterable { case text, json, markdown }

    @OptionGroup var global: GlobalOptions

    @Option(name: .long, help: ArgumentHelp("A YAML or JSON file mapping question ids to answers ('-' for stdin).", valueName: "FILE"))
    var answers: String?

    @Option(name: .customLong("set"), help: ArgumentHelp("Answer one question: ID=VALUE (lists as a,b). Repeatable; later wins.", valueName: "ID=VALUE"))
    var sets: [String] = []

    @Flag(name: .long, help: "Answer every open question with its default (the trail marks it as assumed).")
    var assumeDefaults = false

    @Option(name: .long, help: ArgumentHelp("Output format: text, json or markdown (default: text).", valueName: "format"))
    var format: Format?

    @Option(name: .long, help: ArgumentHelp("Evaluate one JSON answers object per line of FILE ('-' for stdin); JSON Lines out.", valueName: "FILE"))
    var batch: String?

    @OptionGroup(title: "Deposit files") var deposit: DepositOptions

    func validate() throws {
        if batch != nil {
            if answers != nil || !sets.isEmpty { throw ValidationError("--batch cannot be combined with --answers or --set") }
            if deposit.out != nil { throw ValidationError("--batch cannot be combined with --out") }
            if let format, format != .json { throw ValidationError("--batch writes JSON Lines; --format \(format.rawValue) does not apply") }
        }
    }

    func run() throws {
        let rules = try global.load()
        if let batch { return try runBatch(rules, path: batch) }
        let given = try readAnswers(rules)
        let authors = try deposit.parsedAuthors()
        let source = try deposit.checkedSource()
        let advice = AdvisorCore.advise(rules, given, assumeDefaults: assumeDefaults)
        var written: [String] = []
        if let dir = deposit.out {
            if case .complete = advice.status {
                written = try deposit.deposit(rules: rules, advice: advice, authors: authors, source: source, to: dir)
            } else if case .needsAnswer = advice.status {
                Console.error("note: no deposit files were written: the advice needs more answers")
            }
        }
        switch format ?? .text {
        case .json: Console.out(advice.json(rules: rules).pretty())
        case .text: Console.write(fd: 1, advice.text(rules: rules))
        case .markdown: Console.write(fd: 1, advice.markdown(rules: rules))
        }
        if let dir = deposit.out, !written.isEmpty {
            // Plain text goes on after the report; JSON and Markdown keep stdout to themselves.
            let text = (format ?? .text) == .text
            Console.write(fd: text ? 1 : 2, (text ? "\n" : "") + DepositOptions.summary(written, dir: dir))
        }
        switch advice.status {
        case .complete: return
        case .needsAnswer: throw ExitCode(Exit.needsAnswer)
        case .broken(let why):
            Console.error("error: the rules lead nowhere: \(Sanitizer.line(why))")
            throw ExitCode(Exit.invalidRules)
        }
    }

    /// The answers file, then every --set in order; any problem is exit 2 with compiler-style messages.
    private func readAnswers(_ rules: RuleSet) throws -> Answers {
        let reader = AnswersReader(rules: rules)
        var given = Answers()
        do {
            if let path = answers {
                let text: String
                switch InputFile.readText(path) {
                case .success(let t): text = t
                case .failure(let message):
                    Console.error(message.text)
                    throw ExitCode(Exit.badInput)
                }
                given = try reader.parse(text: text, path: path == "-" ? "<stdin>" : path).answers
            }
            for s in sets {
                let (id, value) = try reader.parse(set: s)
                given[id] = value
            }
        } catch let list as DiagnosticList {
            Console.error(list.description)
            throw ExitCode(Exit.badInput)
        }
        return given
    }

    private func runBatch(_ rules: RuleSet, path: String) throws {
        let fd: Int32
        if path == "-" {
            fd = 0
        } else {
            switch InputFile.open(path) {
            case .success(let f): fd = f
            case .failure(let message):
                Console.error(message.text)
                throw ExitCode(Exit.badInput)
            }
        }
        defer { if fd != 0 { InputFile.close(fd) } }
        let evaluator = BatchEvaluator(rules: rules, assumeDefaults: assumeDefaults)
        let lines = BatchRunner.run(evaluator, read: { InputFile.read(fd, $0) }, write: { buffer in
            Console.writeAll(fd: 1, buffer)
        })
        if lines == nil {
            Console.error("\(path == "-" ? "<stdin>" : path): error: reading failed")
            throw ExitCode(Exit.badInput)
        }
    }
}
