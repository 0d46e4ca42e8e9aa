#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Where output goes: straight to the file descriptors, unbuffered, so stdout and stderr keep their
/// order and a prompt shows before the program waits for input. Every error goes to stderr.
enum Console {
    static func out(_ s: String) { write(fd: 1, s + "\n") }
    static func error(_ s: String) { write(fd: 2, s + "\n") }

    /// Writes every byte, retrying on EINTR and short writes.
    static func write(fd: Int32, _ s: String) {
        var s = s
        _ = s.withUTF8 { buffer in writeAll(fd: fd, buffer) }
    }

    /// False when the output is gone (a closed pipe, a full disk).
    @discardableResult
    static func writeAll(fd: Int32, _ buffer: UnsafeBufferPointer<UInt8>) -> Bool {
        guard var p = buffer.baseAddress else { return true }
        var left = buffer.count
        while left > 0 {
            #if canImport(Darwin)
            let n = Darwin.write(fd, p, left)
            #elseif canImport(Glibc)
            let n = Glibc.write(fd, p, left)
            #else
            let n = Musl.write(fd, p, left)
            #endif
            if n < 0 {
                if errno == EINTR { continue }
                return false
            }
            p += n
            left -= n
        }
        return true
    }

    static func exit(_ code: Int32) -> Never {
        #if canImport(Darwin)
        Darwin.exit(code)
        #elseif canImport(Glibc)
        Glibc.exit(code)
        #else
        Musl.exit(code)
        #endif
    }
}
