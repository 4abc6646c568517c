"""The command line, end to end through the installed ``reconcile`` command, plus in-process
cases that need a stand-in pipeline (to make findings certain while the real stages grow).

Subprocess tests are strict about exit codes, streams and formats, and tolerant about which
figures the pipeline extracts.
"""

from __future__ import annotations

import contextlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import jsonschema
import pytest

import reconcile.check as check
from reconcile import __version__
from reconcile.claims.models import Claim, Document, Finding, Mention, Report
from reconcile.cli import CHECK_FORMATS, REPORT_FORMATS, Progress, available, main, wants_color
from reconcile.config import Settings
from reconcile.io import MAX_BYTES

EXE = shutil.which("reconcile")
ANSI = re.compile(r"\x1b\[")

DRAFT = """Alibaba shares rise on new AI model

Alibaba shares rose 2.4% to HK$140.60 in Hong Kong on Tuesday.
The company said cloud revenue grew 26% in the June quarter.
It plans to spend more than $53 billion on AI over three years.
"""
SOURCE_A = """Alibaba stock climbs

Alibaba shares rose as much as 4% to HK$138.0 in Hong Kong on Tuesday.
Cloud revenue grew 29% in the June quarter, the company said.
"""
SOURCE_B = """Alibaba gains

Alibaba shares gained 3% to HK$139.0 in Hong Kong on Tuesday, and cloud revenue grew 26%.
Alibaba will invest $53 billion in AI.
"""


def run(
    *args: str, cwd: Path, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    assert EXE is not None, "the reconcile command must be installed (pip install -e .)"
    full_env = {**os.environ, **(env or {})}
    full_env.pop("RECONCILE_DEBUG", None)
    return subprocess.run(
        [EXE, *args], cwd=cwd, env=full_env, capture_output=True, text=True, timeout=120
    )


def inproc(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """The same command run in this process (quicker: no interpreter start-up)."""
    out, err = io.StringIO(), io.StringIO()
    old = Path.cwd()
    os.chdir(cwd)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(list(args))
    finally:
        os.chdir(old)
    return subprocess.CompletedProcess(list(args), code, out.getvalue(), err.getvalue())


def no_traceback(proc: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in proc.stderr
    assert "Traceback" not in proc.stdout


@pytest.fixture
def project(tmp_path: Path) -> Path:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.txt").write_text(SOURCE_A, encoding="utf-8")
    (tmp_path / "sources" / "b.md").write_text(SOURCE_B, encoding="utf-8")
    (tmp_path / "draft.md").write_text(DRAFT, encoding="utf-8")
    return tmp_path


@pytest.fixture(scope="module")
def schema() -> dict[str, Any]:
    return json.loads(
        subprocess.run(
            [EXE or "reconcile", "schema"], capture_output=True, text=True, check=True
        ).stdout
    )


def draft_findings_ok(report: dict[str, Any], draft_id: str) -> None:
    doc_of = {c["id"]: c["document"] for c in report["claims"]}
    for f in report["findings"]:
        assert any(doc_of[c] == draft_id for c in f["claims"]), f


def expected_exit(report: dict[str, Any], fail_on: str) -> int:
    floor = {"error": 2, "warning": 1, "info": 0}[fail_on]
    rank = {"error": 2, "warning": 1, "info": 0}
    live = [f for f in report["findings"] if not f["suppressed"] and rank[f["severity"]] >= floor]
    return 1 if live else 0


# --- basics -----------------------------------------------------------------------------------


def test_version_and_module_entry(tmp_path: Path) -> None:
    proc = run("--version", cwd=tmp_path)
    assert proc.returncode == 0 and proc.stdout.strip() == f"reconcile {__version__}"
    mod = subprocess.run(
        [sys.executable, "-m", "reconcile", "--version"],
        capture_output=True,
        text=True,
        cwd=tmp_path,
    )
    assert mod.returncode == 0 and mod.stdout == proc.stdout


def test_schema_is_the_report_schema(tmp_path: Path, schema: dict[str, Any]) -> None:
    assert schema == Report.model_json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)


def test_usage_errors_exit_2(tmp_path: Path) -> None:
    cases = (["report"], ["check", "x.md"], ["report", "--format", "pdf", "x"], ["bogus"], [])
    for i, args in enumerate(cases):
        proc = (run if i == 0 else inproc)(*args, cwd=tmp_path)
        assert proc.returncode == 2, args
        assert "usage:" in proc.stderr
        no_traceback(proc)


def test_evaluate_is_wired(tmp_path: Path) -> None:
    proc = run("evaluate", "--help", cwd=tmp_path)
    assert proc.returncode == 0 and "usage: reconcile evaluate" in proc.stdout
    proc = inproc("evaluate", "no-such-folder", cwd=tmp_path)
    assert proc.returncode != 0
    no_traceback(proc)


def test_text_and_json_always_offered() -> None:
    assert {"text", "json"} <= set(available(REPORT_FORMATS))
    assert {"text", "json"} <= set(available(CHECK_FORMATS))


# --- report -----------------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", available(REPORT_FORMATS))
def test_report_formats(project: Path, fmt: str, schema: dict[str, Any]) -> None:
    proc = run("report", "sources", "draft.md", "--format", fmt, cwd=project)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    out = proc.stdout
    assert out.strip() and not ANSI.search(out)
    if fmt == "json":
        data = json.loads(out)
        jsonschema.validate(data, schema)
        assert sorted(d["id"] for d in data["documents"]) == ["a.txt", "b.md", "draft.md"]
    elif fmt == "html":
        assert "<html" in out.lower() and "</html>" in out.lower()
    elif fmt == "markdown":
        assert out.lstrip().startswith("#")
    else:
        assert "3 documents" in out


def test_report_output_file(project: Path) -> None:
    proc = run("report", "sources", "-f", "json", "--output", "out.json", cwd=project)
    assert proc.returncode == 0 and proc.stdout == ""
    assert len(json.loads((project / "out.json").read_text())["documents"]) == 2
    bad = run("report", "sources", "--output", "no/such/dir/out.txt", cwd=project)
    assert bad.returncode == 2 and "cannot write" in bad.stderr
    no_traceback(bad)


def test_no_colour_when_not_a_terminal_or_no_color(project: Path) -> None:
    assert ANSI.search(run("report", "sources", cwd=project).stdout) is None

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    os.environ.pop("NO_COLOR", None)
    try:
        assert wants_color(Tty())
        os.environ["NO_COLOR"] = "1"
        assert not wants_color(Tty())
    finally:
        os.environ.pop("NO_COLOR", None)
    assert not wants_color(io.StringIO())


# --- check ------------------------------------------------------------------------------------


def test_check_json_is_schema_valid_and_about_the_draft(
    project: Path, schema: dict[str, Any]
) -> None:
    proc = run("check", "draft.md", "--against", "sources", "-f", "json", cwd=project)
    no_traceback(proc)
    data = json.loads(proc.stdout)
    jsonschema.validate(data, schema)
    assert data["documents"][0]["id"] == "draft.md"
    draft_findings_ok(data, "draft.md")
    assert proc.returncode == expected_exit(data, "warning")
    for fail_on in ("error", "info"):
        again = inproc(
            "check",
            "draft.md",
            "--against",
            "sources",
            "-f",
            "json",
            "--fail-on",
            fail_on,
            cwd=project,
        )
        assert again.returncode == expected_exit(json.loads(again.stdout), fail_on)


def test_check_fail_on_never_exits_0(project: Path) -> None:
    proc = run("check", "draft.md", "--against", "sources", "--fail-on", "never", cwd=project)
    assert proc.returncode == 0
    assert proc.stdout.strip()


def test_check_everything_suppressed_exits_0(project: Path) -> None:
    marked = "\n".join(f"{line} <!-- reconcile: ignore -->" for line in DRAFT.splitlines())
    (project / "draft.md").write_text(marked + "\n", encoding="utf-8")
    proc = run(
        "check", "draft.md", "--against", "sources", "-f", "json", "--fail-on", "info", cwd=project
    )
    assert proc.returncode == 0, proc.stdout
    assert all(f["suppressed"] for f in json.loads(proc.stdout)["findings"])


@pytest.mark.parametrize("fmt", available(CHECK_FORMATS))
def test_check_formats(project: Path, fmt: str) -> None:
    proc = run(
        "check", "draft.md", "--against", "sources", "-f", fmt, "--fail-on", "never", cwd=project
    )
    assert proc.returncode == 0
    assert proc.stderr == ""
    out = proc.stdout
    if fmt == "sarif":
        sarif = json.loads(out)
        assert sarif["version"] == "2.1.0" and len(sarif["runs"]) == 1
    elif fmt == "json":
        assert json.loads(out)["documents"][0]["path"] == "draft.md"
    elif fmt == "github":
        assert all(line.startswith("::") for line in out.splitlines() if line)
    else:
        assert out.splitlines()[-1].startswith("draft.md")


def test_check_draft_inside_the_sources_is_not_compared_with_itself(project: Path) -> None:
    proc = run("check", "sources/a.txt", "--against", "sources", "-f", "json", cwd=project)
    data = json.loads(proc.stdout)
    assert data["documents"][0]["id"] == "a.txt"
    assert [d["id"] for d in data["documents"]].count("a.txt") == 1
    assert proc.returncode == expected_exit(data, "warning")


def test_check_pre_commit_argument_order(project: Path) -> None:
    (project / "second.txt").write_text("Alibaba shares rose 5% on Tuesday.\n", encoding="utf-8")
    proc = run(
        "check", "--fail-on=never", "--against=sources/", "draft.md", "second.txt", cwd=project
    )
    assert proc.returncode == 0, proc.stderr
    assert "draft.md" in proc.stdout and "second.txt" in proc.stdout


def test_check_missing_draft_or_sources_exit_2(project: Path) -> None:
    proc = run("check", "nope.md", "--against", "sources", cwd=project)
    assert proc.returncode == 2
    assert "nope.md: no such file or directory" in proc.stderr
    proc = inproc("check", "draft.md", "--against", "nowhere", cwd=project)
    assert proc.returncode == 2
    assert "nowhere: no such file or directory" in proc.stderr
    no_traceback(proc)
    # a misspelled folder next to a good one is an error too, not a warning
    proc = inproc("check", "draft.md", "--against", "sources", "sourcse", cwd=project)
    assert proc.returncode == 2 and "sourcse: no such file or directory" in proc.stderr
    proc = inproc("report", "sources", "sourcse", cwd=project)
    assert proc.returncode == 2 and "sourcse: no such file or directory" in proc.stderr


def test_unknown_kind_in_marker_is_reported(project: Path) -> None:
    (project / "draft.md").write_text(
        DRAFT + "x <!-- reconcile: ignore[typo] -->\n", encoding="utf-8"
    )
    proc = run("check", "draft.md", "--against", "sources", "--fail-on", "never", cwd=project)
    assert proc.returncode == 0
    assert "draft.md: line 6: unknown finding kind(s) in ignore marker: typo" in proc.stderr


# --- configuration ----------------------------------------------------------------------------


def test_bad_config_key_found_upward_exits_2(project: Path) -> None:
    (project / "reconcile.toml").write_text("tolerence = 0.1\n", encoding="utf-8")
    sub = project / "sources"
    proc = run("report", ".", cwd=sub)
    assert proc.returncode == 2
    lines = proc.stderr.strip().splitlines()
    assert lines == [
        f"reconcile: {project / 'reconcile.toml'}: unknown key 'tolerence' "
        "(did you mean 'tolerance'?)"
    ]


def test_bad_pyproject_value_exits_2(project: Path) -> None:
    (project / "pyproject.toml").write_text('[tool.reconcile]\nfail_on = "always"\n')
    proc = run("check", "draft.md", "--against", "sources", cwd=project)
    assert proc.returncode == 2
    assert "pyproject.toml: 'fail_on': input should be" in proc.stderr
    no_traceback(proc)


def test_explicit_config_and_bad_cli_override(project: Path) -> None:
    (project / "mine.toml").write_text("tolerance = -3\n")
    proc = inproc("report", "sources", "--config", "mine.toml", cwd=project)
    assert proc.returncode == 2 and "mine.toml: 'tolerance'" in proc.stderr
    proc = inproc("report", "sources", "--tolerance", "-1", cwd=project)
    assert proc.returncode == 2 and "command line: 'tolerance'" in proc.stderr
    proc = inproc("report", "sources", "--config", "absent.toml", cwd=project)
    assert proc.returncode == 2 and "absent.toml: no such configuration file" in proc.stderr


# --- bad input --------------------------------------------------------------------------------


def test_bad_inputs_are_one_line_each_and_the_rest_runs(project: Path) -> None:
    src = project / "sources"
    (src / "blob.txt").write_bytes(b"\x00\x01\x02binary\x00" * 100)
    (src / "empty.md").write_text("")
    (src / "win.txt").write_bytes("Caf\u00e9 revenue rose 5% \u2013 to \u20ac3m.".encode("cp1252"))
    with (src / "huge.txt").open("wb") as fh:
        fh.truncate(MAX_BYTES + 1)
    (project / "nothing").mkdir()
    proc = run("report", "sources", "nothing", "-f", "json", cwd=project)
    no_traceback(proc)
    assert proc.returncode == 0
    messages = proc.stderr.strip().splitlines()
    assert all(m.startswith("reconcile: ") for m in messages)
    expected = [
        "sources/blob.txt: looks like a binary file, skipped",
        "sources/empty.md: empty file, skipped",
        "sources/huge.txt: 20.0 MB is over the 20 MB limit, skipped",
        "sources/win.txt: not valid UTF-8; decoded as cp1252",
        "nothing: no .txt, .md or .html files in this folder",
    ]
    for e in expected:
        assert sum(e in m for m in messages) == 1, (e, messages)
    assert len(messages) == len(expected)
    data = json.loads(proc.stdout)
    docs = {d["id"]: d for d in data["documents"]}
    assert sorted(docs) == ["a.txt", "b.md", "win.txt"]
    assert docs["win.txt"]["notices"] == ["not valid UTF-8; decoded as cp1252"]
    assert "Caf\u00e9" in docs["win.txt"]["text"]
    # a path that does not exist is a usage error (exit 2), named on one line
    proc = run("report", "sources", "missing.txt", cwd=project)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.strip() == "reconcile: missing.txt: no such file or directory"


def test_nothing_readable_exits_2(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "folder").mkdir()
    cases = (["report", "missing"], ["report", "folder"], ["report", "empty.txt"])
    for i, args in enumerate(cases):
        proc = (run if i == 0 else inproc)(*args, cwd=tmp_path)
        assert proc.returncode == 2, args
        assert ("no such file" if i == 0 else "nothing to read") in proc.stderr
        no_traceback(proc)


def test_same_file_names_are_told_apart(tmp_path: Path) -> None:
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "x.txt").write_text(SOURCE_A)
    data = json.loads(run("report", "a", "b", "-f", "json", cwd=tmp_path).stdout)
    assert sorted(d["id"] for d in data["documents"]) == ["a/x.txt", "b/x.txt"]
    assert len({c["id"] for c in data["claims"]}) == len(data["claims"])


def test_long_runs_show_no_progress_when_stderr_is_not_a_terminal(tmp_path: Path) -> None:
    for i in range(60):
        (tmp_path / f"{i:02}.txt").write_text(f"Shares rose {i}% on Tuesday.\n")
    proc = run("report", ".", cwd=tmp_path)
    assert proc.returncode == 0 and proc.stderr == ""
    assert "60 documents" in proc.stdout


def test_progress_bar_only_on_a_terminal_and_only_for_long_runs() -> None:
    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    tty = Tty()
    bar = Progress(tty)
    bar(1, 49)
    assert tty.getvalue() == ""
    bar(25, 50)
    assert "25/50" in tty.getvalue() and "#" in tty.getvalue()
    bar.clear()
    assert tty.getvalue().endswith("\r")
    pipe = io.StringIO()
    Progress(pipe)(60, 60)
    assert pipe.getvalue() == ""


# --- in process, with a stand-in pipeline: certain findings --------------------------------


def _stand_in(monkeypatch: pytest.MonkeyPatch, severity: str = "warning") -> None:
    """Replace the pipeline by one that flags the first figure of the draft against a source."""

    def fake(documents: list[Document], settings: Settings | None = None, **_: object) -> Report:
        draft, source = documents[0], documents[1]
        claims = []
        for doc in (draft, source):
            m = re.search(r"\d+(?:\.\d+)?%", doc.text)
            assert m is not None
            value = float(m.group()[:-1])
            mention = Mention(
                surface=m.group(),
                span=m.span(),
                value=value,
                unit="percent",
                kind="percent",
                low=value,
                high=value,
            )
            claims.append(
                Claim(
                    id=f"{doc.id}#{m.start()}",
                    document=doc.id,
                    span=m.span(),
                    text=m.group(),
                    value=value,
                    unit="percent",
                    low=value,
                    high=value,
                    kind="percent",
                    mention=mention,
                )
            )
        sev = settings.severity.get("value_mismatch", severity) if settings else severity
        finding = Finding(
            id="f1",
            kind="value_mismatch",
            severity=sev,  # type: ignore[arg-type]
            claims=[c.id for c in claims],
            message="draft and source disagree",
        )
        return Report(documents=documents, claims=claims, findings=[finding])

    monkeypatch.setattr(check, "reconcile", fake)


def test_exit_1_on_a_finding_and_0_when_suppressed(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(project)
    _stand_in(monkeypatch)
    assert main(["check", "draft.md", "--against", "sources"]) == 1
    out = capsys.readouterr().out
    line = next(i for i, text in enumerate(DRAFT.splitlines()) if "2.4%" in text)
    col = DRAFT.splitlines()[line].index("2.4%") + 1
    assert re.search(rf"^draft\.md:{line + 1}:{col}: warning: .*value_mismatch", out, re.M)
    assert main(["check", "draft.md", "--against", "sources", "--fail-on", "error"]) == 0
    capsys.readouterr()

    lines = DRAFT.splitlines()
    lines[line] += " <!-- reconcile: ignore[scale_mismatch] -->"
    (project / "draft.md").write_text("\n".join(lines) + "\n")
    assert main(["check", "draft.md", "--against", "sources"]) == 1  # other kind: still counts
    capsys.readouterr()
    lines[line] += " <!-- reconcile: ignore[value_mismatch] -->"
    (project / "draft.md").write_text("\n".join(lines) + "\n")
    assert main(["check", "draft.md", "--against", "sources", "-f", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [f["suppressed"] for f in data["findings"]] == [True]


def test_config_fail_on_and_cli_override(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(project / "sources")
    _stand_in(monkeypatch)
    (project / "pyproject.toml").write_text('[tool.reconcile]\nfail_on = "never"\n')
    args = ["check", "../draft.md", "--against", "."]
    assert main(args) == 0
    assert main([*args, "--fail-on", "warning"]) == 1
    (project / "sources" / "reconcile.toml").write_text('[severity]\nvalue_mismatch = "info"\n')
    assert main([*args, "--fail-on", "warning"]) == 0  # nearer reconcile.toml: info now
    assert main([*args, "--fail-on", "info"]) == 1
    capsys.readouterr()


def test_sarif_and_github_point_at_the_draft(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(project)
    _stand_in(monkeypatch, severity="error")
    formats = available(CHECK_FORMATS)
    assert {"sarif", "github"} <= set(formats)
    assert main(["check", "draft.md", "--against", "sources", "-f", "sarif"]) == 1
    sarif = json.loads(capsys.readouterr().out)
    (result,) = sarif["runs"][0]["results"]
    loc = result["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"].endswith("draft.md")
    assert loc["region"]["startLine"] == 3
    assert main(["check", "draft.md", "--against", "sources", "-f", "github"]) == 1
    out = capsys.readouterr().out
    assert re.search(r"^::error file=draft\.md,line=3", out, re.M), out


def test_internal_errors_are_one_line(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(project)
    monkeypatch.delenv("RECONCILE_DEBUG", raising=False)

    def broken(*_: object, **__: object) -> Report:
        raise RuntimeError("stage exploded")

    monkeypatch.setattr(check, "reconcile", broken)
    assert main(["check", "draft.md", "--against", "sources"]) == 3
    err = capsys.readouterr().err
    assert err.strip() == (
        "reconcile: internal error: RuntimeError: stage exploded (RECONCILE_DEBUG=1 shows more)"
    )


# --- a real conflict through the real pipeline ------------------------------------------------

FX_DRAFT = "Alibaba plans\n\nAlibaba will invest CNY380 billion (USD53.3 billion) in AI.\n"
FX_SOURCE = "Tencent results\n\nTencent revenue was CNY100 billion ($20 billion) in the quarter.\n"


def test_real_conflict_exits_1_and_markers_silence_it(tmp_path: Path) -> None:
    """Two implied CNY/USD rates (7.13 and 5.00) cannot both hold: the pipeline flags it."""
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.txt").write_text(FX_SOURCE)
    draft = tmp_path / "draft.md"
    draft.write_text(FX_DRAFT)
    proc = run("check", "draft.md", "--against", "src", "-f", "json", cwd=tmp_path)
    assert proc.returncode == 1, proc.stdout
    data = json.loads(proc.stdout)
    live = [f for f in data["findings"] if not f["suppressed"]]
    assert live and all(f["severity"] in ("warning", "error") for f in live)
    kinds = sorted({f["kind"] for f in live})
    text = run("check", "draft.md", "--against", "src", cwd=tmp_path)
    assert text.returncode == 1
    assert re.search(r"^draft\.md:3:\d+: (warning|error): ", text.stdout, re.M), text.stdout

    other = sorted(set(check.KINDS) - set(kinds))[0]
    lines = FX_DRAFT.splitlines()
    draft.write_text("\n".join([*lines[:2], f"{lines[2]} <!-- reconcile: ignore[{other}] -->"]))
    assert inproc("check", "draft.md", "--against", "src", cwd=tmp_path).returncode == 1

    marker = f"<!-- reconcile: ignore[{', '.join(kinds)}] -->"
    draft.write_text("\n".join([*lines[:2], f"{lines[2]} {marker}"]))
    proc = run("check", "draft.md", "--against", "src", "-f", "json", cwd=tmp_path)
    assert proc.returncode == 0
    assert all(f["suppressed"] for f in json.loads(proc.stdout)["findings"])

    plain = tmp_path / "draft.txt"
    plain.write_text("\n".join([*lines[:2], f"{lines[2]}  # reconcile: ignore"]))
    assert inproc("check", "draft.txt", "--against", "src", cwd=tmp_path).returncode == 0
    plain.write_text(FX_DRAFT)
    assert inproc("check", "draft.txt", "--against", "src", cwd=tmp_path).returncode == 1
    assert (
        inproc(
            "check", "draft.txt", "--against", "src", "--fail-on", "never", cwd=tmp_path
        ).returncode
        == 0
    )


def test_html_draft_positions_are_those_of_the_file(tmp_path: Path) -> None:
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "a.txt").write_text(FX_SOURCE)
    html = (
        "<html><head><title>Alibaba plans</title></head><body>\n<h1>Alibaba plans</h1>\n"
        "<p>Alibaba <b>will</b> invest CNY380 billion (USD53.3 billion) in AI.</p>\n"
        "</body></html>\n"
    )
    (tmp_path / "draft.html").write_text(html)
    proc = run("check", "draft.html", "--against", "src", "-f", "json", cwd=tmp_path)
    assert proc.returncode == 1
    data = json.loads(proc.stdout)
    assert data["documents"][0]["text"] == html
    for c in data["claims"]:
        if c["document"] == "draft.html":
            start, end = c["span"]
            assert html[start:end] == c["text"]
    text = inproc("check", "draft.html", "--against", "src", cwd=tmp_path).stdout
    line3 = html.splitlines()[2]
    cols = {line3.index("CNY380") + 1, line3.index("USD53") + 1}
    assert any(f"draft.html:3:{col}: " in text for col in cols), text


def test_every_phase_is_told_on_a_terminal_and_nothing_on_a_pipe(tmp_path: Path) -> None:
    from reconcile.claims.models import Document as Doc
    from reconcile.pipeline import reconcile as run_pipeline

    phases: list[str] = []
    docs = [
        Doc(id=f"{n}.txt", path=f"{n}.txt", text=f"Volmar Oil pumped {v} barrels a day in May.")
        for n, v in (("a", "90,000"), ("b", "120,000"))
    ]
    run_pipeline(docs, progress=phases.append)
    assert [p.split()[0] for p in phases] == ["extracting", "grouping", "comparing"]

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    tty, pipe = Tty(), io.StringIO()
    for stream in (tty, pipe):
        shown = Progress(stream)
        for p in phases:
            shown.status(p)
        shown.clear()
    assert "grouping" in tty.getvalue() and tty.getvalue().endswith("\r")
    assert pipe.getvalue() == ""
