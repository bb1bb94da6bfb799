"""Every third-party package the code imports is pinned exactly in requirements.txt.

With the pip that ``python3.11 -m venv`` ships, an unpinned import (lxml_html_clean, needed
by trafilatura's ``lxml.html.clean``) was missing and every ingest failed; README
"Dependencies" says how the pins were proven to install with that pip.
"""

import ast
import re
import sys
from importlib.metadata import packages_distributions
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = ["agreements", "cooperation", "manage.py"]
# Imported by dependencies at run time rather than by our code, but required all the same.
INDIRECT = {"lxml_html_clean", "django-ipware", "python-ipware"}


def pins() -> dict[str, str]:
    found = {}
    for line in (ROOT / "requirements.txt").read_text().splitlines():
        match = re.match(r"^([A-Za-z0-9_.\-]+)(\[[^\]]*\])?==(\S+)$", line.strip())
        if match:
            found[canonical(match.group(1))] = match.group(3)
    return found


def canonical(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def imported_modules() -> set[str]:
    modules = set()
    paths = [ROOT / "manage.py"] + [
        path for folder in CODE[:2] for path in (ROOT / folder).rglob("*.py")
    ]
    for path in paths:
        tree = ast.parse(path.read_text(), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Import):
                modules.update(alias.name.split(".")[0] for alias in node.names)
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                modules.add(node.module.split(".")[0])
    return modules - set(sys.stdlib_module_names) - {"agreements", "cooperation", "tests"}


def test_every_imported_package_is_pinned():
    distributions = packages_distributions()
    pinned = pins()
    unpinned = {
        module: distributions.get(module)
        for module in imported_modules()
        if not any(canonical(dist) in pinned for dist in distributions.get(module, [module]))
    }
    assert unpinned == {}


def test_indirect_imports_are_pinned():
    assert {canonical(name) for name in INDIRECT} <= set(pins())


def test_trafilatura_finds_its_html_cleaner():
    import lxml.html.clean  # noqa: F401
