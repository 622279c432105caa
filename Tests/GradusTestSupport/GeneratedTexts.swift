/// `count` texts, each of `fewest` to `most` pieces drawn from `pieces` by a repeatable generator (SplitMix64 seeded with
/// `seed`): inputs for tests that compare two ways of computing the same thing.
public func generatedTexts(from pieces: [String], count: Int, fewest: Int = 0, most: Int, seed: UInt64) -> [String] {
    var state = seed
    func next(_ bound: Int) -> Int {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return Int((z ^ (z >> 31)) % UInt64(bound))
    }
    return (0..<count).map { _ in
        (0..<(fewest + next(most - fewest + 1))).map { _ in pieces[next(pieces.count)] }.joined()
    }
}
