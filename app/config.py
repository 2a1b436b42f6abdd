"""Settings, read once from the environment and passed in (never a module global)."""

from __future__ import annotations

from pathlib import Path

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from app.paths import SEEDS_DIR
from app.text.topics import Lexicon, load_lexicon

DEFAULT_DATABASE_URL = "sqlite:///./parallax.db"


class Settings(BaseSettings):
    """Configuration from ``PARALLAX_*`` variables; the database from ``DATABASE_URL``."""

    model_config = SettingsConfigDict(env_prefix="PARALLAX_", extra="ignore")

    database_url: str = Field(
        default=DEFAULT_DATABASE_URL,
        validation_alias=AliasChoices("DATABASE_URL", "PARALLAX_DATABASE_URL"),
    )
    seeds_dir: Path = SEEDS_DIR
    max_text_bytes: int = 1_000_000
    """Largest accepted text or file per statement (bytes); larger uploads get 413."""
    max_upload_bytes: int = 5_000_000
    """Largest accepted request body (two files plus form fields)."""
    secret_key: str = "parallax-development-key"
    """Signs CSRF tokens; set PARALLAX_SECRET_KEY in any shared deployment."""
    events_per_page: int = 20
    lexicon_dir: Path | None = None
    """A folder of the user's own topic/entity ``*.toml`` files, added to the built-in lexicon
    (an entry with a built-in id replaces it); run ``parallax realign`` after changing it."""

    def lexicon(self) -> Lexicon:
        """The lexicon the aligner uses: the built-in one plus ``lexicon_dir``'s files."""
        return load_lexicon(extra=self.lexicon_dir.resolve() if self.lexicon_dir else None)
