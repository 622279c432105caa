// swift-tools-version: 6.1
// The module layout follows the data: content → lessons → runs → pages → site.
import PackageDescription

let package = Package(
    name: "Gradus",
    products: [
        .executable(name: "gradus", targets: ["gradus"]),
        .library(name: "GradusOptim", targets: ["GradusOptim"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/swhitty/FlyingFox", from: "0.27.1"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
    ],
    targets: [
        // C, behind one thin module.
        .systemLibrary(
            name: "Ccmark", pkgConfig: "libcmark", providers: [.apt(["libcmark-dev"])]),
        .target(name: "GradusMarkdown", dependencies: ["Ccmark", "GradusText"]),
        // Escaping for every output language, and the HTML writer; depends on nothing.
        .target(name: "GradusText"),
        // Numbers: no I/O, no site concerns.
        .target(name: "GradusOptim"),
        .target(name: "GradusMath", dependencies: ["GradusText"]),
        .target(name: "GradusPlot", dependencies: ["GradusText"]),
        // The pipeline.
        .target(name: "GradusLessons", dependencies: ["GradusOptim", "Yams"]),
        .target(name: "GradusRuns", dependencies: ["GradusLessons", "GradusOptim", "GradusText"]),
        // An example as Python code (NumPy, PyTorch) and a lesson as a notebook: text only, no I/O.
        .target(name: "GradusCode", dependencies: ["GradusLessons", "GradusOptim", "GradusText"]),
        .target(
            name: "GradusPages",
            dependencies: [
                "GradusLessons", "GradusOptim", "GradusRuns", "GradusMarkdown", "GradusMath", "GradusPlot",
                "GradusText", "GradusCode",
                .product(name: "Mustache", package: "swift-mustache"),
            ]),
        .target(name: "GradusSite", dependencies: ["GradusLessons", "GradusRuns", "GradusPages", "Yams"]),
        // Local preview: serves a build and rebuilds on change.
        .target(
            name: "GradusServe",
            dependencies: [
                "GradusLessons", "GradusSite", "GradusPages", .product(name: "FlyingSocks", package: "FlyingFox"),
            ]),
        .executableTarget(
            name: "gradus",
            dependencies: [
                "GradusLessons", "GradusPages", "GradusRuns", "GradusSite", "GradusServe", "GradusCode",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]),
        .executableTarget(
            name: "GradusBenchmark", dependencies: ["GradusOptim"], path: "Benchmarks/GradusBenchmark",
            swiftSettings: [.unsafeFlags(["-Ounchecked"])]),
        // Helpers every test target shares (tolerance, folders, golden files, lesson text); depends on no Gradus module.
        .target(name: "GradusTestSupport", path: "Tests/GradusTestSupport"),
        .testTarget(name: "GradusServeTests", dependencies: ["GradusServe", "GradusTestSupport"]),
        .testTarget(name: "GradusMarkdownTests", dependencies: ["GradusMarkdown", "GradusText", "GradusTestSupport"]),
        .testTarget(name: "GradusTextTests", dependencies: ["GradusText"]),
        .testTarget(
            name: "GradusOptimTests", dependencies: ["GradusOptim", "GradusTestSupport"], exclude: ["Fixtures"]),
        .testTarget(name: "GradusMathTests", dependencies: ["GradusMath", "GradusTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "GradusPlotTests", dependencies: ["GradusPlot", "GradusTestSupport"], exclude: ["Golden"]),
        .testTarget(name: "GradusLessonsTests", dependencies: ["GradusLessons", "GradusTestSupport"]),
        .testTarget(
            name: "GradusRunsTests", dependencies: ["GradusRuns", "GradusLessons", "GradusOptim", "GradusTestSupport"]),
        .testTarget(
            name: "GradusCodeTests",
            dependencies: ["GradusCode", "GradusRuns", "GradusLessons", "GradusOptim", "GradusTestSupport"]),
        .testTarget(
            name: "GradusPagesTests",
            dependencies: [
                "GradusPages", "GradusRuns", "GradusLessons", "GradusOptim", "GradusMath", "GradusText",
                "GradusTestSupport",
            ]),
        .testTarget(
            name: "GradusSiteTests",
            dependencies: ["GradusSite", "GradusLessons", "GradusPages", "gradus", "GradusTestSupport"],
            exclude: ["KitchenSink"]),
    ]
)
