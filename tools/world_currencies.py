"""Write ``reconcile/data/world_currencies.toml``: the world's current ISO 4217 currencies with
their English names, generated from CLDR through the ``babel`` package.

    pip install babel   # for this script only; reconcile never imports babel
    python tools/world_currencies.py            # write the file
    python tools/world_currencies.py --check    # exit 1 when the file differs from CLDR's

A currency is every code that CLDR gives a territory as legal tender today (no obsolete
currencies, no funds codes). For each: its code, written before or after a number in capitals
("HUF 4.2bn", "4.2bn HUF"), its English names with the country's adjective, singular and plural
("hungarian forint", "hungarian forints"), and the bare name ("forint", "forints") unless that
name is an English word or a name after a number ("pula", "som", "sol": `RISKY_BARE`). A bare
name several currencies share ("shilling", "rupee", "pound") goes to ``[ambiguous]``, the
currency of ``DEFAULTS`` (or the one currencies.toml names so) first, with ``[hints]`` for each:
its countries' names (CLDR), the adjective of its name (the demonym) and the capital
(``CAPITALS``, a short table: CLDR has no capitals). ``reconcile/vocabulary.py`` loads the
file together with currencies.toml, whose entries win.
"""

from __future__ import annotations

import datetime
import sys
import tomllib
import unicodedata
from collections import defaultdict
from pathlib import Path

from babel import Locale
from babel.numbers import get_currency_name, get_territory_currencies

ROOT = Path(__file__).resolve().parent.parent
HAND = ROOT / "reconcile" / "data" / "currencies.toml"
OUT = ROOT / "reconcile" / "data" / "world_currencies.toml"
DATE = datetime.date(2026, 12, 1)  # "current": legal tender on this day (BGN ended 2026)

# Bare names that are English words, names or units after a number ("two drams of whisky",
# "400 Guarani families", "a 1.5 sol rover day"): only the adjective form names the currency.
RISKY_BARE = frozenset(
    {
        "won", "real", "reals", "rand", "mark", "marks", "lev", "leva", "lek", "lekë", "leke",
        "kip", "kips", "som", "soms", "dram", "drams", "taka", "takas", "pula", "pulas", "loti",
        "lotis", "vatu", "vatus", "tala", "ariary", "ariaries", "sol", "soles", "gold",
        "guarani", "guaranis", "afghani", "afghanis", "leone", "leones", "balboa", "balboas",
        "córdoba", "córdobas", "cordoba", "cordobas", "kina", "florin", "dollar", "dollars",
        "guilder", "guilders", "escudo", "escudos", "colón", "colóns", "colon", "colons",
        "lira", "new shekel", "new shekels", "convertible mark", "convertible marks",
        "gourde", "gourdes", "dobra", "dobras",
    }
)  # fmt: skip

# Codes that are also acronyms written before a number ("COP28", "CVE-2024-1234", "AMD 7nm",
# "TOP 10", "ALL 5"): read after the number only ("4,000 COP").
CODE_AFTER_ONLY = frozenset({"ALL", "AMD", "COP", "CUP", "CVE", "TOP", "MAD", "PEN", "SOS"})

# The currency a shared bare name means when the text hints at none (the largest economy).
DEFAULTS = {
    "shilling": "KES",
    "shillings": "KES",
    "rial": "IRR",
    "rials": "IRR",
    "kwacha": "ZMW",
    "kwachas": "ZMW",
    "manat": "AZN",
    "manats": "AZN",
    "ruble": "RUB",
    "rubles": "RUB",
    "pound": "GBP",
    "pounds": "GBP",
    "rupee": "INR",
    "rupees": "INR",
    "leu": "RON",
    "lei": "RON",
    "cfa franc": "XOF",
    "cfa francs": "XOF",
}

# Capitals, and the short names of a few countries, used as hints; only for the currencies
# of a shared name (CLDR has no capitals).
CAPITALS = {
    "GB": ["London", "UK", "Britain", "England", "Scotland", "Wales"],
    "EG": ["Cairo"],
    "LB": ["Beirut"],
    "SY": ["Damascus"],
    "SD": ["Khartoum"],
    "SS": ["Juba"],
    "FK": ["Stanley"],
    "GI": [],
    "SH": [],
    "IN": ["New Delhi", "Delhi", "Mumbai"],
    "PK": ["Islamabad", "Karachi", "Lahore"],
    "LK": ["Colombo"],
    "NP": ["Kathmandu"],
    "MU": ["Port Louis"],
    "SC": ["Victoria"],
    "KE": ["Nairobi"],
    "UG": ["Kampala"],
    "TZ": ["Dodoma", "Dar es Salaam"],
    "SO": ["Mogadishu"],
    "AR": ["Buenos Aires"],
    "CL": ["Santiago"],
    "CO": ["Bogota", "Bogotá"],
    "CU": ["Havana"],
    "DO": ["Santo Domingo"],
    "UY": ["Montevideo"],
    "MX": ["Mexico City"],
    "PH": ["Manila"],
    "RW": ["Kigali"],
    "BI": ["Gitega", "Bujumbura"],
    "CD": ["Kinshasa", "DRC", "Congo"],
    "DJ": ["Djibouti"],
    "GN": ["Conakry"],
    "KM": ["Moroni"],
    "IR": ["Tehran"],
    "OM": ["Muscat"],
    "YE": ["Sanaa", "Aden"],
    "QA": ["Doha"],
    "SA": ["Riyadh", "Saudi", "Jeddah"],
    "AE": ["UAE", "Abu Dhabi", "Dubai", "Emirati"],
    "MA": ["Rabat", "Casablanca"],
    "RU": ["Moscow", "Kremlin"],
    "BY": ["Minsk"],
    "ZM": ["Lusaka"],
    "MW": ["Lilongwe"],
    "AZ": ["Baku"],
    "TM": ["Ashgabat"],
    "RO": ["Bucharest"],
    "MD": ["Chisinau"],
    "IS": ["Reykjavik"],
    "SE": ["Stockholm"],
    "MK": ["Skopje"],
    "CI": ["Ivory Coast", "Abidjan", "Ivorian"],
    "SN": ["Dakar"],
    "CM": ["Yaounde", "Cameroonian"],
    "RS": ["Belgrade"],
}

# Names CLDR does not give: the plural English news writes ("denars"), the shared "CFA franc".
EXTRA_NAMES = {
    "MKD": ["denars", "macedonian denars"],
    "XOF": ["cfa franc", "cfa francs"],
    "XAF": ["cfa franc", "cfa francs"],
}

# Places of a currency's territories that are other places or names too ("Jersey", "Victoria").
NOT_HINTS = frozenset({"Jersey", "Victoria", "Stanley", "Guernsey", "Isle of Man"})

# Demonyms the adjective of a currency's name does not give (or gives oddly).
DEMONYMS = {"GBP": ["British"], "USD": [], "AED": ["Emirati"]}


def fold(text: str) -> str:
    """ "krónur" -> "kronur", "paʻanga" -> "paanga"."""
    out = unicodedata.normalize("NFKD", text)
    return "".join(c for c in out if c.isascii() and (c.isalnum() or c in " -'.&"))


def forms(name: str) -> list[str]:
    """A name as written, without accents, with "and" for "&" (lower case, once each)."""
    low = " ".join(name.lower().split())
    out = [low, fold(low), low.replace("&", "and"), fold(low).replace("&", "and")]
    out += [o.replace("st. ", "saint ") for o in out if "st. " in o]
    return list(dict.fromkeys(o for o in out if o))


def current() -> dict[str, list[str]]:
    """Code -> the territories whose legal tender it is today (CLDR)."""
    out: dict[str, list[str]] = defaultdict(list)
    for territory in Locale("en").territories:
        if len(territory) != 2 or not territory.isalpha():
            continue
        for code in get_territory_currencies(territory, DATE, tender=True, non_tender=False):
            out[code].append(territory)
    return dict(out)


def bare(code: str, singular: str, plural: str) -> tuple[str, str] | None:
    """The name without the country's adjective: the last word of the CLDR name, when the
    words before it are the territory's adjective ("Hungarian forint" -> "forint")."""
    s, p = singular.lower().split(), plural.lower().split()
    if len(s) < 2 or len(s) != len(p) or s[:-1] != p[:-1]:
        return None
    return s[-1], p[-1]


def q(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def toml_list(items: list[str]) -> str:
    return "[" + ", ".join(q(i) for i in items) + "]"


def main() -> int:
    hand = tomllib.loads(HAND.read_text(encoding="utf-8"))
    hand_codes = {k for k in hand if len(k) == 3 and k.isupper()}
    hand_names: dict[str, str] = {}
    for code in [k for k in hand if k in hand_codes]:  # in the file's order: the first wins
        for name in hand[code].get("names", []):
            hand_names.setdefault(name.lower(), code)
    en = Locale("en")
    codes = current()
    entries: dict[str, dict[str, list[str]]] = {}
    families: dict[str, list[str]] = defaultdict(list)  # shared bare name -> codes
    adjectives: dict[str, str] = {}
    for code in sorted(codes):
        singular = get_currency_name(code, 1, "en")
        plural = get_currency_name(code, 2, "en")
        names: list[str] = []
        if code != "ZWG":  # "Zimbabwean gold": a metal, not only a currency
            for n in (singular, plural):
                names += forms(n)
        b = bare(code, singular, plural)
        extra = EXTRA_NAMES.get(code, [])
        if b is not None or extra:
            if b is not None:
                adjectives[code] = singular.rsplit(" ", 1)[0]
            for word in dict.fromkeys([*(b or ()), *extra]):
                for f in forms(word):
                    if f in RISKY_BARE or fold(f) in RISKY_BARE:
                        continue
                    families[f].append(code)
        entries[code] = {"names": list(dict.fromkeys(names))}
    # a bare name of one currency is its own name; of several, an [ambiguous] family
    ambiguous: dict[str, list[str]] = {}
    for word, members in families.items():
        owner = hand_names.get(word)
        members = list(dict.fromkeys(members))
        if owner is not None and owner not in members:
            members.insert(0, owner)
        if len(members) == 1:
            if owner is None:
                entries[members[0]]["names"].append(word)
            continue
        first = DEFAULTS.get(word) or owner or members[0]
        order = [first, *[m for m in members if m != first]]
        hand_family = hand.get("ambiguous", {}).get(word)
        if hand_family:
            order = [*hand_family, *[m for m in order if m not in hand_family]]
        ambiguous[word] = order
        for m in members:
            if m in entries and word not in entries[m]["names"] and owner != m:
                entries[m]["names"].append(word)
    hinted = {c for fam in ambiguous.values() for c in fam}
    hints: dict[str, list[str]] = {}
    for code in sorted(hinted):
        if code in hand.get("hints", {}) or code not in codes:
            continue
        words: list[str] = []
        for territory in codes[code]:
            words.append(en.territories[territory])
            words += CAPITALS.get(territory, [])
        if code in DEMONYMS:
            words += DEMONYMS[code]
        elif code in adjectives and adjectives[code].lower() not in {w.lower() for w in words}:
            words.append(adjectives[code])
        words = [w for w in words if w not in NOT_HINTS and not set(w) & set("&,-")]
        hints[code] = list(dict.fromkeys(w for f in words for w in forms_cased(f)))
    lines = [
        "# GENERATED by tools/world_currencies.py from CLDR (the `babel` package, "
        f"babel {__import__('babel').__version__}, CLDR names in English): do not edit by hand.",
        "# The world's current ISO 4217 currencies (legal tender of some territory today; no",
        "# obsolete currencies, no funds codes), read together with currencies.toml, whose",
        "# entries win (same fields; see its header). `code_after_only`: the code is also an",
        '# acronym before numbers ("COP28") and is read after the number only.',
        "",
        "[ambiguous]",
    ]
    for word in sorted(ambiguous):
        lines.append(f"{q(word)} = {toml_list(ambiguous[word])}")
    lines += ["", "[hints]"]
    for code in sorted(hints):
        lines.append(f"{code} = {toml_list(hints[code])}")
    for code in sorted(entries):
        lines += ["", f"[{code}]", "case_sensitive_code = true"]
        if code in CODE_AFTER_ONLY:
            lines.append("code_after_only = true")
        names = [n for n in entries[code]["names"] if code in hand_codes or n not in hand_names]
        if names:
            lines.append(f"names = {toml_list(names)}")
    text = "\n".join(lines) + "\n"
    tomllib.loads(text)
    if "--check" in sys.argv[1:]:  # the file in the tree is what this script writes
        same = OUT.read_text(encoding="utf-8") == text
        print(f"{OUT.relative_to(ROOT)}: {'up to date' if same else 'OUT OF DATE'}")
        return 0 if same else 1
    OUT.write_text(text, encoding="utf-8")
    print(
        f"wrote {OUT.relative_to(ROOT)}: {len(entries)} currencies, {len(ambiguous)} names shared"
    )
    return 0


def forms_cased(word: str) -> list[str]:
    """A hint word as written and without accents ("Bogotá", "Bogota")."""
    return list(dict.fromkeys([word, fold(word)]))


if __name__ == "__main__":
    sys.exit(main())
