#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The streaming loop of `advise --batch`: reads input in blocks, evaluates every complete line and
/// writes one output line for each, in input order. Output is flushed whenever the loop is about to
/// wait for more input (so a pipe gets each answer as soon as its line is in) and whenever the
/// output buffer passes 64 KiB. Memory is bounded by the line cap and the buffers, not the input.
///
/// Lines: every input line gives exactly one output line, so output line N answers input line N.
/// A trailing newline at the end of the input does not start another line; a CR before the newline
/// is dropped; a blank line is an error line ("blank line"); a line over the cap is an error line
/// and its bytes are skipped without being kept.
public struct BatchRunner {
    public static let readSize = 65_536
    public static let flushSize = 65_536

    /// `read` fills the buffer and returns the byte count, 0 at the end, or -1 on an error (the loop
    /// stops). `write` takes a block of output; it returns false when output can no longer be written.
    /// Returns the number of lines read, or nil when reading failed.
    @discardableResult
    public static func run(_ evaluator: BatchEvaluator,
                           read: (UnsafeMutableBufferPointer<UInt8>) -> Int,
                           write: (UnsafeBufferPointer<UInt8>) -> Bool) -> Int? {
        let cap = AnswerLineParser.maxLineBytes
        var buffer = [UInt8](repeating: 0, count: cap + readSize + 1)
        var start = 0
        var end = 0
        var lineNumber = 0
        var skipping = false
        var out: [UInt8] = []
        out.reserveCapacity(flushSize + 4096)

        func flush() -> Bool {
            guard !out.isEmpty else { return true }
            defer { out.removeAll(keepingCapacity: true) }
            return out.withUnsafeBufferPointer { write($0) }
        }

        func handle(_ line: UnsafeBufferPointer<UInt8>, tooLong: Bool) {
            lineNumber += 1
            if tooLong {
                BatchEvaluator.error("the line is longer than \(cap) bytes", line: lineNumber, into: &out)
                out.append(0x0A)
                return
            }
            var n = line.count
            if n > 0, line[n - 1] == 0x0D { n -= 1 }
            evaluator.evaluate(UnsafeBufferPointer(rebasing: line[0..<n]), number: lineNumber, into: &out)
        }

        while true {
            let ok = buffer.withUnsafeBufferPointer { all -> Bool in
                while start < end {
                    // memchr: a byte-at-a-time search was 2 % of the batch profile
                    guard let found = memchr(all.baseAddress! + start, 0x0A, end - start) else { break }
                    let nl = UnsafeRawPointer(found) - UnsafeRawPointer(all.baseAddress!)
                    handle(UnsafeBufferPointer(rebasing: all[start..<nl]), tooLong: skipping)
                    skipping = false
                    start = nl + 1
                    if out.count >= flushSize, !flush() { return false }
                }
                return true
            }
            guard ok else { return lineNumber }
            if end - start > cap {
                skipping = true
                start = end
            }
            if skipping { start = end }
            guard flush() else { return lineNumber }
            if start > 0 {
                buffer.withUnsafeMutableBufferPointer { b in
                    if end > start { b.baseAddress!.update(from: b.baseAddress! + start, count: end - start) }
                }
                end -= start
                start = 0
            }
            let n = buffer.withUnsafeMutableBufferPointer { b in
                read(UnsafeMutableBufferPointer(rebasing: b[end..<min(b.count, end + readSize)]))
            }
            if n < 0 { _ = flush(); return nil }
            if n == 0 {
                if end > start || skipping {
                    buffer.withUnsafeBufferPointer { all in handle(UnsafeBufferPointer(rebasing: all[start..<end]), tooLong: skipping) }
                }
                _ = flush()
                return lineNumber
            }
            end += n
        }
    }
}
