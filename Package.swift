// swift-tools-version: 6.0
import PackageDescription

let package = Package(
  name: "jlt",
  platforms: [.macOS(.v13)],
  products: [
    .executable(name: "jlt", targets: ["jlt"])
  ],
  dependencies: [
    .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    .package(url: "https://github.com/apple/swift-crypto", from: "3.12.3"),
  ],
  targets: [
    // The C library libxlsxwriter (Debian: libxlsxwriter-dev).
    .systemLibrary(
      name: "CXlsxWriter",
      pkgConfig: "xlsxwriter",
      providers: [.apt(["libxlsxwriter-dev"])]
    ),
    // The only target that imports CXlsxWriter.
    .target(name: "XLSX", dependencies: ["CXlsxWriter"]),
    // Pure core: manifest model, its own TOML 1.0 parser, decoding, rubric, scoring, ranking,
    // reports as values.
    .target(
      name: "JLTCore",
      dependencies: [
        .product(name: "Crypto", package: "swift-crypto")
      ]
    ),
    // The output layer: the workbooks' sheets, styles, row heights, page layout and text metrics.
    .target(name: "JLTWorkbook", dependencies: ["JLTCore", "XLSX"]),
    // Thin I/O layer: discovery, file reading, evidence on disk, the batch, writing output files.
    .target(
      name: "JLTBatch",
      dependencies: ["JLTCore", "JLTWorkbook", .product(name: "Crypto", package: "swift-crypto")]),
    .executableTarget(
      name: "jlt",
      dependencies: [
        "JLTBatch", "JLTCore",
        .product(name: "ArgumentParser", package: "swift-argument-parser"),
      ]
    ),
    // `make bench`: synthetic input trees (written through JLTCore's TOMLWriter) and timed `jlt score` runs.
    .executableTarget(
      name: "jlt-bench",
      dependencies: ["JLTCore", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
    // Helpers shared by the test targets (reading an .xlsx back, exact decimals).
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    .testTarget(name: "XLSXTests", dependencies: ["XLSX", "TestSupport"]),
    .testTarget(name: "JLTCoreTests", dependencies: ["JLTCore", "TestSupport"]),
    .testTarget(name: "JLTWorkbookTests", dependencies: ["JLTWorkbook", "JLTCore", "XLSX", "TestSupport"]),
    .testTarget(name: "JLTBatchTests", dependencies: ["JLTBatch", "JLTCore", "TestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)
