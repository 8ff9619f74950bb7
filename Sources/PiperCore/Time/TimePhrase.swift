/// What a time phrase says, before it is resolved against "now".
enum TimePhrase: Equatable {
    /// A span of time from now ("in 2 hours").
    case elapsed(seconds: Int)
    /// A day, a time of day, or both ("next Monday at 10am"); a missing day means the next time the time comes.
    case moment(day: DaySpec?, time: TimeSpec?)
}
