import Foundation

/// What `make bench` measures besides `jlt score` for one size: the floor of the writing phase
/// (`jlt-floor` writing what jlt wrote, straight through libxlsxwriter, FloorPlan.swift) with one
/// and two threads, and one `jlt publish` of the same input (which scores, writes and hashes
/// every present evidence file).
struct Extras {
  var counties: Int
  var alliances: Int
  var floor1: Double?
  var floor2: Double?
  var publish: ChildRun?
}

func measureExtras(_ size: Size, input: String, output: String, tmp: String, jlt: String, floor: String?)
  throws -> Extras
{
  var x = Extras(counties: size.counties, alliances: size.alliances)
  let label = "\(size.counties)×\(size.alliances)"
  if let floor, FileManager.default.isExecutableFile(atPath: floor) {
    let plan = tmp + "/floor-plan.txt"
    let books = try FloorPlan.write(from: output, to: plan)
    x.floor1 = try FloorPlan.measure(
      floor: floor, plan: plan, folder: tmp + "/floor-1", jobs: 1, log: tmp + "/floor.err")
    remove(tmp + "/floor-1")
    x.floor2 = try FloorPlan.measure(
      floor: floor, plan: plan, folder: tmp + "/floor-2", jobs: 2, log: tmp + "/floor.err")
    remove(tmp + "/floor-2")
    log(
      "  \(label): floor (jlt-floor, \(books) workbooks): \(ms(x.floor1 ?? .nan)) ms with 1 thread, \(ms(x.floor2 ?? .nan)) ms with 2"
    )
  } else {
    log("  \(label): no jlt-floor at \(floor ?? "?"); the floor is not measured")
  }
  // The year jlt scored: the one folder of its output.
  let years = ((try? FileManager.default.contentsOfDirectory(atPath: output)) ?? []).filter { Int($0) != nil }
  if let year = years.sorted().last {
    let run = try ChildProcess.run(
      [
        jlt, "publish", input, "--year", year, "--by", "基准测试", "--date", "2025-09-01", "--out", tmp + "/publish",
        "--jobs", "2",
      ], stderrPath: tmp + "/publish.err")
    guard run.status <= 1 else {
      throw BenchError("jlt publish exited with \(run.status):\n\(run.stderr.suffix(2000))")
    }
    x.publish = run
    log("  \(label): jlt publish --jobs 2: \(f2(run.wall)) s (CPU \(f2(run.cpu)) s), \(run.peakRSS / 1_048_576) MB")
    remove(tmp + "/publish")
  }
  return x
}

func reportExtras(_ extras: [Extras], _ results: [Measurement]) {
  print("")
  print(
    "| counties × alliances | jlt writing (wall) ms, --jobs 1 / 2 | floor ms, 1 / 2 threads | ratio, --jobs 2 | publish s | publish ÷ score, --jobs 2 |"
  )
  print("|---|---|---|---|---|---|")
  for x in extras {
    let one = results.first { $0.counties == x.counties && $0.alliances == x.alliances && $0.jobs == 1 }
    let two = results.first { $0.counties == x.counties && $0.alliances == x.alliances && $0.jobs == 2 }
    let w1 = one?.timings["writing"] ?? .nan
    let w2 = two?.timings["writing"] ?? .nan
    let ratio = x.floor2.map { w2 / $0 } ?? .nan
    let pub = x.publish?.wall ?? .nan
    print(
      "| \(x.counties) × \(x.alliances) | \(ms(w1)) / \(ms(w2)) | \(ms(x.floor1 ?? .nan)) / \(ms(x.floor2 ?? .nan)) "
        + "| \(f2(ratio))× | \(f2(pub)) | \(f2(pub / (two?.run.wall ?? .nan)))× |")
  }
  print("")
  print("floor: jlt-floor writes the same workbooks, sheets, rows, string and number cells, merges and row heights")
  print("straight through libxlsxwriter (Sources/jlt-floor/main.c); ratio = jlt's writing phase ÷ the floor.")
  for x in extras where x.counties == 100 && x.alliances == 30 {
    if let floor = x.floor2,
      let two = results.first(where: { $0.counties == 100 && $0.alliances == 30 && $0.jobs == 2 })
    {
      let ratio = two.timings["writing"] / floor
      print(
        "Target writing within 2× the floor (100 × 30, --jobs 2): \(f2(ratio))× — \(ratio <= 2 ? "met" : "NOT met")")
    }
  }
  print(
    "publish: one `jlt publish` of the same input (scores, writes the outputs, hashes every present evidence file).")
}
