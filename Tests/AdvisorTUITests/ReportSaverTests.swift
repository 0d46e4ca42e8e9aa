import AdvisorTUI
import Foundation
import Testing

@Suite struct ReportSaverTests {
    func tempDir() throws -> String {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("la-save-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true)
        return dir
    }

    @Test func savesWithoutOverwritingAndLeavesNoTemporaryFile() throws {
        let dir = try tempDir()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let first = try ReportSaver.save("# one\n", in: dir)
        let second = try ReportSaver.save("# two\n", in: dir + "/")
        let third = try ReportSaver.save("# three\n", in: dir)
        #expect(first == "\(dir)/license-advice-report.md")
        #expect(second == "\(dir)/license-advice-report-2.md")
        #expect(third == "\(dir)/license-advice-report-3.md")
        #expect(try String(contentsOfFile: first, encoding: .utf8) == "# one\n")
        #expect(try String(contentsOfFile: third, encoding: .utf8) == "# three\n")
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        #expect(names == ["license-advice-report-2.md", "license-advice-report-3.md", "license-advice-report.md"])
    }

    @Test func aFailureSaysWhy() {
        #expect(throws: ReportSaver.Failure.self) { try ReportSaver.save("x", in: "/nonexistent-dir-\(UUID().uuidString)") }
    }
}
