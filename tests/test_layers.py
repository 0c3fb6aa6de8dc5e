"""One import name and layers whose arrows run one way.

The installed distribution holds one top-level package, `shobun`; inside it the layers are,
bottom to top: core → ontology → parser → graph → api → cli. A module may import its own
layer and those below it, never above (the facade `shobun/__init__.py` names entry points of
every layer but imports them only when first used).
"""

from __future__ import annotations

import ast
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

import shobun

ROOT = Path(__file__).resolve().parents[1]
LAYERS = ("core", "ontology", "parser", "graph", "api", "cli")
OLD_NAMES = ("parser", "graph", "api", "ontology")

# (module, what it imports, why the arrow may run upwards)
LATE_BOUND = {
    ("shobun.core.spacy_msgpack", "parser"): "srsly loads this entry point while spaCy is "
    "being imported, so it may import the parser only inside its decoder, when a notice comes",
}


def _modules() -> list[tuple[str, Path]]:
    found = []
    for path in sorted((ROOT / "shobun").rglob("*.py")):  # follows shobun/parser -> ../parser
        rel = path.relative_to(ROOT).with_suffix("")
        parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
        found.append((".".join(parts), path))
    for layer in OLD_NAMES:  # the links' targets, named as installed
        for path in sorted((ROOT / layer).rglob("*.py")):
            rel = path.relative_to(ROOT).with_suffix("")
            parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
            found.append((".".join(("shobun", *parts)), path))
    return sorted(set(found))


def _imports(module: str, path: Path) -> set[str]:
    names: set[str] = set()
    package = module if path.name == "__init__.py" else module.rpartition(".")[0]
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                up = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*up, base]) if base else ".".join(up)
            names.add(base)
            names.update(f"{base}.{a.name}" for a in node.names)
    return names


def _layer(module: str) -> str | None:
    parts = module.split(".")
    if parts[0] != "shobun" or len(parts) < 2 or parts[1] not in LAYERS:
        return None
    return parts[1]


MODULES = _modules()


def test_every_layer_is_found() -> None:
    assert {_layer(m) for m, _ in MODULES} >= set(LAYERS)


@pytest.mark.parametrize(("module", "path"), MODULES, ids=[m for m, _ in MODULES])
def test_imports_run_down_the_layers(module: str, path: Path) -> None:
    own = _layer(module)
    if own is None:  # the facade
        return
    upward = []
    for name in _imports(module, path):
        first = name.split(".")[0]
        assert first not in OLD_NAMES, f"{module} imports {name}: use shobun.{name}"
        other = _layer(name)
        if other is None or LAYERS.index(other) <= LAYERS.index(own):
            continue
        if (module, other) not in LATE_BOUND:
            upward.append(name)
    assert not upward, f"{module} ({own}) imports from a layer above: {sorted(upward)}"


def test_the_facade_names_its_entry_points() -> None:
    for name in ("parse", "parse_path", "notice_graph", "open_store", "create_app", "load"):
        assert callable(getattr(shobun, name)), name
    with pytest.raises(AttributeError):
        _ = shobun.no_such_thing  # type: ignore[attr-defined]


def test_the_wheel_installs_one_top_level_package(tmp_path: Path) -> None:
    """Build the wheel offline from a copy of the tree and list what it would install."""
    src = tmp_path / "src"
    skip = shutil.ignore_patterns(".venv", ".git", "build", "*.egg-info", "test-output",
                                  "__pycache__", ".mypy_cache", ".ruff_cache", ".pytest_cache",
                                  ".hypothesis", "tests", "corpus", "benchmarks", "docs")  # fmt: skip
    shutil.copytree(ROOT, src, symlinks=True, ignore=skip)
    out = tmp_path / "dist"
    done = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation",
         "--no-index", "-q", "-w", str(out), str(src)],
        capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    (wheel,) = out.glob("shobun-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    tops = {n.split("/")[0] for n in names if not n.split("/")[0].endswith(".dist-info")}
    assert tops == {"shobun"}
    _installed_alone(wheel, tmp_path)
    for needed in ("shobun/parser/data/roles.tsv", "shobun/api/templates/actions.html",
                   "shobun/ontology/shobun.ttl", "shobun/cli/__init__.py",
                   "shobun/core/errors.py", "shobun/py.typed"):  # fmt: skip
        assert needed in names, needed


def _installed_alone(wheel: Path, tmp_path: Path) -> None:
    """Installed from the wheel (and run away from the repository), shobun is `shobun.*`
    and nothing else: `import parser` finds no shobun code."""
    target = tmp_path / "site"
    done = subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-index", "-q",
         "--target", str(target), str(wheel)],
        capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    packages = {p.name for p in target.iterdir() if p.is_dir() and (p / "__init__.py").exists()}
    assert packages == {"shobun"}  # (beside it: the dist-info and bin/shobun)
    probe = (
        "import importlib.util, sys\n"
        "for name in ('parser', 'graph', 'api', 'ontology'):\n"
        "    assert importlib.util.find_spec(name) is None, name\n"
        "import shobun, shobun.parser, shobun.cli\n"
        "assert shobun.__file__.startswith(sys.argv[1]), shobun.__file__\n"
        "print(shobun.parse('令和6年1月1日 個人情報保護委員会').name)\n"
    )
    env = {"PYTHONPATH": str(target), "PATH": "/usr/bin:/bin"}
    ran = subprocess.run(
        [sys.executable, "-c", probe, str(target)],
        cwd=tmp_path, env=env, capture_output=True, text=True, check=False, timeout=300,
    )  # fmt: skip
    assert ran.returncode == 0, ran.stderr[-2000:]
