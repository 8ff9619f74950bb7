/// A window into an ordered list: at most `limit` items after skipping `offset`.
package struct Page: Hashable, Sendable {
    /// The largest page any caller may ask for.
    package static let maximumLimit = 200

    /// How many items to return, between 1 and ``maximumLimit``.
    package let limit: Int
    /// How many items to skip.
    package let offset: Int

    /// Creates a page, clamping the limit to `1...maximumLimit` and the offset to zero or more.
    package init(limit: Int = 50, offset: Int = 0) {
        self.limit = min(max(limit, 1), Self.maximumLimit)
        self.offset = max(offset, 0)
    }
}
