/// A key press (or a terminal event) as the state machine sees it; the backend maps curses codes to it.
public enum Key: Sendable, Hashable {
    case char(Character)
    case up, down, left, right
    case enter, backspace, delete, escape, tab, backTab
    case pageUp, pageDown, home, end
    /// the terminal now has this size
    case resize(width: Int, height: Int)
}

/// What the driver must do after a key: nothing, quit with a status, save a report or write the
/// deposit files (I/O stays outside the pure state machine; the driver reports back with
/// `saved(path:)`/`saveFailed(_:)` and `depositWritten(_:)`/`depositExists(_:)`/`depositFailed(_:)`).
public enum Command: Sendable, Hashable {
    case stay
    case quit(Int32)
    case save(report: String)
    case writeDeposit(DepositJob)
}

public struct Size: Sendable, Hashable {
    public var width: Int
    public var height: Int
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// Below this the interface asks for a larger window.
    public static let minimum = Size(width: 40, height: 10)
    public var isTooSmall: Bool { width < Self.minimum.width || height < Self.minimum.height }
}
