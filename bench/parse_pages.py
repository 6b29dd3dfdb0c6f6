"""How long the story-page parser takes on adversarial pages and on real-shaped pages scaled up.

Prints seconds per page and characters per second; asserts nothing (performance is measured, never
asserted in tests). Each page is parsed in a child process that is stopped after ``--timeout``
seconds, so a parser that is slow on some shape still lets the run finish and say so.

    .venv/bin/python bench/parse_pages.py                      # every shape, 6,000 / 50,000 / 200,000 chars
    .venv/bin/python bench/parse_pages.py --sizes              # only the fixture pages as written (ms a page)
    .venv/bin/python bench/parse_pages.py --sizes 6000 --timeout 30 --contexts prose video
"""

from __future__ import annotations

import argparse
import multiprocessing
import time
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path

from songgraph.ingest.page import parse_story_page

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = [
    *sorted((ROOT / "tests" / "fixtures" / "pages").glob("*.txt")),
    *(ROOT.parent / "shared" / "seed").glob("*.txt"),
]
# Pages in the seed's layout as they are written (the corpus, its held-out pages and the seed).
AS_WRITTEN = [*FIXTURES, *sorted((ROOT / "tests" / "fixtures" / "pages").glob("heldout*/*.txt"))]

# A heading the parser accepts, so that every prose rule runs on the body that follows.
FRAME = "Some Song (feat. Bea Bell)\n\nAnn Arbour\n\nAlbum Things We Kept\n\n"


def _repeat(unit: str) -> Callable[[int], str]:
    return lambda n: (unit * (n // len(unit) + 1))[:n]


def _distinct_names(n: int) -> str:
    out: list[str] = []
    size = 0
    index = 0
    while size < n:
        word = f"Zed{index:05d} Quill{index:05d} said. "
        out.append(word)
        size += len(word)
        index += 1
    return "".join(out)[:n]


# Shapes of hostile prose: long runs that look like the start of a name, a list, a cast, a quote ...
SHAPES: dict[str, Callable[[int], str]] = {
    "A.": _repeat("A."),
    "A. ": _repeat("A. "),
    "A ": _repeat("A "),
    "A, ": _repeat("A, "),
    "A and ": _repeat("A and "),
    "A-": _repeat("A-"),
    "Abc Def ": _repeat("Abc Def "),
    "a*": _repeat("a"),
    "A*": _repeat("A"),
    "A\\n": _repeat("A\n"),
    'unclosed "': lambda n: '"' + _repeat("Ann bell ")(n - 1),
    "( [ nest": _repeat("(["),
    "A as A, ": _repeat("Ann as Bo, "),
    "features A as B": _repeat("features Ann as Bo "),
    "A\\n\\n": _repeat("A\n\n"),
    "introduced": _repeat("Ann introduced Bo to Cy "),
    "directed by": _repeat("directed by A. "),
    "Speaking to": _repeat("Speaking to "),
    "said quotes": _repeat('Ann said: "Hi" '),
    "views": _repeat("1,2,3 million views "),
    "chart line": lambda n: "- " + _repeat("#1 - ")(n - 2),
    "certified levels": _repeat("certified double platinum in the US and gold by the RIAA and "),
    "peaks": _repeat("peaked at No. 3 on the UK Singles Chart and at number two in Ireland and "),
    "cast (part)": _repeat("Ann (a nurse), Bo, a friend of Cy, makes a cameo as herself, the cast includes "),
    "whom introduced": _repeat("Ann, whom Bo had introduced to Cy at Sonar that May, "),
    "playing after": _repeat("Ann sits in the front pew, playing a priest, "),
    "role went to": _repeat("the role of the driver went to Ann and Bo's aunt is played by Cy and "),
    "went levels": _repeat("went gold in the US and platinum in Canada, and in Poland it went gold and "),
    "reached peaks": _repeat("reached number two on the Irish Singles Chart and number 38 on the Hot 100 and "),
    "called phrase": _repeat('Ann called it "a song about a very long night" and '),
    "titled source": _repeat('In the documentary "Sea Roads", Ann recalls: "We met." '),
    "distinct names": _distinct_names,
    "part then actor": _repeat("a clerk who lets them in is played by the actor Ann (played by Bo) and "),
    "part is name": _repeat("the clerk who shows them out is Ann, and "),
    "gapped parts": _repeat("Ann plays a clerk who never sleeps and Bo a nurse and "),
    "cameos from": _repeat("cameos from Ann and the boxer Bo and Cy makes a cameo and "),
    "cast list line": _repeat("Cast:\nAnn Bell (the clerk)\nBo Cy (himself)\n"),
    "spoke about on": _repeat("Ann spoke about that night on Radio Nord and described her gig to Le Soir "),
    "released first": _repeat("Released on 2 May 2020 and directed by Ann, it was shot. "),
    "this is presented": _repeat("Cy took me to the label's party in Oslo and said, 'Ann, this is Bo "),
    "make cameos": _repeat("footballer Ann Bell and comedian Bo Cy and Di Eve make cameos at the depot, and "),
    "dashed cast": _repeat("Cast:\nAnn Bell \u2013 the clerk\nBo Cy \u2013 herself behind the bar\n"),
    "named podcast": _repeat("Ann broke it down on the Tape Hiss podcast and talked Radio Nord through it and "),
    "joined subject": _repeat("Ann wrote it with Bo and Cy, and Cy is the reason, and Bo has "),
    "her co-writer": _repeat("Ann and her co-writer Bo and her friend Cy were introduced by "),
}

CONTEXTS: dict[str, Callable[[str], str]] = {
    "prose": lambda body: FRAME + body + "\n",
    "video": lambda body: FRAME + "The video features " + body + "\n",
    "lead": lambda body: FRAME + body + ':\n\n"We met on a ferry."\n',
    "quote": lambda body: FRAME + 'Ann Arbour said:\n\n"' + body + '"\n',
}


def scaled(page: str, size: int) -> str:
    """``page`` repeated, paragraph by paragraph, to about ``size`` characters."""
    paragraphs = page.split("\n\n")
    out = [page]
    length = len(page)
    index = 0
    while length < size:
        piece = paragraphs[index % len(paragraphs)]
        out.append(piece)
        length += len(piece) + 2
        index += 1
    return "\n\n".join(out)[:size]


def _child(text: str, sink: Connection) -> None:
    started, cpu = time.perf_counter(), time.process_time()
    result = parse_story_page(text, "bench")
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu
    facts = 0
    if result.document is not None:
        facts = len(result.document.model_dump(exclude_none=True, exclude_defaults=True))
    sink.send((elapsed, cpu, facts, len(result.warnings), len(result.errors)))


def timed(text: str, timeout: float) -> tuple[float, float, int, int, int] | None:
    """(seconds, CPU seconds, document fields, warnings, errors) of one parse, or None when it ran past
    ``timeout`` seconds."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(text, send))
    child.start()
    ready = receive.poll(timeout)
    if not ready:
        child.kill()
        child.join()
        return None
    value: tuple[float, float, int, int, int] = receive.recv()
    child.join()
    return value


def as_written(repeats: int) -> None:
    """Milliseconds per page on the pages as written: the best of ``repeats`` parses (the least disturbed by
    the other work of the machine), their median, and the median CPU time (the parser's own work)."""
    print(f"{'page as written':<38} {'chars':>8} {'best ms':>8} {'median ms':>10} {'cpu ms':>7}")
    worst = 0.0
    for path in AS_WRITTEN:
        text = path.read_text(encoding="utf-8")
        times, cpu = [], []
        for _ in range(repeats):
            started, used = time.perf_counter(), time.process_time()
            parse_story_page(text, path.name)
            times.append((time.perf_counter() - started) * 1000)
            cpu.append((time.process_time() - used) * 1000)
        times.sort()
        cpu.sort()
        worst = max(worst, times[len(times) // 2])
        middle = len(times) // 2
        print(f"{path.stem:<38} {len(text):>8} {times[0]:>8.2f} {times[middle]:>10.2f} {cpu[middle]:>7.2f}")
    print(f"slowest median: {worst:.2f} ms a page\n")


def main() -> None:
    options = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    options.add_argument("--sizes", type=int, nargs="*", default=[6_000, 50_000, 200_000])
    options.add_argument("--repeats", type=int, default=20, help="parses of each page as written")
    options.add_argument("--timeout", type=float, default=60.0, help="seconds before a parse is stopped")
    options.add_argument("--shapes", nargs="+", choices=sorted(SHAPES), default=list(SHAPES))
    options.add_argument("--contexts", nargs="+", choices=sorted(CONTEXTS), default=list(CONTEXTS))
    options.add_argument("--no-fixtures", action="store_true", help="skip the scaled-up fixture pages")
    args = options.parse_args()
    as_written(args.repeats)
    if not args.sizes:
        return

    pages: list[tuple[str, str, str]] = []
    for size in args.sizes:
        for shape in args.shapes:
            for context in args.contexts:
                body = SHAPES[shape](size - len(CONTEXTS[context]("")))
                pages.append((shape, context, CONTEXTS[context](body)))
        if not args.no_fixtures:
            for path in FIXTURES:
                pages.append((path.stem, "scaled", scaled(path.read_text(encoding="utf-8"), size)))

    # Seconds are wall time; CPU seconds say how much of it was the parser's own work on a busy machine.
    print(
        f"{'shape':<38} {'context':<8} {'chars':>8} {'seconds':>9} {'cpu s':>7} {'chars/s':>11}  fields warnings errors"
    )
    worst = 0.0
    for shape, context, text in pages:
        measured = timed(text, args.timeout)
        if measured is None:
            print(f"{shape:<38} {context:<8} {len(text):>8} {'>' + format(args.timeout, '.0f'):>9} {'-':>11}  stopped")
            worst = max(worst, args.timeout)
            continue
        seconds, cpu, fields, warnings, errors = measured
        worst = max(worst, seconds)
        rate = len(text) / seconds if seconds > 0 else float("inf")
        counts = f"{fields:>6} {warnings:>8} {errors:>6}"
        print(f"{shape:<38} {context:<8} {len(text):>8} {seconds:>9.3f} {cpu:>7.3f} {rate:>11,.0f}  {counts}")
    print(f"slowest page: {worst:.3f} s")


if __name__ == "__main__":
    main()
