"""The one module that knows the order of the stages: read -> extract -> emit.

>>> from kg import build
>>> result = build(["examples/seed/000_a9ea7c4cedc04e6f.txt"])  # doctest: +SKIP
>>> len(result.dataset) > 0  # doctest: +SKIP
True
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from rdflib import Dataset

from .errors import InputError, MissingInput
from .model import Extraction


@dataclass
class BuildResult:
    """What a build produced: the dataset, each article's extraction, and the inputs that failed."""

    dataset: Dataset
    extractions: list[Extraction] = field(default_factory=list)
    errors: list[InputError] = field(default_factory=list)

    def summary(self) -> dict:
        """Counts per class and per fact predicate, and the number of interactions by polarity."""
        classes: Counter = Counter()
        seen: set[str] = set()
        facts: Counter = Counter()
        polarity: Counter = Counter()
        for x in self.extractions:
            for key, e in x.entities.items():
                if key not in seen:
                    seen.add(key)
                    classes[e.cls] += 1
            for f in x.facts:
                facts[f.predicate] += 1
            for i in x.interactions:
                polarity["cooperation" if int(i.code[:2]) <= 9 else "conflict"] += 1
        return {"articles": len(self.extractions), "failed": len(self.errors), "classes": dict(sorted(classes.items())),
                "facts": dict(sorted(facts.items())), "interactions": dict(sorted(polarity.items()))}


def expand_paths(paths: Iterable[str | Path]) -> tuple[list[Path], list[InputError]]:
    """Files named directly, and the article files of folders (recursively, sorted)."""
    from .reader import SUFFIXES

    files: list[Path] = []
    errors: list[InputError] = []
    for p in map(Path, paths):
        if p.is_dir():
            files.extend(sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in SUFFIXES
                                and not f.name.upper().startswith(("README", "LICENSE", "CHANGELOG"))
                                and not any(part.startswith(".") for part in f.relative_to(p).parts)))
        elif p.exists():
            files.append(p)
        else:
            errors.append(MissingInput(p, "no such file or folder"))
    seen: set[Path] = set()
    unique = []
    for f in files:  # a file named twice (or inside a folder also named) is built once
        r = f.resolve()
        if r not in seen:
            seen.add(r)
            unique.append(f)
    return unique, errors


def build(paths: Iterable[str | Path], progress: Callable[[Path], None] | None = None) -> BuildResult:
    """Read, extract and emit every article under ``paths`` into one Dataset.

    A file that cannot be read is recorded in ``errors`` and skipped; the
    others are still built.
    """
    from .emit import emit, new_dataset
    from .extract import extract
    from .reader import read

    from .merge import corroboration, merge_events

    files, errors = expand_paths(paths)
    result = BuildResult(new_dataset(), errors=errors)
    for f in files:
        if progress:
            progress(f)
        try:
            doc = read(f)
        except InputError as exc:
            result.errors.append(exc)
            continue
        try:
            result.extractions.append(extract(doc))
        except Exception as exc:  # a bug must not cost the other articles their build: name the file
            result.errors.append(InputError(f, f"could not be extracted ({type(exc).__name__}: {exc}); please report this"))
    # the same summit reported by several outlets is one event; count who states each fact
    result.extractions = merge_events(result.extractions)
    counts = corroboration(result.extractions)
    for x in result.extractions:
        emit(x, result.dataset, corroboration=counts)
    return result
