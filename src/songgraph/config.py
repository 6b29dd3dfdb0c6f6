"""Settings, read from the environment when the app or a command starts (never at import)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path


class ConfigError(ValueError):
    """An environment variable holds a value songgraph cannot use."""


def _int(env: Mapping[str, str], name: str, default: int) -> int:
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        return int(raw)
    except ValueError:
        raise ConfigError(f"{name}: expected an integer, got {raw!r}") from None


def default_web_dist() -> Path:
    """Where `make web` puts the built browser pages: web/dist in the checkout this package runs from."""
    return Path(__file__).resolve().parents[2] / "web" / "dist"


@dataclass(frozen=True)
class Settings:
    neo4j_uri: str = "bolt://127.0.0.1:7687"
    neo4j_user: str = "neo4j"
    neo4j_password: str = "songgraph"
    neo4j_database: str = "neo4j"
    host: str = "127.0.0.1"
    port: int = 8000
    max_query_depth: int = 12
    # How long a read or write keeps retrying while Neo4j is unreachable (a cluster electing a leader).
    retry_seconds: int = 15
    graphiql: bool = True
    # The bundled GraphiQL and explorer assets (built by `make web`, not part of the Python package).
    web_dist: Path = field(default_factory=default_web_dist)

    @classmethod
    def from_env(cls, env: Mapping[str, str]) -> Settings:
        defaults = cls()
        return cls(
            neo4j_uri=env.get("NEO4J_URI") or defaults.neo4j_uri,
            neo4j_user=env.get("NEO4J_USER") or defaults.neo4j_user,
            neo4j_password=env.get("NEO4J_PASSWORD") or defaults.neo4j_password,
            neo4j_database=env.get("NEO4J_DATABASE") or defaults.neo4j_database,
            host=env.get("SONGGRAPH_HOST") or defaults.host,
            port=_int(env, "SONGGRAPH_PORT", defaults.port),
            max_query_depth=_int(env, "SONGGRAPH_MAX_QUERY_DEPTH", defaults.max_query_depth),
            retry_seconds=_int(env, "NEO4J_RETRY_SECONDS", defaults.retry_seconds),
            graphiql=(env.get("SONGGRAPH_GRAPHIQL") or "1").strip().lower() not in {"0", "false", "no", "off"},
            web_dist=Path(env["SONGGRAPH_WEB_DIST"]) if env.get("SONGGRAPH_WEB_DIST") else defaults.web_dist,
        )
