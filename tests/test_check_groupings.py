"""A check reads back the grouping of the same sources with the same draft claims, wherever
the claims now stand in the draft (an edit elsewhere moves them): grouping reads what a claim
says, never where it stands, and its id only as a name."""

from __future__ import annotations

import ast
import contextlib
import io
import json
from functools import cache
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile import cache as cache_module
from reconcile import pipeline
from reconcile.cache import GROUPING_SETTINGS
from reconcile.claims import group
from reconcile.claims.group import group_claims
from reconcile.claims.models import Claim, Document
from reconcile.cli import main
from reconcile.config import Settings
from reconcile.timecap import extract_within

SOURCES = {
    "north.md": "Ferry news\n\nBrenmoor Ferries said its crossings carried 1.9 million "
    "passengers last year. Fares rose 6% in January, the operator said.\n",
    "south.md": "Harbour notes\n\nBrenmoor Ferries carried 1.9 million passengers last year, "
    "up from 1.7 million. The company raised fares by 6% in January.\n",
}
DRAFT = (
    "Ferry draft\n\nThe crossing was calm on a grey morning.\n\n"
    "Brenmoor Ferries carried 2.3 million passengers last year.\n\n"
    "Fares rose 6% in January, the operator said.\n"
)


@cache
def _claims() -> list[Claim]:
    """The claims of the sources and the draft, as a check gives them to grouping."""
    docs = [Document(id=n, path=n, text=t) for n, t in {**SOURCES, "draft.md": DRAFT}.items()]
    found = (extract_within(d, Settings())[0] for d in sorted(docs, key=lambda d: d.id))
    return [c for claims in found for c in claims]


def _moved(claims: list[Claim], shift: int, tag: str) -> tuple[list[Claim], dict[str, str]]:
    """The draft's claims moved ``shift`` characters on and renamed with ``tag``."""
    names = {c.id: f"draft.md#{tag}{n}" for n, c in enumerate(claims) if c.document == "draft.md"}
    out = []
    for c in claims:
        if c.document != "draft.md":
            out.append(c)
            continue
        span = (c.span[0] + shift, c.span[1] + shift)
        out.append(
            c.model_copy(
                update={
                    "id": names[c.id],
                    "span": span,
                    "mention": c.mention.model_copy(update={"span": span}),
                    "linked": [names.get(i, i) for i in c.linked],
                }
            )
        )
    return out, names


@settings(max_examples=15, deadline=None)
@given(shift=st.integers(0, 5000), tag=st.sampled_from(["", "x", "zz-", "0"]))
def test_grouping_reads_no_place_and_ids_only_as_names(shift: int, tag: str) -> None:
    claims = _claims()
    assert any(c.document == "draft.md" for c in claims)
    moved, names = _moved(claims, shift, tag)
    expected = [
        g.model_copy(update={"claims": sorted(names.get(i, i) for i in g.claims)})
        for g in group_claims(claims)
    ]
    assert group_claims(moved) == expected


def _check(*argv: str) -> tuple[int, dict[str, object]]:
    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(io.StringIO()):
        code = main(["check", *argv, "--format", "json"])
    return code, json.loads(out.getvalue())


@pytest.mark.parametrize(
    ("edit", "read_back"),
    [
        (lambda t: t.replace("calm on a grey", "rough on a bright"), True),  # claims move
        (lambda t: t.replace("Ferry draft", "Ferry draft, updated"), True),
        (lambda t: t.replace("2.3 million", "1.9 million"), False),  # a figure: grouped anew
        (lambda t: t + "\nThe company runs 14 vessels.\n", False),  # a claim more
    ],
)
def test_a_check_after_an_edit_equals_a_cold_one_with_the_grouping_read_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, edit: object, read_back: bool
) -> None:
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setattr(cache_module, "RACY_NS", 0)
    folder = tmp_path / "sources"
    folder.mkdir()
    for name, text in SOURCES.items():
        (folder / name).write_text(text, encoding="utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    args = [str(draft), "--against", str(folder)]
    _check(*args)
    grouped: list[int] = []
    real = pipeline.group_claims

    def counted(claims: object, settings: object = None, texts: object = None) -> object:
        grouped.append(1)
        return real(claims, settings, texts)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "group_claims", counted)
    draft.write_text(edit(DRAFT), encoding="utf-8")  # type: ignore[operator]
    warm = _check(*args)
    assert grouped == ([] if read_back else [1])
    cold = _check(*args, "--no-cache")
    assert warm == cold
    assert warm[1]["groups"]  # the draft's figures are in groups


def test_grouping_reads_only_the_settings_its_stored_key_holds() -> None:
    """The stored grouping is keyed on GROUPING_SETTINGS alone: grouping must read no other
    setting (were it to read the tolerance, a check with another would get a stale grouping)."""
    tree = ast.parse(Path(group.__file__).read_text(encoding="utf-8"))
    read = {
        n.attr
        for n in ast.walk(tree)
        if isinstance(n, ast.Attribute)
        and isinstance(n.value, ast.Name)
        and n.value.id == "settings"
    }
    assert read and read <= GROUPING_SETTINGS
    given_to = {
        ast.unparse(n.func)
        for n in ast.walk(tree)
        if isinstance(n, ast.Call)
        and any(
            isinstance(a, ast.Name) and a.id == "settings"
            for a in [*n.args, *(k.value for k in n.keywords)]
        )
    }
    assert given_to <= {"_with_user_aliases"}  # which reads the aliases only (above)


def test_another_tolerance_or_threshold_reads_the_grouping_back(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("RECONCILE_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "sources"
    folder.mkdir()
    for name, text in SOURCES.items():
        (folder / name).write_text(text, encoding="utf-8")
    draft = tmp_path / "draft.md"
    draft.write_text(DRAFT, encoding="utf-8")
    args = [str(draft), "--against", str(folder)]
    _check(*args)
    grouped: list[int] = []
    real = pipeline.group_claims

    def counted(claims: object, settings: object = None, texts: object = None) -> object:
        grouped.append(1)
        return real(claims, settings, texts)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "group_claims", counted)
    for extra in (["--tolerance", "0.2"], ["--fail-on", "error"]):
        warm = _check(*args, *extra)
        assert warm == _check(*args, *extra, "--no-cache")
    assert len(grouped) == 2  # the two cold runs grouped; the two warm ones read back
