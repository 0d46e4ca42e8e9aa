// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "license-advisor",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "license-advisor", targets: ["license-advisor"]),
        .library(name: "AdvisorCore", targets: ["AdvisorCore"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", exact: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", exact: "6.2.2"),
    ],
    targets: [
        // The knowledge engine: rule model, loader, lint, walk, advice. No terminal code.
        // Its YAML reader is its own (AdvisorCore/YAML): no Foundation-based YAML library at start-up.
        .target(name: "AdvisorCore"),
        // The built-in Rules/ directory, compiled into the binary by the EmbedRules plugin.
        .target(name: "AdvisorRules", dependencies: ["AdvisorCore"], plugins: ["EmbedRules"]),
        .executableTarget(name: "embed-rules", dependencies: ["AdvisorCore"], path: "Sources/embed-rules"),
        .plugin(name: "EmbedRules", capability: .buildTool(), dependencies: ["embed-rules"]),
        // The interview as a pure state machine rendered into a cell grid. No ncurses.
        .target(name: "AdvisorTUI", dependencies: ["AdvisorCore"]),
        .systemLibrary(name: "CNcursesw", providers: [.apt(["libncurses-dev"])]),
        // The only module that talks to ncurses.
        .target(name: "TerminalBackend", dependencies: ["CNcursesw", "AdvisorTUI"]),
        .executableTarget(
            name: "license-advisor",
            dependencies: [
                "AdvisorCore", "AdvisorRules", "AdvisorTUI", "TerminalBackend",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // The benchmark tool behind scripts/bench (BENCHMARKS.md): fingerprints, generated rules, keypress replay.
        .executableTarget(name: "bench-advisor", dependencies: ["AdvisorCore", "AdvisorRules", "AdvisorTUI", "TerminalBackend"]),
        // libFuzzer entry points (scripts/fuzz); built normally they replay files, so tests run the seed corpus.
        // The `yaml` target compares AdvisorCore's YAML reader with Yams.
        .target(name: "FuzzHarness", dependencies: ["AdvisorCore", "AdvisorRules", .product(name: "Yams", package: "Yams")]),
        .executableTarget(name: "fuzz-advisor", dependencies: ["FuzzHarness"]),
        // Yams (libyaml) stays as the independent reference the YAML reader is compared with.
        .testTarget(name: "AdvisorCoreTests", dependencies: ["AdvisorCore", "AdvisorRules", "FuzzHarness", .product(name: "Yams", package: "Yams")],
                    exclude: ["Fixtures", "Scenarios"]),
        .testTarget(name: "AdvisorTUITests", dependencies: ["AdvisorTUI", "AdvisorCore", "AdvisorRules"],
                    exclude: ["Fixtures", "__snapshots__"]),
        .testTarget(name: "CLITests", dependencies: ["license-advisor"]),
        .testTarget(name: "TerminalTests", dependencies: ["license-advisor", "TerminalBackend", "AdvisorCore", "AdvisorRules"]),
    ],
    swiftLanguageModes: [.v6]
)
