"""Adds up the TRX files of a test run and prints the closing line CI reads."""
import pathlib
import sys
import xml.etree.ElementTree as ET

NS = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}

passed = failed = skipped = 0
for trx in sorted(pathlib.Path(sys.argv[1]).glob("*.trx")):
    counters = ET.parse(trx).getroot().find("t:ResultSummary/t:Counters", NS)
    if counters is None:
        continue
    passed += int(counters.get("passed", 0))
    failed += int(counters.get("failed", 0)) + int(counters.get("error", 0))
    skipped += int(counters.get("notExecuted", 0))

print(f"{passed} passed, {failed} failed, {skipped} skipped")
