import Glibc

/// Saves the Markdown report next to the user's work without ever overwriting a file.
public enum ReportSaver {
    public static let baseName = "license-advice-report"

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// Writes `text` to `directory`/license-advice-report.md, or -2, -3 … when a name is taken. The text
    /// goes to a temporary file first, which is then linked into place (link refuses an existing name,
    /// so nothing is overwritten even in a race) and the temporary name removed.
    public static func save(_ text: String, in directory: String) throws -> String {
        let dir = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        var template = Array("\(dir)/.\(baseName)-XXXXXX".utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw Failure(description: "cannot write in \(dir): \(String(cString: strerror(errno)))") }
        let temp = String(decoding: template.map { UInt8(bitPattern: $0) }.prefix { $0 != 0 }, as: UTF8.self)
        defer { unlink(temp) }
        let bytes = Array(text.utf8)
        var written = 0
        while written < bytes.count {
            let n = bytes[written...].withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            if n <= 0 {
                close(fd)
                throw Failure(description: "cannot write the report: \(String(cString: strerror(errno)))")
            }
            written += n
        }
        fsync(fd)
        close(fd)
        for n in 1...9999 {
            let path = n == 1 ? "\(dir)/\(baseName).md" : "\(dir)/\(baseName)-\(n).md"
            if link(temp, path) == 0 { return path }
            if errno != EEXIST { throw Failure(description: "cannot save \(path): \(String(cString: strerror(errno)))") }
        }
        throw Failure(description: "too many reports in \(dir)")
    }
}
