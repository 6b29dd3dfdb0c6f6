# The songgraph API: loads the schema and the song files in data/ into Neo4j, then serves GraphQL.

# GraphiQL and the explorer, bundled from the pinned npm packages of web/ (the same steps as `make web`).
FROM node:20-slim AS web
WORKDIR /web
COPY web/package.json web/package-lock.json ./
RUN npm ci --ignore-scripts --no-audit --no-fund
COPY web/build.mjs ./
COPY web/src/ ./src/
RUN node build.mjs /web/dist

FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    SONGGRAPH_HOST=0.0.0.0 \
    SONGGRAPH_PORT=8000

WORKDIR /app

COPY pyproject.toml setup.py MANIFEST.in README.md ./
COPY src/ ./src/
COPY schema/ ./schema/
COPY data/ ./data/
COPY --from=web /web/dist/ ./web/dist/

# The wheel takes the migrations (schema/) and the bundle (web/dist) in as package data, so only data/ stays:
# `songgraph load data` reads it from the working directory. It stays root-owned, read-only to the app user.
RUN pip install --no-cache-dir . \
    && rm -rf build src schema web ./*.egg-info \
    && useradd --create-home --uid 10001 --user-group songgraph

USER songgraph

# Read at start-up: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE, SONGGRAPH_HOST, SONGGRAPH_PORT.
EXPOSE 8000

CMD ["sh", "-c", "songgraph migrate && songgraph load data && songgraph serve"]
