// Explicit parsing instead of `LicenseAdvisor.main()`: the contract wants exit 2 for bad input,
// where swift-argument-parser would exit 64. Help and --version still print and exit 0.
import ArgumentParser

Console.exit(LicenseAdvisor.runMain(Array(CommandLine.arguments.dropFirst())))
