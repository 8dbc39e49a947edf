#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What a `DumpReader` delivers and how it reads.
public struct DumpOptions: Sendable {
    /// Namespaces to keep; nil keeps every namespace. Default: articles only (`[0]`).
    public var namespaces: Set<Int>? = [0]
    /// Drop redirect pages. Default: true.
    public var skipRedirects = true
    /// Stop after this many delivered pages; nil for no limit.
    public var limit: Int?
    /// Keep only pages whose decoded title passes (e.g. a PCRE2 match); runs on worker threads.
    public var titleFilter: (@Sendable (String) -> Bool)?
    /// Keep only pages whose decoded text passes; a cheap byte check such as
    /// `DumpFilter.usesTemplate("Infobox election")`. Runs on worker threads, after the cheaper
    /// namespace, redirect and title checks.
    public var textFilter: (@Sendable (UnsafeRawBufferPointer) -> Bool)?
    /// Threads decompressing a multistream dump. Default: the number of cores.
    public var jobs = DumpOptions.cores
    /// The multistream index (`…-index.txt` or `…-index.txt.bz2`). When nil it is looked
    /// for next to a file named `…-multistream.xml.bz2`.
    public var indexPath: String?
    /// Set to false to read a multistream dump sequentially even when its index exists.
    public var useIndex = true
    /// Pages larger than this (in XML bytes, markup and escapes included) are skipped with a
    /// recoverable `.pageTooLarge` error, before their text is decoded. It also bounds the
    /// scanner's buffer, hence memory. Default: 128 MiB.
    public var maxPageBytes = 128 << 20
    /// Pages whose revision text is larger than this (in UTF-8 bytes, decoded) are skipped with
    /// a recoverable `.pageTooLarge` error naming the page. Default: 50 MB (Wikipedia's own
    /// limit is 2 MB per page). A page over `maxPageBytes` is skipped even when its text is smaller.
    public var maxTextBytes = 50_000_000
    /// How far, in compressed bytes per thread, a multistream reader's threads may decompress
    /// ahead of the page being delivered (besides two streams per thread, whatever their size).
    /// Bounds the memory held for reordering. Default: 4 MiB.
    public var multistreamBytesAheadPerJob = 4 << 20

    /// The defaults: namespace 0, no redirects, no limit, all cores.
    public init() {}

    /// Every page, redirects included: what mwxml yields.
    public static var all: DumpOptions {
        var o = DumpOptions()
        o.namespaces = nil
        o.skipRedirects = false
        return o
    }

    /// The number of online cores (at least 1).
    public static var cores: Int { max(1, Int(sysconf(Int32(_SC_NPROCESSORS_ONLN)))) }
}
