"""Every regular expression chinalac compiles, run over hostile text at n and 4n characters.

    python tests/hardening/regex_audit.py [--size N] [--json] [--pattern REGEX]

Run as its own process (tests/hardening/test_regex_linear.py does): `re`'s compile function
is wrapped before chinalac is imported, so every pattern compiled from chinalac's code is
recorded — module constants, patterns built from lexicons inside functions, one-off
`re.search(r"…", …)` calls — once the modules are imported and the claims checker has read a
few articles in three languages (which builds its lazily compiled patterns).

Each pattern is then run to exhaustion (`finditer`, which tries every start position: the
cost of a `search` that finds nothing) over each hostile shape — long runs of digits, spaces,
words, punctuation, repeated separators such as "1.1.1.1…" and "1,1,1,…", and seeded
mixtures of the pieces articles are made of — at n and at 4n characters. Times are CPU
time of this process (other processes on the machine do not count), the best of three.

A pattern is reported when, on some shape,
* it runs past TIME_LIMIT_SECONDS of CPU time at 4n (the clock is stopped by a signal, which Python's
  regex engine honours mid-match), or
* its time grows super-linearly: t(4n) > GROWTH_LIMIT × t(n) while t(4n) is above
  NOISE_FLOOR_SECONDS (linear growth gives 4×, quadratic 16×), and still does when timed
  again, best of CONFIRM_TRIES, at n → 4n and at 2n → 8n (one lucky fast run at n on a
  shared machine is not growth).

The report is one JSON object per line ("--json"), or readable lines.
"""

from __future__ import annotations

import argparse
import ast
import contextlib
import importlib
import json
import os
import pkgutil
import random
import re
import signal
import sys
import time
from pathlib import Path

TIME_LIMIT_SECONDS = 2.0
GROWTH_LIMIT = 9.0
NOISE_FLOOR_SECONDS = 0.02
DEFAULT_SIZE = 5_000
CONFIRM_TRIES = 5

PIECES = [
    "9", "1.", "1,", "1 ", "1-", "1/", "12.5%", "US$", "$1", " billion", " mil millones",
    " bilhões", "2021", "2021-2022", "in 2021 ", "from 2019 to 2021 ", " de ", " y ", " e ",
    " and ", " the ", "the ", "China", " Brazil", "Brasil, ", "Trinidad and Tobago", "(", ")",
    "[", "]", ": ", "; ", ". ", ", ", " - ", "–", "—", "…", "'", "’", '"', "“", "-", "--",
    "*", "_", "#", "@", "&#", "<", ">", "<p>", "\n", "\n\n", "\t", "\u00a0", "é", "ñ", "ç",
    "A. ", "e.g. ", "Mr. ", "first ", "second-largest ", "twenty-one ", "doce ", "eight ",
    "countries ", "percent", " per cent", "x", "aaaa", "Aaa ", "http://", "www.", "a@b",
]  # fmt: skip
SHAPES = {
    "digits": "9",
    "dotted digits 1.1.1": "1.",
    "comma digits 1,1,1": "1,",
    "spaced digits 1 1 1": "1 ",
    "dashed digits 1-1-1": "1-",
    "slashed digits": "1/",
    "mixed separators 1.1,1 ": "1.1,1 ",
    "thousands 1 000": "1 000 ",
    "spaces": " ",
    "newlines": "\n",
    "one long word": "a",
    "words": "word ",
    "capitalised words": "Aaa ",
    "hyphenated words": "a-",
    "apostrophes": "a'",
    "dots": ".",
    "commas": ",",
    "commas and spaces": ", ",
    "dashes": "-",
    "en dashes": " – ",
    "opening brackets": "(",
    "closing brackets": ")",
    "dollars": "$",
    "percent": "%",
    "initials": "A. ",
    "years": "2021 ",
    "year ranges": "2021-2022 ",
    "money": "US$1 billion ",
    "de de de": "de ",
    "the the the": "the ",
    "and and and": "and ",
    "number words": "twenty-one ",
    "ordinals": "first ",
    "country list": "Brazil, ",
    "less than": "<",
    "at signs": "@",
    "address run": "a.b-",
    "markdown": "**_",
    "accented": "é",
}


class TooSlow(Exception):
    pass


def _alarm(_signal, _frame):
    raise TooSlow


def record_compiled_patterns() -> dict[tuple[str, int], str]:
    """Wrap re's compile function; returns the (pattern, flags) → where table it fills.

    Only patterns chinalac's own code asks for are recorded: the first caller outside `re`
    (and functools' caches) must be a file of the chinalac package, not a library it uses."""
    recorded: dict[tuple[str, int], str] = {}
    original = re._compile
    package = os.path.join("src", "chinalac") + os.sep
    skipped = (os.path.join("re", ""), "functools.py", "regex_audit.py")

    def recording(pattern, flags):
        if isinstance(pattern, str) and (pattern, int(flags)) not in recorded:
            frame = sys._getframe(1)
            while frame is not None and any(s in frame.f_code.co_filename for s in skipped):
                frame = frame.f_back
            name = frame.f_code.co_filename if frame is not None else ""
            if package in name:
                where = name.split(package, 1)[1]
                recorded[pattern, int(flags)] = f"{where}:{frame.f_lineno}"
        return original(pattern, flags)

    re._compile = recording
    return recorded


def exercise_chinalac() -> None:
    """Import every module and let the checker read a few articles (lazy patterns)."""
    import chinalac

    for info in pkgutil.walk_packages(chinalac.__path__, "chinalac."):
        try:
            importlib.import_module(info.name)
        except Exception as error:  # an optional dependency: its patterns are not reachable
            print(f"# not imported: {info.name}: {error}", file=sys.stderr)
    compile_literal_calls(Path(chinalac.__file__).parent)
    from chinalac.claims import ClaimsInputError, check

    articles = [
        "Trade between China and Brazil reached US$5 billion in 2021, up 12.5% from 2020. "
        "Eight LAC countries (Argentina, Bolivia, Chile, Peru and Panama) joined the BRI "
        "between 2017 and 2019. China is the largest trading partner of Chile and Peru.",
        "El comercio entre China y México alcanzó 100 mil millones de dólares el año pasado, "
        "un 20 por ciento más. Desde 2018, tres países firmaron acuerdos: Ecuador, Panamá y Cuba.",
        "O comércio entre a China e o Brasil chegou a 150 bilhões de dólares em março de 2023, "
        "o dobro de 2015. Doze países da região aderiram à Iniciativa do Cinturão e Rota.",
        "<p>In the first six months of 2024 China lent <b>$1.2 billion</b> to Venezuela "
        "(Wang et al., 2017: 64). See https://example.org/x and a@b.org.</p>",
        "# Heading 1.1\n\n* **Costa Rica** recognised the PRC on 1 June 2007, the second-largest "
        "of 33 states; two thirds of Chinese loans went to Venezuela (CDB, 2020).",
    ]
    for text in articles:
        with contextlib.suppress(ClaimsInputError):
            check(text)


def compile_literal_calls(package: Path) -> None:
    """Compile every literal pattern given to re.compile/search/match/… anywhere in the
    package's source (those in functions that the checker does not reach: web, store)."""
    calls = {"compile", "search", "match", "fullmatch", "sub", "subn", "findall", "finditer",
             "split"}  # fmt: skip
    for path in sorted(package.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if (
                isinstance(node, ast.Call)
                and isinstance(node.func, ast.Attribute)
                and isinstance(node.func.value, ast.Name)
                and node.func.value.id == "re"
                and node.func.attr in calls
                and node.args
                and isinstance(node.args[0], ast.Constant)
                and isinstance(node.args[0].value, str)
            ):
                flags = 0
                for keyword in node.keywords:
                    if keyword.arg == "flags":
                        flags = eval(compile(ast.Expression(keyword.value), "", "eval"), {"re": re})
                _record_literal(
                    node.args[0].value, flags, f"{path.relative_to(package)}:{node.lineno}"
                )


_LITERALS: dict[tuple[str, int], str] = {}


def _record_literal(source: str, flags: int, where: str) -> None:
    _LITERALS.setdefault((source, int(flags)), where)


def shapes(size: int) -> dict[str, str]:
    made = {name: (unit * (size // len(unit) + 1))[:size] for name, unit in SHAPES.items()}
    for seed in range(6):
        pick = random.Random(seed)
        text = ""
        while len(text) < size:
            text += pick.choice(PIECES)
        made[f"mixture {seed}"] = text[:size]
    return made


def run_time(pattern: re.Pattern, text: str, tries: int = 3) -> float:
    best = float("inf")
    for _ in range(tries):
        signal.setitimer(signal.ITIMER_VIRTUAL, TIME_LIMIT_SECONDS)
        started = time.process_time()
        try:
            for _match in pattern.finditer(text):
                pass
        finally:
            signal.setitimer(signal.ITIMER_VIRTUAL, 0)
        best = min(best, time.process_time() - started)
        if tries == 3 and (best < NOISE_FLOOR_SECONDS / 4 or best > NOISE_FLOOR_SECONDS * 10):
            break  # too fast to matter, or slow enough to be measured once
    return best


REPEATS = re.compile(r"(?<!\\)[*+?}]")
LITERAL_WORD = re.compile(r"(\\.|\(\?P?<?[=!]?)|[^\W\d_]{2,}")


def structure(source: str) -> str:
    """The pattern with every literal word written "a": the hundreds of patterns built from
    lexicon phrases ("(?<![\\w])foreign[\\s\\-]+direct[\\s\\-]+investment(?![\\w])") share a
    few structures, and backtrack alike; one of each is timed."""
    return LITERAL_WORD.sub(lambda m: m.group(1) or "a", source)


def distinct(patterns: dict[tuple[str, int], str]) -> dict[tuple[str, int], str]:
    """One pattern per structure, and none without a repetition (no `*`, `+`, `?`, `{m,n}`):
    such a pattern costs at most its own length per start position, linear in the text."""
    chosen: dict[tuple[str, int], tuple[str, int]] = {}
    for source, flags in sorted(patterns):
        if REPEATS.search(source):
            chosen.setdefault((structure(source), flags), (source, flags))
    return {key: patterns[key] for key in chosen.values()}


def _confirmed_growth(
    pattern: re.Pattern, shape: str, size: int, once: float, four: float
) -> str | None:
    """The growth problem, if it holds when timed again, best of CONFIRM_TRIES, at n → 4n and at
    2n → 8n: a linear pattern's one fast run at n (a cache or a scheduler's luck on a shared CI
    machine) once made 4× the text look 9× the time (CI, stop 43: a pattern bounded at 50
    characters per start). A quadratic pattern gives 16× at both scales, every time."""
    ratios = [four / max(once, 1e-9)]
    for small, large in ((size, 4 * size), (2 * size, 8 * size)):
        try:
            first = run_time(pattern, shapes(small)[shape], CONFIRM_TRIES)
            then = run_time(pattern, shapes(large)[shape], CONFIRM_TRIES)
        except TooSlow:
            # growth confirmed; "over" stays for the limit at 4n, which no pattern may pass
            return f"past {TIME_LIMIT_SECONDS:g} s at {large:,} characters while growing"
        if then <= NOISE_FLOOR_SECONDS or then <= GROWTH_LIMIT * first:
            return None
        ratios.append(then / max(first, 1e-9))
    return f"{min(ratios):.0f}× the time at 4× the size"


def audit(patterns: dict[tuple[str, int], str], size: int) -> list[dict]:
    # The limit counts this process's CPU time, as the times do: on a busy machine a wall-clock
    # alarm cut off a bounded pattern that other processes had slowed.
    signal.signal(signal.SIGVTALRM, _alarm)
    small, large = shapes(size), shapes(4 * size)
    found = []
    for (source, flags), where in sorted(patterns.items(), key=lambda item: item[1]):
        try:
            pattern = re.compile(source, flags)
        except re.error:
            continue
        for shape in small:
            problem = None
            try:
                once = run_time(pattern, small[shape])
                four = run_time(pattern, large[shape])
            except TooSlow:
                once, four, problem = None, None, f"over {TIME_LIMIT_SECONDS:g} s"
            if problem is None and four > NOISE_FLOOR_SECONDS and four > GROWTH_LIMIT * once:
                problem = _confirmed_growth(pattern, shape, size, once, four)
            if problem:
                print(f"# {where}: {shape}: {problem}", file=sys.stderr, flush=True)
                found.append(
                    {"where": where, "pattern": source[:300], "shape": shape,
                     "problem": problem, "n": once, "4n": four}
                )  # fmt: skip
    return found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=DEFAULT_SIZE)
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--pattern", help="audit only patterns whose source matches this")
    options = parser.parse_args()
    patterns = record_compiled_patterns()
    exercise_chinalac()
    for key, where in _LITERALS.items():
        patterns.setdefault(key, where)
    if options.pattern:
        wanted = re.compile(options.pattern)
        patterns = {key: where for key, where in patterns.items() if wanted.search(key[0])}
    timed = distinct(dict(patterns))
    print(
        f"# {len(patterns)} patterns, {len(timed)} distinct structures with repetitions timed "
        f"on {len(SHAPES) + 6} shapes at {options.size:,} and {4 * options.size:,} characters",
        file=sys.stderr,
    )
    problems = audit(timed, options.size)
    for problem in problems:
        if options.json:
            print(json.dumps(problem, ensure_ascii=False))
        else:
            print(f"{problem['where']}: {problem['shape']}: {problem['problem']}")
            print(f"    {problem['pattern'][:160]}")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
