// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "placegraph",
    platforms: [.macOS(.v13)],
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
        .executableTarget(
            name: "placegraph",
            dependencies: [
                "PlaceGraphKit",
                "PlaceGraphPresentation",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "PlaceGraphKitTests",
            dependencies: [
                "PlaceGraphKit",
                "PlaceGraphPresentation",
                "placegraph",
                .product(name: "PropertyBased", package: "swift-property-based"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ],
            resources: [.copy("Fixtures")]
        ),
    ],
    swiftLanguageModes: [.v6]
)
