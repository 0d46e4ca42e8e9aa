/// What a JSON shape is written against, once: `JSONByteWriter` streams compact bytes (the batch
/// path), `JSONTreeBuilder` builds a `JSON` value (pretty output, tests). Keys are static: every key
/// of the contract's shapes is spelled in the source.
public protocol JSONEmitter {
    mutating func beginObject()
    mutating func beginArray()
    /// ends the innermost object or array
    mutating func end()
    mutating func key(_ k: StaticString)
    mutating func string(_ s: String)
    mutating func number(_ n: Double)
    mutating func bool(_ b: Bool)
    mutating func null()
    /// Emits one value that `key` determines completely (for one rule set). A streaming emitter may
    /// keep the bytes and replay them the next time the key comes; the key is only evaluated then.
    mutating func fragment(_ key: @autoclosure () -> JSONFragmentKey?, _ body: (inout Self) -> Void)
}

extension JSONEmitter {
    public mutating func fragment(_ key: @autoclosure () -> JSONFragmentKey?, _ body: (inout Self) -> Void) {
        body(&self)
    }

    public mutating func strings(_ ss: [String]) {
        beginArray()
        for s in ss { string(s) }
        end()
    }

    public mutating func string(_ s: String?) {
        if let s { string(s) } else { null() }
    }
}

/// Compact JSON appended to a byte buffer: commas are placed by tracking, per open container,
/// whether a value has been written yet (nesting deeper than 63 levels is not supported).
public struct JSONByteWriter: JSONEmitter {
    public var out: [UInt8]
    /// where fragments are kept, when they are (the batch path)
    public var fragments: JSONFragmentCache?
    /// bit d set: the container at depth d already holds a value
    private var filled: UInt64 = 0
    /// bit d set: the container at depth d is an object (else an array)
    private var objects: UInt64 = 0
    private var depth = 0
    private var afterKey = false

    public init(out: [UInt8] = [], fragments: JSONFragmentCache? = nil) {
        self.out = out
        self.fragments = fragments
    }

    public mutating func fragment(_ key: @autoclosure () -> JSONFragmentKey?, _ body: (inout Self) -> Void) {
        guard let cache = fragments, let key = key() else { return body(&self) }
        separate()
        if cache.replay(key, into: &out) { return }
        // the separator is written; the fragment's own first value must not write another
        afterKey = true
        let start = out.count
        body(&self)
        cache.keep(key, out[start...])
    }

    private mutating func separate() {
        if afterKey {
            afterKey = false
            return
        }
        let bit: UInt64 = 1 << UInt64(depth & 63)
        if filled & bit != 0 { out.append(0x2C) }
        filled |= bit
    }

    private mutating func open(_ byte: UInt8, object: Bool) {
        separate()
        out.append(byte)
        depth += 1
        let bit: UInt64 = 1 << UInt64(depth & 63)
        filled &= ~bit
        if object { objects |= bit } else { objects &= ~bit }
    }

    public mutating func beginObject() { open(0x7B, object: true) }
    public mutating func beginArray() { open(0x5B, object: false) }

    public mutating func end() {
        out.append(objects & (1 << UInt64(depth & 63)) != 0 ? 0x7D : 0x5D)
        depth -= 1
    }

    public mutating func key(_ k: StaticString) {
        separate()
        out.append(0x22)
        k.withUTF8Buffer { out.append(contentsOf: $0) }
        out.append(0x22)
        out.append(0x3A)
        afterKey = true
    }

    public mutating func string(_ s: String) {
        separate()
        JSON.quote(s, into: &out)
    }

    public mutating func number(_ n: Double) {
        separate()
        JSON.append(n.isFinite ? AnswerValue.format(n) : "null", &out)
    }

    public mutating func bool(_ b: Bool) {
        separate()
        JSON.append(b ? "true" : "false", &out)
    }

    public mutating func null() {
        separate()
        JSON.append("null", &out)
    }
}

/// Builds a `JSON` value from the same calls.
public struct JSONTreeBuilder: JSONEmitter {
    private enum Open {
        case object([(String, JSON)], pendingKey: String?)
        case array([JSON])
    }

    private var stack: [Open] = []
    /// the finished value once the outermost container has ended
    public private(set) var result: JSON = .null

    public init() {}

    private mutating func add(_ v: JSON) {
        guard let top = stack.popLast() else {
            result = v
            return
        }
        switch top {
        case .object(var pairs, let key):
            pairs.append((key ?? "", v))
            stack.append(.object(pairs, pendingKey: nil))
        case .array(var items):
            items.append(v)
            stack.append(.array(items))
        }
    }

    public mutating func beginObject() { stack.append(.object([], pendingKey: nil)) }
    public mutating func beginArray() { stack.append(.array([])) }

    public mutating func end() {
        switch stack.popLast() {
        case .object(let pairs, _)?: add(.object(pairs))
        case .array(let items)?: add(.array(items))
        case nil: break
        }
    }

    public mutating func key(_ k: StaticString) {
        guard case .object(let pairs, _)? = stack.popLast() else { return }
        stack.append(.object(pairs, pendingKey: k.description))
    }

    public mutating func string(_ s: String) { add(.string(s)) }
    public mutating func number(_ n: Double) { add(.number(n)) }
    public mutating func bool(_ b: Bool) { add(.bool(b)) }
    public mutating func null() { add(.null) }
}
