"""Settings that shape a run. Loading from files lives here too (see ``load_settings``)."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from reconcile.claims.models import FindingKind, Severity

FailOn = str  # "error" | "warning" | "info" | "never"


class Settings(BaseModel):
    model_config = ConfigDict(extra="forbid")

    tolerance: float = Field(
        default=0.0, ge=0.0, description="relative widening of every interval, e.g. 0.01 = 1%"
    )
    severity: dict[FindingKind, Severity] = Field(
        default_factory=dict, description="remap a finding kind to another severity"
    )
    currency_symbols: dict[str, str] = Field(
        default_factory=dict, description="extra symbols: {'R$': 'BRL'}"
    )
    metric_aliases: dict[str, str] = Field(
        default_factory=dict, description="extra metric words: {'turnover': 'revenue'}"
    )
    entity_aliases: dict[str, str] = Field(
        default_factory=dict, description="extra entity names: {'BABA-W': 'Alibaba'}"
    )
    exchange_rates: list[dict[str, str | float]] = Field(
        default_factory=list,
        description="rows {'date': 'YYYY-MM-DD', 'base': 'USD', 'quote': 'CNY', 'rate': 7.13}",
    )
    fail_on: str = Field(default="warning", pattern="^(error|warning|info|never)$")
