#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

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

/// A warning of the advice as one or a few table rows raised it (worded from the rules, and merged,
/// only when read), or as worded when more were merged or the engine raised it.
enum WarningEntry: Sendable {
    case row(Origin)
    case rows(MergedRows)
    case worded(Warning)

    /// What names the serialised warning (`JSONFragmentKey`), when the rules fully determine it.
    var fragmentKey: JSONFragmentKey? {
        switch self {
        case .row(let o): JSONFragmentKey(kind: 2, a: 0, b: o.packed, c: 0)
        case .rows(let rows): rows.key
        case .worded(let w): w.origin.map { JSONFragmentKey(kind: 2, a: 0, b: $0.packed, c: 0) }
        }
    }

    /// The rows this warning merges with one more raised by `o`, when that fits in `MergedRows`.
    func merging(_ o: Origin) -> MergedRows? {
        var rows: MergedRows
        switch self {
        case .row(let first):
            rows = MergedRows()
            guard rows.append(first) else { return nil }
        case .rows(let r):
            rows = r
        case .worded:
            return nil
        }
        return rows.append(o) ? rows : nil
    }

    /// `index` is the advice's; a row entry exists only in advice that has one.
    func warning(_ index: RuleIndex?) -> Warning {
        switch self {
        case .row(let o):
            let w = Self.emission(o, index!)
            return Warning(id: w.id, severity: w.severity, text: w.text, sources: w.sources, origin: o)
        case .rows(let rows):
            var w = Self.row(rows.origin(0)).warning(index)
            for k in 1..<rows.count { w.absorb(Self.emission(rows.origin(k), index!)) }
            return w
        case .worded(let w):
            return w
        }
    }

    static func emission(_ o: Origin, _ index: RuleIndex) -> WarningEmission {
        index.ruleTables[Int(o.table)].rows[Int(o.row)].effects.warnings[Int(o.item)]
    }
}

/// The rows (two to five, in the order raised) of one merged warning, packed into the key that names
/// its serialised bytes: origins numbered from 1 in 32 bits each, 0 for none.
struct MergedRows: Sendable {
    private(set) var key = JSONFragmentKey(kind: 6, a: 0, b: 0, c: 0)
    private(set) var count = 0

    /// false when it is full or `o` does not fit in 32 bits (table, row and item below 2 047, 4 096, 256)
    mutating func append(_ o: Origin) -> Bool {
        guard count < 5, (0..<2047).contains(o.table), (0..<4096).contains(o.row), (0..<256).contains(o.item) else { return false }
        let v = (UInt32(o.table) << 20 | UInt32(o.row) << 8 | UInt32(o.item)) + 1
        switch count {
        case 0: key.a = Int32(bitPattern: v)
        case 1: key.b |= UInt64(v)
        case 2: key.b |= UInt64(v) << 32
        case 3: key.c |= UInt64(v)
        default: key.c |= UInt64(v) << 32
        }
        count += 1
        return true
    }

    func origin(_ k: Int) -> Origin {
        let word = switch k {
        case 0: UInt64(UInt32(bitPattern: key.a))
        case 1: key.b
        case 2: key.b >> 32
        case 3: key.c
        default: key.c >> 32
        }
        let v = UInt32(truncatingIfNeeded: word) - 1
        return Origin(table: Int32(v >> 20), row: Int32(v >> 8 & 0xFFF), item: Int32(v & 0xFF))
    }
}

extension Warning {
    /// Merges another raise of the same warning into this one: the higher severity, its text unless
    /// already there, its new sources. A merged warning no longer comes from one row.
    mutating func absorb(_ w: WarningEmission) {
        origin = nil
        if Self.rank(w.severity) < Self.rank(severity) { severity = w.severity }
        if !Self.contains(text, w.text) { text += " " + w.text }
        for s in w.sources where !sources.contains(s) { sources.append(s) }
    }

    /// Whether `text` holds `part` byte for byte (UTF-8).
    static func contains(_ text: String, _ part: String) -> Bool {
        var text = text, part = part
        return text.withUTF8 { t in
            part.withUTF8 { p in
                guard p.count <= t.count else { return false }
                guard let first = p.first else { return true }
                var i = 0
                while i <= t.count - p.count {
                    if t[i] == first, memcmp(t.baseAddress! + i, p.baseAddress!, p.count) == 0 { return true }
                    i += 1
                }
                return false
            }
        }
    }
}

/// An action of the advice, the same way.
enum ActionEntry: Sendable {
    case row(Origin)
    case worded(Action)

    var origin: Origin? {
        switch self {
        case .row(let o): o
        case .worded(let a): a.origin
        }
    }

    func action(_ index: RuleIndex?) -> Action {
        switch self {
        case .row(let o):
            let a = index!.ruleTables[Int(o.table)].rows[Int(o.row)].effects.actions[Int(o.item)]
            return Action(id: a.id, text: a.text, sources: a.sources, origin: o)
        case .worded(let a):
            return a
        }
    }
}
