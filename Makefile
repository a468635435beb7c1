# The two commands of the README's quick start, and a few more.
#   make seed   set up .venv and build the seed article into examples/out/
#   make test   set up .venv and run the test suite
PY := .venv/bin/python
STAMP := .venv/.installed

.PHONY: seed test venv clean

$(STAMP): pyproject.toml
	python3 -m venv .venv
	$(PY) -m pip install -q --upgrade pip
	$(PY) -m pip install -q -e '.[test]'
	touch $(STAMP)

venv: $(STAMP)

seed: $(STAMP)
	$(PY) -m kg build examples/seed/000_a9ea7c4cedc04e6f.txt -o examples/out/seed.trig -o examples/out/seed.ttl

test: $(STAMP)
	$(PY) -m pytest -q -p no:cacheprovider

clean:
	rm -rf examples/out .pytest_cache
