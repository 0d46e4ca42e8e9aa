/// Where a YAML node starts: 1-based line, and 1-based column counted in Unicode scalars.
public struct YAMLMark: Equatable, Hashable, Sendable {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// One node of a rule, answers or session file: a place in its `YAMLTree`, which it keeps alive.
/// Every scalar stays text as written (`NO` is the text NO, `1.0` the text 1.0): the readers
/// decide what a value means, never YAML 1.1 typing.
public struct YAMLNode: Equatable, Sendable {
    let tree: YAMLTree
    let index: Int

    public enum Content {
        case scalar(YAMLScalar)
        case mapping(YAMLMapping)
        case sequence(YAMLSequence)
    }

    @inline(__always) var entry: YAMLTree.Entry { tree.entries[index] }

    public var mark: YAMLMark {
        let e = entry
        return YAMLMark(line: Int(e.line), column: Int(e.column))
    }

    public var content: Content {
        switch entry.kind {
        case .scalar: .scalar(YAMLScalar(node: self))
        case .mapping: .mapping(YAMLMapping(node: self))
        case .sequence: .sequence(YAMLSequence(node: self))
        }
    }

    public var scalar: YAMLScalar? { entry.kind == .scalar ? YAMLScalar(node: self) : nil }
    public var mapping: YAMLMapping? { entry.kind == .mapping ? YAMLMapping(node: self) : nil }
    public var sequence: YAMLSequence? { entry.kind == .sequence ? YAMLSequence(node: self) : nil }

    /// Whether this is a scalar whose text is `text`, compared as bytes without making a String.
    public func isScalar(_ text: String) -> Bool { tree.holds(entry, text) }

    /// Same kind, place and text, and equal children in order.
    public static func == (a: YAMLNode, b: YAMLNode) -> Bool {
        guard a.mark == b.mark else { return false }
        switch (a.content, b.content) {
        case (.scalar(let x), .scalar(let y)): return x.string == y.string
        case (.mapping(let x), .mapping(let y)): return x.count == y.count && zip(x, y).allSatisfy { $0.key == $1.key && $0.value == $1.value }
        case (.sequence(let x), .sequence(let y)): return x.elementsEqual(y)
        default: return false
        }
    }
}

public struct YAMLScalar: Sendable {
    let node: YAMLNode
    public var mark: YAMLMark { node.mark }
    public var string: String { String(decoding: node.tree.scalarBytes(node.entry), as: UTF8.self) }
}

/// Pairs in document order; keys are unique scalars (the parser refuses duplicates and others).
public struct YAMLMapping: Sequence, Sendable {
    public typealias Pair = (key: YAMLNode, value: YAMLNode)
    let node: YAMLNode
    public var mark: YAMLMark { node.mark }
    public var count: Int { Int(node.entry.count) / 2 }

    public func key(at i: Int) -> YAMLNode { YAMLNode(tree: node.tree, index: node.tree.child(node.entry, 2 * i)) }
    public func value(at i: Int) -> YAMLNode { YAMLNode(tree: node.tree, index: node.tree.child(node.entry, 2 * i + 1)) }

    public var pairs: [Pair] { (0..<count).map { (key(at: $0), value(at: $0)) } }
    public var keys: [YAMLNode] { (0..<count).map(key(at:)) }

    public subscript(key: String) -> YAMLNode? { index(of: key).map(value(at:)) }

    /// The position of the pair whose key is `key`.
    public func index(of key: String) -> Int? {
        let tree = node.tree, e = node.entry
        return (0..<count).first { tree.holds(tree.entries[tree.child(e, 2 * $0)], key) }
    }

    /// The first of `texts` that the key at `i` is.
    func key(at i: Int, in texts: [String]) -> String? {
        let tree = node.tree
        let k = tree.entries[tree.child(node.entry, 2 * i)]
        return texts.first { tree.holds(k, $0) }
    }

    public struct Iterator: IteratorProtocol {
        let mapping: YAMLMapping
        var i = 0
        public mutating func next() -> Pair? {
            guard i < mapping.count else { return nil }
            defer { i += 1 }
            return (mapping.key(at: i), mapping.value(at: i))
        }
    }

    public func makeIterator() -> Iterator { Iterator(mapping: self) }
    public var underestimatedCount: Int { count }
}

public struct YAMLSequence: RandomAccessCollection, Sendable {
    let node: YAMLNode
    public var mark: YAMLMark { node.mark }
    public var startIndex: Int { 0 }
    public var endIndex: Int { Int(node.entry.count) }
    public subscript(i: Int) -> YAMLNode { YAMLNode(tree: node.tree, index: node.tree.child(node.entry, i)) }
    /// The empty list, for a reader whose list is absent.
    public static let empty = YAMLSequence(node: YAMLTree.emptySequence)
}

/// Why a text is not a YAML file this program reads; `rule` is the diagnostic rule id.
public struct YAMLError: Error, Equatable, Sendable {
    public var rule: String
    public var mark: YAMLMark
    public var message: String
}
