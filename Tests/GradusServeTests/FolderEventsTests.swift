import Foundation
import GradusTestSupport
import Synchronization
import Testing

@testable import GradusServe

/// The folder's events wake the preview at once; the reload script is answered as soon as a build is published.
@Suite struct FolderEventsTests {
    @Test func aSaveInASubfolderWakesTheWatcherAndNothingElseDoes() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let data = folder.appendingPathComponent("data")
        let hidden = folder.appendingPathComponent(".git")
        for made in [data, hidden] {
            try FileManager.default.createDirectory(at: made, withIntermediateDirectories: true)
        }
        let events = try #require(FolderEvents(folder: folder))

        #expect(!events.wait(upTo: .milliseconds(50)))
        try "x,y\n1,2\n".write(to: data.appendingPathComponent("a.csv"), atomically: false, encoding: .utf8)
        #expect(events.wait(upTo: .seconds(10)))
        #expect(!events.wait(upTo: .milliseconds(50)))  // every event of that save was read

        // A hidden folder (an editor's or git's) is not watched.
        try "ref".write(to: hidden.appendingPathComponent("HEAD"), atomically: false, encoding: .utf8)
        #expect(!events.wait(upTo: .milliseconds(100)))

        // A folder made while watching is watched once the folders are looked at again, as the stream does.
        let made = folder.appendingPathComponent("more")
        try FileManager.default.createDirectory(at: made, withIntermediateDirectories: true)
        #expect(events.wait(upTo: .seconds(10)))
        events.watchFolders()
        try "# New".write(to: made.appendingPathComponent("b.md"), atomically: true, encoding: .utf8)
        #expect(events.wait(upTo: .seconds(10)))
    }

    /// A signal delivered to the waiting thread interrupts `poll`, but does not end the wait: the save after it is
    /// still heard.
    @Test func aSignalDoesNotEndTheWait() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let events = try #require(FolderEvents(folder: folder))
        // A handler without SA_RESTART, so that the signal interrupts `poll`.
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in }
        sigemptyset(&action.sa_mask)
        action.sa_flags = 0
        var previous = sigaction()
        sigaction(SIGUSR2, &action, &previous)
        defer { sigaction(SIGUSR2, &previous, nil) }
        let waiter = Mutex<pthread_t?>(nil)
        let heard = Mutex<Bool?>(nil)
        let thread = Thread {
            // A thread made from a worker of the test run inherits its blocked signals.
            var signals = sigset_t()
            sigemptyset(&signals)
            sigaddset(&signals, SIGUSR2)
            pthread_sigmask(SIG_UNBLOCK, &signals, nil)
            waiter.withLock { $0 = pthread_self() }
            let result = events.wait(upTo: .seconds(10))
            heard.withLock { $0 = result }
        }
        thread.start()
        while waiter.withLock({ $0 }) == nil { usleep(1000) }
        usleep(100_000)
        for _ in 0..<3 {
            pthread_kill(try #require(waiter.withLock { $0 }), SIGUSR2)
            usleep(50_000)
        }
        #expect(heard.withLock { $0 } == nil)  // still waiting after the signals
        try "# A".write(to: folder.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        let start = ContinuousClock.now
        while heard.withLock({ $0 }) == nil && ContinuousClock.now - start < .seconds(20) { usleep(1000) }
        #expect(heard.withLock { $0 } == true)
    }

    @Test func aFolderThatIsNotThereHasNoEvents() throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        #expect(FolderEvents(folder: folder.appendingPathComponent("missing")) == nil)
    }

    @Test func theStreamYieldsForAnEventLongBeforeItsFallbackLook() async throws {
        let folder = try temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let events = try #require(FolderEvents(folder: folder))
        let signals = events.signals(every: .seconds(60))
        let start = ContinuousClock.now
        try "# A".write(to: folder.appendingPathComponent("a.md"), atomically: true, encoding: .utf8)
        for await _ in signals { break }
        #expect(ContinuousClock.now - start < .seconds(30))
    }

    @Test func theBuildNumberIsAnsweredWhenABuildIsPublished() async throws {
        let preview = Preview(PreviewState(build: 1, site: URL(fileURLWithPath: "/nonexistent-a")))
        // A number the page does not have: no wait.
        let start = ContinuousClock.now
        await preview.build(after: 0, waitingAtMost: .seconds(60))
        #expect(ContinuousClock.now - start < .seconds(30))

        // The page's own number: answered when the next build is published, not at the limit. (The task may start
        // after the publication on a busy machine; it then answers at once, which is right too.)
        let started = Mutex(false)
        let waiting = Task { () -> Duration in
            started.withLock { $0 = true }
            let begun = ContinuousClock.now
            await preview.build(after: 1, waitingAtMost: .seconds(120))
            return ContinuousClock.now - begun
        }
        while !started.withLock({ $0 }) { try await Task.sleep(for: .milliseconds(10)) }
        try await Task.sleep(for: .milliseconds(200))
        preview.succeeded(site: URL(fileURLWithPath: "/nonexistent-b"))
        let waited = await waiting.value
        #expect(waited < .seconds(60))
        #expect(preview.state.build == 2)

        // Nothing published: answered at the limit, with the same number.
        let quiet = ContinuousClock.now
        await preview.build(after: 2, waitingAtMost: .milliseconds(100))
        #expect(ContinuousClock.now - quiet >= .milliseconds(100))
        #expect(preview.state.build == 2)
    }

    @Test func theScriptNamesItsBuildAndTheServerReadsIt() {
        #expect(ReloadScript.element(build: 7).contains(#"fetch("/__gradus/build?after=" + served"#))
        #expect(ReloadScript.knownBuild(in: "/__gradus/build?after=12") == 12)
        #expect(ReloadScript.knownBuild(in: "/__gradus/build?x=1&after=3") == 3)
        #expect(ReloadScript.knownBuild(in: "/__gradus/build") == nil)
        #expect(ReloadScript.knownBuild(in: "/__gradus/build?after=x") == nil)
    }
}
