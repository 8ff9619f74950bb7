extension Dialect {
    /// Column type for double-precision reals.
    package var doubleType: String {
        switch self {
        case .sqlite: "REAL"
        case .postgres: "DOUBLE PRECISION"
        }
    }

    /// The UTC calendar day, `YYYY-MM-DD`, of a timestamp column.
    func utcDay(of column: String) -> String {
        switch self {
        case .sqlite: "strftime('%Y-%m-%d', \(column), 'unixepoch')"
        case .postgres: "to_char(\(column) AT TIME ZONE 'UTC', 'YYYY-MM-DD')"
        }
    }
}
