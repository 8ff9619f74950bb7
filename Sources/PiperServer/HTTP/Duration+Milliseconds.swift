extension Duration {
    /// The duration in milliseconds, rounded to a tenth.
    var roundedMilliseconds: Double {
        let (seconds, attoseconds) = components
        let milliseconds = Double(seconds) * 1000 + Double(attoseconds) / 1e15
        return (milliseconds * 10).rounded() / 10
    }
}
