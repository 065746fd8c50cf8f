"""The README documents what the product really has."""
import re

from core import config
from core.cli import build_parser
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text()


def test_every_setting_is_documented_in_the_readme():
    missing = [s.name for s in config.all_settings() if f"`{s.name}`" not in README]
    assert missing == []


def test_every_cli_command_is_documented_in_the_readme():
    _, sub = build_parser()
    missing = [name for name in sub.choices
               if not re.search(rf"python -m core[^\n]*\s{name}\b", README)]
    assert missing == []


def test_quick_start_is_two_commands():
    quick = README.split("## Quick start", 1)[1].split("\n## ", 1)[0]
    assert "make run" in quick and "make test" in quick
