#if canImport(Glibc)
import Glibc
#endif

/// Writes deposit files without ever losing or clobbering anything: every name is checked before the
/// first byte is written; each file goes to a temp file, is fsynced and renamed into place; an existing
/// file is replaced only with `force`; a symlink is never followed.
public enum SafeWriter {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
        /// true when the only problem is files that exist (exit 2 per the contract)
        public var exists: Bool
    }

    public static func write(_ files: [Artefact], to directory: String, force: Bool) throws(Failure) {
        let dir = directory.hasSuffix("/") && directory.count > 1 ? String(directory.dropLast()) : directory
        try ensureDirectory(dir)
        var existing: [String] = []
        for f in files {
            guard !f.name.isEmpty, !f.name.contains("/"), f.name != ".", f.name != ".." else {
                throw Failure(description: "refusing to write '\(Sanitizer.line(f.name))': not a plain file name", exists: false)
            }
            let path = dir + "/" + f.name
            var st = stat()
            if lstat(path, &st) == 0 {
                if (st.st_mode & S_IFMT) == S_IFLNK {
                    throw Failure(description: "\(path) is a symbolic link; refusing to follow it (remove it first)", exists: false)
                }
                if (st.st_mode & S_IFMT) != S_IFREG {
                    throw Failure(description: "\(path) exists and is not a regular file", exists: false)
                }
                existing.append(path)
            }
        }
        if !existing.isEmpty && !force {
            throw Failure(description: "\(existing.joined(separator: ", ")) already exist\(existing.count == 1 ? "s" : ""); use --force to overwrite", exists: true)
        }
        var done: [String] = []
        for f in files {
            do {
                try writeOne(f.content, to: dir + "/" + f.name, dir: dir)
            } catch {
                syncDirectory(dir)
                let written = done.isEmpty ? "nothing else was written" : "written before it: " + done.joined(separator: ", ")
                throw Failure(description: error.description + "; " + written, exists: false)
            }
            done.append(f.name)
        }
        syncDirectory(dir)
    }

    static func ensureDirectory(_ dir: String) throws(Failure) {
        var st = stat()
        if lstat(dir, &st) == 0 {
            if (st.st_mode & S_IFMT) == S_IFDIR { return }
            if (st.st_mode & S_IFMT) == S_IFLNK, stat(dir, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR { return }
            throw Failure(description: "\(dir) exists and is not a directory", exists: false)
        }
        guard FileSystem.createDirectories(dir) else {
            throw Failure(description: "cannot create the directory \(dir): \(reason(errno))", exists: false)
        }
    }

    /// Atomic replace: a reader sees the old file or the new one, never half of one.
    static func writeOne(_ content: String, to path: String, dir: String) throws(Failure) {
        var template = Array((dir + "/.license-advisor-XXXXXX").utf8CString)
        let fd = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard fd >= 0 else { throw Failure(description: "cannot write in \(dir): \(reason(errno))", exists: false) }
        let temp = String(decoding: template.dropLast().map { UInt8(bitPattern: $0) }, as: UTF8.self)
        var ok = true
        var err: Int32 = 0
        let bytes = Array(content.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes[offset...].withUnsafeBytes { Glibc.write(fd, $0.baseAddress, $0.count) }
            if n < 0 {
                if errno == EINTR { continue }
                ok = false
                err = errno
                break
            }
            offset += n
        }
        if ok, fchmod(fd, 0o644) != 0 || fsync(fd) != 0 {
            ok = false
            err = errno
        }
        if close(fd) != 0 && ok {
            ok = false
            err = errno
        }
        if ok, rename(temp, path) != 0 {
            ok = false
            err = errno
        }
        if !ok {
            unlink(temp)
            throw Failure(description: "cannot write \(path): \(reason(err)); a file there before is unchanged", exists: false)
        }
    }

    static func syncDirectory(_ dir: String) {
        let fd = open(dir, O_RDONLY)
        if fd >= 0 {
            fsync(fd)
            close(fd)
        }
    }

    static func reason(_ code: Int32) -> String {
        guard let s = strerror(code) else { return "error \(code)" }
        return String(validatingCString: s) ?? "error \(code)"
    }
}
