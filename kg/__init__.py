"""geokg: a knowledge graph of relations between states, built from news articles.

>>> import kg
>>> result = kg.build(["article.html"])  # doctest: +SKIP
>>> result.dataset.serialize(format="trig")  # doctest: +SKIP
"""
from __future__ import annotations

__version__ = "0.1.0"


def build(paths, progress=None):
    """Build articles into an rdflib Dataset; see :func:`kg.pipeline.build`."""
    from .pipeline import build as _build

    return _build(paths, progress=progress)


__all__ = ["build", "__version__"]
