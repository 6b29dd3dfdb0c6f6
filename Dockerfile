# The songgraph API: loads the schema and the song files in data/ into Neo4j, then serves GraphQL.
FROM python:3.11-slim

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_DISABLE_PIP_VERSION_CHECK=1 \
    SONGGRAPH_HOST=0.0.0.0 \
    SONGGRAPH_PORT=8000

WORKDIR /app

COPY pyproject.toml README.md ./
COPY src/ ./src/
COPY schema/ ./schema/
COPY data/ ./data/

# The files stay root-owned and read-only to the app user. `songgraph migrate` finds schema/ in the working
# directory, and `songgraph load data` reads data/ from it.
RUN pip install --no-cache-dir . \
    && rm -rf build ./*.egg-info src/*.egg-info \
    && useradd --create-home --uid 10001 --user-group songgraph

USER songgraph

# Read at start-up: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE, SONGGRAPH_HOST, SONGGRAPH_PORT.
EXPOSE 8000

CMD ["sh", "-c", "songgraph migrate && songgraph load data && songgraph serve"]
