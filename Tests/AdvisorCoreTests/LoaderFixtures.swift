import Foundation
@testable import AdvisorCore

/// Small rule directories under Fixtures/loader, found from this file's own path.
enum LoaderFixtures {
    static let root: String = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/loader").path

    static func dir(_ name: String) -> String { root + "/" + name }

    static func load(_ name: String) throws -> RuleSet { try RuleLoader.load(directory: dir(name)) }

    /// The loader's errors for a fixture that must not load (empty when it loads).
    static func errors(_ name: String) -> [Diagnostic] {
        do {
            _ = try RuleLoader.load(directory: dir(name))
            return []
        } catch {
            return error.diagnostics
        }
    }

    static let minimal: RuleSet = try! load("minimal")
}
