import ArgumentParser
import Foundation

/// `jlt-bench`: the benchmark behind `make bench`.
///
/// For each size it writes a synthetic input tree into a temporary folder, runs
/// `jlt score --timings` on it with `--jobs 1` and `--jobs 2` (after one untimed warm-up run),
/// R times each, interleaved, and prints the median run's figures. The timed runs write
/// into fresh output folders; `--jobs 1` and `--jobs 2` outputs are compared byte for byte.
/// The temporary folder is deleted at the end (unless `--keep`).
@main
struct JLTBench: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "jlt-bench", abstract: "Times `jlt score` on synthetic provinces.",
    subcommands: [Measure.self, Generate.self], defaultSubcommand: Measure.self)
}

/// COUNTIESxALLIANCES, e.g. 10x30.
struct Size: ExpressibleByArgument, Equatable {
  var counties: Int
  var alliances: Int

  init?(argument: String) {
    let parts = argument.split(separator: "x")
    guard parts.count == 2, let c = Int(parts[0]), let a = Int(parts[1]), c >= 1, a >= 1 else { return nil }
    counties = c
    alliances = a
  }
}

/// What one benchmark run measures.
struct Options {
  var jlt: String
  var sizes: [Size]
  var seed: UInt64
  var repeats: Int
  var keep: Bool
  /// The floor program (Sources/jlt-floor); nil: beside `jlt`.
  var floor: String?
}

struct Measure: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "measure", abstract: "Generate each size, score it with --jobs 1 and 2, print the table.")

  @Option(help: "The jlt binary.") var jlt = ".build/release/jlt"
  @Option(help: "Sizes as COUNTIESxALLIANCES, comma-separated.") var sizes = "1x20,10x30,100x30"
  @Option(help: "Seed of the synthetic input.") var seed: UInt64 = 2024
  @Option(help: "Timed runs per size and job count.") var repeats = 3
  @Flag(help: "Keep the temporary folder.") var keep = false
  @Option(help: "The floor program (default: jlt-floor beside the jlt binary).") var floor: String?

  func validate() throws {
    guard sizes.split(separator: ",").allSatisfy({ Size(argument: String($0)) != nil }) else {
      throw ValidationError("a size is COUNTIESxALLIANCES, e.g. 10x30: \(sizes)")
    }
    guard repeats >= 1 else { throw ValidationError("--repeats must be at least 1") }
  }

  func run() throws {
    let list = sizes.split(separator: ",").compactMap { Size(argument: String($0)) }
    let beside = (jlt as NSString).deletingLastPathComponent + "/jlt-floor"
    try benchmark(Options(jlt: jlt, sizes: list, seed: seed, repeats: repeats, keep: keep, floor: floor ?? beside))
  }
}

struct Generate: ParsableCommand {
  static let configuration = CommandConfiguration(abstract: "Write one synthetic input tree.")

  @Argument(help: "The folder to write.") var folder: String
  @Option(help: "Counties.") var counties = 10
  @Option(help: "Alliances per county.") var alliances = 30
  @Option(help: "Seed of the synthetic input.") var seed: UInt64 = 2024

  func run() throws {
    let stats = try TreeGenerator(seed: seed, counties: counties, alliances: alliances).write(to: folder)
    print(
      "generated \(stats.alliances) alliances, \(stats.manifests) manifests, \(stats.evidenceFiles) evidence files "
        + "(evidence paths per manifest \(stats.pathsMin)–\(stats.pathsMax), mean \(f1(stats.pathsMean))) in \(folder)")
    for e in stats.erroneous { print("deliberate error: \(e)") }
  }
}
