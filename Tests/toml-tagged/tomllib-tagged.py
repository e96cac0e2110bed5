#!/usr/bin/env python3
"""Python's tomllib as a toml-test decoder, printing what `toml-tagged FILE…` prints for jlt's
parser: one line per file, `ok <tagged JSON>` or `error 0 <message>`. The other side of the
differential test (Tests/JLTCoreTests/TOMLDifferentialTests.swift). Needs Python 3.11 or later.

A leading UTF-8 BOM is skipped before tomllib sees the text: tomllib refuses it, while toml-test
counts it valid (valid/utf8-bom-01.toml and -02 start with one) and jlt skips it.
"""
import datetime
import json
import math
import sys
import tomllib


def tagged(value):
    """A value in toml-test's tagged JSON: tables and arrays as they are, leaves as
    {"type": …, "value": text}."""
    if isinstance(value, dict):
        return {k: tagged(v) for k, v in value.items()}
    if isinstance(value, list):
        return [tagged(v) for v in value]
    if isinstance(value, bool):
        return leaf("bool", "true" if value else "false")
    if isinstance(value, int):
        return leaf("integer", str(value))
    if isinstance(value, float):
        if math.isnan(value):
            return leaf("float", "nan")
        if math.isinf(value):
            return leaf("float", "inf" if value > 0 else "-inf")
        return leaf("float", repr(value))
    if isinstance(value, str):
        return leaf("string", value)
    if isinstance(value, datetime.datetime):
        return leaf("datetime" if value.tzinfo else "datetime-local", value.isoformat())
    if isinstance(value, datetime.date):
        return leaf("date-local", value.isoformat())
    if isinstance(value, datetime.time):
        return leaf("time-local", value.isoformat())
    raise TypeError(f"unexpected {type(value)}")


def leaf(kind, text):
    return {"type": kind, "value": text}


def main():
    out = open(sys.stdout.fileno(), "w", encoding="utf-8", newline="\n", closefd=False)
    for path in sys.argv[1:]:
        try:
            with open(path, "rb") as f:
                data = f.read()
            if data.startswith(b"\xef\xbb\xbf"):
                data = data[3:]
            document = tomllib.loads(data.decode("utf-8"))
        except (tomllib.TOMLDecodeError, UnicodeDecodeError, ValueError, OSError) as e:
            out.write("error 0 " + str(e).replace("\n", " ").replace("\r", " ") + "\n")
            continue
        out.write("ok " + json.dumps(tagged(document), ensure_ascii=False, separators=(",", ":")) + "\n")
    out.flush()


if __name__ == "__main__":
    main()
