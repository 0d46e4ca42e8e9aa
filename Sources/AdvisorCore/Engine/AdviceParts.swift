/// A licence for a part. The licence is read from the rules' catalogue by index, so passing advice
/// around never copies catalogue entries.
public struct RecommendedLicence: Sendable, Hashable {
    public var part: String
    let catalogue: Int
    let index: RuleIndex
    public var licence: Licence { index.licences[catalogue] }

    public static func == (a: Self, b: Self) -> Bool { a.part == b.part && a.licence == b.licence }
    public func hash(into h: inout Hasher) {
        h.combine(part)
        h.combine(licence)
    }
}

/// A service that fits. It keeps which of the service's boosts and cautions hold and words them only
/// when read, so the batch path (which replays the serialised entry) never builds the strings.
public struct ServiceFit: Sendable, Hashable {
    let catalogue: Int
    let index: RuleIndex
    /// positions in the service's `boosts` and `cautions` of those that hold
    let boosts: Bits
    let cautionsHeld: Bits
    public var score: Int

    public var service: Service { index.services[catalogue] }

    /// The service's summary and every boost that holds, in the rules' words.
    public var why: String {
        let s = index.services[catalogue]
        let held = s.boosts.indices.filter(boosts.contains).map { s.boosts[$0].text }
        return ([s.summary] + held).filter { !$0.isEmpty }.joined(separator: " ")
    }

    public var cautions: [String] {
        let s = index.services[catalogue]
        return s.cautions.indices.filter(cautionsHeld.contains).map { s.cautions[$0].text }
    }

    public static func == (a: Self, b: Self) -> Bool {
        a.service == b.service && a.why == b.why && a.cautions == b.cautions && a.score == b.score
    }

    public func hash(into h: inout Hasher) {
        h.combine(service)
        h.combine(why)
        h.combine(cautions)
        h.combine(score)
    }
}

public struct ServiceMiss: Sendable, Hashable {
    public var service: Service
    public var reasons: [String]
}

/// A small set of positions: one word inline, more only past 64.
struct Bits: Sendable, Hashable {
    private(set) var low: UInt64 = 0
    private var high: [UInt64] = []

    mutating func insert(_ i: Int) {
        if i < 64 {
            low |= 1 << UInt64(i)
            return
        }
        let w = i / 64 - 1
        while high.count <= w { high.append(0) }
        high[w] |= 1 << UInt64(i % 64)
    }

    func contains(_ i: Int) -> Bool {
        if i < 64 { return low & (1 << UInt64(i)) != 0 }
        let w = i / 64 - 1
        return w < high.count && high[w] & (1 << UInt64(i % 64)) != 0
    }

    /// the whole set as one word, when it fits in one
    var word: UInt64? { high.isEmpty ? low : nil }
}

/// Where an emitted warning or action came from: table, row and position in the row's list. The
/// serialiser keys replayed entries by it (`JSONFragmentKey`).
struct Origin: Sendable, Hashable {
    var table: Int32
    var row: Int32
    var item: Int32

    var packed: UInt64 { UInt64(UInt32(bitPattern: table)) << 40 | UInt64(UInt32(bitPattern: row)) << 20 | UInt64(UInt32(bitPattern: item)) }
}
