import Glibc
import PCRE2

/// The calling thread's matchers for the value patterns: each thread allocates its match data
/// once, where a `Matcher` per match would allocate and free it every time.
///
/// A matcher's groups are read right after its `find`, before any other use of the same pattern
/// on the thread, so one matcher per pattern and thread is enough.
final class Matchers {
    let prefix = Matcher(Patterns.prefix)
    let suffix = Matcher(Patterns.suffix)
    let dmy = Matcher(Patterns.dmy)
    let mdy = Matcher(Patterns.mdy)
    let iso = Matcher(Patterns.iso)

    /// This thread's matchers, made on its first call.
    static var current: Matchers {
        if let p = pthread_getspecific(key) { return Unmanaged<Matchers>.fromOpaque(p).takeUnretainedValue() }
        let made = Matchers()
        pthread_setspecific(key, Unmanaged.passRetained(made).toOpaque())
        return made
    }

    /// The thread-specific slot; its destructor releases a thread's matchers when the thread ends.
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key) { p in
            if let p { Unmanaged<Matchers>.fromOpaque(p).release() }
        }
        return key
    }()
}
