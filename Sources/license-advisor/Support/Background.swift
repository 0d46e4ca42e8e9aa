#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A value computed on a thread of its own while the caller does something else. A plain pthread:
/// no Foundation and no concurrency runtime to start first, since this runs before the first frame.
final class Background<Value>: @unchecked Sendable {
    // Written by the thread before it ends, read after pthread_join, which orders the two.
    private final class Slot: @unchecked Sendable { var value: Value? }
    private let slot = Slot()
    private var thread: pthread_t?

    init(_ body: @escaping () -> Value) {
        let slot = slot
        thread = Job { slot.value = body() }.start()
        if thread == nil { slot.value = body() }
    }

    /// The value, once the thread has computed it.
    func wait() -> Value {
        if let thread {
            pthread_join(thread, nil)
            self.thread = nil
        }
        return slot.value!
    }
}

/// The thread itself: not generic, because a C function pointer cannot capture a generic context.
private final class Job: @unchecked Sendable {
    let work: () -> Void

    init(_ work: @escaping () -> Void) { self.work = work }

    /// The running thread, or nil when none could be started.
    func start() -> pthread_t? {
        var id = pthread_t()
        let context = Unmanaged.passRetained(self).toOpaque()
        let status = pthread_create(&id, nil, { context in
            Unmanaged<Job>.fromOpaque(context!).takeRetainedValue().work()
            return nil
        }, context)
        guard status == 0 else {
            Unmanaged<Job>.fromOpaque(context).release()
            return nil
        }
        return id
    }
}
