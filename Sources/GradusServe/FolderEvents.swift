import Foundation
import Synchronization

#if canImport(Glibc)
    import Glibc
#endif

/// Tells the preview that something in the content folder may have changed, as it happens (Linux inotify on the
/// folder and each of its subfolders), so a save is seen at once instead of at the next look. It only wakes the
/// watcher: the fingerprint still decides whether anything changed. The events that end a change are watched
/// (a file written and closed, moved, created, deleted, its attributes changed), not every write, so an editor's save
/// wakes it once the file is whole.
final class FolderEvents: Sendable {
    private let descriptor: Int32
    private let root: String
    private let stopped = Atomic<Bool>(false)

    /// Nil where inotify is unavailable or refuses (its limits reached): the watcher then looks at an interval.
    init?(folder: URL) {
        #if canImport(Glibc)
            let descriptor = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
            guard descriptor >= 0 else { return nil }
            self.descriptor = descriptor
            root = folder.standardizedFileURL.path
            guard watchFolders() else {
                close(descriptor)
                return nil
            }
        #else
            return nil
        #endif
    }

    deinit {
        close(descriptor)
    }

    /// Watches the folder and every subfolder that is not hidden (the build leaves hidden ones out too); folders
    /// made since the last call are added. False when the root cannot be watched.
    @discardableResult
    func watchFolders() -> Bool {
        #if canImport(Glibc)
            let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_ATTRIB)
            guard inotify_add_watch(descriptor, root, mask | UInt32(IN_ONLYDIR)) >= 0 else { return false }
            var pending = [root]
            while let folder = pending.popLast() {
                guard let directory = opendir(folder) else { continue }
                defer { closedir(directory) }
                while let item = readdir(directory) {
                    guard item.pointee.d_type == DT_DIR || item.pointee.d_type == DT_UNKNOWN else { continue }
                    let name = withUnsafeBytes(of: item.pointee.d_name) { bytes in
                        String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
                    }
                    guard !name.hasPrefix(".") else { continue }
                    let path = folder + "/" + name
                    // A watch on a folder already watched is the same watch; a file is refused by IN_ONLYDIR.
                    if inotify_add_watch(descriptor, path, mask | UInt32(IN_ONLYDIR) | UInt32(IN_DONT_FOLLOW)) >= 0 {
                        pending.append(path)
                    }
                }
            }
            return true
        #else
            return false
        #endif
    }

    /// Blocks until an event arrives or `timeout` passes; true when an event arrived (all waiting events are read).
    /// Call it from a thread of its own, never from a task of the cooperative pool.
    func wait(upTo timeout: Duration) -> Bool {
        #if canImport(Glibc)
            var request = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            // A signal delivered to this thread interrupts `poll`: the wait goes on for the time that is left.
            let deadline = ContinuousClock.now + timeout
            while true {
                let left = (deadline - ContinuousClock.now).components
                let milliseconds = Int32(max(0, left.seconds * 1000 + left.attoseconds / 1_000_000_000_000_000))
                let ready = poll(&request, 1, milliseconds)
                if ready > 0 { break }
                if ready < 0 && errno == EINTR && milliseconds > 0 { continue }
                return false
            }
            var buffer = [UInt8](repeating: 0, count: 16_384)
            var any = false
            while true {
                let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
                guard count > 0 else { break }
                any = true
            }
            return any
        #else
            return false
        #endif
    }

    /// A stream that yields when an event arrives, and at least every `interval` (the fallback look); a thread of its
    /// own waits for the events, and ends within `interval` of the stream's end.
    func signals(every interval: Duration) -> AsyncStream<Void> {
        let (stream, continuation) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        continuation.onTermination = { _ in self.stopped.store(true, ordering: .relaxed) }
        let thread = Thread {
            while !self.stopped.load(ordering: .relaxed) {
                if self.wait(upTo: interval) { self.watchFolders() }
                continuation.yield()
            }
        }
        thread.name = "gradus-serve-watch"
        thread.start()
        return stream
    }
}
