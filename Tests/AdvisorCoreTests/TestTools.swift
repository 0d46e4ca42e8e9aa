import Foundation

/// The Python tools some tests run: an environment variable names each, else the venvs that
/// `scripts/test-tools` (and `.ci/run`) create in the package, else the one on PATH.
enum TestTools {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    static func tool(_ variable: String, venv: String, binary: String, fallback: String) -> String {
        if let v = ProcessInfo.processInfo.environment[variable], !v.isEmpty { return v }
        let local = "\(root)/\(venv)/bin/\(binary)"
        return FileManager.default.isExecutableFile(atPath: local) ? local : fallback
    }

    static var spdxPython: String { tool("SPDX_PYTHON", venv: ".build-ci-venv", binary: "python", fallback: "python3") }
    static var cffconvert: String { tool("CFFCONVERT", venv: ".build-ci-venv", binary: "cffconvert", fallback: "cffconvert") }
    static var jsonschemaPython: String { tool("JSONSCHEMA_PYTHON", venv: ".build-ci-venv-schema", binary: "python", fallback: "python3") }
}
