#!/usr/bin/env python3
"""Seed converter: PETRARCH2 ``CAMEO.2.0.txt`` (TABARI verb dictionary) -> draft ``verbs.tsv``.

This script was run once to produce the first draft of
``src/detente/events/data/verbs.tsv``.  That TSV has since been corrected and extended by
hand and is now the maintained file: do not regenerate it over the curated version.  The
script is kept to document where the seed came from (and writes to stdout or to ``--out``;
it refuses to overwrite an existing file unless ``--force`` is given).

Only the simple, reviewable subset of the TABARI patterns is converted:

* verb lines with their own code (``ASK [020]``) and block defaults (``--- IMPOSE [170] ---``)
  become bare-verb rows; two-word verbs (``+CALL_OFF``) become verb + particle / preposition;
* patterns of the form ``- * OBJ``, ``- * PARTICLE OBJ``, ``- * (PREP OBJ)``,
  ``- * OBJ (PREP)``, ``- * PARTICLE (PREP OBJ)`` (nothing before the ``*``) become rows
  with ``particle`` / ``prep`` / ``objects``; ``{MULTI WORD}`` phrases keep their last word
  (the head noun) and ``&SYNSET`` references are expanded;
* a pattern is attached to the verb named in its trailing comment (``# RUSH``), which is the
  verb it was written for, not to every synonym in the block;
* paired codes ``[042:043]`` keep the first code; codes missing from the codebook, ``---``
  and patterns with source/target markers (``$ ^ + %``) or several phrases are skipped;
* when one (lemma, particle, prep, object) gets two different codes the object is dropped
  from all of them (the conflict is reported on stderr) — those need a human decision.

Stdlib only.  Usage::

    python scripts/convert_cameo_verbs.py \
        --dict ../shared/dictionaries/petrarch2/CAMEO.2.0.txt \
        --codebook ../shared/ontology/cameo_codebook.csv --out /tmp/verbs.draft.tsv
"""

from __future__ import annotations

import argparse
import csv
import re
import sys
from collections import defaultdict
from pathlib import Path

PARTICLES = {
    "up", "down", "off", "out", "away", "back", "over", "in", "on", "aside", "forward",
    "through", "together", "apart",
}  # fmt: skip
PREPOSITIONS = {
    "with", "to", "for", "from", "on", "against", "into", "of", "at", "by", "about", "in",
    "over", "between", "among", "toward", "towards", "upon", "under", "after", "behind",
}  # fmt: skip
HEADER = ("code", "lemma", "particle", "prep", "objects", "example")
CODE_RE = re.compile(r"\[([^\]]*)\]")
HEADER_RE = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]\s+---")


def singular(word: str) -> str:
    """Crude noun lemma for upper-case dictionary words (the TSV is then checked by hand)."""
    w = word.lower().strip("_")
    irregular = {"people": "people", "police": "police", "forces": "force", "media": "media"}
    if w in irregular:
        return irregular[w]
    if w.endswith("ies") and len(w) > 4:
        return w[:-3] + "y"
    if w.endswith(("ches", "shes", "sses", "xes")):
        return w[:-2]
    if w.endswith("s") and not w.endswith(("ss", "us", "is", "gas")) and len(w) > 3:
        return w[:-1]
    return w


def tokenize(text: str) -> list[str]:
    """Split a pattern side into tokens, keeping ``(...)`` and ``{...}`` groups whole."""
    out: list[str] = []
    i = 0
    while i < len(text):
        ch = text[i]
        if ch.isspace():
            i += 1
            continue
        if ch in "({":
            close = ")" if ch == "(" else "}"
            j = text.find(close, i)
            if j < 0:
                j = len(text) - 1
            out.append(text[i : j + 1])
            i = j + 1
            continue
        j = i
        while j < len(text) and not text[j].isspace() and text[j] not in "({":
            j += 1
        out.append(text[i:j])
        i = j
    return out


def read_synsets(lines: list[str]) -> dict[str, list[str]]:
    synsets: dict[str, list[str]] = {}
    current: str | None = None
    for raw in lines:
        line = raw.split("#", 1)[0].strip()
        if line.startswith("####### VERB PATTERNS"):
            break
        if line.startswith("&"):
            current = line[1:].rstrip("_").upper()
            synsets[current] = []
        elif line.startswith("+") and current is not None:
            synsets[current].append(line[1:].strip())
        elif not line:
            current = None
    return synsets


def noun_heads(token: str, synsets: dict[str, list[str]]) -> list[str]:
    """Head-noun lemmas for one object token (word, ``{phrase}`` or ``&SYNSET``)."""
    if token.startswith("{"):
        words = token.strip("{}").split()
        return [singular(words[-1])] if words else []
    if token.startswith("&"):
        members = synsets.get(token[1:].rstrip("_").upper(), [])
        if not members:
            return []
        heads = [singular(m.replace("_", " ").split()[-1]) for m in members if m.strip("_")]
        return sorted(set(heads))
    if re.fullmatch(r"[A-Z][A-Z'-]*", token):
        return [singular(token)]
    return []


def parse_post(
    tokens: list[str], synsets: dict[str, list[str]]
) -> tuple[str, str, list[str]] | None:
    """Return (particle, prep, objects) for the supported pattern shapes, else None."""
    particle = ""
    if tokens and tokens[0].lower() in PARTICLES and not tokens[0].startswith(("(", "{")):
        if len(tokens) == 1 or tokens[1].startswith(("(", "{", "&")) or len(tokens) == 2:
            particle = tokens[0].lower()
            tokens = tokens[1:]
    prep = ""
    objects: list[str] = []
    if not tokens:
        return (particle, "", []) if particle else None
    if len(tokens) == 1 and tokens[0].lower() in PREPOSITIONS:
        return particle, tokens[0].lower(), []
    if len(tokens) == 1 and tokens[0].startswith("("):
        inner = tokenize(tokens[0][1:-1])
        if not inner or inner[0].lower() not in PREPOSITIONS:
            return None
        prep = inner[0].lower()
        if len(inner) == 2:
            objects = noun_heads(inner[1], synsets)
            if not objects:
                return None
        elif len(inner) > 2:
            return None
        return particle, prep, objects
    if len(tokens) in (1, 2) and not tokens[0].startswith("("):
        objects = noun_heads(tokens[0], synsets)
        if not objects:
            return None
        if len(tokens) == 2:
            inner = tokenize(tokens[1][1:-1]) if tokens[1].startswith("(") else []
            if len(inner) != 1 or inner[0].lower() not in PREPOSITIONS:
                return None
            prep = inner[0].lower()
        return particle, prep, objects
    return None


def split_verb(word: str) -> tuple[str, str, str] | None:
    """``CALL_OFF`` -> (call, off, ''); ``ASK_FOR`` -> (ask, '', for); plain verbs pass."""
    parts = [p for p in word.lower().split("_") if p]
    if len(parts) == 1:
        return parts[0], "", ""
    if len(parts) == 2 and parts[1] in PARTICLES and parts[1] not in {"on", "in", "over"}:
        return parts[0], parts[1], ""
    if len(parts) == 2 and parts[1] in PREPOSITIONS:
        return parts[0], "", parts[1]
    return None


def first_code(text: str, valid: set[str]) -> str | None:
    m = CODE_RE.search(text)
    if not m:
        return None
    code = m.group(1).split(":")[0].strip()
    return code if code in valid else None


def convert(dict_path: Path, codebook: Path) -> tuple[list[tuple[str, ...]], list[str]]:
    with codebook.open(encoding="utf-8", newline="") as fh:
        valid = {row["code"] for row in csv.DictReader(fh)}
    lines = dict_path.read_text(encoding="utf-8", errors="replace").splitlines()
    synsets = read_synsets(lines)
    # key (code, lemma, particle, prep) -> objects, plus one source line for the example
    rows: dict[tuple[str, str, str, str], set[str]] = defaultdict(set)
    source: dict[tuple[str, str, str, str], str] = {}
    block_code: str | None = None
    block_verbs: list[str] = []
    in_verbs = False
    for raw in lines:
        line = raw.rstrip()
        if line.startswith("####### VERB PATTERNS"):
            in_verbs = True
            continue
        if not in_verbs or not line.strip() or line.startswith("#"):
            continue
        head = HEADER_RE.match(line)
        if head:
            code = head.group(2).strip()
            block_code = code if code in valid else None
            block_verbs = []
            continue
        if line.startswith("-"):
            body, _, comment = line[1:].partition("#")
            if "*" not in body or any(c in body for c in "$^+%"):
                continue
            pre, _, post = body.partition("*")
            code = first_code(post, valid)
            if pre.strip() or code is None:
                continue
            parsed = parse_post(tokenize(CODE_RE.sub("", post).strip()), synsets)
            verb = comment.strip().split()[0].lower() if comment.strip() else ""
            if parsed is None or not verb or verb not in block_verbs:
                continue
            particle, prep, objects = parsed
            key = (code, verb, particle, prep)
            rows[key].update(objects)
            source.setdefault(key, f"CAMEO.2.0: - *{CODE_RE.sub('', post).rstrip()} ({verb})")
            continue
        # verb form line
        text = line.split("#", 1)[0]
        code = first_code(text, valid) or block_code
        word = re.sub(r"\{[^}]*\}", "", CODE_RE.sub("", text)).strip().lstrip("+").split()
        if not word:
            continue
        split = split_verb(word[0])
        if split is None:
            continue
        lemma, particle, prep = split
        if not particle and not prep:
            block_verbs.append(lemma)
        if code is not None:
            key = (code, lemma, particle, prep)
            rows.setdefault(key, set())  # registers a bare row
            source.setdefault(key, f"CAMEO.2.0: {word[0]} [{code}]")
    # drop objects that two codes claim for the same (lemma, particle, prep)
    claims: dict[tuple[str, str, str, str], set[str]] = defaultdict(set)
    for (code, lemma, particle, prep), objs in rows.items():
        for obj in objs or {""}:
            claims[(lemma, particle, prep, obj)].add(code)
    conflicts = sorted(k for k, codes in claims.items() if len(codes) > 1)
    bad = set(conflicts)
    out: list[tuple[str, ...]] = []
    for key in sorted(rows, key=lambda k: (k[1], k[2], k[3], k[0])):
        code, lemma, particle, prep = key
        objs = sorted(o for o in rows[key] if (lemma, particle, prep, o) not in bad)
        if rows[key] and not objs:
            continue
        if not rows[key] and (lemma, particle, prep, "") in bad:
            continue
        out.append((code, lemma, particle, prep, "|".join(objs), source[key]))
    notes = [f"conflict: {'/'.join(k)} -> {sorted(claims[k])}" for k in conflicts]
    return out, notes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    ap.add_argument("--dict", type=Path,
                    default=Path(__file__).resolve().parents[2] / "shared" / Path("dictionaries/petrarch2/CAMEO.2.0.txt"))
    ap.add_argument("--codebook", type=Path,
                    default=Path(__file__).resolve().parents[2] / "shared" / Path("ontology/cameo_codebook.csv"))
    ap.add_argument("--out", type=Path, help="output TSV (default: stdout)")
    ap.add_argument("--force", action="store_true", help="overwrite --out if it exists")
    args = ap.parse_args(argv)
    rows, notes = convert(args.dict, args.codebook)
    for note in notes:
        print(note, file=sys.stderr)
    text = "\t".join(HEADER) + "\n" + "".join("\t".join(r) + "\n" for r in rows)
    if args.out is None:
        sys.stdout.write(text)
    else:
        if args.out.exists() and not args.force:
            print(f"{args.out} exists (the curated file?); use --force", file=sys.stderr)
            return 1
        args.out.write_text(text, encoding="utf-8")
    print(f"{len(rows)} rows, {len(notes)} conflicting objects dropped", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
