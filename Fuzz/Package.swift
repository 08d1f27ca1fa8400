// swift-tools-version:6.1
// libFuzzer harness for placegraph's loaders. Build and run (see README, "Fuzzing"):
//   swift build --package-path Fuzz -c debug --sanitize=fuzzer --sanitize=address
//   Fuzz/.build/debug/FuzzLoaders -max_total_time=60 Fuzz/corpus
import PackageDescription

let package = Package(
    name: "PlacegraphFuzz",
    dependencies: [.package(name: "placegraph", path: "..")],
    targets: [
        .executableTarget(
            name: "FuzzLoaders",
            dependencies: [
                .product(name: "PlaceGraphKit", package: "placegraph"),
                .product(name: "PlaceGraphPresentation", package: "placegraph"),
            ]
        ),
    ],
    swiftLanguageModes: [.v6]
)
