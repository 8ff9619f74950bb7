/// The words the time parser knows, all lowercase.
enum TimeVocabulary {
    /// Full weekday names and their `Calendar` weekday number (1 is Sunday).
    static let weekdays: [String: Int] = [
        "sunday": 1, "monday": 2, "tuesday": 3, "wednesday": 4, "thursday": 5, "friday": 6, "saturday": 7,
    ]

    /// Abbreviated weekday names and their `Calendar` weekday number (1 is Sunday).
    static let weekdayAbbreviations: [String: Int] = [
        "sun": 1, "mon": 2, "tue": 3, "tues": 3, "wed": 4, "thu": 5, "thur": 5, "thurs": 5, "fri": 6, "sat": 7,
    ]

    /// Abbreviations that are also everyday words ("I sat down"), accepted only after "on", "next" or "this".
    static let ambiguousWeekdayAbbreviations: Set<String> = ["sat", "sun"]

    /// Words that may come before a weekday to qualify it ("next Monday", "this Thursday").
    static let weekdayQualifiers: Set<String> = ["next", "this", "coming"]

    /// Month names and abbreviations and their number (1 is January).
    static let months: [String: Int] = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
        "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8,
        "september": 9, "sep": 9, "sept": 9, "october": 10, "oct": 10, "november": 11, "nov": 11,
        "december": 12, "dec": 12,
    ]

    /// Month names that are also verbs ("we march 3 times", "we may 2x it").
    static let monthsThatAreVerbs: Set<String> = ["march", "may"]

    /// Spellings of "tomorrow", including the usual chat shorthands.
    static let tomorrow: Set<String> = ["tomorrow", "tmrw", "tmr", "tmrow", "tomorow", "tommorow", "tommorrow"]

    /// Words for a part of the day that may follow a day ("tomorrow morning").
    static let partsOfDay: [String: PartOfDay] = [
        "morning": .morning, "afternoon": .afternoon, "evening": .evening, "night": .night,
    ]

    /// Ordinal endings of a day of the month ("3rd").
    static let ordinalSuffixes: Set<String> = ["st", "nd", "rd", "th"]

    /// Words that introduce a day and belong to the phrase ("on Friday", "by tomorrow").
    static let dayLeads: Set<String> = ["on", "by", "for", "until", "till"]

    /// Words that introduce a time without making a bare number a time ("by 5pm").
    static let timeLeads: Set<String> = ["by", "around"]

    /// Spelled-out amounts accepted in durations ("in two hours", "in an hour").
    static let amounts: [String: Int] = [
        "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
        "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30,
    ]

    /// Units of a duration and their spellings.
    static let units: [String: TimeSpan.Unit] = [
        "minute": .minute, "minutes": .minute, "min": .minute, "mins": .minute,
        "hour": .hour, "hours": .hour, "hr": .hour, "hrs": .hour, "h": .hour,
        "day": .day, "days": .day,
        "week": .week, "weeks": .week, "wk": .week, "wks": .week,
        "month": .month, "months": .month,
    ]

    /// Words ending in "s" that are not plural nouns, so "at 9 thanks" is still a time.
    static let nonPluralWordsEndingInS: Set<String> = [
        "always", "as", "does", "has", "his", "is", "its", "plus", "pls", "thanks", "this", "thus", "unless", "us",
        "was", "yes",
    ]
}
