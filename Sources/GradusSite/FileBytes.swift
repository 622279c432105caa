import Foundation

/// Whole files read and written with the system's calls, without Foundation's `Data` in between: a build reads and
/// writes thousands of files, and its cache's index is megabytes.
enum FileBytes {
    /// The bytes of the regular file at `path`; nil when it cannot be read.
    static func read(_ path: String) -> [UInt8]? {
        let descriptor = open(path, O_RDONLY | O_CLOEXEC)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, info.st_mode & S_IFMT == S_IFREG else { return nil }
        var failed = false
        /// Reads into `buffer` until it is full or the file ends; the number of bytes read.
        func fill(_ buffer: UnsafeMutableRawBufferPointer) -> Int {
            var count = 0
            while count < buffer.count {
                let got = Foundation.read(descriptor, buffer.baseAddress! + count, buffer.count - count)
                if got < 0 && errno == EINTR { continue }
                if got < 0 { failed = true }
                if got <= 0 { break }
                count += got
            }
            return count
        }
        // One byte more than its size, so that the end of the file shows in the first read.
        func chunk(_ size: Int) -> (bytes: [UInt8], full: Bool) {
            let bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
                count = fill(UnsafeMutableRawBufferPointer(buffer))
            }
            return (bytes, bytes.count == size)
        }
        var (bytes, full) = chunk(max(Int(info.st_size), 0) + 1)
        // A file that grew while it was read is read to its end.
        while full, !failed {
            let more = chunk(65536)
            bytes += more.bytes
            full = more.full
        }
        return failed ? nil : bytes
    }

    /// Writes `bytes` into a new file at `path` (replacing a file there), with the permissions the process's umask
    /// gives (0666 less it), as `Data.write` does.
    static func write(_ bytes: [UInt8], to path: String) throws { try write(pieces: [bytes[...]], to: path) }

    /// Writes the pieces one after the other into a new file at `path`, as `write(_:to:)` does: a file made of parts
    /// of other buffers is written without first being copied into one.
    static func write(pieces: [ArraySlice<UInt8>], to path: String) throws {
        let descriptor = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o666)
        guard descriptor >= 0 else { throw CocoaError(.fileWriteUnknown) }
        var failed = false
        for piece in pieces where !failed {
            var written = 0
            failed = piece.withUnsafeBytes { buffer -> Bool in
                while written < buffer.count {
                    let count = Foundation.write(descriptor, buffer.baseAddress! + written, buffer.count - written)
                    if count < 0 {
                        if errno == EINTR { continue }
                        return true
                    }
                    written += count
                }
                return false
            }
        }
        guard close(descriptor) == 0, !failed else { throw CocoaError(.fileWriteUnknown) }
    }
}
