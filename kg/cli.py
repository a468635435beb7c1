"""The ``kg`` command: each command parses its arguments, makes one library call,
and turns library errors into a one-line message and an exit code.

Exit codes: 0 success; 1 the data is at fault (an input could not be read, a
graph does not conform, a score is below its threshold); 2 the tool could not
do its job (bad usage, unreadable source, unwritable output).
"""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from .errors import GeoKGError

app = typer.Typer(add_completion=False, no_args_is_help=True, rich_markup_mode=None,
                  context_settings={"help_option_names": ["-h", "--help"]},
                  help="geokg: build a knowledge graph of relations between states from news articles.")


def _version(value: bool) -> None:
    if value:
        from . import __version__

        typer.echo(f"geokg {__version__}")
        raise typer.Exit(0)


@app.callback()
def _main(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True,
                                       help="Print the version and exit.")) -> None:
    """geokg: build a knowledge graph of relations between states from news articles.

    Exit codes: 0 success; 1 the data is at fault (an unreadable input, a graph
    that does not conform, a score below its threshold); 2 the tool could not
    do its job (bad usage, unreadable source, unwritable output).
    """


def _fail(exc: Exception, code: int = 2) -> None:
    typer.echo(f"kg: {exc}", err=True)
    raise typer.Exit(code)


@app.command()
def build(
    paths: List[Path] = typer.Argument(..., metavar="PATH",
                                       help="Article files (.txt .md .text .html .htm .xhtml) or folders searched recursively "
                                            "(files with other extensions and hidden folders are skipped)."),
    output: List[Path] = typer.Option(..., "-o", "--output", metavar="OUT",
                                      help="Output file; the extension picks the format (.ttl .trig .nq .nt .jsonld). "
                                           "Repeat for several. Missing folders are created."),
    quiet: bool = typer.Option(False, "-q", "--quiet", help="Print no summary."),
) -> None:
    """Read articles and write their knowledge graph, with a summary of what was found.

    Example: kg build article.html news/ -o graph.trig -o graph.ttl
    """
    from .formats import format_for, write
    from .pipeline import build as run_build, expand_paths

    try:
        for out in output:
            format_for(out)
    except GeoKGError as exc:
        _fail(exc)
    files, _ = expand_paths(paths)
    progress = _progress(len(files))
    result = run_build(paths, progress=progress.step if progress else None)
    if progress:
        progress.close()
    for err in result.errors:
        typer.echo(f"kg: {err}", err=True)
    if not result.extractions:
        if not result.errors:
            typer.echo(f"kg: no article files (.txt, .md, .html) under {', '.join(map(str, paths))}; no output written", err=True)
        raise typer.Exit(1)
    failed_output = False
    for out in output:  # each output is written whole or not at all; one failure does not stop the others
        try:
            n = write(result.dataset, out)
        except GeoKGError as exc:
            typer.echo(f"kg: {exc}", err=True)
            failed_output = True
            continue
        if not quiet:
            typer.echo(f"wrote {out} ({n:,} bytes)", err=True)
    if not quiet:
        typer.echo(_summary_text(result))
    raise typer.Exit(2 if failed_output else 1 if result.errors else 0)


class _progress:
    """A progress bar on stderr for builds of more than one file (only on a terminal)."""

    def __new__(cls, total: int):
        if total < 2 or not sys.stderr.isatty():
            return None
        return super().__new__(cls)

    def __init__(self, total: int):
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self.bar = Progress(TextColumn("building"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
                            TextColumn("{task.fields[name]}"), transient=True)
        self.bar.start()
        self.task = self.bar.add_task("build", total=total, name="")

    def step(self, path: Path) -> None:
        self.bar.update(self.task, advance=1, name=path.name)

    def close(self) -> None:
        self.bar.stop()


def _summary_text(result) -> str:
    s = result.summary()
    lines = [f"articles: {s['articles']}" + (f"  (failed: {s['failed']})" if s["failed"] else "")]
    lines.append("entities: " + ", ".join(f"{k} {v}" for k, v in s["classes"].items()))
    lines.append("facts: " + ", ".join(f"{k} {v}" for k, v in s["facts"].items()))
    lines.append("interactions: " + (", ".join(f"{k} {v}" for k, v in s["interactions"].items()) or "none"))
    for x in result.extractions:
        def name(k: str, ents=x.entities) -> str:
            return _label(ents[k])

        lines.append(f"\n{Path(x.doc.source).name} ({x.doc.lang}, {x.doc.pub_date or 'no date'}): {x.doc.title}")
        for f in x.facts:
            lines.append(f"  {name(f.subject)} {f.predicate} {name(f.object)}")
        for a in x.attributes:
            if a.subject in x.entities:
                lines.append(f"  {name(a.subject)} {a.predicate} {a.value}")
        acts: dict[tuple[str, str, str], int] = {}
        for i in x.interactions:
            k = (name(i.actor), name(i.target), i.code)
            acts[k] = acts.get(k, 0) + 1
        for (a, b, code), n in acts.items():
            lines.append(f"  {a} -> {b}  CAMEO {code}" + (f" (x{n})" if n > 1 else ""))
    return "\n".join(lines)


def _label(e) -> str:
    return e.labels.get("en") or next(iter(e.labels.values()), e.key)


@app.command()
def query(
    source: Path = typer.Argument(..., help="An RDF file (.ttl .trig .nq .nt .jsonld)."),
    sparql: str = typer.Argument(..., help="SPARQL 1.1 query text, or @file.rq."),
    fmt: str = typer.Option("table", "--format", "-f", help="table, csv or json (SPARQL 1.1 results JSON)."),
) -> None:
    """Run a SPARQL query over the union of a source's graphs."""
    from .query import read_query, run

    try:
        typer.echo(run(source, read_query(sparql), fmt))
    except GeoKGError as exc:
        _fail(exc)


@app.command()
def validate(source: Path = typer.Argument(..., help="An RDF file to check against ontology/shapes.ttl.")) -> None:
    """SHACL validation: exit 0 when the graph conforms, 1 when it does not, 2 on error."""
    from .validate import validate as run

    try:
        report = run(source)
    except GeoKGError as exc:
        _fail(exc)
    if report.conforms:
        typer.echo(f"{source}: conforms" + (" (but holds no triples)" if report.triples == 0 else f" ({report.triples:,} triples)"))
        raise typer.Exit(0)
    typer.echo(report.text)
    typer.echo(f"{source}: does not conform ({report.violations} violations)", err=True)
    raise typer.Exit(1)


@app.command("eval")
def eval_(
    graph: Path = typer.Argument(..., help="A built RDF file; or a folder of articles and annotations "
                                            "(articles/ and gold/, or *.gold.json beside the articles)."),
    gold: Optional[Path] = typer.Argument(None, help="A reference annotation (*.gold.json); with a folder, "
                                                     "the folder of annotations (default: FOLDER/gold)."),
    article: Optional[Path] = typer.Option(None, "--article", help="The source article, to check evidence is verbatim."),
    as_json: bool = typer.Option(False, "--json", help="Print the full report as JSON."),
    min_entity: float = typer.Option(0.0, "--min-entity", help="Exit 1 when the entity F1 is below this (0-1)."),
    min_fact: float = typer.Option(0.0, "--min-fact", help="Exit 1 when the fact F1 is below this (0-1)."),
    min_interaction: float = typer.Option(0.0, "--min-interaction", help="Exit 1 when the interaction F1 is below this (0-1)."),
    min_attribute: float = typer.Option(0.0, "--min-attribute", help="Exit 1 when the attribute accuracy is below this (0-1)."),
    min_provenance: float = typer.Option(0.0, "--min-provenance", help="Exit 1 when the provenance coverage is below this (0-1)."),
) -> None:
    """Score a graph against an annotation: precision, recall and F1 of entities, facts, interactions.

    With a folder, every annotated article is built and scored, and the
    per-article and micro-averaged scores are printed.
    """
    from .evaluate import as_dict, evaluate, summary_line

    if graph.is_dir():
        _eval_folder(graph, gold, as_json, min_entity, min_fact, min_interaction)
        return
    if gold is None:
        _fail("give a reference annotation (GOLD.json) after the graph, or a folder of annotated articles")

    from .evaluate import AnnotationError

    for name, v in (("--min-entity", min_entity), ("--min-fact", min_fact), ("--min-interaction", min_interaction),
                    ("--min-attribute", min_attribute), ("--min-provenance", min_provenance)):
        if not 0.0 <= v <= 1.0:
            _fail(f"{name} {v}: a threshold is between 0 and 1")
    try:
        rep = evaluate(graph, gold, article)
    except (GeoKGError, AnnotationError) as exc:
        _fail(exc)
    if as_json:
        typer.echo(json.dumps(as_dict(rep), ensure_ascii=False, indent=2))
        typer.echo(summary_line(rep), err=True)
    else:
        for k in ("entity", "fact", "interaction"):
            if rep[k].missing:
                typer.echo(f"{k} missing: {rep[k].missing}")
            if rep[k].spurious:
                typer.echo(f"{k} spurious: {rep[k].spurious}")
        if rep["attribute"]["missing"]:
            typer.echo(f"attribute missing: {rep['attribute']['missing']}")
        typer.echo(summary_line(rep))
    low = [k for k, v in (("entity", min_entity), ("fact", min_fact), ("interaction", min_interaction)) if rep[k].f1 < v]
    low += ["attribute"] if rep["attribute"]["accuracy"] < min_attribute else []
    low += ["provenance"] if rep["provenance"]["coverage"] < min_provenance else []
    if low:
        typer.echo(f"kg: below threshold: {', '.join(low)}", err=True)
        raise typer.Exit(1)


def _eval_folder(folder: Path, gold: Optional[Path], as_json: bool, min_entity: float, min_fact: float,
                 min_interaction: float) -> None:
    from .evaluate import as_dict, evaluate_folder, micro
    from .query import table

    try:
        reports = evaluate_folder(folder, gold)
    except GeoKGError as exc:
        _fail(exc)
    except ValueError as exc:  # a malformed annotation
        _fail(exc)
    avg = micro([r for _, r in reports])
    scripts = sorted({r.get("lang", "") for _, r in reports} - {""})
    by_script = {lang: micro([r for _, r in reports if r.get("lang") == lang]) for lang in scripts}
    prf = lambda a: {k: dict(zip(("precision", "recall", "f1"), v)) for k, v in a.items()}  # noqa: E731
    if as_json:
        typer.echo(json.dumps({"articles": {stem: as_dict(r) for stem, r in reports}, "micro": prf(avg),
                               "micro_by_script": {lang: prf(a) for lang, a in by_script.items()}},
                              ensure_ascii=False, indent=2))
    else:
        rows = [[stem] + [f"{r[k].f1:.3f}" for k in ("entity", "fact", "interaction")]
                + [f"{r['attribute']['accuracy']:.2f}", f"{r['provenance']['coverage']:.2f}"] for stem, r in reports]
        if len(scripts) > 1:
            for lang, a in by_script.items():
                n = sum(1 for _, r in reports if r.get("lang") == lang)
                rows.append([f"micro-average, {lang} ({n})"] + [f"{a[k][2]:.3f}" for k in ("entity", "fact", "interaction")]
                            + ["", ""])
        rows.append(["micro-average"] + [f"{avg[k][2]:.3f}" for k in ("entity", "fact", "interaction")] + ["", ""])
        typer.echo(table(["article", "entity F1", "fact F1", "interaction F1", "attributes", "provenance"], rows))
    low = [k for k, v in (("entity", min_entity), ("fact", min_fact), ("interaction", min_interaction)) if avg[k][2] < v]
    if low:
        typer.echo(f"kg: micro-averaged below threshold: {', '.join(low)}", err=True)
        raise typer.Exit(1)


def main() -> None:
    """Entry point of the ``kg`` console script."""
    app()
