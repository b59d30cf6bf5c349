#!/usr/bin/python3
"""Validates dataset files against docs/dataset-format.schema.json, so the
published schema and the loader cannot drift apart silently.

usage: check_dataset_schema.py SCHEMA VALID_FILE_OR_DIR... [--invalid FILE...]
Every valid file must pass; every file after --invalid must fail."""
import glob
import json
import os
import sys

import jsonschema

schema = json.load(open(sys.argv[1], encoding="utf-8"))
jsonschema.Draft202012Validator.check_schema(schema)
validator = jsonschema.Draft202012Validator(schema)

valid, invalid, target = [], [], None
for arg in sys.argv[2:]:
    if arg == "--invalid":
        target = invalid
        continue
    paths = sorted(glob.glob(os.path.join(arg, "*.json"))) if os.path.isdir(arg) else [arg]
    (invalid if target is invalid else valid).extend(paths)

failures = 0
for path in valid:
    errors = list(validator.iter_errors(json.load(open(path, encoding="utf-8"))))
    for e in errors[:5]:
        print(f"{path}: {'/'.join(map(str, e.absolute_path))}: {e.message}")
    failures += bool(errors)
for path in invalid:
    if validator.is_valid(json.load(open(path, encoding="utf-8"))):
        print(f"{path}: accepted by the schema, expected a rejection")
        failures += 1
print(f"schema: {len(valid)} valid file(s) checked, {len(invalid)} invalid file(s) checked, {failures} problem(s)")
sys.exit(1 if failures else 0)
