"""Full-text search over statement texts (SQLite FTS5 with the trigram tokenizer).

The trigram tokenizer matches any substring of three or more characters, which
is what Korean needs (no spaces between a noun and its particle) and works for
English and Russian too. Triggers keep the index in step with the statements
table, so no code path can forget it. PostgreSQL searches with ILIKE instead.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from collections.abc import Sequence

from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    op.execute("CREATE VIRTUAL TABLE search_statements USING fts5(body, tokenize='trigram')")
    op.execute(
        "CREATE TRIGGER search_statements_ai AFTER INSERT ON statements BEGIN "
        "INSERT INTO search_statements(rowid, body) VALUES (new.id, new.raw_text); END"
    )
    op.execute(
        "CREATE TRIGGER search_statements_ad AFTER DELETE ON statements BEGIN "
        "DELETE FROM search_statements WHERE rowid = old.id; END"
    )
    op.execute(
        "CREATE TRIGGER search_statements_au AFTER UPDATE OF raw_text ON statements BEGIN "
        "UPDATE search_statements SET body = new.raw_text WHERE rowid = old.id; END"
    )
    op.execute("INSERT INTO search_statements(rowid, body) SELECT id, raw_text FROM statements")


def downgrade() -> None:
    if op.get_bind().dialect.name != "sqlite":
        return
    for trigger in ("search_statements_ai", "search_statements_ad", "search_statements_au"):
        op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    op.execute("DROP TABLE IF EXISTS search_statements")
