#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A fixed map from strings to numbers, looked up by UTF-8 bytes so a batch line's ids are found
/// without making a String: open addressing, the keys in one byte array. A class, so a lookup
/// retains one reference instead of copying five arrays out of the table that holds it.
final class ByteTable: Sendable {
    private let bytes: [UInt8]
    /// by entry: where its key starts in `bytes` and ends, and its value
    private let starts: [Int]
    private let ends: [Int]
    private let values: [Int32]
    /// entry + 1 by hash position, 0 empty
    private let positions: [Int32]
    private let mask: Int

    /// The same pairs as `map` (built from the dictionary, so it finds exactly what the dictionary does).
    init(_ map: [String: Int32]) {
        var size = 8
        while size < map.count * 4 { size *= 2 }
        var bytes: [UInt8] = [], starts: [Int] = [], ends: [Int] = [], values: [Int32] = []
        var positions = [Int32](repeating: 0, count: size)
        let mask = size - 1
        for (key, value) in map {
            starts.append(bytes.count)
            bytes.append(contentsOf: key.utf8)
            ends.append(bytes.count)
            values.append(value)
            var p = Array(key.utf8).withUnsafeBufferPointer(Self.hash)
            while positions[p & mask] != 0 { p &+= 1 }
            positions[p & mask] = Int32(values.count)
        }
        self.bytes = bytes
        self.starts = starts
        self.ends = ends
        self.values = values
        self.positions = positions
        self.mask = mask
    }

    /// Ids of eight bytes or more are hashed by their first and last eight bytes and their length.
    static func hash(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        let n = b.count
        var h = UInt64(n) &* 0x9E37_79B9_7F4A_7C15
        if n >= 8, let p = UnsafeRawPointer(b.baseAddress) {
            h = (h ^ p.loadUnaligned(as: UInt64.self)) &* 0xBF58_476D_1CE4_E5B9
            h = (h ^ p.loadUnaligned(fromByteOffset: n - 8, as: UInt64.self)) &* 0x94D0_49BB_1331_11EB
        } else {
            for c in b { h = (h ^ UInt64(c)) &* 0x100_0000_01B3 }
        }
        return Int(truncatingIfNeeded: h ^ h >> 29)
    }

    func find(_ key: UnsafeBufferPointer<UInt8>) -> Int32? {
        var p = Self.hash(key)
        return bytes.withUnsafeBufferPointer { all in
            while true {
                let e = Int(positions[p & mask]) - 1
                if e < 0 { return nil }
                let n = ends[e] - starts[e]
                if n == key.count, n == 0 || memcmp(all.baseAddress! + starts[e], key.baseAddress!, n) == 0 { return values[e] }
                p &+= 1
            }
        }
    }
}
