import JLTCore

/// The synthetic manifest's results (C16–C23, the self-assessment) and the baseline.
extension AllianceGenerator {
  /// C16–C23 and the self-assessment.
  mutating func results(_ t: inout TOMLWriter, schools: [School], e: String, fault: Int) {
    for (code, what) in SyntheticNames.counted {
      let provincial = fault == 2 && code == "C16" ? -1 : rng.int(0...4)
      t.table(code, comment: what)
      t.set("national", .integer(rng.chance(0.1) ? 1 : 0))
      t.set("provincial", .integer(provincial))
      t.set("municipal", .integer(rng.int(0...10)))
      t.set("evidence", ref("\(e)/获奖统计汇总表.xlsx", paper: 0.05))
    }
    for _ in 0..<rng.int(0...2) {
      let outlet = rng.pick(SyntheticNames.media)
      let level = outlet == "中国教育报" ? "国家级" : outlet == "湖北日报" || outlet == "楚天都市报" ? "省级" : "市级"
      t.arrayOfTables("C21.report", comment: outlet)
      t.set("level", .string(level))
      t.set("evidence", ref("\(e)/媒体报道/\(outlet).pdf"))
    }
    if rng.chance(0.3) {
      let level = rng.chance(0.2) ? "省级" : "市级"
      t.table("C22")
      t.set("level", .string(level))
      t.set("evidence", ref("\(e)/\(level)示范教联体文件.pdf"))
    }
    if rng.chance(0.15) {
      t.arrayOfTables("C23.award")
      t.set("level", .string(rng.chance(0.2) ? "国家级" : "省级"))
      t.set("evidence", ref("\(e)/教学成果奖证书.pdf"))
    }
    if rng.chance(0.6) {
      t.table("self_assessment", comment: "自评分")
      t.set("C1", .integer(rng.int(3...5)))
      t.set("C2", .integer(2))
      t.set("C3", .raw(rng.chance(0.5) ? "3" : "2.5"))
      t.set("C5", .raw(rng.tenths(6, 9)))
      t.set("C20", .raw(rng.tenths(8, 9)))
    }
  }

  mutating func baseline(name: String) -> String {
    var t = TOMLWriter()
    t.comment("\(name) 2021年基线数据（教联体组建前一学年，县教育局核定）")
    t.set("year", .integer(2021))
    for (code, what) in SyntheticNames.counted where code != "C17" {
      t.table(code, comment: what)
      t.set("national", .integer(0))
      t.set("provincial", .integer(rng.int(0...2)))
      t.set("municipal", .integer(rng.int(0...6)))
      t.set("evidence", .string("paper:2021年基线核定表"))
    }
    return t.text
  }
}
