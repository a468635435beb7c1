"""Tests that fail when the docs drift from the code."""
from __future__ import annotations

import re
from pathlib import Path

from kg.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_docs_every_command_is_in_the_readme():
    names = {c.name or c.callback.__name__ for c in app.registered_commands}
    assert names >= {"build", "query", "validate", "eval"}
    for name in names:
        assert f"`kg {name}" in README, f"kg {name} is not documented in README.md"


def test_docs_quick_start_commands_are_make_targets():
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    for target in ("seed", "test"):
        assert f"make {target}" in README and re.search(rf"^{target}:", makefile, re.M)
    assert "make test" in (ROOT / ".ci" / "run").read_text(encoding="utf-8")


def test_docs_every_data_file_is_described():
    for f in (ROOT / "kg" / "data").iterdir():
        if f.suffix in (".toml", ".tsv"):
            assert f.name in README, f"{f.name} is not described in README.md"


def test_docs_example_queries_run_on_the_seed(tmp_path):
    from kg.pipeline import build
    from kg.formats import write
    from kg.query import read_query, run

    out = tmp_path / "seed.trig"
    write(build([ROOT / "tests" / "data" / "articles" / "000_seed_dw.txt"]).dataset, out)
    for rq in sorted((ROOT / "examples" / "queries").glob("*.rq")):
        table = run(out, read_query(f"@{rq}"), "csv")
        assert len(table.splitlines()) > 1, f"{rq.name} returned no rows on the seed"


def test_docs_readme_query_example_runs(tmp_path):
    from kg.pipeline import build
    from kg.formats import write
    from kg.query import run

    m = re.search(r"kg query graph\.trig '(SELECT[^']+)'", README)
    assert m, "the inline query example is missing"
    out = tmp_path / "seed.trig"
    write(build([ROOT / "tests" / "data" / "articles" / "000_seed_dw.txt"]).dataset, out)
    assert "Xi Jinping,China" in run(out, m.group(1), "csv")
