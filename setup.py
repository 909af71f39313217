"""Build hook: ship the top-level ``resources/`` folder inside the package.

The design keeps fonts, samples, vocabularies and translations in ``resources/`` at
the top of the checkout; wheels carry them as ``ccwdiff/_resources`` so that
``importlib.resources`` (see ``ccwdiff/resources.py``) finds them once installed.
Everything else is declared in pyproject.toml.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

_SKIP = shutil.ignore_patterns("*.ts", "__pycache__", "*.pyc", ".DS_Store")


class BuildWithResources(build_py):
    def run(self) -> None:
        super().run()
        source = Path(__file__).parent / "resources"
        if source.is_dir():
            target = Path(self.build_lib) / "ccwdiff" / "_resources"
            if target.exists():
                shutil.rmtree(target)
            shutil.copytree(source, target, ignore=_SKIP)


setup(cmdclass={"build_py": BuildWithResources})
