import Foundation

extension JSONReport {
  /// One alliance object (SPEC §5). A published record (§9) writes the same object with each
  /// present evidence file's `sha256` (`hashes`, by path) and its own keys after it (`extra`).
  static func alliance(
    _ ranked: RankedAlliance, warnings: [Problem], _ o: JSONWriter, hashes: [String: String]? = nil,
    extra: () -> Void = {}
  ) {
    let a = ranked.score
    o.object {
      o.key("id"); o.string(a.id)
      o.key("name"); o.string(a.name)
      o.key("type"); o.string(a.type.rawValue)
      o.key("core_school"); o.string(a.coreSchool)
      o.key("rank"); o.int(ranked.rank)
      o.key("total"); o.score(a.total)
      o.key("grade"); o.string(a.grade)
      o.key("groups")
      o.object {
        for g in a.groups { o.key(g.code); o.score(g.score) }
      }
      o.key("indicators")
      o.object {
        for s in a.indicators { o.key(s.code); o.score(s.score) }
      }
      o.key("self_assessment")
      if a.selfAssessment.isEmpty {
        o.null()
      } else {
        o.object {
          for s in a.indicators { if let v = a.selfAssessment[s.code] { o.key(s.code); o.score(v) } }
        }
      }
      o.key("reasons")
      o.object {
        for s in a.indicators where s.score < s.points {
          o.key(s.code)
          o.array(s.reasons) { o.string($0) }
        }
      }
      o.key("warnings")
      o.array(warnings) { o.string($0.message) }
      o.key("schools")
      o.array(a.schools) { school($0, o) }
      o.key("evidence")
      o.array(a.evidence) { e in evidence(e, sha256: e.path.flatMap { hashes?[$0] }, o) }
      o.key("previous")
      switch ranked.previous {
      case .new: o.null()
      case .unscorable:
        o.object {
          o.key("year"); o.int(a.year - 1)
          o.key("status"); o.string("无法评分")
          o.key("total"); o.null()
          o.key("rank"); o.null()
          o.key("grade"); o.null()
        }
      case .scored(let before):
        o.object {
          o.key("year"); o.int(before.year)
          o.key("status"); o.string(before.source.rawValue)
          o.key("total"); o.score(before.total)
          o.key("rank"); o.int(before.rank)
          o.key("grade"); o.string(before.grade)
        }
      }
      o.key("cycle")
      o.object {
        o.key("first_year"); o.int(ranked.cycle.firstYear)
        o.key("years")
        o.object {
          for y in ranked.cycle.years {
            o.key(String(y.year))
            o.object {
              o.key("total"); y.total.map { o.score($0) } ?? o.null()
              o.key("grade"); y.grade.map { o.string($0) } ?? o.null()
              o.key("status"); o.string(y.status.rawValue)
            }
          }
        }
      }
      o.key("consequence"); ranked.consequence.map { o.string($0.label) } ?? o.null()
      extra()
    }
  }

  /// `{"ref", "keys", "status", "bytes"}`, and `sha256` in a record for a present file.
  static func evidence(_ e: EvidenceEntry, sha256: String?, _ o: JSONWriter) {
    o.object {
      o.key("ref"); o.string(e.ref)
      o.key("keys"); o.array(e.keys) { o.string($0) }
      o.key("status"); o.string(e.kind.rawValue)
      o.key("bytes"); e.bytes.map { o.int($0) } ?? o.null()
      if let sha256 { o.key("sha256"); o.string(sha256) }
    }
  }

  /// One school's items (SPEC §11); member-only items are absent from the core school's.
  static func school(_ s: SchoolItems, _ o: JSONWriter) {
    o.object {
      o.key("name"); o.string(s.name)
      o.key("role"); o.string(s.role.rawValue)
      o.key("tags"); o.array(s.tags) { o.string($0) }
      o.key("teachers"); o.int(s.teachers)
      o.key("evaluation"); s.evaluation.map { o.string($0) } ?? o.null()
      o.key("exchange_in"); s.exchangeIn.map { o.int($0) } ?? o.null()
      o.key("items")
      o.object {
        let names = SchoolItems.names
        for (name, met) in zip(names, [s.annualPlan, s.annualSummary, s.principalMeetings, s.trainingCovered]) {
          if let met { o.key(name); o.bool(met) }
        }
        o.key(names[4]); o.bool(s.inJointProject)
        o.key(names[5]); o.bool(s.cultureFeature)
        o.key(names[6]); s.satisfaction.map { o.score($0) } ?? o.null()
        o.key(names[7])
        o.object {
          o.key("省级"); o.int(s.honors.provincial)
          o.key("市级"); o.int(s.honors.municipal)
        }
        o.key(names[8]); s.exchangeIn.map { o.int($0) } ?? o.null()
        if s.isMember { o.key(names[9]); s.countedEvaluation.map { o.string($0) } ?? o.null() }
      }
      o.key("missing"); o.array(s.missing) { o.string($0) }
    }
  }
}
