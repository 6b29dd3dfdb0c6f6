"""Settings, read from the environment when the app or a command starts (never at import)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from songgraph import packaged
from songgraph.auth import TokenConfigError, TokenEntry, parse_entries


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


def _limit(env: Mapping[str, str], name: str, default: int, minimum: int = 1) -> int:
    value = _int(env, name, default)
    if value < minimum:
        raise ConfigError(f"{name}: must be at least {minimum}, got {value}")
    return value


def _origins(env: Mapping[str, str]) -> tuple[str, ...]:
    """``SONGGRAPH_CORS_ORIGINS``: comma-separated origins (scheme://host[:port]), or ``*`` for any."""
    origins = tuple(item.strip().rstrip("/") for item in (env.get("SONGGRAPH_CORS_ORIGINS") or "").split(","))
    origins = tuple(origin for origin in origins if origin)
    for origin in origins:
        if origin != "*" and not origin.startswith(("http://", "https://")):
            raise ConfigError(f"SONGGRAPH_CORS_ORIGINS: {origin!r} is not an origin such as https://app.example.org")
    return origins


def _flag(env: Mapping[str, str], name: str, default: bool) -> bool:
    raw = (env.get(name) or "").strip().lower()
    if not raw:
        return default
    if raw in {"1", "true", "yes", "on"}:
        return True
    if raw in {"0", "false", "no", "off"}:
        return False
    raise ConfigError(f"{name}: expected 1/0, true/false, yes/no or on/off, got {raw!r}")


def _number(env: Mapping[str, str], name: str, default: float, expected: str) -> float:
    """A number from the environment; ``expected`` says what it should be when it is not one."""
    raw = env.get(name)
    if raw is None or raw == "":
        return default
    try:
        return float(raw)
    except ValueError:
        raise ConfigError(f"{name}: expected {expected}, got {raw!r}") from None


def _seconds(env: Mapping[str, str], name: str, default: float) -> float:
    value = _number(env, name, default, "a number of seconds")
    if not value > 0:
        raise ConfigError(f"{name}: expected a positive number of seconds, got {env.get(name)!r}")
    return value


def _share(env: Mapping[str, str], name: str, default: float) -> float:
    value = _number(env, name, default, "a share between 0 and 1 (0.5 is half the time)")
    if not 0 < value <= 1:
        raise ConfigError(f"{name}: expected a share above 0 and at most 1, got {env.get(name)!r}")
    return value


def _tokens(env: Mapping[str, str]) -> tuple[TokenEntry, ...]:
    try:
        entries = parse_entries(env.get("SONGGRAPH_TOKENS") or "", "SONGGRAPH_TOKENS")
        path = env.get("SONGGRAPH_TOKENS_FILE")
        if path:
            try:
                text = Path(path).read_text(encoding="utf-8")
            except OSError as error:
                raise ConfigError(f"SONGGRAPH_TOKENS_FILE: cannot read {path}: {error.strerror}") from None
            entries += parse_entries(text, path)
    except TokenConfigError as error:
        raise ConfigError(str(error)) from None
    names = [entry.name for entry in entries]
    duplicate = next((name for name in names if names.count(name) > 1), None)
    if duplicate is not None:
        raise ConfigError(f"SONGGRAPH_TOKENS: the token name {duplicate!r} is configured twice")
    return entries


def default_web_dist() -> Path:
    """The browser pages shipped in the wheel; in a development install, `make web`'s web/dist of the checkout."""
    return packaged.web_dist()


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
    introspection: bool = True
    # Queries need no token unless this is off; mutations always need a write token.
    public_reads: bool = True
    tokens: tuple[TokenEntry, ...] = ()
    # How long importStoryPage may spend reading and merging one page (in a worker thread) before TIMEOUT.
    page_budget_seconds: int = 5
    # The bundled GraphiQL and explorer assets (package data of a wheel; `make web` builds them in a checkout).
    web_dist: Path = field(default_factory=default_web_dist)
    # Limits on each request (README, "Limits and error codes"): checked before the token and before Neo4j.
    max_body_bytes: int = 2 * 1024 * 1024
    max_json_depth: int = 32
    max_document_chars: int = 100_000
    max_tokens: int = 5_000
    max_aliases: int = 30
    max_selections: int = 1_000
    max_cost: int = 10_000
    max_string_length: int = 2_000
    # Requests the cost model puts at this cost or more take turns, at most this many at once.
    costly_cost: int = 2_000
    costly_slots: int = 1
    # The share of each slot's time costly requests may hold it: after one held it for T seconds, the slot
    # rests T * (1 / share - 1) seconds before the next, so other clients keep some of the cores (1: no rest).
    costly_share: float = 0.4
    # Statements of GraphQL requests running on Neo4j at once in this process; more wait, and the next slot
    # goes to the client that has had the least of Neo4j's time lately (README, "Run-time budget").
    statement_slots: int = 4
    # An identical read already in flight is waited on rather than run again (README, "Run-time budget").
    shared_reads: bool = True
    # uvicorn's line per request on the server's log; a proxy or load balancer in front often keeps its own.
    access_log: bool = True
    # Browser origins allowed to call the API from their pages (CORS); none by default.
    cors_origins: tuple[str, ...] = ()
    # The run-time budget: Neo4j terminates a read transaction (a query) after this many seconds, and a
    # write (an edit, a loaded file, an imported page) after the other; see README, "Run-time budget".
    read_timeout_seconds: float = 10.0
    write_timeout_seconds: float = 30.0
    # The driver's connections, and how long a statement may wait for one before SERVICE_UNAVAILABLE.
    pool_size: int = 64
    pool_wait_seconds: float = 5.0
    # Fairness: running GraphQL requests per client (token name, else address) and in all; a request
    # over either limit is answered 503 at once, with Retry-After.
    client_concurrency: int = 4
    total_concurrency: int = 32
    retry_after_seconds: int = 1
    # Subscriptions and the change feed (README, "Subscriptions"): how often each process polls the feed,
    # how long events are kept at least, when they may go (by age or by count), and the connection limits.
    feed_poll_seconds: float = 0.2
    feed_retention_seconds: int = 3_600
    feed_max_age_seconds: int = 7 * 24 * 3_600
    feed_max_events: int = 1_000_000
    feed_prune_seconds: float = 60.0
    subscription_queue: int = 1_000
    max_subscriptions_per_connection: int = 10
    max_subscription_connections: int = 2_000
    ping_seconds: float = 15.0

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
            graphiql=_flag(env, "SONGGRAPH_GRAPHIQL", defaults.graphiql),
            introspection=_flag(env, "SONGGRAPH_INTROSPECTION", defaults.introspection),
            public_reads=_flag(env, "SONGGRAPH_PUBLIC_READS", defaults.public_reads),
            tokens=_tokens(env),
            page_budget_seconds=_limit(env, "SONGGRAPH_PAGE_BUDGET_SECONDS", defaults.page_budget_seconds),
            web_dist=Path(env["SONGGRAPH_WEB_DIST"]) if env.get("SONGGRAPH_WEB_DIST") else defaults.web_dist,
            max_body_bytes=_limit(env, "SONGGRAPH_MAX_BODY_BYTES", defaults.max_body_bytes),
            max_json_depth=_limit(env, "SONGGRAPH_MAX_JSON_DEPTH", defaults.max_json_depth),
            max_document_chars=_limit(env, "SONGGRAPH_MAX_DOCUMENT_CHARS", defaults.max_document_chars),
            max_tokens=_limit(env, "SONGGRAPH_MAX_TOKENS", defaults.max_tokens),
            max_aliases=_limit(env, "SONGGRAPH_MAX_ALIASES", defaults.max_aliases, minimum=0),
            max_selections=_limit(env, "SONGGRAPH_MAX_SELECTIONS", defaults.max_selections),
            max_cost=_limit(env, "SONGGRAPH_MAX_COST", defaults.max_cost),
            max_string_length=_limit(env, "SONGGRAPH_MAX_STRING_LENGTH", defaults.max_string_length),
            costly_cost=_limit(env, "SONGGRAPH_COSTLY_COST", defaults.costly_cost),
            costly_slots=_limit(env, "SONGGRAPH_COSTLY_SLOTS", defaults.costly_slots),
            costly_share=_share(env, "SONGGRAPH_COSTLY_SHARE", defaults.costly_share),
            statement_slots=_limit(env, "SONGGRAPH_STATEMENT_SLOTS", defaults.statement_slots),
            shared_reads=_flag(env, "SONGGRAPH_SHARED_READS", defaults.shared_reads),
            access_log=_flag(env, "SONGGRAPH_ACCESS_LOG", defaults.access_log),
            cors_origins=_origins(env),
            read_timeout_seconds=_seconds(env, "SONGGRAPH_READ_TIMEOUT_SECONDS", defaults.read_timeout_seconds),
            write_timeout_seconds=_seconds(env, "SONGGRAPH_WRITE_TIMEOUT_SECONDS", defaults.write_timeout_seconds),
            pool_size=_limit(env, "NEO4J_POOL_SIZE", defaults.pool_size),
            pool_wait_seconds=_seconds(env, "NEO4J_POOL_WAIT_SECONDS", defaults.pool_wait_seconds),
            client_concurrency=_limit(env, "SONGGRAPH_CLIENT_CONCURRENCY", defaults.client_concurrency),
            total_concurrency=_limit(env, "SONGGRAPH_TOTAL_CONCURRENCY", defaults.total_concurrency),
            retry_after_seconds=_limit(env, "SONGGRAPH_RETRY_AFTER_SECONDS", defaults.retry_after_seconds),
            feed_poll_seconds=_seconds(env, "SONGGRAPH_FEED_POLL_SECONDS", defaults.feed_poll_seconds),
            feed_retention_seconds=_limit(env, "SONGGRAPH_FEED_RETENTION_SECONDS", defaults.feed_retention_seconds, 0),
            feed_max_age_seconds=_limit(env, "SONGGRAPH_FEED_MAX_AGE_SECONDS", defaults.feed_max_age_seconds),
            feed_max_events=_limit(env, "SONGGRAPH_FEED_MAX_EVENTS", defaults.feed_max_events),
            feed_prune_seconds=_seconds(env, "SONGGRAPH_FEED_PRUNE_SECONDS", defaults.feed_prune_seconds),
            subscription_queue=_limit(env, "SONGGRAPH_SUBSCRIPTION_QUEUE", defaults.subscription_queue),
            max_subscriptions_per_connection=_limit(
                env, "SONGGRAPH_MAX_SUBSCRIPTIONS_PER_CONNECTION", defaults.max_subscriptions_per_connection
            ),
            max_subscription_connections=_limit(
                env, "SONGGRAPH_MAX_SUBSCRIPTION_CONNECTIONS", defaults.max_subscription_connections
            ),
            ping_seconds=_seconds(env, "SONGGRAPH_PING_SECONDS", defaults.ping_seconds),
        )
