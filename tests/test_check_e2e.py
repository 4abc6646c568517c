"""``reconcile check`` end to end: the agreeing-draft message, suppression forms, standard input
and the integration fixes of issue 13. Sentences are written for these tests."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path

import pytest

from reconcile.cli import main

PLAN = "Corvale Freight plans to invest CNY250 billion in new ports over five years, it said.\n"
BEYOND = (
    "Corvale Freight will lift its outlay beyond the 250 billion yuan it pledged last spring.\n"
)


def cli(*argv: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        code = main(list(argv))
    return code, out.getvalue(), err.getvalue()


@pytest.fixture
def here(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(tmp_path / "cache"))
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text("Freight group expands\n\n" + PLAN, encoding="utf-8")
    (src / "b.txt").write_text("Port spending rises\n\n" + BEYOND, encoding="utf-8")
    return tmp_path


def test_a_draft_that_matches_one_source_is_not_blocked_by_another(here: Path) -> None:
    draft = here / "draft.md"
    draft.write_text("Corvale Freight will invest CNY250 billion in new ports.\n", "utf-8")
    code, out, _ = cli("check", str(draft), "--against", "src")
    assert code == 0 and "1 info note not shown" in out
    code, out, _ = cli("check", str(draft), "--against", "src", "--show-info")
    assert code == 0
    assert "a.txt agrees with draft.md's figure" in out and "b.txt" in out


JOBS = "Tessaly Mills employs 5,900 people across its plants.\n"


@pytest.fixture
def mills(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(tmp_path / "cache"))
    src = tmp_path / "src"
    src.mkdir()
    (src / "a.txt").write_text(
        "Mill owner hires\n\nTessaly Mills employs 4,200 people across its three plants.\n", "utf-8"
    )
    (src / "b.txt").write_text(
        "Textile jobs\n\nTessaly Mills now employs 4,200 people, its annual filing shows.\n",
        "utf-8",
    )
    return tmp_path


def checked(folder: Path, draft: str) -> tuple[int, str, str]:
    path = folder / "draft.md"
    path.write_text(draft, encoding="utf-8")
    return cli("check", str(path), "--against", "src", "--no-cache")


@pytest.mark.parametrize(
    "draft",
    [
        JOBS.rstrip("\n") + " <!-- reconcile: ignore -->\n",  # on the same line
        "<!-- reconcile: ignore -->\n" + JOBS,  # alone on the line above
        "<!-- reconcile: ignore[value_mismatch] -->\n" + JOBS,
        # anywhere in a wrapped sentence
        "Tessaly Mills, the textile group, employs 5,900 people across\n"
        "its plants in the north, it said. <!-- reconcile: ignore -->\n",
        "Intro.\n\n<!-- reconcile: off -->\n" + JOBS + "<!-- reconcile: on -->\n",  # a block
        "Intro.\n\n<!-- reconcile: off -->\n" + JOBS,  # a block left open runs to the end
        "<!-- reconcile: ignore-file -->\n\nIntro.\n\n" + JOBS,  # the whole file
        "# reconcile: ignore-file\n" + JOBS,
    ],
)
def test_each_suppression_form_silences_the_sentence(mills: Path, draft: str) -> None:
    assert checked(mills, JOBS)[0] == 1  # the draft's figure is wrong
    code, out, err = checked(mills, draft)
    assert code == 0 and "1 suppressed" in out, out
    assert "silences no finding" not in err


@pytest.mark.parametrize(
    "draft",
    [
        "<!-- reconcile: ignore -->\n\n" + JOBS,  # a blank line between: not the line above
        "<!-- reconcile: ignore[scale_mismatch] -->\n" + JOBS,  # another kind
        "<!-- reconcile: off -->\nIntro.\n<!-- reconcile: on -->\n\n" + JOBS,  # after the block
        JOBS + "\nThe weather held. <!-- reconcile: ignore -->\n",  # another sentence's marker
    ],
)
def test_a_marker_elsewhere_does_not_silence_and_is_reported_unused(
    mills: Path, draft: str
) -> None:
    code, out, err = checked(mills, draft)
    assert code == 1 and "suppressed" not in out
    assert "warning: this reconcile marker silences no finding" in err
    assert len([line for line in err.splitlines() if "silences no finding" in line]) == 1
