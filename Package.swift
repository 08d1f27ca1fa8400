// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "placegraph",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "PlaceGraphKit", targets: ["PlaceGraphKit"]),
        .library(name: "PlaceGraphPresentation", targets: ["PlaceGraphPresentation"]),
        .executable(name: "placegraph", targets: ["placegraph"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based", from: "2.0.0"),
        .package(url: "https://github.com/swiftlang/swift-docc-plugin", from: "1.5.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
        .package(url: "https://github.com/CoreOffice/XMLCoder", exact: "0.18.2"),
        // The live workshop page's server; its traits (swift-configuration, full Foundation) are not needed.
        .package(url: "https://github.com/hummingbird-project/hummingbird", from: "2.0.0", traits: []),
        // Hummingbird's own dependencies, named for the few types the server uses directly.
        .package(url: "https://github.com/apple/swift-nio", from: "2.101.0"),
        .package(url: "https://github.com/apple/swift-log", from: "1.14.0"),
        .package(url: "https://github.com/apple/swift-http-types", from: "1.0.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.0.0"),
    ],
    targets: [
        // Graphviz's C library (cgraph + gvc), from Debian's libgraphviz-dev.
        .systemLibrary(
            name: "CGraphviz",
            pkgConfig: "libgvc",
            providers: [.apt(["libgraphviz-dev"])]
        ),
        // COIN-OR CBC's C interface, from Debian's coinor-libcbc-dev.
        .systemLibrary(
            name: "CCbc",
            pkgConfig: "cbc",
            providers: [.apt(["coinor-libcbc-dev"])]
        ),
        .target(
            name: "PlaceGraphKit",
            dependencies: [
                .product(name: "Yams", package: "Yams"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "XMLCoder", package: "XMLCoder"),
                "CGraphviz",
                "CCbc",
            ]
        ),
        // Everything that turns analysis values into words, text, Markdown, JSON, DOT, HTML
        // and SVG. PlaceGraphKit does not know it exists.
        .target(
            name: "PlaceGraphPresentation",
            dependencies: ["PlaceGraphKit"]
        ),
        // The live workshop page (`placegraph serve`): an HTTP server on Hummingbird, so that
        // only this target and the command line depend on NIO.
        .target(
            name: "PlaceGraphServer",
            dependencies: [
                "PlaceGraphKit",
                "PlaceGraphPresentation",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "HTTPTypes", package: "swift-http-types"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            // The page's plain files; scripts/embed-page compiles them into the binary.
            exclude: ["Assets"]
        ),
        .executableTarget(
            name: "placegraph",
            dependencies: [
                "PlaceGraphKit",
                "PlaceGraphPresentation",
                "PlaceGraphServer",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "PlaceGraphKitTests",
            dependencies: [
                "PlaceGraphKit",
                "PlaceGraphPresentation",
                "placegraph",
                "PlaceGraphServer",
                .product(name: "HummingbirdTesting", package: "hummingbird"),
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
