// swift-tools-version: 6.1
import PackageDescription

let package = Package(
    name: "ZhNewsKit",
    products: [
        .library(name: "ZhNewsKit", targets: ["ZhNewsKit"]),
        .executable(name: "zhnews", targets: ["zhnews"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        // ICU as found by pkg-config (Debian/Ubuntu: libicu-dev). Only CICUShim depends on it.
        .systemLibrary(
            name: "CICU",
            pkgConfig: "icu-i18n",
            providers: [.apt(["libicu-dev", "pkg-config"])]
        ),
        // The only code that sees ICU headers. Its public header uses plain C types.
        .target(name: "CICUShim", dependencies: ["CICU"]),
        .target(name: "ZhNewsKit", dependencies: ["CICUShim"]),
        .executableTarget(
            name: "zhnews",
            dependencies: [
                "ZhNewsKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "zhnews-benchmark",
            dependencies: ["ZhNewsKit", "CICUShim"],
            path: "Sources/Benchmark"
        ),
        .testTarget(
            name: "ZhNewsKitTests",
            dependencies: ["ZhNewsKit"],
            resources: [.copy("../../Fixtures")]
        ),
        .testTarget(
            name: "zhnewsTests",
            dependencies: ["zhnews"],
            resources: [.copy("../../Fixtures")]
        ),
    ]
)

let swiftSettings: [SwiftSetting] = [
    .enableUpcomingFeature("ExistentialAny"),
    .enableUpcomingFeature("MemberImportVisibility"),
    .enableUpcomingFeature("InternalImportsByDefault"),
]

for target in package.targets where target.type != .system {
    if target.name == "CICUShim" { continue }
    target.swiftSettings = (target.swiftSettings ?? []) + swiftSettings
}
package.swiftLanguageModes = [.v6]
