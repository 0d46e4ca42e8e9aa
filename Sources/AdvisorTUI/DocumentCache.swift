/// What a scrollable view's text depends on; equal keys mean the same document.
struct DocumentKey: Hashable, Sendable {
    enum Kind: Hashable, Sendable { case welcome, result, why, help, compare }
    var kind: Kind
    var width: Int
    /// bumped whenever the answers or the saved path change
    var revision: Int
    var detail: [String] = []
}

struct CachedDocument: Sendable {
    var key: DocumentKey
    var document: Document
}

/// The last few documents built: a key press and the frame after it build a document once at most,
/// scrolling builds none, and closing the why, help or compare panel does not rebuild the result
/// under it.
struct DocumentCache: Sendable {
    static let capacity = 4
    /// oldest first
    private(set) var entries: [CachedDocument] = []

    var latest: CachedDocument? { entries.last }

    func document(_ key: DocumentKey) -> Document? { entries.last { $0.key == key }?.document }

    mutating func store(_ document: Document, for key: DocumentKey) {
        entries.removeAll { $0.key == key }
        entries.append(CachedDocument(key: key, document: document))
        if entries.count > Self.capacity { entries.removeFirst() }
    }
}

extension AppState {
    /// The key of the scrollable document on screen, or nil when the view is not one.
    func documentKey(width: Int) -> DocumentKey? {
        let kind: DocumentKey.Kind
        var detail: [String] = []
        switch panel {
        case .help?:
            kind = .help
            detail = ["\(screen)", currentQuestion?.id ?? "", "\(question.cursor)"]
        case .why?: kind = .why
        case .compare? where !compare.picking:
            kind = .compare
            detail = compare.ids
        case .compare?, .review?, .deposit?: return nil
        case nil:
            switch screen {
            case .welcome: kind = .welcome
            case .result: kind = .result
            case .question: return nil
            }
        }
        return DocumentKey(kind: kind, width: width, revision: revision, detail: detail)
    }

    func buildDocument(_ key: DocumentKey) -> Document {
        switch key.kind {
        case .welcome: welcomeDocument(width: key.width)
        case .result: resultDocument(width: key.width)
        case .why: whyDocument(width: key.width)
        case .help: helpDocument(width: key.width)
        case .compare: compareDocument(width: key.width)
        }
    }

    /// The scrollable document on screen and its scroll offset, if the view is one (from the cache
    /// when it is current).
    func activeDocument(width: Int) -> (Document, Int)? {
        guard let key = documentKey(width: width) else { return nil }
        let scroll = panel == nil && screen == .result ? resultScroll : panelScroll
        if let d = documentCache.document(key) { return (d, scroll) }
        return (buildDocument(key), scroll)
    }

    /// The document on screen at the viewport's width, built and cached if needed.
    mutating func currentDocument() -> Document? {
        let width = Layout(viewport, state: self).documentWidth
        guard let key = documentKey(width: width) else { return nil }
        if let d = documentCache.document(key) { return d }
        let d = buildDocument(key)
        documentCache.store(d, for: key)
        return d
    }
}
