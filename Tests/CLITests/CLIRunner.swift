import Foundation
import Testing

/// Runs the built `license-advisor` binary. It is found through LICENSE_ADVISOR_BIN, next to the
/// test bundle, or in the package's .build/debug, walking up from this file to Package.swift.
enum CLI {
    struct Result {
        var status: Int32
        var stdout: String
        var stderr: String
        var stdoutBytes: Data
    }

    static let packageRoot: URL = {
        var dir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        while dir.path != "/" {
            if FileManager.default.fileExists(atPath: dir.appendingPathComponent("Package.swift").path) { return dir }
            dir = dir.deletingLastPathComponent()
        }
        return URL(fileURLWithPath: FileManager.default.currentDirectoryPath)
    }()

    static let binary: String = {
        if let env = ProcessInfo.processInfo.environment["LICENSE_ADVISOR_BIN"], !env.isEmpty { return env }
        var candidates: [String] = []
        if let exe = try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            candidates.append(URL(fileURLWithPath: exe).deletingLastPathComponent().appendingPathComponent("license-advisor").path)
        }
        candidates.append(URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("license-advisor").path)
        candidates.append(packageRoot.appendingPathComponent(".build/debug/license-advisor").path)
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) } ?? candidates.last!
    }()

    /// Where this test process keeps its temporary files: one directory, so that a run leaves one
    /// thing behind at most, and the next run removes what runs that have ended left.
    static let scratch: URL = {
        let base = FileManager.default.temporaryDirectory
        let prefix = "license-advisor-cli-tests-"
        for name in (try? FileManager.default.contentsOfDirectory(atPath: base.path)) ?? [] where name.hasPrefix(prefix) {
            if let pid = Int32(name.dropFirst(prefix.count)), kill(pid, 0) != 0, errno == ESRCH {
                try? FileManager.default.removeItem(at: base.appendingPathComponent(name))
            }
        }
        let dir = base.appendingPathComponent(prefix + String(getpid()))
        try? FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        return dir
    }()

    static let fixtures = packageRoot.appendingPathComponent("Tests/AdvisorCoreTests/Fixtures/loader").path

    /// Runs with stdin from `input` (a file, so never a terminal) and without TERM unless given.
    /// XDG_STATE_HOME is a fresh directory unless `environment` names one.
    static func run(_ arguments: [String], input: Data = Data(), environment: [String: String] = [:]) throws -> Result {
        let dir = scratch.appendingPathComponent("cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let inURL = dir.appendingPathComponent("stdin")
        let outURL = dir.appendingPathComponent("stdout")
        let errURL = dir.appendingPathComponent("stderr")
        try input.write(to: inURL)
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: binary)
        p.arguments = arguments
        p.currentDirectoryURL = packageRoot
        // A state directory of its own, so that an interview never saves into the real home.
        var env = ["PATH": "/usr/bin:/bin", "SWIFT_BACKTRACE": "enable=no", "LANG": "C.UTF-8",
                   "XDG_STATE_HOME": dir.appendingPathComponent("state").path]
        env.merge(environment) { $1 }
        p.environment = env
        p.standardInput = try FileHandle(forReadingFrom: inURL)
        p.standardOutput = try FileHandle(forWritingTo: outURL)
        p.standardError = try FileHandle(forWritingTo: errURL)
        try p.run()
        p.waitUntilExit()
        let out = try Data(contentsOf: outURL)
        let err = try Data(contentsOf: errURL)
        return Result(status: p.terminationStatus, stdout: String(decoding: out, as: UTF8.self),
                      stderr: String(decoding: err, as: UTF8.self), stdoutBytes: out)
    }

    static func run(_ arguments: [String], stdin: String) throws -> Result {
        try run(arguments, input: Data(stdin.utf8))
    }

    /// Writes `text` to a temporary file and returns its path.
    static func temporaryFile(_ data: Data, suffix: String = ".yaml") throws -> String {
        let url = scratch.appendingPathComponent("cli-\(UUID().uuidString)\(suffix)")
        try data.write(to: url)
        return url.path
    }

    /// A fresh empty directory; the caller removes it.
    static func temporaryDirectory() throws -> String {
        let url = scratch.appendingPathComponent("cli-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url.path
    }

    static func json(_ s: String) throws -> [String: Any] {
        try #require(JSONSerialization.jsonObject(with: Data(s.utf8)) as? [String: Any])
    }
}
