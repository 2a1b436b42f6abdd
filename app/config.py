"""Settings, read once from the environment and passed in (never a module global)."""

from __future__ import annotations

from pathlib import Path

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

from app.paths import SEEDS_DIR

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
