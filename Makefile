# songgraph: `make run` serves the API with data loaded; `make test` runs every test. Both set up what they need.
SHELL := /bin/bash
.DEFAULT_GOAL := help

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
LAUNCHER := neo4j-launcher/target/.built

# The instance `make run` serves from, and the throwaway one `make test` uses (another port and folder).
NEO4J_BOLT_PORT ?= 7687
NEO4J_DATA_DIR ?= .local/neo4j
NEO4J_TEST_BOLT_PORT ?= 7688
NEO4J_TEST_DATA_DIR ?= .local/neo4j-test
NEO4J_BENCH_BOLT_PORT ?= 7689
NEO4J_BENCH_DATA_DIR ?= .local/neo4j-bench
# The bench store holds up to a million songs: a larger heap and page cache than the other instances.
NEO4J_BENCH_HEAP ?= 4g
NEO4J_BENCH_PAGECACHE_MB ?= 4096
# The benchmark's peer, @neo4j/graphql under @apollo/server (bench/peer/, its own lockfile).
PEER_MODULES := bench/peer/node_modules/.package-lock.json
export NEO4J_HEAP ?= 1g
# make test runs the tests that use Neo4j on NEO4J_TEST_INSTANCES pytest-xdist workers, each with a throwaway Neo4j
# of its own (they wipe it; a test file stays on one worker), and at the same time the others, niced, on
# PYTEST_WORKERS workers ("auto": one per core). Two runs rather than one with --dist loadgroup, whose groups pytest
# 9.2 no longer keeps together. At the same time because the Neo4j run keeps about one core busy (Neo4j planning
# and running statements) and leaves the other idle; niced so that the Neo4j tests' time budgets are not spent
# waiting for a core.
# Instance i (from 0) listens on NEO4J_TEST_BOLT_PORT + 10 i, in NEO4J_TEST_DATA_DIR, then NEO4J_TEST_DATA_DIR-1, ...
# One by default: on two cores two instances took 847 s for the Neo4j tests where one took 977 s, but with other
# work on the machine their module set-ups ran past the 30 s write budget.
# A read's budget is 60 s in these runs, not 10: a new instance takes 4 to 6 s to plan the shared-collaborators
# statement on one idle core, and longer on a busy machine; a write's is 120 s, not 30: on a machine busy with
# other work a test module's set-up load has run past 30 s (the budgets' own tests set theirs).
NEO4J_TEST_INSTANCES ?= 1
PYTEST_WORKERS ?= auto

# The browser pages (GraphiQL, /explore) are bundled from web/ into this folder, which the app serves.
export SONGGRAPH_WEB_DIST ?= $(CURDIR)/web/dist
WEB_MODULES := web/node_modules/.package-lock.json
WEB_BUILT := $(SONGGRAPH_WEB_DIST)/manifest.json
# The browser tests drive Debian's Chromium (Playwright cannot download its own browser here).
CHROMIUM ?= /usr/bin/chromium

.PHONY: help install web run serve test lint schema neo4j-start stop bench bench-feed soak clean

help:
	@echo "make run     set up, start Neo4j, migrate, load data/ and serve http://127.0.0.1:8000/graphql"
	@echo "make test    set up and run the whole test suite on a throwaway Neo4j"
	@echo "make stop    stop the Neo4j instances this project started"
	@echo "make web     bundle GraphiQL and the explorer from web/ (npm ci + esbuild), when their sources changed"
	@echo "make schema  re-export schema/schema.graphql and schema/song.schema.json"
	@echo "make lint    ruff and mypy"
	@echo "make bench   songgraph vs raw Cypher vs @neo4j/graphql on one synthetic store (BENCH_ARGS=\"--songs 300000\")"
	@echo "make bench-feed  1,000 subscribers on one API process: latency commit->delivery, CPU and memory (bench/feed.py)"
	@echo "make soak    hostile documents, fairness and Neo4j outages against a live API; prints each goal met or missed"

# Set-up steps say what they do in one line each, rather than echoing their commands. pip's version check is
# off because the first step is the upgrade it would advise.
PIP := $(BIN)/python -m pip --quiet --disable-pip-version-check

$(BIN)/songgraph: pyproject.toml setup.py
	@echo "setup: installing songgraph and its development tools into $(VENV) (a minute or two the first time)"
	@test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	@$(PIP) install --upgrade pip
	@$(PIP) install -e '.[dev]'
	@touch $@

install: $(BIN)/songgraph

$(LAUNCHER): neo4j-launcher/pom.xml $(wildcard neo4j-launcher/src/main/java/songgraph/*.java)
	@echo "setup: building the embedded Neo4j launcher with Maven (the first time fetches Neo4j's jars)"
	@cd neo4j-launcher && mvn -B -q package -DskipTests
	@touch $@

# npm ci only when the lockfile changed; the bundle only when the modules or the page sources changed.
# No install scripts: the only one (esbuild's) just checks the platform binary its optional package brings.
$(WEB_MODULES): web/package.json web/package-lock.json
	@echo "web: installing the pinned npm packages of web/ (npm ci)"
	@cd web && npm ci --ignore-scripts --no-audit --no-fund
	@touch $@

$(WEB_BUILT): $(WEB_MODULES) web/build.mjs $(wildcard web/src/*)
	@cd web && node build.mjs "$(SONGGRAPH_WEB_DIST)"

web: $(WEB_BUILT)

# The Compose specification's JSON Schema, for the test that validates docker-compose.yml without a Docker
# engine: taken from Docker's own package on PyPI (it cannot be a dependency: it pins PyYAML<6, jsonschema<4).
# Best effort: without it that test skips saying why (and fails when CI=true).
COMPOSE_SPEC := .local/compose-spec/compose_spec.json
$(COMPOSE_SPEC): | $(BIN)/songgraph
	@echo "setup: the Compose specification's JSON Schema (Docker's docker-compose 1.29.2 wheel, from PyPI)"
	@mkdir -p $(@D) && $(BIN)/python -m pip download --quiet --no-deps --disable-pip-version-check \
	    -d $(@D) docker-compose==1.29.2 \
	  && $(BIN)/python -c 'import sys, zipfile; open(sys.argv[2], "wb").write(zipfile.ZipFile(sys.argv[1]).read("compose/config/compose_spec.json"))' \
	    $(@D)/docker_compose-1.29.2-py2.py3-none-any.whl $@ \
	  || echo "setup: could not fetch it; the compose schema test will skip"

# Best effort: without Chromium the browser tests skip with the reason (and fail when CI=true).
$(CHROMIUM):
	@if [ "$$(id -u)" = 0 ]; then sudo=""; else sudo="sudo"; fi; \
	export DEBIAN_FRONTEND=noninteractive; \
	{ $$sudo apt-get update -qq && $$sudo apt-get install -y -qq chromium; } \
	  || echo "chromium: not installed; the browser tests will skip"

neo4j-start: install $(LAUNCHER)
	@if [ -n "$$NEO4J_URI" ]; then echo "neo4j: using $$NEO4J_URI (NEO4J_URI is set; nothing started)"; \
	else scripts/neo4j.sh start $(NEO4J_DATA_DIR) $(NEO4J_BOLT_PORT); fi

# SONGGRAPH_PORT (environment or `make run SONGGRAPH_PORT=8080`) is the port songgraph serve listens on.
run: neo4j-start web
	@export NEO4J_URI="$${NEO4J_URI:-bolt://127.0.0.1:$(NEO4J_BOLT_PORT)}"; \
	$(BIN)/songgraph migrate && \
	echo "songgraph: loading the song files in data/..." && $(BIN)/songgraph load data && \
	echo "songgraph: open http://127.0.0.1:$${SONGGRAPH_PORT:-8000}/graphql" && \
	exec $(BIN)/songgraph serve

test: install $(LAUNCHER) lint web $(CHROMIUM) $(COMPOSE_SPEC)
	@set -e; \
	if [ -n "$$NEO4J_URI" ]; then \
	  echo "tests: using $$NEO4J_URI (NEO4J_URI is set; nothing started; one worker for the Neo4j tests)"; \
	  $(BIN)/songgraph migrate; \
	  neo4j_workers="-p no:xdist"; \
	else \
	  homes=(); ports=(); uris=(); \
	  for i in $$(seq 0 $$(( $(NEO4J_TEST_INSTANCES) - 1 ))); do \
	    if [ $$i = 0 ]; then homes+=("$(NEO4J_TEST_DATA_DIR)"); else homes+=("$(NEO4J_TEST_DATA_DIR)-$$i"); fi; \
	    ports+=($$(( $(NEO4J_TEST_BOLT_PORT) + 10 * i ))); uris+=("bolt://127.0.0.1:$${ports[-1]}"); \
	  done; \
	  stop_all() { for i in "$${!homes[@]}"; do scripts/neo4j.sh stop "$${homes[$$i]}" "$${ports[$$i]}" || true; done; }; \
	  stop_all >/dev/null; \
	  rm -rf "$${homes[@]}"; \
	  trap stop_all EXIT; \
	  starting=(); \
	  for i in "$${!homes[@]}"; do \
	    scripts/neo4j.sh start "$${homes[$$i]}" "$${ports[$$i]}" & \
	    starting+=($$!); \
	  done; \
	  for pid in "$${starting[@]}"; do wait $$pid; done; \
	  for uri in "$${uris[@]}"; do NEO4J_URI=$$uri $(BIN)/songgraph migrate; done; \
	  export NEO4J_URI=$${uris[0]} SONGGRAPH_TEST_NEO4J_URIS="$${uris[*]}" SONGGRAPH_TEST_ALLOW_WIPE=1; \
	  export SONGGRAPH_READ_TIMEOUT_SECONDS=$${SONGGRAPH_READ_TIMEOUT_SECONDS:-60}; \
	  export SONGGRAPH_WRITE_TIMEOUT_SECONDS=$${SONGGRAPH_WRITE_TIMEOUT_SECONDS:-120}; \
	  neo4j_workers="-n $(NEO4J_TEST_INSTANCES) --dist loadfile"; \
	fi; \
	failed=0; free_log=.local/tests-without-neo4j.log; mkdir -p .local; \
	echo "tests: the tests without Neo4j run alongside (niced; their output follows the Neo4j run's, from $$free_log)"; \
	env -u SONGGRAPH_TEST_NEO4J_URIS -u SONGGRAPH_TEST_ALLOW_WIPE nice -n 10 \
	  $(BIN)/python -m pytest -n $(PYTEST_WORKERS) --durations=10 $(PYTEST_ARGS) -m "not neo4j" > $$free_log 2>&1 & \
	free=$$!; \
	trap 'kill $$free 2>/dev/null' INT TERM; \
	$(BIN)/python -m pytest $$neo4j_workers --durations=10 $(PYTEST_ARGS) -m neo4j || [ $$? = 5 ] || failed=1; \
	wait $$free || [ $$? = 5 ] || failed=1; \
	cat $$free_log; \
	exit $$failed

lint: install
	$(BIN)/ruff check src tests setup.py $(wildcard bench)
	$(BIN)/ruff format --check src tests setup.py $(wildcard bench)
	$(BIN)/mypy

schema: install
	$(BIN)/songgraph export-schema

# npm ci only when the peer's lockfile changed; no install scripts (none of its packages needs one).
$(PEER_MODULES): bench/peer/package.json bench/peer/package-lock.json
	cd bench/peer && npm ci --ignore-scripts --no-audit --no-fund
	touch $@

# The benchmark fills its own instance with a synthetic graph (kept between runs, so reruns skip loading).
# BENCH_ARGS="--songs 300000" (or 1000000) for the larger stores; see bench/README.md.
bench: install $(LAUNCHER) $(PEER_MODULES)
	@set -e; \
	if [ -n "$$NEO4J_URI" ]; then \
	  echo "bench: using $$NEO4J_URI (NEO4J_URI is set; nothing started)"; \
	else \
	  trap 'scripts/neo4j.sh stop $(NEO4J_BENCH_DATA_DIR) $(NEO4J_BENCH_BOLT_PORT)' EXIT; \
	  NEO4J_HEAP=$(NEO4J_BENCH_HEAP) NEO4J_PAGECACHE_MB=$(NEO4J_BENCH_PAGECACHE_MB) \
	    scripts/neo4j.sh start $(NEO4J_BENCH_DATA_DIR) $(NEO4J_BENCH_BOLT_PORT); \
	  export NEO4J_URI=bolt://127.0.0.1:$(NEO4J_BENCH_BOLT_PORT); \
	fi; \
	$(BIN)/songgraph migrate; \
	$(BIN)/python bench/run.py $(BENCH_ARGS) && \
	$(BIN)/python bench/completion.py

# The change feed under 1,000 subscribers, on the bench's Neo4j (or NEO4J_URI); BENCH_FEED_ARGS="--seconds 60".
bench-feed: install $(LAUNCHER)
	@set -e; \
	if [ -n "$$NEO4J_URI" ]; then \
	  echo "bench-feed: using $$NEO4J_URI (NEO4J_URI is set; nothing started)"; \
	else \
	  trap 'scripts/neo4j.sh stop $(NEO4J_BENCH_DATA_DIR) $(NEO4J_BENCH_BOLT_PORT)' EXIT; \
	  NEO4J_HEAP=$(NEO4J_BENCH_HEAP) NEO4J_PAGECACHE_MB=$(NEO4J_BENCH_PAGECACHE_MB) \
	    scripts/neo4j.sh start $(NEO4J_BENCH_DATA_DIR) $(NEO4J_BENCH_BOLT_PORT); \
	  export NEO4J_URI=bolt://127.0.0.1:$(NEO4J_BENCH_BOLT_PORT); \
	fi; \
	$(BIN)/songgraph migrate; \
	PYTHONPATH=$(CURDIR) $(BIN)/python bench/feed.py $(BENCH_FEED_ARGS)

# Hostile documents, unfair clients and Neo4j paused/killed, on its own Neo4j (bolt 7690; SOAK_ARGS=--port N).
soak: install $(LAUNCHER)
	$(BIN)/python bench/soak.py $(SOAK_ARGS)

stop:
	scripts/neo4j.sh stop $(NEO4J_DATA_DIR) $(NEO4J_BOLT_PORT)
	scripts/neo4j.sh stop $(NEO4J_TEST_DATA_DIR) $(NEO4J_TEST_BOLT_PORT)
	for i in $$(seq 1 $$(( $(NEO4J_TEST_INSTANCES) - 1 ))); do \
	  scripts/neo4j.sh stop $(NEO4J_TEST_DATA_DIR)-$$i $$(( $(NEO4J_TEST_BOLT_PORT) + 10 * i )); done
	scripts/neo4j.sh stop $(NEO4J_BENCH_DATA_DIR) $(NEO4J_BENCH_BOLT_PORT)

clean: stop
	rm -rf .local neo4j-launcher/target web/node_modules web/dist test-output
