import Foundation

/// Notices changes by comparing successive fingerprints; the fingerprint is injectable so tests need no files.
public struct Watcher<Fingerprint: Equatable & Sendable>: Sendable {
    private let take: @Sendable () -> Fingerprint
    private var last: Fingerprint

    /// Takes the first fingerprint now.
    public init(fingerprint: @escaping @Sendable () -> Fingerprint) {
        take = fingerprint
        last = fingerprint()
    }

    /// Takes a new fingerprint; true when it differs from the previous one.
    public mutating func changed() -> Bool {
        let now = take()
        defer { last = now }
        return now != last
    }
}

extension Watcher where Fingerprint == ContentFingerprint {
    /// Watches a content folder by its files' paths, sizes and modification times.
    public static func folder(_ url: URL) -> Self {
        Watcher { ContentFingerprint.of(url) }
    }
}
