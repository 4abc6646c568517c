"""Pydantic models at the boundaries of every stage.

text -> Mention -> Claim -> Group -> Finding -> Report
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ValidationInfo,
    field_validator,
)

_RX_SURROGATE = re.compile("[\ud800-\udfff]")

Kind = Literal["money", "percent", "count", "physical", "multiplier", "number", "tally", "rank"]
Role = Literal["level", "change", "total", "share", "ratio"]
Direction = Literal["up", "down"]
Severity = Literal["error", "warning", "info"]
FindingKind = Literal[
    "value_mismatch",
    "qualifier_conflict",
    "different_scope",
    "arithmetic",
    "scale_mismatch",
    "self_contradiction",
]


def rate_unit(unit: str) -> bool:
    """Whether ``unit`` is a rate's per a population ("per 1,000", "per 10,000 prepaid line":
    :mod:`reconcile.quantities.rates`)."""
    return unit.startswith("per ")


class Mention(BaseModel):
    """One quantitative expression found in a text (stage 1: extraction).

    ``span`` is ``[start, end)`` into the original ``str``: ``text[start:end] == surface``.
    ``value`` has the scale applied ("$3.2 billion" -> 3.2e9) and is expressed in ``unit``.
    ``low``/``high`` is the interval the words admit (written precision and qualifier).
    """

    model_config = ConfigDict(frozen=True)

    surface: str
    span: tuple[int, int]
    value: float
    unit: str = Field(
        description=(
            "ISO 4217 code for money; 'percent', 'percentage_point', 'basis_point'; "
            "the counted noun (singular) for counts; pint's unit name for physical units; "
            "'times' for multipliers; 'tally' for a vote or score ('5-2'); '' for a bare number; "
            "for a rank, what is ordered: 'rank' (a table, a race), 'seed', the superlative "
            "('largest') or 'ordinal month', 'ordinal time'... (the ordinal of a time noun)"
        )
    )
    kind: Kind
    low: float | None = Field(description="lowest value admitted; None = unbounded")
    high: float | None = Field(description="highest value admitted; None = unbounded")
    scale: str | None = Field(default=None, description="scale word as written: 'billion', 'bn'")
    qualifier: str | None = Field(
        default=None,
        description="canonical qualifier: about, over, under, up_to, at_least, at_most, range",
    )
    qualifier_text: str | None = Field(default=None, description="qualifier as written")
    alternatives: tuple[str, ...] = Field(
        default=(), description="other units the surface could mean, e.g. ('CNY', 'JPY') for ¥"
    )
    modifier: str | None = Field(
        default=None,
        description=(
            "for multipliers and model sizes: 'smaller', 'faster', 'doubled', 'active'...; "
            "for a tally, the whole tally in digits: '5-2'; for a rate per a population "
            "(unit 'per 1,000'), the population as written: 'residents'"
        ),
    )


class Document(BaseModel):
    id: str = Field(description="the document's file name (unique within a run)")
    path: str
    published: dt.date | None = None
    title: str | None = None
    dateline: str | None = Field(default=None, description="dateline as written, e.g. 'Sept. 24'")
    outlet: str | None = Field(
        default=None, description="the outlet named at the top (a masthead), never a subject"
    )
    text: str = Field(description="the text as read; every span points into it")
    notices: list[str] = Field(default_factory=list, description="decoding and loading notices")

    @field_validator("id", "path", "title", "dateline", "outlet", "text")
    @classmethod
    def _no_lone_surrogates(cls, value: str | None) -> str | None:
        """A lone surrogate (from a file name or a bad UTF-16 file) cannot be written as UTF-8:
        it becomes U+FFFD, one character for one, so spans are unchanged."""
        if value is None or value.isascii():
            return value
        return _RX_SURROGATE.sub("\ufffd", value)


# The fields a claim shares with its mention: the mention's name, then the claim's.
MENTION_SHARED: dict[str, str] = {
    "surface": "text",
    "span": "span",
    "value": "value",
    "unit": "unit",
    "kind": "kind",
    "low": "low",
    "high": "high",
    "qualifier": "qualifier",
}


def _lean_mention_schema(schema: dict[str, Any]) -> None:
    """The claim's JSON schema as a lean report writes it: any field of ``mention`` that the
    claim shares may be left out (the claim's value is meant)."""
    mention = Mention.model_json_schema()
    mention.pop("title", None)
    mention.pop("required", None)  # every required field is one the claim shares
    for m, c in MENTION_SHARED.items():
        field = mention["properties"][m]
        field.pop("default", None)
        field["description"] = " ".join(
            (field.get("description", ""), f"(absent: the claim's `{c}`)")
        ).lstrip()
    mention["description"] = (
        f"{mention.get('description', '').strip()}\n\nThe mention the claim was read from. A "
        "field it shares with the claim is left out when both hold the same value (the "
        "claim's is meant): ``{}`` is the claim's own figure, with the other fields' defaults."
    ).lstrip()
    schema["properties"]["mention"] = mention


class Claim(BaseModel):
    """A mention in context (stage 2): who, what, when, where. In the JSON report the claim's
    ``mention`` holds only what differs from the claim (see its description)."""

    # The JSON report (reconcile.render.json) writes the mention without each field that holds
    # the same value as the claim's (``text`` for its ``surface``): ``{}`` when nothing
    # remains. Validation puts them back (``_full_mention``), so a lean claim reads back
    # exactly as it was written.

    model_config = ConfigDict(json_schema_extra=_lean_mention_schema)

    id: str
    document: str = Field(description="the document's id")
    span: tuple[int, int]
    text: str = Field(description="the surface text of the mention")
    value: float
    unit: str
    low: float | None = Field(description="lowest value admitted; None = unbounded")
    high: float | None = Field(description="highest value admitted; None = unbounded")
    qualifier: str | None = None
    kind: Kind
    subject: str | None = None
    metric: str | None = None
    when: str | None = Field(default=None, description="ISO date or period the figure refers to")
    role: Role = "level"
    direction: Direction | None = None
    scope: str | None = Field(default=None, description="listing or market, e.g. 'HKEX'")
    session: Literal["intraday", "close", "pre-listing"] | None = None
    clock: str | None = Field(
        default=None,
        description="time of day the figure was given at, 'HH:MM' (a clock in its clause or "
        "its live-blog entry's stamp)",
    )
    sentence: str = Field(default="", description="the sentence the claim stands in")
    linked: list[str] = Field(
        default_factory=list, description="ids of claims of the same event (change + level)"
    )
    narrowing: list[str] = Field(
        default_factory=list,
        description=(
            "phrases after the measured thing that narrow it, read from the parse, as lemmas "
            "('among young voter'); only for figures no vocabulary metric names"
        ),
    )
    item: str | None = Field(
        default=None,
        description=(
            "the numbered item of a series the figure is told of, read from the parse ('no. 3'"
            " for 'on the third day', 'Game 3', 'Week 3'); figures of different items measure "
            "different quantities"
        ),
    )
    mention: Mention

    @field_validator("mention", mode="before")
    @classmethod
    def _full_mention(cls, mention: Any, info: ValidationInfo) -> Any:
        """A lean mention completed from the claim's own fields, validated before it (the
        mention is the last field): only the mention is read as Python objects, the rest of
        the claim straight from the JSON."""
        if not isinstance(mention, dict) or all(m in mention for m in MENTION_SHARED):
            return mention  # a Mention, a whole one, or bad input: validation says what is wrong
        full = dict(mention)
        for m, c in MENTION_SHARED.items():
            if m not in full and c in info.data:  # absent from data: the claim's field failed
                full[m] = info.data[c]
        return full


class Group(BaseModel):
    id: str
    label: str
    claims: list[str]
    subject: str | None = None
    metric: str | None = None
    role: Role | None = None
    unit: str | None = None
    scope: str | None = None


class Evidence(BaseModel):
    """One pair of sources a finding sets against each other: the kind and severity of their
    disagreement and the claims of the two sources involved (a source's own two figures, when
    it contradicts itself)."""

    kind: FindingKind
    severity: Severity
    claims: list[str]


class Finding(BaseModel):
    id: str
    kind: FindingKind
    severity: Severity
    group: str | None = None
    claims: list[str]
    message: str
    suppressed: bool = False
    details: dict[str, int | float | str | None] = Field(default_factory=dict)
    evidence: list[Evidence] = Field(
        default_factory=list,
        description="the pairs of sources in disagreement behind a group's verdict",
    )


class Report(BaseModel):
    documents: list[Document] = Field(default_factory=list)
    claims: list[Claim] = Field(default_factory=list)
    groups: list[Group] = Field(default_factory=list)
    findings: list[Finding] = Field(default_factory=list)
    config: str | None = Field(
        default=None, description="the configuration file the run used (None: defaults only)"
    )
