"""Share of time per stage, and detente against the bare spaCy pipeline, on one corpus.

    .venv/bin/python benchmarks/bench_stages.py [N_ARTICLES]

Reports articles/s, sentences/s, the share of time spent reading, parsing, resolving actors
and coding events, and the ratio of detente's end-to-end time to ``nlp.pipe`` with all
components over the same paragraphs (same process). Figures are ratios measured in the same
run, so they compare across machines; absolute rates do not.
"""

from __future__ import annotations

import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import corpus

from detente import Pipeline
from detente.ingest.detect import content_id
from detente.ingest.textdump import read_textdump


def main(n: int) -> None:
    texts = corpus(n)
    pipeline = Pipeline()
    timing = {"read": 0.0, "parse": 0.0, "actors": 0.0, "events": 0.0}
    sentences = events = 0
    start = time.perf_counter()
    for text in texts:
        t0 = time.perf_counter()
        article = read_textdump(text, "bench", content_id(text), published=date(2024, 3, 1))
        t1 = time.perf_counter()
        document = pipeline.parser(article)
        t2 = time.perf_counter()
        document = pipeline.resolver(document)
        t3 = time.perf_counter()
        events += len(pipeline.coder(document))
        t4 = time.perf_counter()
        for key, a, b in (
            ("read", t0, t1),
            ("parse", t1, t2),
            ("actors", t2, t3),
            ("events", t3, t4),
        ):
            timing[key] += b - a
        sentences += len(document.sentences)
    total = time.perf_counter() - start
    paragraphs = [p.text for text in texts for p in read_textdump(text, "bench", "x").paragraphs]
    t0 = time.perf_counter()
    for _ in pipeline.parser.nlp.pipe(paragraphs, batch_size=64):
        pass
    bare = time.perf_counter() - t0
    print(f"{n} articles, {sentences} sentences, {events} events")
    print(f"articles/s {n / total:.1f}   sentences/s {sentences / total:.1f}")
    for key, value in timing.items():
        print(f"share {key:<7} {value / total:6.1%}")
    print(f"detente / bare spaCy time: {total / bare:.2f} (below 1 is faster than bare spaCy)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200)
