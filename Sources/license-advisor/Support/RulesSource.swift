import Foundation
import AdvisorCore
import AdvisorRules
import ArgumentParser

/// Options every subcommand shares.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Use the rules in DIR instead of the built-in ones.", valueName: "DIR"))
    var rules: String?

    /// Loads the rules or exits 1, printing every error compiler-style.
    func load() throws -> RuleSet {
        do {
            if let dir = rules { return try RuleLoader.load(directory: dir) }
            return try RuleLoader.load(files: BuiltinRules.files)
        } catch let list {
            Console.error(list.description)
            throw ExitCode(1)
        }
    }
}

/// Where output goes; stderr for every error.
enum Console {
    static func out(_ s: String) { print(s) }

    static func error(_ s: String) {
        var stderr = StandardError()
        print(s, to: &stderr)
    }
}

struct StandardError: TextOutputStream {
    mutating func write(_ string: String) {
        FileHandle.standardError.write(Data(string.utf8))
    }
}
