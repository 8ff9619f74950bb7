extension Duration {
    /// The duration in milliseconds.
    package var milliseconds: Double {
        let (seconds, attoseconds) = components
        return Double(seconds) * 1000 + Double(attoseconds) / 1e15
    }

    /// The duration in milliseconds, rounded to a tenth.
    package var roundedMilliseconds: Double {
        (milliseconds * 10).rounded() / 10
    }
}
