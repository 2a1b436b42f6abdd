"""Segmentation + lemmatisation throughput, in sentences per second on one core.

    cd /work/main && .venv/bin/python benchmarks/bench_segment.py [--docs 60] [--repeat 3]

Inputs are built from the seed and eval texts (Korean, English) and a Russian sample
written for this benchmark: each synthetic document is a readout-sized text (a heading,
a dateline and ~25-40 sentences) whose sentences are rotated and whose numbers vary, so
that no two documents are identical. Every document is segmented from scratch
(``segment`` runs splitting, meta and repeat detection and lemmatisation). The process
is pinned to one CPU when the OS allows it. Not a test: it prints a table.
"""

from __future__ import annotations

import argparse
import contextlib
import os
import re
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from app.text.languages import kiwi, lemmatize  # noqa: E402
from app.text.segment import segment  # noqa: E402

RUSSIAN_SAMPLE = """Телефонный разговор с Президентом США Джозефом Байденом

В.В. Путин провёл телефонный разговор с Президентом Соединённых Штатов Америки Дж. Байденом.
Обсуждалось выполнение договорённостей, достигнутых на встрече в Женеве в июне 2021 г. Стороны \
подтвердили готовность продолжить диалог по стратегической стабильности.
Президент России подробно изложил принципиальные подходы к проектам договора и соглашения, т.е. к \
юридически обязывающим гарантиям безопасности. Он подчеркнул, что расширение НАТО на восток \
неприемлемо.
Дж. Байден выразил обеспокоенность ситуацией вокруг Украины и упомянул возможность санкций. В ответ \
В.В. Путин напомнил, что ответственность за напряжённость лежит на Киеве и его союзниках.
Президенты договорились поручить своим представителям провести консультации 10 января в Женеве, \
а 12 января – в рамках Совета Россия–НАТО в Брюсселе. Переговоры в ОБСЕ намечены на 13 января.
Также обсуждались вопросы кибербезопасности, иранская ядерная программа и положение дел в Афганистане.
Российская сторона отметила, что объём взаимной торговли вырос на 12,4 % и превысил 1,1 млрд долл. \
за первое полугодие.
Разговор носил откровенный и деловой характер. Лидеры условились поддерживать контакты.

Москва, Кремль, 30 декабря 2021 года
"""

_NUMBER_RE = re.compile(r"\d+")


def _sources() -> dict[str, list[str]]:
    """Source texts per language."""
    ko = [
        (ROOT / "seeds" / "2021-12-07-biden-putin-video-call.ko.txt").read_text(encoding="utf-8"),
        (ROOT / "seeds" / "2018-06-27-bolton-moscow-visit.ko.txt").read_text(encoding="utf-8"),
    ]
    en: list[str] = []
    for case in sorted((ROOT / "tests" / "data" / "eval").iterdir()):
        for side in ("left.txt", "right.txt"):
            text = (case / side).read_text(encoding="utf-8")
            if "ko" in case.name:
                ko.append(text)
            else:
                en.append(text)
    return {"ko": ko, "en": en, "ru": [RUSSIAN_SAMPLE]}


def _documents(texts: list[str], n_docs: int, language: str) -> list[str]:
    """``n_docs`` readout-sized documents: rotated claim sentences, varied numbers."""
    claims: list[str] = []
    for text in texts:
        claims.extend(s.text for s in segment(text, language=language).claims)
    heading = {
        "ko": "정상 통화 결과 발표문",
        "en": "Readout of the Leaders' Call",
        "ru": "Телефонный разговор",
    }
    docs: list[str] = []
    size = min(len(claims), 36)
    for k in range(n_docs):
        picked = [claims[(k * 7 + i) % len(claims)] for i in range(size)]
        picked = [_NUMBER_RE.sub(lambda m, k=k: str(int(m.group(0)) + k), s) for s in picked]
        paragraphs = [" ".join(picked[i : i + 3]) for i in range(0, len(picked), 3)]
        docs.append(
            f"{heading[language]} {k}\n\n" + "\n\n".join(paragraphs) + f"\n\n2021. 12. {1 + k % 28}.\n"
        )
    return docs


def main() -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--docs", type=int, default=60, help="documents per language")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per language (median reported)")
    parser.add_argument(
        "--all-cores", action="store_true", help="do not pin to one CPU (Kiwi uses a thread per core)"
    )
    args = parser.parse_args()
    if hasattr(os, "sched_setaffinity") and not args.all_cores:
        with contextlib.suppress(OSError):
            os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})

    t0 = time.perf_counter()
    kiwi()
    lemmatize("Путин провёл переговоры", "ru")
    lemmatize("The leaders met", "en")
    load_seconds = time.perf_counter() - t0

    rows = []
    for language, texts in _sources().items():
        docs = _documents(texts, args.docs, language)
        segment(docs[0], language=language)  # warm caches of analysers, not of documents
        timings: list[float] = []
        n_sentences = 0
        for _ in range(args.repeat):
            start = time.perf_counter()
            n_sentences = 0
            for doc in docs:
                n_sentences += len(segment(doc).sentences)
            timings.append(time.perf_counter() - start)
        seconds = statistics.median(timings)
        rows.append((language, len(docs), n_sentences, seconds, n_sentences / seconds))

    cpus = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    print(f"CPUs used: {cpus}; analyser load (Kiwi + pymorphy3 + Snowball), once: {load_seconds:.2f} s")
    print(f"{'lang':4} {'docs':>5} {'sentences':>10} {'seconds':>8} {'sent/s':>8} {'ms/doc':>7}")
    for language, n_docs, n_sent, seconds, rate in rows:
        print(
            f"{language:4} {n_docs:5d} {n_sent:10d} {seconds:8.2f} {rate:8.0f} {1000 * seconds / n_docs:7.1f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
