"""Page structure prepared in Python so templates stay views.

The event page reads an ``EventDetailOut`` (the same model its JSON twin returns)
and this module arranges it: aligned rows in the order of the leading side,
the original order of each text, per-claim link details with their word diffs,
and the small server-rendered SVG charts.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Literal
from urllib.parse import urlencode

from markupsafe import Markup, escape

from app.views import EventDetailOut, LinkOut, SentenceOut, StatementOut

Side = Literal["left", "right"]
View = Literal["aligned", "original"]
OTHER: dict[Side, Side] = {"left": "right", "right": "left"}
TIER_LABELS = {"same": "same terms", "changed": "changed detail", "reframed": "framed differently"}


@dataclass(frozen=True)
class LinkView:
    """One counterpart of a claim, with why it was matched."""

    target: str
    """DOM id of the counterpart (``right-5``)."""
    text: str
    score: float
    tier: str
    tier_label: str
    topics: list[str]
    terms: list[str]
    diff: Markup


@dataclass(frozen=True)
class SentenceView:
    sentence: SentenceOut
    side: Side
    dom_id: str
    links: list[LinkView]
    hidden: bool = False


@dataclass(frozen=True)
class Cell:
    """One side of a row: its sentences, grouped by the paragraph they belong to."""

    paragraphs: list[list[SentenceView]]


@dataclass(frozen=True)
class PageRow:
    left: Cell
    right: Cell
    unmatched: bool = False
    """True when the row has claims on one side only."""


@dataclass(frozen=True)
class Filters:
    view: View = "aligned"
    lead: Side = "left"
    only_unique: bool = False
    topic: str | None = None

    def query(self, **changes: object) -> str:
        """The query string of these filters with ``changes`` applied (for permalinks and toggles)."""
        values = {
            "view": self.view,
            "lead": self.lead,
            "only": "unique" if self.only_unique else None,
            "topic": self.topic,
        }
        for key, value in changes.items():
            values[key] = value
        defaults = {"view": "aligned", "lead": "left"}
        kept = {k: v for k, v in values.items() if v and defaults.get(k) != v}
        return "?" + urlencode(kept)


@dataclass(frozen=True)
class Shape:
    words: tuple[int, int]
    claims: tuple[int, int]
    paragraphs: tuple[int, int]
    word_ratio: float | None


@dataclass(frozen=True)
class EventPage:
    left: StatementOut | None
    right: StatementOut | None
    filters: Filters
    rows: list[PageRow]
    columns: tuple[list[list[SentenceView]], list[list[SentenceView]]]
    """For the original view: each side's paragraphs in its own order."""
    topics: list[str]
    coverage_chart: Markup = field(default_factory=Markup)
    ladder_chart: Markup = field(default_factory=Markup)
    shape: Shape | None = None
    hidden_claims: int = 0


def diff_markup(link: LinkOut) -> Markup:
    """The word diff as HTML: what only the left has in <del>, only the right in <ins>."""
    parts: list[Markup] = []
    for op in link.diff:
        if op.op == "equal":
            parts.append(escape(op.left))
        else:
            if op.left:
                parts.append(Markup('<del title="only in the left text">{}</del>').format(op.left))
            if op.right:
                parts.append(Markup('<ins title="only in the right text">{}</ins>').format(op.right))
    return Markup(" ").join(parts)


def _link_views(detail: EventDetailOut) -> dict[tuple[Side, int], list[LinkView]]:
    if detail.alignment is None or len(detail.statements) < 2:
        return {}
    texts = {
        "left": {s.id: s.text for s in detail.statements[0].sentences},
        "right": {s.id: s.text for s in detail.statements[1].sentences},
    }
    views: dict[tuple[Side, int], list[LinkView]] = {}
    for link in sorted(detail.alignment.links, key=lambda item: -item.score):
        diff = diff_markup(link)
        for side, own, other in (("left", link.left, link.right), ("right", link.right, link.left)):
            other_side = OTHER[side]  # type: ignore[index]
            views.setdefault((side, own), []).append(  # type: ignore[arg-type]
                LinkView(
                    target=f"{other_side}-{other}",
                    text=texts[other_side][other],
                    score=link.score,
                    tier=link.tier,
                    tier_label=TIER_LABELS.get(link.tier, link.tier),
                    topics=link.topics,
                    terms=link.terms,
                    diff=diff,
                )
            )
    return views


def _sentence_views(
    statement: StatementOut, side: Side, links: dict[tuple[Side, int], list[LinkView]], filters: Filters
) -> dict[int, SentenceView]:
    views = {}
    for s in statement.sentences:
        hidden = s.kind == "claim" and (
            (filters.only_unique and not s.unique)
            or (filters.topic is not None and filters.topic not in s.topics)
        )
        views[s.id] = SentenceView(s, side, f"{side}-{s.id}", links.get((side, s.id), []), hidden)
    return views


def _cell(views: dict[int, SentenceView], ids: Iterable[int]) -> Cell:
    groups: list[list[SentenceView]] = []
    last_paragraph: int | None = None
    for sid in ids:
        view = views[sid]
        if view.sentence.paragraph != last_paragraph:
            groups.append([])
            last_paragraph = view.sentence.paragraph
        groups[-1].append(view)
    return Cell(groups)


def _columns(statement: StatementOut, views: dict[int, SentenceView]) -> list[list[SentenceView]]:
    return [[views[i] for i in p.sentences] for p in statement.paragraphs]


def lead_order(rows: list[tuple[list[int], list[int]]], lead: Side) -> list[tuple[list[int], list[int]]]:
    """Rows in the order of the leading side; rows without a sentence of the leading side
    keep their place after the row they followed, so unmatched text appears where it falls."""
    if lead == "left":
        return rows
    keyed = []
    last_key = -1.0
    for index, (left, right) in enumerate(rows):
        key = float(min(right)) if right else last_key + 1e-6 * (index + 1)
        keyed.append((key, index, (left, right)))
        last_key = key
    return [row for _, _, row in sorted(keyed)]


def _is_one_sided(
    left: list[int], right: list[int], lviews: dict[int, SentenceView], rviews: dict[int, SentenceView]
) -> bool:
    has_left = any(lviews[i].sentence.kind == "claim" for i in left)
    has_right = any(rviews[i].sentence.kind == "claim" for i in right)
    return has_left != has_right


CHART_FONT_UNITS = 11
"""Font size of chart text in SVG units (static/app.css: svg.chart font-size)."""


def text_width(text: str) -> float:
    """Rough width of ``text`` in chart units: CJK glyphs are about a full em, others about 0.6 em."""
    wide = sum(1 for ch in text if unicodedata.east_asian_width(ch) in ("W", "F"))
    return CHART_FONT_UNITS * (wide + 0.6 * (len(text) - wide))


def coverage_chart(
    detail: EventDetailOut, left_label: str, right_label: str, name: Callable[[str], str] = str
) -> Markup:
    """A butterfly bar chart: claims per topic, left side to the left, right side to the right."""
    if detail.summary is None or not detail.summary.coverage:
        return Markup("")
    rows = detail.summary.coverage[:14]
    peak = max(max(r.left, r.right) for r in rows) or 1
    bar, row_h, top = 150, 22, 28
    label_w = max(170, int(max(text_width(name(r.topic)) for r in rows)) + 16)
    width, height = label_w + 2 * bar + 20, top + row_h * len(rows) + 6
    mid = bar + 10
    out = [
        Markup(
            '<svg class="chart coverage" viewBox="0 0 {w} {h}" role="img" '
            'aria-labelledby="cov-title cov-desc">'
        ).format(w=width, h=height),
        Markup('<title id="cov-title">Claims per topic by side</title>'),
        Markup('<desc id="cov-desc">{}</desc>').format(
            "; ".join(f"{name(r.topic)}: {left_label} {r.left}, {right_label} {r.right}" for r in rows)
        ),
        Markup('<text x="{x}" y="16" text-anchor="end" class="axis">{t}</text>').format(
            x=mid - 4, t=left_label
        ),
        Markup('<text x="{x}" y="16" class="axis">{t}</text>').format(x=mid + label_w + 4, t=right_label),
    ]
    for i, r in enumerate(rows):
        y = top + i * row_h
        lw, rw = bar * r.left / peak, bar * r.right / peak
        out.append(
            Markup(
                '<rect class="bar-left" x="{x}" y="{y}" width="{w}" height="14"><title>{t}</title></rect>'
            ).format(x=round(mid - lw, 1), y=y, w=round(lw, 1), t=f"{left_label}: {r.left}")
        )
        out.append(
            Markup('<text x="{x}" y="{ty}" text-anchor="middle" class="topic-label">{t}</text>').format(
                x=mid + label_w / 2, ty=y + 11, t=name(r.topic)
            )
        )
        out.append(
            Markup(
                '<rect class="bar-right" x="{x}" y="{y}" width="{w}" height="14"><title>{t}</title></rect>'
            ).format(x=mid + label_w, y=y, w=round(rw, 1), t=f"{right_label}: {r.right}")
        )
    out.append(Markup("</svg>"))
    return Markup("").join(out)


def topic_order(statement: StatementOut) -> list[str]:
    """Topics in the order the statement first raises them."""
    seen: list[str] = []
    for s in statement.sentences:
        if s.kind == "claim":
            for topic in s.topics:
                if topic not in seen:
                    seen.append(topic)
    return seen


def ladder_chart(left: StatementOut, right: StatementOut, name: Callable[[str], str] = str) -> Markup:
    """Who led with what: each side's topics in order, a line joining the same topic."""
    lo, ro = topic_order(left)[:16], topic_order(right)[:16]
    if not lo and not ro:
        return Markup("")
    row_h, top, gap = 20, 26, 120
    labels = [f"{i + 1}. {name(t)}" for order in (lo, ro) for i, t in enumerate(order)]
    col_w = max(170, int(max(text_width(label) for label in labels)) + 12)
    width, height = 2 * col_w + gap, top + row_h * max(len(lo), len(ro)) + 4
    out = [
        Markup(
            '<svg class="chart ladder" viewBox="0 0 {w} {h}" role="img" aria-labelledby="lad-title lad-desc">'
        ).format(w=width, h=height),
        Markup('<title id="lad-title">Order in which each side raises its topics</title>'),
        Markup('<desc id="lad-desc">{}: {}. {}: {}.</desc>').format(
            left.side, ", ".join(map(name, lo)) or "none", right.side, ", ".join(map(name, ro)) or "none"
        ),
        Markup('<text x="{x}" y="14" text-anchor="end" class="axis">{t}</text>').format(
            x=col_w - 6, t=left.side
        ),
        Markup('<text x="{x}" y="14" class="axis">{t}</text>').format(x=col_w + gap + 6, t=right.side),
    ]
    for i, topic in enumerate(lo):
        y = top + i * row_h
        out.append(
            Markup('<text x="{x}" y="{y}" text-anchor="end" class="topic-label">{i}. {t}</text>').format(
                x=col_w - 6, y=y + 10, i=i + 1, t=name(topic)
            )
        )
        if topic in ro:
            j = ro.index(topic)
            out.append(
                Markup('<line x1="{x1}" y1="{y1}" x2="{x2}" y2="{y2}" class="rung"/>').format(
                    x1=col_w, y1=y + 6, x2=col_w + gap, y2=top + j * row_h + 6
                )
            )
    for j, topic in enumerate(ro):
        y = top + j * row_h
        out.append(
            Markup('<text x="{x}" y="{y}" class="topic-label">{i}. {t}</text>').format(
                x=col_w + gap + 6, y=y + 10, i=j + 1, t=name(topic)
            )
        )
    out.append(Markup("</svg>"))
    return Markup("").join(out)


def event_page(
    detail: EventDetailOut, filters: Filters | None = None, topic_name: Callable[[str], str] = str
) -> EventPage:
    filters = filters or Filters()
    if len(detail.statements) < 2:
        only = detail.statements[0] if detail.statements else None
        views = _sentence_views(only, "left", {}, filters) if only else {}
        rows = [PageRow(_cell(views, p.sentences), Cell([])) for p in only.paragraphs] if only else []
        return EventPage(only, None, filters, rows, ([], []), [])
    left, right = detail.statements[0], detail.statements[1]
    links = _link_views(detail)
    lviews = _sentence_views(left, "left", links, filters)
    rviews = _sentence_views(right, "right", links, filters)
    if detail.alignment is not None and detail.alignment.rows:
        raw_rows = [(list(r.left), list(r.right)) for r in detail.alignment.rows]
    else:
        n = max(len(left.paragraphs), len(right.paragraphs))
        raw_rows = [
            (
                left.paragraphs[i].sentences if i < len(left.paragraphs) else [],
                right.paragraphs[i].sentences if i < len(right.paragraphs) else [],
            )
            for i in range(n)
        ]
    rows = [
        PageRow(_cell(lviews, lids), _cell(rviews, rids), _is_one_sided(lids, rids, lviews, rviews))
        for lids, rids in lead_order(raw_rows, filters.lead)
    ]
    if filters.lead == "right":
        rows = [PageRow(r.right, r.left, r.unmatched) for r in rows]
    topics = [c.topic for c in detail.summary.coverage] if detail.summary else []
    shape = Shape(
        words=(left.words, right.words),
        claims=(left.claims, right.claims),
        paragraphs=(len(left.paragraphs), len(right.paragraphs)),
        word_ratio=(left.words / right.words) if right.words else None,
    )
    hidden = sum(1 for v in [*lviews.values(), *rviews.values()] if v.hidden)
    return EventPage(
        left=left,
        right=right,
        filters=filters,
        rows=rows,
        columns=(_columns(left, lviews), _columns(right, rviews)),
        topics=topics,
        coverage_chart=coverage_chart(detail, left.side, right.side, topic_name),
        ladder_chart=ladder_chart(left, right, topic_name),
        shape=shape,
        hidden_claims=hidden,
    )
