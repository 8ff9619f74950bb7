import Foundation

/// An open-addressing hash table from feature keys to indices: keys are already well-mixed hashes, so a
/// masked probe beats `Dictionary`'s SipHash on the classification path.
package struct FeatureIndexTable: Sendable {
    private static let emptySlot: UInt64 = 0
    private var keys: [UInt64]
    private var values: [Int32]
    private var mask: Int
    /// The number of stored keys.
    package private(set) var count = 0

    /// Creates a table with room for at least `capacity` keys at a load factor of one half.
    package init(capacity: Int = 16) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        self.keys = [UInt64](repeating: Self.emptySlot, count: size)
        self.values = [Int32](repeating: -1, count: size)
        self.mask = size - 1
    }

    /// The value stored for a key, or `nil`.
    package subscript(key: FeatureKey) -> Int32? {
        var slot = Int(truncatingIfNeeded: key.rawValue) & mask
        while true {
            let stored = keys[slot]
            if stored == key.rawValue { return values[slot] }
            if stored == Self.emptySlot { return nil }
            slot = (slot + 1) & mask
        }
    }

    /// Stores or replaces the value for a key.
    package mutating func set(_ value: Int32, for key: FeatureKey) {
        if (count + 1) * 2 > keys.count { grow() }
        var slot = Int(truncatingIfNeeded: key.rawValue) & mask
        while keys[slot] != Self.emptySlot, keys[slot] != key.rawValue { slot = (slot + 1) & mask }
        if keys[slot] == Self.emptySlot { count += 1 }
        keys[slot] = key.rawValue
        values[slot] = value
    }

    private mutating func grow() {
        var larger = FeatureIndexTable(capacity: keys.count)
        for slot in keys.indices where keys[slot] != Self.emptySlot {
            larger.set(values[slot], for: FeatureKey(rawValue: keys[slot]))
        }
        self = larger
    }
}
