import Foundation

#if canImport(Glibc)
  import Glibc
#endif

/// One timed `jlt score` run.
struct Measurement {
  var counties: Int
  var alliances: Int
  var jobs: Int
  var run: ChildRun
  var timings: Timings
  var scored = 0
  var errors = 0
}

func makeTemporaryFolder() throws -> String {
  let base = ProcessInfo.processInfo.environment["TMPDIR"] ?? "/tmp"
  var template = Array("\(base)/jlt-bench.XXXXXX".utf8CString)
  guard let p = mkdtemp(&template) else {
    throw BenchError("cannot create a temporary folder in \(base): \(String(cString: strerror(errno)))")
  }
  return String(cString: p)
}

func remove(_ path: String) { try? FileManager.default.removeItem(atPath: path) }

/// Every regular file under `folder`, relative, sorted; hidden files (the run lock
/// `.jlt.lock`, which holds the last run's process id) left out.
func files(under folder: String) -> [String] {
  guard let e = FileManager.default.enumerator(atPath: folder) else { return [] }
  var out: [String] = []
  while let p = e.nextObject() as? String {
    if p.split(separator: "/").contains(where: { $0.hasPrefix(".") }) { continue }
    var isDir: ObjCBool = false
    if FileManager.default.fileExists(atPath: folder + "/" + p, isDirectory: &isDir), !isDir.boolValue { out.append(p) }
  }
  return out.sorted()
}

/// Nil when both folders hold the same files with the same bytes, else the first difference.
func difference(_ a: String, _ b: String) -> String? {
  let fa = files(under: a)
  let fb = files(under: b)
  guard fa == fb else { return "different file lists (\(fa.count) vs \(fb.count) files)" }
  for f in fa
  where FileManager.default.contents(atPath: a + "/" + f) != FileManager.default.contents(atPath: b + "/" + f) {
    return "\(f) differs"
  }
  return nil
}

/// Alliances ranked and error problems, from the county JSON files of one output folder.
func census(_ output: String) -> (scored: Int, errors: Int) {
  var scored = 0
  var errors = 0
  for f in files(under: output) where f.hasSuffix(".json") {
    guard let data = FileManager.default.contents(atPath: output + "/" + f),
      let json = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any]
    else { continue }
    scored += (json["alliances"] as? [Any])?.count ?? 0
    errors += ((json["problems"] as? [[String: Any]]) ?? []).filter { ($0["severity"] as? String) == "error" }.count
  }
  return (scored, errors)
}

func log(_ s: String) { FileHandle.standardError.write(Data((s + "\n").utf8)) }

func machine() -> String {
  let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
  let model =
    cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }?
    .split(separator: ":", maxSplits: 1).last?.trimmingCharacters(in: .whitespaces) ?? "unknown CPU"
  let meminfo = (try? String(contentsOfFile: "/proc/meminfo", encoding: .utf8)) ?? ""
  let kb =
    meminfo.split(separator: "\n").first { $0.hasPrefix("MemTotal:") }?
    .split(separator: " ").dropFirst().first.flatMap { Int($0) } ?? 0
  let cores = sysconf(Int32(_SC_NPROCESSORS_ONLN))
  var uts = utsname()
  uname(&uts)
  let kernel = withUnsafeBytes(of: &uts.release) { String(decoding: $0.prefix { $0 != 0 }, as: UTF8.self) }
  return "\(cores) cores (nproc), \(model), \(String(format: "%.1f", Double(kb) / 1_048_576)) GiB RAM, Linux \(kernel)"
}

func f1(_ x: Double) -> String { String(format: "%.1f", x) }
func f2(_ x: Double) -> String { String(format: "%.2f", x) }
func ms(_ x: Double) -> String { x.isNaN ? "?" : String(Int(x.rounded())) }

func benchmark(_ o: Options) throws {
  guard FileManager.default.isExecutableFile(atPath: o.jlt) else {
    throw BenchError("no jlt binary at \(o.jlt) (build it with `swift build -c release`)")
  }
  let jlt = o.jlt.hasPrefix("/") ? o.jlt : FileManager.default.currentDirectoryPath + "/" + o.jlt
  let host = machine()
  log("machine: \(host)")
  log("jlt: \(jlt); seed \(o.seed); \(o.repeats) timed runs per size and job count (median shown)")
  var results: [Measurement] = []
  var extras: [Extras] = []
  for size in o.sizes {
    let tmp = try makeTemporaryFolder()
    defer { if !o.keep { remove(tmp) } }
    let input = tmp + "/input"
    let label = "\(size.counties)×\(size.alliances)"
    let g0 = monotonic()
    let stats = try TreeGenerator(seed: o.seed, counties: size.counties, alliances: size.alliances).write(to: input)
    log(
      "\(label): generated \(stats.alliances) alliances, \(stats.manifests) manifests, "
        + "\(stats.evidenceFiles) evidence files, evidence paths per manifest \(stats.pathsMin)–\(stats.pathsMax) "
        + "(mean \(f1(stats.pathsMean))), \(stats.erroneous.count) manifest(s) with a deliberate error, "
        + "in \(f1(monotonic() - g0)) s under \(tmp)")
    func score(jobs: Int, into out: String) throws -> ChildRun {
      let run = try ChildProcess.run(
        [jlt, "score", input, "--out", out, "--jobs", "\(jobs)", "--timings"], stderrPath: tmp + "/stderr.txt")
      guard run.status <= 1 else {
        throw BenchError("jlt score exited with \(run.status):\n\(run.stderr.suffix(2000))")
      }
      return run
    }
    _ = try score(jobs: 2, into: tmp + "/warm-up")
    remove(tmp + "/warm-up")
    var runs: [Int: [Measurement]] = [1: [], 2: []]
    for r in 0..<o.repeats {
      for jobs in [1, 2] {
        let out = tmp + "/out-j\(jobs)-\(r)"
        let run = try score(jobs: jobs, into: out)
        guard let t = Timings(stderr: run.stderr) else { throw BenchError("no timings_ms line from jlt") }
        var m = Measurement(counties: size.counties, alliances: size.alliances, jobs: jobs, run: run, timings: t)
        (m.scored, m.errors) = census(out)
        runs[jobs, default: []].append(m)
        log(
          "  \(label) --jobs \(jobs) run \(r + 1): \(f2(run.wall)) s (CPU \(f2(run.cpu)) s), \(run.peakRSS / 1_048_576) MB, "
            + "scoring \(ms(t["scoring"])) ms, writing \(ms(t["writing"])) ms")
        if r > 0 { remove(out) }
      }
    }
    if let diff = difference(tmp + "/out-j1-0", tmp + "/out-j2-0") {
      throw BenchError("\(label): --jobs 1 and --jobs 2 outputs differ: \(diff)")
    }
    let expected = stats.erroneous.filter { $0.hasSuffix("/2024.toml") }.count
    for jobs in [1, 2] {
      let sorted = (runs[jobs] ?? []).sorted { $0.run.wall < $1.run.wall }
      guard var median = sorted.isEmpty ? nil : sorted[sorted.count / 2] else { continue }
      median.run.peakRSS = sorted.map(\.run.peakRSS).max() ?? 0
      if median.errors < expected {
        log("  warning: \(expected) deliberate errors in 2024 manifests, \(median.errors) error problems reported")
      }
      results.append(median)
    }
    log(
      "  \(label): outputs of --jobs 1 and --jobs 2 are byte-identical; \(results.last?.scored ?? 0) alliances ranked")
    extras.append(try measureExtras(size, input: input, output: tmp + "/out-j2-0", tmp: tmp, jlt: jlt, floor: o.floor))
  }
  report(results, host: host, options: o)
  reportExtras(extras, results)
}

func report(_ results: [Measurement], host: String, options o: Options) {
  print("Machine: \(host)")
  print("")
  print(
    "| counties × alliances | manifests | jobs | wall s | CPU s | alliances/s | peak RSS MB | scan ms "
      + "| read ms | decode ms | evidence ms | score ms | scoring (wall) ms | writing (wall) ms |")
  print("|---|---|---|---|---|---|---|---|---|---|---|---|---|---|")
  for m in results {
    let t = m.timings
    let n = m.counties * m.alliances
    print(
      "| \(m.counties) × \(m.alliances) | \(ms(t["manifests"])) | \(m.jobs) | \(f2(m.run.wall)) | \(f2(m.run.cpu)) "
        + "| \(Int((Double(n) / m.run.wall).rounded())) | \(m.run.peakRSS / 1_048_576) | \(ms(t["scan"])) "
        + "| \(ms(t["read"])) | \(ms(t["decode"])) | \(ms(t["evidence"])) | \(ms(t["score"])) "
        + "| \(ms(t["scoring"])) | \(ms(t["writing"])) |")
  }
  print("")
  print("wall and peak RSS of the jlt process (wait4), CPU = its user + system time; the median of the timed runs.")
  print("read, decode, evidence and score are sums over alliances (both threads' time with --jobs 2);")
  print(
    "scoring is the wall time of the concurrent read+decode+evidence+score phase, writing the wall time of all outputs."
  )
  print("")
  func find(_ c: Int, _ a: Int, _ j: Int) -> Measurement? {
    results.first { $0.counties == c && $0.alliances == a && $0.jobs == j }
  }
  var sizes: [(Int, Int)] = []
  for m in results where !sizes.contains(where: { $0 == (m.counties, m.alliances) }) {
    sizes.append((m.counties, m.alliances))
  }
  for (c, a) in sizes {
    guard let one = find(c, a, 1), let two = find(c, a, 2) else { continue }
    print(
      "\(c) × \(a): --jobs 2 over --jobs 1: read-and-score phase \(f2(one.timings["scoring"] / two.timings["scoring"]))×, "
        + "writing \(f2(one.timings["writing"] / two.timings["writing"]))×, wall \(f2(one.run.wall / two.run.wall))×")
  }
  for i in sizes.indices.dropFirst() {
    let (c0, a0) = sizes[i - 1]
    let (c1, a1) = sizes[i]
    for j in [1, 2] {
      guard let small = find(c0, a0, j), let big = find(c1, a1, j) else { continue }
      let inputRatio = Double(c1 * a1) / Double(c0 * a0)
      print(
        "\(c1) × \(a1) vs \(c0) × \(a0), --jobs \(j): \(f1(inputRatio))× the alliances took "
          + "\(f2(big.run.wall / small.run.wall))× the wall time")
    }
  }
  // The targets of the performance issue (issue 14), for 100 × 30 (when measured).
  if let one = find(100, 30, 1), let two = find(100, 30, 2) {
    print("")
    func verdict(_ ok: Bool) -> String { ok ? "met" : "NOT met" }
    print("Target 100 × 30 at most 2.5 s wall (--jobs 2): \(f2(two.run.wall)) s — \(verdict(two.run.wall <= 2.5))")
    let rss = max(one.run.peakRSS, two.run.peakRSS) / 1_048_576
    print("Target peak RSS under 200 MB: \(rss) MB — \(verdict(rss < 200))")
    let speedup = one.run.wall / two.run.wall
    print("Target --jobs 2 ≥ 1.8× --jobs 1 (wall): \(f2(speedup))× — \(verdict(speedup >= 1.8))")
    if let small = find(10, 30, 2) {
      let ratio = two.run.wall / small.run.wall
      print("Target linear (10× the alliances ≤ 10.5× the time, --jobs 2): \(f2(ratio))× — \(verdict(ratio <= 10.5))")
    }
  }
}
