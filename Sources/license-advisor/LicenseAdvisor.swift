import AdvisorCore
import ArgumentParser

/// The root command. With no subcommand it runs the interview.
struct LicenseAdvisor: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "license-advisor",
        abstract: "Choose a licence and a repository for a dataset, software, an AI model or documents.",
        discussion: "With no subcommand, asks about ten plain questions and ends with a recommendation. This is guidance, not legal advice.",
        version: "license-advisor 0.1.0",
        subcommands: [Advise.self, Lint.self, Questions.self, Graph.self, Licences.self, Services.self]
    )

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: "Continue the last saved interview.")
    var resume = false

    func run() throws {
        try Interview.run(global: global, resume: resume)
    }
}
