"""What kazakhstan_v2.py and kazakhstan_check.py both read from a record, written once so the two agree.

The scripts run as `python3 data/tools/<script>.py` from the repository root, so this folder is on their path.
"""
import unicodedata


def fold(s):
    """A name as the loader compares it: NFC, case-folded, typographic apostrophe as ', runs of space as one."""
    s = unicodedata.normalize("NFC", s).casefold().replace("\u2019", "'")
    return " ".join(s.split())


def when(r):
    """A relation's date as one string: the date, or start/end (either may be empty); None when undated."""
    if "date" in r:
        return r["date"]
    if "start" in r or "end" in r:
        return f"{r.get('start', '')}/{r.get('end', '')}"
    return None
