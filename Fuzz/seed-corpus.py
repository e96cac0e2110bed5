#!/usr/bin/env python3
"""Writes the seed corpora and the dictionary of the fuzz targets (`make fuzz-parser`).

    Fuzz/seed-corpus.py JLT WORK

JLT is a built `jlt`, used for its templates (`jlt init`, both alliance types) and exported
rubrics (`jlt rubric … --out X.toml`). Into WORK/seeds/<target>/ go, named by their SHA-1:
  toml      every .toml of the toml-test suite (valid and invalid), the sample input, the
            fixtures, the templates and the rubrics
  manifest  the manifests (YYYY.toml) of the sample input and the fixtures, the templates
  rubric    the rubric files of the sample input, the exported rubrics
  baseline  the baseline.toml files
and, for each target, the regression inputs of Tests/Fixtures/fuzz-regressions/<target>/.
WORK/jlt.dict is Fuzz/toml.dict plus every key, table name and short text (in quotes) of
those files. Seeds are read-only for libFuzzer; its growing corpus is WORK/corpus/<target>.
"""
import hashlib
import pathlib
import re
import shutil
import subprocess
import sys
import tempfile


def main() -> None:
    jlt, work = sys.argv[1], pathlib.Path(sys.argv[2])
    repo = pathlib.Path(__file__).resolve().parent.parent
    fixtures = repo / "Tests" / "Fixtures"
    generated = pathlib.Path(tempfile.mkdtemp(prefix="jlt-seeds-"))
    try:
        for kind, schools in (("融合型", "4"), ("共建型", "2")):
            subprocess.run([jlt, "init", str(generated / kind), "--year", "2024", "--type", kind,
                            "--schools", schools, "--input", str(repo / "input")],
                           check=True, stdout=subprocess.DEVNULL)
        for year in ("2024", "2025"):
            subprocess.run([jlt, "rubric", "--input", str(repo / "input"), "--year", year,
                            "--out", str(generated / f"rubric-{year}.toml")],
                           check=True, stdout=subprocess.DEVNULL)
        trees = [repo / "input", fixtures / "mini", generated]
        manifests = [p for t in trees for p in t.rglob("*.toml") if re.fullmatch(r"\d{4}\.toml", p.name)]
        baselines = [p for t in trees for p in t.rglob("baseline.toml")]
        rubrics = [p for t in trees for p in t.rglob("rubric-*.toml")]
        suite = sorted((fixtures / "toml-test").rglob("*.toml"))
        seeds = {
            "toml": suite + manifests + baselines + rubrics,
            "manifest": manifests,
            "rubric": rubrics,
            "baseline": baselines,
        }
        shutil.rmtree(work / "seeds", ignore_errors=True)
        for target, files in seeds.items():
            folder = work / "seeds" / target
            folder.mkdir(parents=True)
            regressions = fixtures / "fuzz-regressions" / target
            if regressions.is_dir():
                files = files + sorted(p for p in regressions.iterdir() if p.is_file())
            for f in files:
                data = f.read_bytes()
                (folder / hashlib.sha1(data).hexdigest()).write_bytes(data)
            print(f"seeds/{target}: {len(list(folder.iterdir()))} files")
        words = set()
        for f in manifests + baselines + rubrics:
            text = decoded(f.read_bytes())
            words.update(re.findall(r"^\s*([A-Za-z0-9_]+)\s*=", text, re.M))
            words.update(re.findall(r"^\s*(\[\[?[A-Za-z0-9_.]+\]\]?)", text, re.M))
            for value in re.findall(r"=\s*(\S.*)$", text, re.M):
                if value[0] in "\"[":
                    words.update(re.findall(r'"[^"\\]{1,12}"', value.split("#")[0]))
        with open(work / "jlt.dict", "w", encoding="ascii") as out:
            out.write((repo / "Fuzz" / "toml.dict").read_text(encoding="utf-8"))
            out.write("# from the sample input, the templates and the rubrics\n")
            for w in sorted(words):
                out.write('"' + "".join(escape(b) for b in w.encode("utf-8")) + '"\n')
        print(f"jlt.dict: {len(words)} words beside Fuzz/toml.dict")
    finally:
        shutil.rmtree(generated, ignore_errors=True)


def decoded(data: bytes) -> str:
    """The text of a file as jlt reads it (SPEC §2): UTF-8, UTF-16 with BOM, else GB18030."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="ignore")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("gb18030", errors="ignore")


def escape(b: int) -> str:
    """One byte in libFuzzer's dictionary syntax."""
    if b in (0x22, 0x5C) or b < 0x20 or b >= 0x7F:
        return f"\\x{b:02x}"
    return chr(b)


if __name__ == "__main__":
    main()
