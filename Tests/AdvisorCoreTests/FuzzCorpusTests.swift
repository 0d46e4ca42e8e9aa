import FuzzHarness
import Foundation
import Testing

/// Every input in Fuzz/corpus (the seeds, and each crash once fixed) runs through its fuzz target.
/// A regression crashes this test process, which fails the run.
@Suite struct FuzzCorpusTests {
    static let corpus = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().appendingPathComponent("Fuzz/corpus")

    @Test(arguments: FuzzTarget.allCases)
    func corpusReplaysCleanly(_ target: FuzzTarget) throws {
        let dir = Self.corpus.appendingPathComponent(target.rawValue)
        let files = try FileManager.default.contentsOfDirectory(atPath: dir.path).sorted()
        #expect(!files.isEmpty, "no seed inputs for \(target.rawValue)")
        for name in files {
            let data = try Data(contentsOf: dir.appendingPathComponent(name))
            target.run(Array(data))
        }
    }
}
