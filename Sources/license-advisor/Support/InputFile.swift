import AdvisorCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading input files with plain system calls; '-' means stdin. Messages are compiler-style.
enum InputFile {
    static func display(_ path: String) -> String { path == "-" ? "<stdin>" : path }

    static func open(_ path: String) -> Result<Int32, Message> {
        if path == "-" { return .success(0) }
        let fd = path.withCString { sysOpen($0, O_RDONLY) }
        guard fd >= 0 else { return .failure(Message("\(path): error: cannot read the file: \(reason())")) }
        var st = stat()
        if fstat(fd, &st) == 0, (st.st_mode & S_IFMT) == S_IFDIR {
            close(fd)
            return .failure(Message("\(path): error: cannot read the file: it is a directory"))
        }
        return .success(fd)
    }

    static func read(_ fd: Int32, _ buffer: UnsafeMutableBufferPointer<UInt8>) -> Int {
        while true {
            let n = sysRead(fd, buffer.baseAddress, buffer.count)
            if n < 0, errno == EINTR { continue }
            return n
        }
    }

    static func close(_ fd: Int32) { _ = sysClose(fd) }

    /// A whole text file, at most `limit` bytes, checked to be UTF-8 (the message names the line and
    /// column of the first bad byte).
    static func readText(_ path: String, limit: Int = YAMLLimits.maxBytes) -> Result<String, Message> {
        let fd: Int32
        switch open(path) {
        case .success(let f): fd = f
        case .failure(let m): return .failure(m)
        }
        defer { if fd != 0 { close(fd) } }
        guard let bytes = FileSystem.readAll(fd, limit: limit) else {
            return .failure(Message("\(display(path)): error: cannot read the file: \(reason())"))
        }
        if bytes.count > limit {
            return .failure(Message("\(display(path)): error: the file is larger than \(limit) bytes"))
        }
        guard let text = String(validating: bytes, as: UTF8.self) else {
            let (line, column) = FileSystem.firstInvalidUTF8(bytes)
            return .failure(Message("\(display(path)):\(line):\(column): error: the file is not valid UTF-8"))
        }
        return .success(text)
    }

    private static func reason() -> String { String(cString: strerror(errno)) }
}

struct Message: Error {
    var text: String
    init(_ text: String) { self.text = text }
}

// The C functions under names that do not clash with the ones above.
private func sysOpen(_ path: UnsafePointer<CChar>, _ flags: Int32) -> Int32 {
    #if canImport(Darwin)
    Darwin.open(path, flags)
    #elseif canImport(Glibc)
    Glibc.open(path, flags)
    #else
    Musl.open(path, flags)
    #endif
}

private func sysRead(_ fd: Int32, _ p: UnsafeMutablePointer<UInt8>?, _ n: Int) -> Int {
    #if canImport(Darwin)
    Darwin.read(fd, p, n)
    #elseif canImport(Glibc)
    Glibc.read(fd, p, n)
    #else
    Musl.read(fd, p, n)
    #endif
}

private func sysClose(_ fd: Int32) -> Int32 {
    #if canImport(Darwin)
    Darwin.close(fd)
    #elseif canImport(Glibc)
    Glibc.close(fd)
    #else
    Musl.close(fd)
    #endif
}
