import Foundation

/// Resolves stored IANA time-zone names.
package enum TimeZoneName {
    /// The named zone, or UTC when the name is unknown.
    package static func resolve(_ identifier: String) -> TimeZone {
        guard TimeZone.knownTimeZoneIdentifiers.contains(identifier), let zone = TimeZone(identifier: identifier) else {
            return TimeZone(identifier: "UTC") ?? .current
        }
        return zone
    }
}
