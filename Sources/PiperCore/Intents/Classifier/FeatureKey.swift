import Foundation

/// A feature's identity: a 64-bit FNV-1a hash of its text whose top byte holds its `FeatureKind` (so never 0).
package struct FeatureKey: Sendable, Equatable, Hashable, Comparable {
    /// The hash with the kind in its top byte.
    package let rawValue: UInt64

    /// Wraps a raw value.
    package init(rawValue: UInt64) {
        self.rawValue = rawValue
    }

    /// Combines a kind with a hash; the top byte of the hash is replaced by the kind.
    package init(kind: FeatureKind, hash: UInt64) {
        self.rawValue = (hash & 0x00FF_FFFF_FFFF_FFFF) | (UInt64(kind.rawValue) << 56)
    }

    /// The family the feature belongs to.
    package var kind: FeatureKind { FeatureKind(rawValue: UInt8(truncatingIfNeeded: rawValue >> 56)) ?? .word }

    /// Orders keys by raw value.
    package static func < (lhs: FeatureKey, rhs: FeatureKey) -> Bool { lhs.rawValue < rhs.rawValue }
}
