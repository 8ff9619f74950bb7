import Foundation

/// A 64-bit FNV-1a hasher with a final avalanche mix; deterministic across runs, unlike `Hasher`.
package struct FeatureHasher: Sendable {
    private static let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01B3

    private var state: UInt64 = offsetBasis

    /// Starts an empty hash.
    package init() {}

    /// Mixes in one 32-bit value, such as a Unicode scalar.
    package mutating func combine(_ value: UInt32) {
        state = (state ^ UInt64(value)) &* Self.prime
    }

    /// Mixes in one 64-bit value, such as another hash.
    package mutating func combine(_ value: UInt64) {
        combine(UInt32(truncatingIfNeeded: value))
        combine(UInt32(truncatingIfNeeded: value >> 32))
    }

    /// The hash so far, mixed so that nearby inputs spread over all bits.
    package var finalized: UInt64 {
        var mixed = state
        mixed = (mixed ^ (mixed >> 30)) &* 0xBF58_476D_1CE4_E5B9
        mixed = (mixed ^ (mixed >> 27)) &* 0x94D0_49BB_1331_11EB
        return mixed ^ (mixed >> 31)
    }

    /// The hash of a whole string's Unicode scalars.
    package static func hash(_ text: String) -> UInt64 {
        var hasher = FeatureHasher()
        for scalar in text.unicodeScalars { hasher.combine(scalar.value) }
        return hasher.finalized
    }
}
