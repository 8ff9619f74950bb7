/// A broad part of the day: morning (5–12), afternoon (12–17), evening (17–22) or night.
package enum PartOfDay: String, Sendable {
    /// From 5:00 until noon.
    case morning
    /// From noon until 17:00.
    case afternoon
    /// From 17:00 until 22:00.
    case evening
    /// From 22:00 until 5:00.
    case night

    /// The part of the day an hour (0–23) falls in.
    init(hour: Int) {
        switch hour {
        case 5..<12: self = .morning
        case 12..<17: self = .afternoon
        case 17..<22: self = .evening
        default: self = .night
        }
    }

    /// The hour a phrase means when it names this part without a clock time ("tomorrow morning" is 9:00).
    var typicalHour: Int {
        switch self {
        case .morning: 9
        case .afternoon: 15
        case .evening: 18
        case .night: 20
        }
    }

    /// The hour after midnight meant by a bare hour (1–12) said in this part of the day.
    ///
    /// "7 in the morning" is 7, "7 this evening" is 19, "12 tonight" is 24 (midnight) and "1 tonight" is 25:
    /// 1:00 the following day.
    func hour(forBareHour hour: Int) -> Int {
        switch self {
        case .morning: hour
        case .afternoon: hour == 12 ? 12 : hour + 12
        case .evening: hour + 12
        case .night: hour < 5 ? hour + 24 : hour + 12
        }
    }
}
