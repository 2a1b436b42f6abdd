"""Time ``align()`` on pairs of 10, 100 and 1,000 claims a side, beside a naive baseline.

    .venv/bin/python benchmarks/bench_align.py            # the curve, one core
    .venv/bin/python benchmarks/bench_align.py --sizes 10 40 100 --repeat 5

Inputs are built once from the dev readouts (tests/data/eval/*): segmentation is not
timed. Each size is aligned once to warm up (lexicon load, caches), then timed ``repeat``
times (the median is reported): "warm" keeps the per-sentence caches (a statement
realigned, the page reloaded), "cold" clears them before each run (sentences never seen;
the lexicon stays loaded). The naive baseline is what the issue describes: rapidfuzz
``fuzz.token_set_ratio`` over raw sentences, every pair, via ``process.cdist`` on one core.
Bars (issue 4): a typical pair (<= 40 sentences a side) in <= 20 ms, 1,000 x 1,000 in <= 2 s.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from dataclasses import replace
from pathlib import Path

os.environ.setdefault("OMP_NUM_THREADS", "1")  # one core: NumPy's BLAS must not fan out
os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz, process  # noqa: E402

from app.text import align_features, align_tokens, diff, topics  # noqa: E402
from app.text.align import align  # noqa: E402
from app.text.segment import segment  # noqa: E402
from app.text.types import Paragraph, SegmentedText, Sentence  # noqa: E402


def dev_sentences(side: str) -> list[Sentence]:
    """Claim sentences of one side of every dev case, in case order."""
    found: list[Sentence] = []
    for case in sorted((ROOT / "tests" / "data" / "eval").iterdir()):
        path = case / f"{side}.txt"
        if path.exists():
            found.extend(s for s in segment(path.read_text(encoding="utf-8")).sentences if s.kind == "claim")
    return found


def synthetic_side(pool: list[Sentence], n: int, per_paragraph: int = 3) -> SegmentedText:
    """A statement of ``n`` claims cycled from ``pool`` (made distinct by a trailing number
    after the first round), ``per_paragraph`` to a paragraph, with consistent offsets (the
    sentences' texts joined by spaces and blank lines)."""
    sentences: list[Sentence] = []
    paragraphs: list[Paragraph] = []
    parts: list[str] = []
    offset = 0
    for k in range(n):
        source = pool[k % len(pool)]
        if k >= len(pool):  # every sentence distinct, as in a real long statement
            source = replace(source, text=f"{source.text} ({k})")
        paragraph = k // per_paragraph
        if k and k % per_paragraph == 0:
            parts.append("\n\n")
            offset += 2
        elif k:
            parts.append(" ")
            offset += 1
        start, end = offset, offset + len(source.text)
        sentences.append(replace(source, id=k, paragraph=paragraph, start=start, end=end))
        parts.append(source.text)
        offset = end
    text = "".join(parts)
    for p in range(sentences[-1].paragraph + 1 if sentences else 0):
        members = [s for s in sentences if s.paragraph == p]
        paragraphs.append(
            Paragraph(p, members[0].start, members[-1].end, text[members[0].start : members[-1].end])
        )
    language = sentences[0].language if sentences else "en"
    return SegmentedText(
        text=text, language=language, paragraphs=tuple(paragraphs), sentences=tuple(sentences)
    )


def clear_caches() -> None:
    """Forget every per-sentence cache of the text core (tokens, tags, keys, tiers), so the
    'cold' column times sentences the aligner has never seen (the lexicon stays loaded, and
    so do the keys of each entity's terms, which depend on the lexicon only)."""
    align_tokens.tokenize.cache_clear()
    align_tokens._word_key.cache_clear()
    align_tokens._shouting.cache_clear()
    align_features.matching_keys.cache_clear()
    diff.classify_tier.cache_clear()
    diff.diff_tokens.cache_clear()
    topics._TAG_CACHE.clear()
    topics._FUZZY_CACHE.clear()


def time_call(fn, repeat: int, cold: bool = False) -> float:  # type: ignore[no-untyped-def]
    fn()  # warm-up
    samples = []
    for _ in range(repeat):
        if cold:
            clear_caches()
        t0 = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - t0)
    return statistics.median(samples)


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 40, 100, 1000])
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    left_pool, right_pool = dev_sentences("left"), dev_sentences("right")
    print(
        f"{'claims a side':>14} {'align() warm':>13} {'align() cold':>13} "
        f"{'token_set_ratio':>16} {'links':>7}"
    )
    for n in args.sizes:
        left, right = synthetic_side(left_pool, n), synthetic_side(right_pool, n)
        result = align(left, right)
        t_align = time_call(lambda left=left, right=right: align(left, right), args.repeat)
        t_cold = time_call(lambda left=left, right=right: align(left, right), args.repeat, cold=True)
        left_texts = [s.text for s in left.sentences]
        right_texts = [s.text for s in right.sentences]
        t_naive = time_call(
            lambda a=left_texts, b=right_texts: process.cdist(a, b, scorer=fuzz.token_set_ratio, workers=1),
            1 if n >= 1000 else args.repeat,
        )
        print(
            f"{n:>14} {t_align * 1000:>11.1f}ms {t_cold * 1000:>11.1f}ms {t_naive * 1000:>14.1f}ms "
            f"{len(result.links):>7}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
