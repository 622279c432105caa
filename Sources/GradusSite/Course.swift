import Foundation
import GradusLessons
import GradusPages

/// A content folder, loaded once: `course.yaml`, the theme, the site's assets and every lesson parsed, with the data
/// files the lessons read (each read once). Every command starts from one; its stages never read the content again.
public struct Course: Sendable {
    /// The content folder as given.
    public let content: URL
    /// The course's titles and languages (`course.yaml`).
    public let info: CourseInfo
    public let theme: Theme
    public let assets: SiteAssets
    /// The lessons, in file-name order.
    public internal(set) var lessons: [CourseLesson]

    /// The lessons that declare examples of their own: each runs its examples once per build, for itself and for
    /// the lessons that share them.
    public var owners: [Int] { lessons.indices.filter { lessons[$0].twin == nil } }

    /// The examples a build runs: those of every lesson that declares its own (a shared example counts once).
    public var exampleCount: Int { owners.reduce(0) { $0 + lessons[$1].lesson.examples.count } }
}

/// One lesson of a course, with what its page depends on besides its own source.
public struct CourseLesson: Sendable {
    /// The lesson file.
    public let file: URL
    /// The parsed lesson; a lesson sharing another's examples carries them (`lesson.examplesFrom` says whose).
    public internal(set) var lesson: Lesson
    /// The data files its examples read, as read when the course was loaded.
    public let dataFiles: [SourceFile]
    /// The index of the lesson whose examples it shares; nil when it declares its own.
    public let twin: Int?
}
