import AdvisorCore

/// `gen-rules DIR NODES`: RuleSetGenerator's files written under DIR (for `license-advisor lint DIR`).
enum GenerateRules {
    static func run(directory: String, nodes: Int) {
        for (path, text) in RuleSetGenerator.files(nodes: nodes) {
            let full = directory + "/" + path
            let dir = String(full[..<full.lastIndex(of: "/")!])
            guard FileIO.makeDirectories(dir), FileIO.write(full, text) else { fail("cannot write \(full)") }
        }
    }
}
