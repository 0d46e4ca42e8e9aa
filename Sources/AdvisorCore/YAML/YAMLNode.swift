/// Where a YAML node starts: 1-based line, and 1-based column counted in Unicode scalars.
public struct YAMLMark: Equatable, Hashable, Sendable {
    public var line: Int
    public var column: Int
    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }
}

/// One node of a rule, answers or session file. Every scalar stays text as written (`NO` is the
/// text NO, `1.0` the text 1.0): the readers decide what a value means, never YAML 1.1 typing.
public enum YAMLNode: Equatable, Sendable {
    case scalar(YAMLScalar)
    case mapping(YAMLMapping)
    case sequence(YAMLSequence)

    public var mark: YAMLMark {
        switch self {
        case .scalar(let s): s.mark
        case .mapping(let m): m.mark
        case .sequence(let s): s.mark
        }
    }

    public var scalar: YAMLScalar? {
        if case .scalar(let s) = self { s } else { nil }
    }
}

public struct YAMLScalar: Equatable, Sendable {
    public var string: String
    public var mark: YAMLMark
    public init(string: String, mark: YAMLMark) {
        self.string = string
        self.mark = mark
    }
}

/// Pairs in document order; keys are unique (the parser refuses duplicates).
public struct YAMLMapping: Sequence, Equatable, Sendable {
    public typealias Pair = (key: YAMLNode, value: YAMLNode)
    public var pairs: [Pair]
    public var mark: YAMLMark
    public init(pairs: [Pair], mark: YAMLMark) {
        self.pairs = pairs
        self.mark = mark
    }

    public func makeIterator() -> IndexingIterator<[Pair]> { pairs.makeIterator() }

    public var count: Int { pairs.count }

    public var keys: [YAMLNode] { pairs.map(\.key) }

    public subscript(key: String) -> YAMLNode? {
        pairs.first { $0.key.scalar?.string == key }?.value
    }

    public static func == (a: YAMLMapping, b: YAMLMapping) -> Bool {
        a.mark == b.mark && a.pairs.count == b.pairs.count
            && zip(a.pairs, b.pairs).allSatisfy { $0.key == $1.key && $0.value == $1.value }
    }
}

public struct YAMLSequence: RandomAccessCollection, Equatable, Sendable {
    public var items: [YAMLNode]
    public var mark: YAMLMark
    public init(items: [YAMLNode], mark: YAMLMark) {
        self.items = items
        self.mark = mark
    }

    public var startIndex: Int { items.startIndex }
    public var endIndex: Int { items.endIndex }
    public subscript(i: Int) -> YAMLNode { items[i] }
}

/// Why a text is not a YAML file this program reads; `rule` is the diagnostic rule id.
public struct YAMLError: Error, Equatable, Sendable {
    public var rule: String
    public var mark: YAMLMark
    public var message: String
}
