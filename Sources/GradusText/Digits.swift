extension Array where Element == UInt8 {
    /// Appends the decimal digits of `n` (no sign, no leading zeros; "0" for zero): the one integer writer of the
    /// byte buffers that plots and trace downloads are written into.
    public mutating func appendDecimal(_ n: UInt64) {
        var rest = n
        let start = count
        repeat {
            append(UInt8(ascii: "0") + UInt8(rest % 10))
            rest /= 10
        } while rest > 0
        self[start...].reverse()
    }
}
