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
    // The only Swift target that imports CXlsxWriter.
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
    // `make bench`'s floor of the writing phase: the same cells written straight through the C API,
    // in C (the only other user of CXlsxWriter; part of the benchmark, not of jlt).
    .executableTarget(name: "jlt-floor", dependencies: ["CXlsxWriter"]),
    // `make bench`: synthetic input trees (written through JLTCore's TOMLWriter) and timed `jlt score` runs.
    .executableTarget(
      name: "jlt-bench",
      dependencies: ["JLTCore", .product(name: "ArgumentParser", package: "swift-argument-parser")]),
    // Helpers shared by the test targets (reading an .xlsx back, exact decimals).
    .target(name: "TestSupport", path: "Tests/TestSupport"),
    // What every reader of input files must do with any bytes (checked by the fuzz targets and
    // by the regression tests), with a document serializer and a tagged-JSON writer.
    .target(name: "ParserInvariants", dependencies: ["JLTCore"], path: "Tests/ParserInvariants"),
    // jlt's TOML parser as a toml-test decoder, for the differential test against tomllib.
    // Beside it, tomllib-tagged.py does the same with Python's tomllib.
    .executableTarget(
      name: "toml-tagged", dependencies: ["JLTCore", "ParserInvariants"], path: "Tests/toml-tagged",
      exclude: ["tomllib-tagged.py"]),
    .testTarget(name: "XLSXTests", dependencies: ["XLSX", "TestSupport"]),
    .testTarget(name: "JLTCoreTests", dependencies: ["JLTCore", "TestSupport", "ParserInvariants"]),
    .testTarget(name: "JLTWorkbookTests", dependencies: ["JLTWorkbook", "JLTCore", "XLSX", "TestSupport"]),
    .testTarget(name: "JLTBatchTests", dependencies: ["JLTBatch", "JLTCore", "TestSupport"]),
  ],
  swiftLanguageModes: [.v6]
)

// The fuzz targets (`make fuzz-parser`, which sets JLT_FUZZ=1 and builds them one by one with
// `--sanitize=fuzzer --sanitize=address` in .build-fuzz): one libFuzzer executable per reader of
// input files, each checking `ParserInvariants` on every input (Fuzz/README.md). A normal build
// never sees them.
if Context.environment["JLT_FUZZ"] == "1" {
  package.targets += [
    .target(name: "FuzzEntry", dependencies: ["ParserInvariants"], path: "Fuzz/FuzzEntry"),
    .executableTarget(name: "fuzz-toml", dependencies: ["FuzzEntry"], path: "Fuzz/fuzz-toml"),
    .executableTarget(name: "fuzz-manifest", dependencies: ["FuzzEntry"], path: "Fuzz/fuzz-manifest"),
    .executableTarget(name: "fuzz-rubric", dependencies: ["FuzzEntry"], path: "Fuzz/fuzz-rubric"),
    .executableTarget(name: "fuzz-baseline", dependencies: ["FuzzEntry"], path: "Fuzz/fuzz-baseline"),
  ]
}
