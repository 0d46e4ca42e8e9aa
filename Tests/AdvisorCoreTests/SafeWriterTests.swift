import AdvisorCore
import Foundation
import Testing

@Suite struct SafeWriterTests {
    func tempDir() throws -> String {
        let d = FileManager.default.temporaryDirectory.appendingPathComponent("sw-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: d, withIntermediateDirectories: true)
        return d
    }

    @Test func writesThenRefusesToOverwriteWithoutForce() throws {
        let d = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: d) }
        try SafeWriter.write([Artefact(name: "LICENSE", content: "one")], to: d, force: false)
        #expect(throws: SafeWriter.Failure.self) {
            try SafeWriter.write([Artefact(name: "NEW", content: "x"), Artefact(name: "LICENSE", content: "two")], to: d, force: false)
        }
        #expect(try String(contentsOfFile: d + "/LICENSE", encoding: .utf8) == "one")
        #expect(!FileManager.default.fileExists(atPath: d + "/NEW"), "nothing is written when any file exists")
        try SafeWriter.write([Artefact(name: "LICENSE", content: "two")], to: d, force: true)
        #expect(try String(contentsOfFile: d + "/LICENSE", encoding: .utf8) == "two")
        let leftovers = try FileManager.default.contentsOfDirectory(atPath: d).filter { $0.hasPrefix(".license-advisor-") }
        #expect(leftovers.isEmpty)
    }

    @Test func neverFollowsASymlink() throws {
        let d = try tempDir()
        let outside = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: d); try? FileManager.default.removeItem(atPath: outside) }
        try "secret".write(toFile: outside + "/target", atomically: true, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: d + "/LICENSE", withDestinationPath: outside + "/target")
        do {
            try SafeWriter.write([Artefact(name: "LICENSE", content: "x")], to: d, force: true)
            Issue.record("wrote through a symlink")
        } catch {
            #expect(error.description.contains("symbolic link"))
        }
        #expect(try String(contentsOfFile: outside + "/target", encoding: .utf8) == "secret")
    }

    // root writes into read-only directories, so this only means something for other users
    @Test(.enabled(if: getuid() != 0)) func readOnlyDirectoryGivesAClearErrorAndKeepsEarlierFiles() throws {
        let d = try tempDir()
        defer { chmod(d, 0o755); try? FileManager.default.removeItem(atPath: d) }
        try SafeWriter.write([Artefact(name: "A", content: "a")], to: d, force: false)
        chmod(d, 0o555)
        #expect(throws: SafeWriter.Failure.self) { try SafeWriter.write([Artefact(name: "B", content: "b")], to: d, force: false) }
        #expect(try String(contentsOfFile: d + "/A", encoding: .utf8) == "a")
    }

    @Test func refusesPathsThatLeaveTheDirectory() throws {
        let d = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: d) }
        #expect(throws: SafeWriter.Failure.self) { try SafeWriter.write([Artefact(name: "../escape", content: "x")], to: d, force: true) }
    }
}
