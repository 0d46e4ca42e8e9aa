/// Names a value of the result shape by where it comes from in the rules (a service with the boosts
/// and cautions that hold, a warning or action by its table row, a trail step by question and
/// option, a citation by its reference), so its serialised bytes can be reused.
public struct JSONFragmentKey: Hashable, Sendable {
    var kind: UInt8
    var a: Int32
    var b: UInt64
    var c: UInt64
}

/// Serialised fragments by key, kept across the lines of a batch. Bounded by the rules, not the input:
/// every key names something the rules define (and it stops growing at `limit` entries regardless).
public final class JSONFragmentCache {
    /// one stored property, so a lookup is one exclusivity check rather than one per array
    private var table = FragmentTable()
    let limit: Int

    public init(limit: Int = 65_536) { self.limit = limit }

    var count: Int { table.count }

    /// Appends the fragment kept for `key`; false when there is none.
    func replay(_ key: JSONFragmentKey, into out: inout [UInt8]) -> Bool { table.replay(key, into: &out) }

    func keep(_ key: JSONFragmentKey, _ fragment: ArraySlice<UInt8>) {
        if table.count < limit { table.keep(key, fragment) }
    }
}

/// Open addressing over a multiplicative hash of the key, with every fragment's bytes in one block:
/// a replay is one lookup and one copy, without hashing the key through SipHash or retaining a buffer.
/// The block is raw memory (so a replay retains nothing), owned here: the table cannot be copied.
struct FragmentTable: ~Copyable {
    private var keys: [JSONFragmentKey]
    /// by hash position: where the fragment's bytes are in `bytes`; count -1 for an empty position
    private var spans: [(start: Int, count: Int)]
    private var bytes: UnsafeMutablePointer<UInt8>
    private var used = 0
    private var capacity = 4096
    private var mask = 255
    private(set) var count = 0

    init() {
        keys = Array(repeating: JSONFragmentKey(kind: 0, a: 0, b: 0, c: 0), count: mask + 1)
        spans = Array(repeating: (0, -1), count: mask + 1)
        bytes = .allocate(capacity: capacity)
    }

    deinit { bytes.deallocate() }

    private func position(_ key: JSONFragmentKey) -> Int {
        var h = (UInt64(key.kind) << 32 | UInt64(UInt32(bitPattern: key.a))) &* 0x9E37_79B9_7F4A_7C15
        h = (h ^ key.b) &* 0xBF58_476D_1CE4_E5B9
        h = (h ^ key.c) &* 0x94D0_49BB_1331_11EB
        var p = Int(truncatingIfNeeded: h >> 32) & mask
        while spans[p].count >= 0, keys[p] != key { p = (p + 1) & mask }
        return p
    }

    func replay(_ key: JSONFragmentKey, into out: inout [UInt8]) -> Bool {
        let span = spans[position(key)]
        guard span.count >= 0 else { return false }
        out.append(contentsOf: UnsafeBufferPointer(start: bytes + span.start, count: span.count))
        return true
    }

    mutating func keep(_ key: JSONFragmentKey, _ fragment: ArraySlice<UInt8>) {
        if (count + 1) * 2 > keys.count { grow() }
        let p = position(key)
        guard spans[p].count < 0 else { return }
        if used + fragment.count > capacity {
            var larger = capacity * 2
            while used + fragment.count > larger { larger *= 2 }
            let moved = UnsafeMutablePointer<UInt8>.allocate(capacity: larger)
            moved.update(from: bytes, count: used)
            bytes.deallocate()
            bytes = moved
            capacity = larger
        }
        fragment.withUnsafeBufferPointer { f in
            if let base = f.baseAddress { (bytes + used).update(from: base, count: f.count) }
        }
        keys[p] = key
        spans[p] = (used, fragment.count)
        used += fragment.count
        count += 1
    }

    private mutating func grow() {
        let old = zip(keys, spans).filter { $0.1.count >= 0 }
        mask = mask * 2 + 1
        keys = Array(repeating: JSONFragmentKey(kind: 0, a: 0, b: 0, c: 0), count: mask + 1)
        spans = Array(repeating: (0, -1), count: mask + 1)
        for (key, span) in old {
            let p = position(key)
            keys[p] = key
            spans[p] = span
        }
    }
}
