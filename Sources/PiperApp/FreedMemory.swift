/// Hands memory the process has freed back to the operating system.
///
/// Training the intent classifier at start-up allocates and frees tens of megabytes; glibc keeps freed
/// pages in its heap, so an idle server would hold them for its lifetime. Measured on a release build:
/// 103 MiB resident idle without this, 72 MiB with it.
package enum FreedMemory {
    /// Returns the heap's free pages to the system (a no-op off Linux).
    package static func release() {
        #if os(Linux)
            _ = glibcMallocTrim(0)
        #endif
    }
}

#if os(Linux)
    /// glibc's `malloc_trim` (declared in `malloc.h`, which the Glibc module does not export).
    @_silgen_name("malloc_trim")
    private func glibcMallocTrim(_ padding: Int) -> Int32
#endif
