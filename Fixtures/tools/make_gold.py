#!/usr/bin/env python3
"""Build a gold file from an annotation draft and its article.

Usage
    python3 Fixtures/tools/make_gold.py DRAFT.json [DRAFT.json ...] [--out-dir Fixtures/gold]

A draft has the shape of a gold file (see Docs/Fixtures.md) without the
error-prone parts:

- "text" may be missing: it is read byte for byte from
  Fixtures/articles/<id>.txt (next to this folder's parent).
- facts need only "text", "kind", "value", "unit" and "subject";
  "qualifier", "rangeEnd" and "change" default to null.
- "start"/"end" are computed: each fact's text is searched after the previous
  fact.  A fact may carry "context", a longer string that contains its text
  exactly once (for instance "排名第二" for "第二"); the fact is then placed
  inside the first occurrence of the context after the previous fact.
  "context" is dropped from the output.

Running the tool on a finished gold file is safe: the text is re-read, offsets
are recomputed by the same in-order scan (existing start/end are used only
when they still cover the fact text and no context is given).

The output keeps the key order of the shared dev gold files.  Validate it with
the scorer's --check-gold mode afterwards.  Standard library only.
"""

import argparse
import json
import os
import sys

FACT_KEYS = ("text", "start", "end", "kind", "value", "unit", "subject", "qualifier", "rangeEnd", "change")
TOP_KEYS = ("id", "notes", "text", "spam", "boilerplateLines", "mustKeep", "metadata", "facts")
META_KEYS = ("title", "author", "published", "source")

HERE = os.path.dirname(os.path.abspath(__file__))
FIXTURES = os.path.dirname(HERE)


class DraftError(Exception):
    pass


def place_facts(text, facts):
    """Returns the facts with start/end filled in, in the draft's order."""
    out = []
    cursor = 0
    for i, f in enumerate(facts):
        ft = f.get("text")
        if not isinstance(ft, str) or not ft:
            raise DraftError(f"facts[{i}]: missing text")
        ctx = f.get("context")
        if ctx:
            inner = ctx.find(ft)
            if inner < 0 or ctx.find(ft, inner + 1) >= 0:
                raise DraftError(f"facts[{i}] {ft!r}: context {ctx!r} must contain the text exactly once")
            at = text.find(ctx, cursor - inner if cursor >= inner else 0)
            while at >= 0 and at + inner < cursor:
                at = text.find(ctx, at + 1)
            if at < 0:
                raise DraftError(f"facts[{i}] {ft!r}: context {ctx!r} not found after offset {cursor}")
            start = at + inner
        else:
            s, e = f.get("start"), f.get("end")
            if isinstance(s, int) and isinstance(e, int) and s >= cursor and text[s:e] == ft:
                start = s
            else:
                start = text.find(ft, cursor)
                if start < 0:
                    raise DraftError(f"facts[{i}] {ft!r}: not found after offset {cursor}")
        end = start + len(ft)
        cursor = end
        g = {k: None for k in FACT_KEYS}
        g.update({k: v for k, v in f.items() if k in FACT_KEYS})
        g["start"], g["end"] = start, end
        value = g["value"]
        if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
            g["value"] = int(value)
        out.append({k: g[k] for k in FACT_KEYS})
    return out


def build(draft_path):
    with open(draft_path, encoding="utf-8") as fh:
        draft = json.load(fh)
    gid = draft.get("id") or os.path.splitext(os.path.basename(draft_path))[0]
    article = os.path.join(FIXTURES, "articles", gid + ".txt")
    with open(article, encoding="utf-8", newline="") as fh:
        text = fh.read()
    gold = {
        "id": gid,
        "notes": draft.get("notes", ""),
        "text": text,
        "spam": draft.get("spam", []),
        "boilerplateLines": draft.get("boilerplateLines", []),
        "mustKeep": draft.get("mustKeep", []),
        "metadata": {k: draft.get("metadata", {}).get(k) for k in META_KEYS},
        "facts": place_facts(text, draft.get("facts", [])),
    }
    for b in gold["boilerplateLines"]:
        if b.strip() != b:
            raise DraftError(f"boilerplate line {b!r} is not trimmed")
    return gid, {k: gold[k] for k in TOP_KEYS}


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("drafts", nargs="+")
    ap.add_argument("--out-dir", default=os.path.join(FIXTURES, "gold"))
    args = ap.parse_args(argv)
    status = 0
    for path in args.drafts:
        try:
            gid, gold = build(path)
        except (OSError, ValueError, DraftError) as exc:
            print(f"{path}: {exc}", file=sys.stderr)
            status = 1
            continue
        out = os.path.join(args.out_dir, gid + ".json")
        with open(out, "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        print(f"{out}: {len(gold['text'])} chars, {len(gold['facts'])} facts")
    return status


if __name__ == "__main__":
    sys.exit(main())
