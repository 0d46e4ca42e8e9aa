import Foundation
import Testing

/// `advise --out DIR` when DIR is in the way: symbolic links, files where a directory should be, a
/// read-only file system and a full disk. The last two run in a private mount namespace
/// (`unshare -Urm`) on a tiny tmpfs, where the system allows it.
@Suite("advise --out: failures that leave everything as it was")
struct DepositFailureTests {
    let software = DepositCommandTests.software

    func names(_ dir: String) -> Set<String> {
        Set((try? FileManager.default.contentsOfDirectory(atPath: dir)) ?? [])
    }

    func read(_ dir: String, _ name: String) throws -> String {
        try String(contentsOfFile: dir + "/" + name, encoding: .utf8)
    }

    /// Whether `unshare -Urm` can mount a tmpfs here (containers often forbid it).
    static let namespaces: Bool = {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare") else { return false }
        guard let dir = try? CLI.temporaryDirectory() else { return false }
        defer { try? FileManager.default.removeItem(atPath: dir) }
        return (try? inNamespace("mount -t tmpfs -o size=8k tmpfs \"$1\"", dir).status) == 0
    }()

    /// Runs `script` under `sh` in a private mount namespace; $1 is a fresh directory, $BIN the binary.
    static func inNamespace(_ script: String, _ dir: String) throws -> CLI.Result {
        let out = Pipe()
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        p.arguments = ["-Urm", "sh", "-c", script, "sh", dir]
        p.environment = ["PATH": "/usr/bin:/bin", "LANG": "C.UTF-8", "SWIFT_BACKTRACE": "enable=no",
                         "BIN": CLI.binary, "XDG_STATE_HOME": dir + "/state"]
        p.standardOutput = out
        p.standardError = out
        p.standardInput = FileHandle.nullDevice
        try p.run()
        let data = out.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        return CLI.Result(status: p.terminationStatus, stdout: String(decoding: data, as: UTF8.self), stderr: "", stdoutBytes: data)
    }

    static let advise = "\"$BIN\" advise --set asset=software --set rights=own --assume-defaults --author 'A B'"

    @Test(.enabled(if: namespaces, "needs unshare -Urm and tmpfs"))
    func aFullDiskIsNamedAndTheOldFileStays() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try Self.inNamespace("""
            mount -t tmpfs -o size=8k tmpfs "$1" && printf 'old\\n' > "$1/LICENSE" || exit 99
            \(Self.advise) --out "$1" --force >/dev/null
            echo "status $?"
            cat "$1/LICENSE"
            ls -A "$1"
            """, dir)
        #expect(r.stdout.contains("error: cannot write \(dir)/REPORT.md: No space left on device; a file there before is unchanged; nothing else was written\n"), "\(r.stdout)")
        #expect(r.stdout.contains("status 2\nold\nLICENSE\n"), "the old LICENSE stays, no temp file is left")
    }

    @Test(.enabled(if: namespaces, "needs unshare -Urm and tmpfs"))
    func aReadOnlyFileSystemIsNamed() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let r = try Self.inNamespace("""
            mount -t tmpfs -o size=64k tmpfs "$1" && mkdir "$1/out" && echo kept > "$1/out/LICENSE" && mount -o remount,ro "$1" || exit 99
            \(Self.advise) --out "$1/new" >/dev/null
            echo "status $?"
            \(Self.advise) --out "$1/out" --force >/dev/null
            echo "status $?"
            cat "$1/out/LICENSE"
            """, dir)
        #expect(r.stdout.contains("error: cannot create the directory \(dir)/new: Read-only file system\nstatus 2\n"), "\(r.stdout)")
        #expect(r.stdout.contains("error: cannot write in \(dir)/out: Read-only file system; nothing else was written\nstatus 2\nkept\n"))
    }

    @Test func aSymlinkIsNeverFollowed() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        let target = dir + "/target.txt"
        try Data("keep\n".utf8).write(to: URL(fileURLWithPath: target))
        try FileManager.default.createDirectory(atPath: dir + "/out", withIntermediateDirectories: false)
        try FileManager.default.createSymbolicLink(atPath: dir + "/out/LICENSE", withDestinationPath: target)
        let r = try CLI.run(software + ["--out", dir + "/out", "--force"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("\(dir)/out/LICENSE is a symbolic link; refusing to follow it"))
        #expect(try read(dir, "target.txt") == "keep\n")
        #expect(names(dir + "/out") == ["LICENSE"])
    }

    @Test func aDirectoryThatCannotBeMadeIsNamedWithTheReason() throws {
        let dir = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: dir) }
        try Data("x".utf8).write(to: URL(fileURLWithPath: dir + "/plain-file"))
        let r = try CLI.run(software + ["--out", dir + "/plain-file/deposit"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("cannot create the directory \(dir)/plain-file/deposit: Not a directory"), "\(r.stderr)")
        #expect(r.stdout.isEmpty)
        let notDir = try CLI.run(software + ["--out", dir + "/plain-file"])
        #expect(notDir.status == 2)
        #expect(notDir.stderr.contains("\(dir)/plain-file exists and is not a directory"))
    }

    @Test(.enabled(if: getuid() != 0, "root writes into read-only directories"))
    func aReadOnlyDirectoryIsNamedWithTheReason() throws {
        let dir = try CLI.temporaryDirectory()
        defer {
            chmod(dir, 0o755)
            try? FileManager.default.removeItem(atPath: dir)
        }
        chmod(dir, 0o555)
        let r = try CLI.run(software + ["--out", dir])
        #expect(r.status == 2)
        #expect(r.stderr.contains("cannot write in \(dir): Permission denied"), "\(r.stderr)")
    }
}
