#!/bin/bash
# The false conflicts each blind set got at its first score, from that commit's own bench.
#
#   scripts/first_false_conflicts.sh OUT "stories-fresh e05a2c10" "stories-fresh2 d34ab15f" ...
#
# Per "SET SHA": a detached worktree of /work/main at SHA in /tmp/fb-SET (../shared linked as
# /tmp/shared), the set's data copied from this checkout when the commit lacks it (and its name
# added to quality.py's SETS and FRESH), describe_conflict patched to append each described
# conflict's sides (file, value, sentence, start, end, normalized) to a JSON file, then
# `quality.py --set SET --embedders static --quiet --misses false-conflicts` with that commit's
# src; the worktree is removed after. Writes OUT/SET.txt (the printed list) and
# OUT/SET.first.jsonl (one line per false conflict, for scripts/conflict_signals.py --first OUT).
set -u
out=$(realpath "$1"); shift
here=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$out"; ln -sfn /work/shared /tmp/shared
for p in "$@"; do
  set -- $p; s=$1; c=$2; w=/tmp/fb-$s
  git -C /work/main worktree add --detach "$w" "$c" >/dev/null 2>&1 || { echo "no worktree for $c"; continue; }
  [ -d "$w/bench/data/$s" ] || cp -r "$here/bench/data/$s" "$w/bench/data/$s"
  grep -q "\"$s\"" "$w/bench/quality.py" || sed -i -E "/^(SETS|FRESH) = /s/\"stories-fresh\", /\"stories-fresh\", \"$s\", /" "$w/bench/quality.py"
  python - "$w/src/rashomon/evaluation/rules.py" <<'PY'
import re, sys
p = sys.argv[1]
s = open(p).read()
m = re.search(r"def describe_conflict\(conflict: Conflict, names: Mapping\[str, str\]\) -> str:\n", s)
body = '''    import json as _j, os as _o
    if _o.environ.get("FB_DUMP"):
        _sides = "; ".join(f"{names.get(s.article, s.article)}: {s.value or s.text!r}" for s in conflict.sides)
        open(_o.environ["FB_DUMP"], "a").write(_j.dumps({"desc": f"{conflict.kind}: {conflict.explanation} [{_sides}]", "kind": conflict.kind, "sides": [[names.get(s.article, s.article), s.value, s.text, s.start, s.end, s.normalized] for s in conflict.sides]}) + "\\n")
'''
open(p, "w").write(s[: m.end()] + body + s[m.end() :])
PY
  rm -f "$out/$s.dump"
  (cd "$w" && FB_DUMP="$out/$s.dump" PYTHONPATH="$w/src" python bench/quality.py --set "$s" --embedders static --quiet --misses false-conflicts > "$out/$s.txt")
  git -C /work/main worktree remove --force "$w"
  python - "$out" "$s" <<'PY'
import json, re, sys
from pathlib import Path
out, s = Path(sys.argv[1]), sys.argv[2]
dump = [json.loads(x) for x in (out / f"{s}.dump").read_text().splitlines()] if (out / f"{s}.dump").exists() else []
rows, used = [], set()
for line in (out / f"{s}.txt").read_text().splitlines():
    m = re.match(r"- ([\w-]+): (.*)$", line)
    k = next((i for i, x in enumerate(dump) if m and i not in used and x["desc"] == m.group(2)), None) if m else None
    if k is not None:
        used.add(k)
        rows.append({"set": s, "story": m.group(1), "kind": dump[k]["kind"], "desc": m.group(2), "sides": dump[k]["sides"]})
(out / f"{s}.first.jsonl").write_text("".join(json.dumps(r) + "\n" for r in rows))
print(s, len(rows), "false conflicts")
PY
done
