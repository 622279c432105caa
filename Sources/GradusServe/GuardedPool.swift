import FlyingSocks
import Foundation

/// A FlyingSocks socket pool with two guards for the preview's connections (not for the listening socket):
/// - a connection that sends nothing for `idleTimeout` while the server waits to read is closed, so slow or idle
///   clients cannot hold connections (and their tasks) open;
/// - `TCP_NODELAY` is set, so the end of a response that takes more than one write is not held back by Nagle's
///   algorithm waiting for the client's delayed acknowledgement (40 ms per keep-alive response).
struct GuardedPool<Inner: AsyncSocketPool>: AsyncSocketPool {
    let inner: Inner
    let idleTimeout: Duration

    func prepare() async throws { try await inner.prepare() }

    func run() async throws { try await inner.run() }

    func suspendSocket(_ socket: Socket, untilReadyFor events: Socket.Events) async throws {
        let fd = socket.file.rawValue
        guard !Self.isListening(fd) else {
            return try await inner.suspendSocket(socket, untilReadyFor: events)
        }
        var on: Int32 = 1
        setsockopt(fd, Int32(IPPROTO_TCP), TCP_NODELAY, &on, socklen_t(MemoryLayout<Int32>.size))
        let inner = self.inner
        let timeout = idleTimeout
        try await withThrowingTaskGroup(of: Bool.self) { group in
            group.addTask {
                try await inner.suspendSocket(socket, untilReadyFor: events)
                return true
            }
            group.addTask {
                try await Task.sleep(for: timeout)
                return false
            }
            defer { group.cancelAll() }
            guard try await group.next() == true else { throw SocketError.disconnected }
        }
    }

    /// Whether `fd` is a listening socket (`SO_ACCEPTCONN`).
    static func isListening(_ fd: Int32) -> Bool {
        var value: Int32 = 0
        var length = socklen_t(MemoryLayout<Int32>.size)
        return getsockopt(fd, SOL_SOCKET, SO_ACCEPTCONN, &value, &length) == 0 && value != 0
    }
}
