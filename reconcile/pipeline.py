"""The whole run: documents -> claims -> groups -> findings -> Report."""

from __future__ import annotations

import bisect
import contextlib
import gc
import multiprocessing
import os
import re
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import contextmanager
from itertools import repeat
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess
from pickle import PicklingError
from typing import Any, Protocol

from reconcile.cache import ClaimCache
from reconcile.claims.currency_names import renamed as story_currencies
from reconcile.claims.group import group_claims
from reconcile.claims.malformed import malformed_numbers, notices_for
from reconcile.claims.models import Claim, Document, Group, Report
from reconcile.compare import compare_groups
from reconcile.compare.run import Ready, ready
from reconcile.config import Settings
from reconcile.forking import beside, fork_safe, send_made
from reconcile.story_words import event_words
from reconcile.units import ensure_story_currencies
from reconcile.warm import rehearsing

Extracted = tuple[list[Claim], str | None]  # claims, and the time cap's notice if it cut
Malformed = list[tuple[int, int, str]]  # spans of malformed amounts (see claims.malformed)


class Pending(Protocol):
    """Claims of some documents being extracted elsewhere: in a child process (:class:`Ahead`)
    or in the warm process of ``reconcile check --keep-warm`` (``reconcile.warm.Warm``).
    ``take`` gives a document's claims, or None when they are not there for exactly that
    document and those settings (the caller then extracts it itself)."""

    def take(self, doc: Document, settings: Settings) -> Extracted | None: ...

    def close(self) -> None: ...


def reconcile(
    documents: Iterable[Document],
    settings: Settings | None = None,
    focus: set[str] | None = None,
    cache: ClaimCache | None = None,
    progress: Callable[[str], None] | None = None,
    ahead: Pending | None = None,
) -> Report:
    """Check a set of documents against each other and return the full report.

    The result does not depend on the order of ``documents``: they are sorted by id first.
    ``focus`` (document ids) keeps only findings that involve those documents, and skips the
    comparisons that could not produce one. ``cache`` reuses each unchanged document's claims.
    ``progress`` is told each phase as it starts (and how far comparison has got), in words.
    ``ahead`` holds claims being extracted in another process (see :func:`extract_ahead`).
    """
    settings = settings or Settings()
    with _collector_paused():
        return _run(documents, settings, focus, cache, progress or _quiet, ahead)


def _quiet(_message: str) -> None:
    pass


@contextmanager
def _collector_paused() -> Iterator[None]:
    """Pause Python's cyclic garbage collector for the run.

    The run makes tens of thousands of small objects that hold no reference cycles (claims,
    candidate findings); each is freed by reference counting as usual. With the collector on,
    those allocations set off collections that scan every live claim again and again: more than
    half the comparison time on a check against 1,000 sources. The collector is restored after.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _run(
    documents: Iterable[Document],
    settings: Settings,
    focus: set[str] | None,
    cache: ClaimCache | None,
    progress: Callable[[str], None],
    ahead: Pending | None = None,
) -> Report:
    from reconcile.claims import parse

    parse.fresh()  # (what this process parsed before the run is not the run's)
    parse.use_store(None if cache is None else lambda: _stored_parses(cache))
    try:
        return _stages(documents, settings, focus, cache, progress, ahead)
    finally:
        parse.use_store(None)
        if cache is not None:
            _store_parses(cache, parse.fresh())


PARSES_WORTH = 16  # new parses that make storing the parses worth rewriting the file


_READ_PARSES: set[str] = set()  # the caches whose stored parses this process has read


def _stored_parses(cache: ClaimCache) -> dict[str, bytes]:
    """The stored parses, the first time this process asks this cache (parse keeps them
    packed after: a long-lived process, such as the warm one of ``reconcile check
    --keep-warm``, reads them once)."""
    from reconcile.cache import get_parses
    from reconcile.claims.parse import pipeline_id

    root = str(cache.root)
    if root in _READ_PARSES:
        return {}
    _READ_PARSES.add(root)
    return get_parses(cache, pipeline_id())


def _store_parses(cache: ClaimCache, new: list[str]) -> None:
    """Add the run's new parses to the stored ones (see ``reconcile.cache.put_parses``): the
    next run over these sentences, or after a change of this code, unpacks them instead."""
    if len(new) < PARSES_WORTH:
        return
    from reconcile.cache import get_parses, put_parses
    from reconcile.claims.parse import packed, pipeline_id

    pipeline = pipeline_id()
    put_parses(cache, pipeline, {**get_parses(cache, pipeline), **packed(new)})


def _stages(
    documents: Iterable[Document],
    settings: Settings,
    focus: set[str] | None,
    cache: ClaimCache | None,
    progress: Callable[[str], None],
    ahead: Pending | None = None,
) -> Report:
    docs, claims = [], []
    ordered = sorted(documents, key=lambda d: d.id)
    worded = _with_story_words(ordered, settings)
    progress(f"extracting claims from {len(ordered)} documents")
    later: list[Callable[[], None]] = []  # cache writes left for a moment this process waits
    try:
        extracted, malformed = _claims_by_settings(
            ordered, settings, worded, cache, focus, ahead, later
        )
    except BaseException:
        _flush(later)
        raise
    finally:
        if ahead is not None:
            ahead.close()
    settings = worded
    for doc, (found, late), bad in zip(ordered, extracted, malformed, strict=True):
        if late:  # the time cap skipped the rest of the file
            doc = doc.model_copy(update={"notices": [*doc.notices, late]})
        if bad:  # reported as notices, and no claim may stand on them
            doc = doc.model_copy(update={"notices": [*doc.notices, *notices_for(doc.text, bad)]})
        docs.append(doc)
        claims += _readable(found, bad)
    from reconcile.claims.parse import packing

    # grouping parses the sentences in batches, and comparison asks for them again pair by pair
    try:
        with packing():
            return _grouped_and_compared(
                docs, claims, ordered, extracted, settings, focus, cache, progress, later
            )
    finally:
        _flush(later)


def _flush(later: list[Callable[[], None]]) -> None:
    """Run the cache writes left for later (see ``_claims_of_all``), each once."""
    while later:
        later.pop(0)()


def _claims_by_settings(
    docs: list[Document],
    settings: Settings,
    worded: Settings,
    cache: ClaimCache | None,
    focus: set[str] | None,
    ahead: Pending | None,
    later: list[Callable[[], None]] | None = None,
) -> tuple[list[Extracted], list[Malformed]]:
    """:func:`_claims_of_all`, the documents that write a word of the run's own currencies
    (``worded``'s symbols beyond ``settings``') read with them, the others with ``settings``
    (their claims cannot change, and the cache keeps them under the settings they had)."""
    extra = [w for w in worded.currency_symbols if w not in settings.currency_symbols]
    if not extra:
        return _claims_of_all(docs, settings, cache, focus, ahead, later)
    rx = re.compile(rf"(?<![\w])(?:{'|'.join(map(re.escape, extra))})(?![\w])", re.IGNORECASE)
    uses = [i for i, d in enumerate(docs) if rx.search(d.text)]
    rest = sorted(set(range(len(docs))) - set(uses))
    extracted: list[Extracted | None] = [None] * len(docs)
    malformed: list[Malformed | None] = [None] * len(docs)
    for part, chosen in ((uses, worded), (rest, settings)):
        if not part:
            continue
        got, bad = _claims_of_all([docs[i] for i in part], chosen, cache, focus, ahead, later)
        for i, one, b in zip(part, got, bad, strict=True):
            extracted[i], malformed[i] = one, b
    return [e for e in extracted if e is not None], [m for m in malformed if m is not None]


def _with_story_words(docs: list[Document], settings: Settings) -> Settings:
    """The settings with the words the documents write as a currency of the story's own as
    currency symbols of every document ("48 million taviks (about 5.8 million euros)" in one
    makes "61 million taviks" money in all; the settings' own symbols win)."""
    words = event_words([d.text for d in docs])
    extra = {w: c for w, c in words.items() if w not in settings.currency_symbols}
    if not extra:
        return settings
    return settings.model_copy(update={"currency_symbols": {**extra, **settings.currency_symbols}})


def _grouped_and_compared(
    docs: list[Document],
    claims: list[Claim],
    ordered: list[Document],
    extracted: list[Extracted],
    settings: Settings,
    focus: set[str] | None,
    cache: ClaimCache | None,
    progress: Callable[[str], None],
    later: list[Callable[[], None]] | None = None,
) -> Report:
    progress(f"grouping {len(claims)} claims")
    # "498 billion kroner" and "SKK 489 billion": one story currency under a name it shares
    claims = story_currencies(claims, {d.id: d.text for d in docs})
    ensure_story_currencies(c.unit for c in claims if c.kind == "money")
    relevant = _relevant(claims, focus)
    key, groups = None, None
    # a check: the grouping of the same sources with the same draft claims (an edit that left
    # them as they were, wherever they now stand) is read back instead of worked out again
    # (not in a rehearsal of the warm process: it groups afresh, see ``reconcile.warm``)
    if cache is not None and focus and not any(late for _, late in extracted) and not rehearsing():
        sources = [d for d in ordered if d.id not in focus]
        key = cache.groups_key(sources, settings, _placeless(relevant, focus))
        stored = cache.get_groups(key)
        if stored is not None:
            groups = _renamed(stored, _ordinals(relevant, focus), back=True)
    before: Ready | None = None
    if groups is None:
        # the sources' texts (a draft under check: its claims' sentences only, as the stored
        # grouping's key holds them): where a place and what stands in it are named together
        texts = {d.id: d.text for d in docs if not focus or d.id not in focus}
        if focus is None and len(relevant) >= GROUP_BESIDE_MIN and workers() >= 2:

            def meanwhile() -> Ready:
                _flush(later or [])
                return ready(claims, settings, docs, focus)

            groups, before = _group_beside(relevant, settings, cache, texts, meanwhile)
        else:
            groups = _group(relevant, settings, cache, texts)
        if key is not None and cache is not None:
            cache.put_groups(key, _renamed(groups, _ordinals(relevant, focus)))
    progress(f"comparing {len(groups)} groups")
    findings = compare_groups(
        groups, claims, settings, docs, focus, progress=progress, processes=workers(), before=before
    )
    return Report(documents=docs, claims=claims, groups=groups, findings=findings)


def _group(
    claims: list[Claim],
    settings: Settings,
    cache: ClaimCache | None,
    texts: dict[str, str] | None = None,
) -> list[Group]:
    """``group_claims``, with the parse's readings of earlier runs from the cache (no parse
    when all are known) and the new ones stored."""
    if cache is None:
        return group_claims(claims, settings, texts)
    from reconcile.cache import get_readings, put_readings
    from reconcile.claims import separate

    stored = get_readings(cache)
    separate.remember(stored)
    separate.learned()  # only what this grouping reads is stored
    groups = group_claims(claims, settings, texts)
    used = separate.learned()
    if any(k not in stored for k in used):
        put_readings(cache, {**stored, **used})
    return groups


GROUP_BESIDE_MIN = 2_000  # claims of a report worth grouping in a child (see _group_beside)


def _group_beside(
    claims: list[Claim],
    settings: Settings,
    cache: ClaimCache | None,
    texts: dict[str, str],
    meanwhile: Callable[[], Ready],
) -> tuple[list[Group], Ready]:
    """:func:`_group` in a forked child while this process runs ``meanwhile`` (what comparison
    reads before the groups: ``compare.run.ready``, some 0.4 s of a cold report over 1,000
    sources, which followed the grouping's second or so with the second CPU idle). The child
    sends the groups and the parses it made or unpacked (adopted here as if made here, so
    that they are stored with the run's, see ``parse.adopt``); it stores the readings it
    learned itself (see :func:`_group`). Grouping is pure, so the groups are the same in any
    process; where forking is not safe or the child fails, the claims are grouped here."""
    from reconcile.claims import parse

    if fork_safe():
        # what both processes unpack parses with, loaded once: a warm report's grouping and
        # comparison unpack stored parses (a cold one has loaded the whole pipeline)
        with contextlib.suppress(parse.ModelMissing, ImportError, OSError):
            parse.light()
        got, made = beside(_group_to, (claims, settings, cache, texts), meanwhile)
        if got is not None:
            groups, parses = got
            parse.adopt(parses)
            return groups, made
        return _group(claims, settings, cache, texts), made
    return _group(claims, settings, cache, texts), meanwhile()


def _group_to(
    conn: Connection,
    claims: list[Claim],
    settings: Settings,
    cache: ClaimCache | None,
    texts: dict[str, str],
) -> None:
    """In the child of :func:`_group_beside`: send the groups and the parses grouping made or
    unpacked (packed), or None on failure (the parent groups the claims itself)."""
    from reconcile.claims import parse

    parse.fresh()  # (the parent's, from before the fork)

    def made() -> tuple[list[Group], dict[str, bytes]]:
        groups = _group(claims, settings, cache, texts)
        return groups, parse.packed(parse.fresh())

    send_made(conn, made)


def _ordinals(claims: list[Claim], focus: set[str]) -> dict[str, str]:
    """Each focus document's claim id -> ``doc#n``, n its place among that document's claims."""
    seen: dict[str, int] = {}
    names = {}
    for c in claims:
        if c.document in focus:
            n = seen[c.document] = seen.get(c.document, -1) + 1
            names[c.id] = f"{c.document}#{n}"
    return names


def _placeless(claims: list[Claim], focus: set[str]) -> list[Claim]:
    """The focus documents' claims without where they stand: ids by place (see ``_ordinals``),
    no span, links by those ids. Grouping reads a claim's content (its figure, unit, subject,
    metric, time, sentence...), never its span, and its id only as a name (tested: shifted and
    renamed claims group alike), so two drafts whose claims are placeless-equal group alike."""
    names = _ordinals(claims, focus)
    nowhere = (0, 0)
    return [
        c.model_copy(
            update={
                "id": names[c.id],
                "span": nowhere,
                "mention": c.mention.model_copy(update={"span": nowhere}),
                "linked": [names.get(i, i) for i in c.linked],
            }
        )
        for c in claims
        if c.document in focus
    ]


def _renamed(groups: list[Group], names: dict[str, str], back: bool = False) -> list[Group]:
    """Groups with their claims renamed by ``names`` (or back), sorted as grouping sorts them."""
    if back:
        names = {new: old for old, new in names.items()}
    get = names.get  # (map with the bound method: each id renamed without a Python frame)
    return [g.model_copy(update={"claims": sorted(map(get, g.claims, g.claims))}) for g in groups]


def _relevant(claims: list[Claim], focus: set[str] | None) -> list[Claim]:
    """With a focus, only claims whose metric a focus document also reports can share a group
    with one of its claims (grouping keys on the metric), so the rest need no grouping."""
    if focus is None:
        return claims
    metrics = {c.metric for c in claims if c.document in focus}
    return [c for c in claims if c.document in focus or c.metric in metrics]


PACK_MIN = 16  # documents that make a set worth a pack of the cache (see reconcile.cache)


def _claims_of_all(
    docs: list[Document],
    settings: Settings,
    cache: ClaimCache | None,
    focus: set[str] | None = None,
    ahead: Pending | None = None,
    later: list[Callable[[], None]] | None = None,
) -> tuple[list[Extracted], list[Malformed]]:
    """Each document's claims: from the cache where it has them, else extracted (see _extract),
    with the time cap's notice when it cut the document short (such claims are not cached);
    and each document's malformed amounts (see claims.malformed).

    The documents outside ``focus`` (a check's sources; a report's documents) are looked up
    first as one pack, which holds their malformed amounts too, then one entry each; when the
    pack missed, it is written for next time: given ``later``, the write is left there for the
    caller to run (a report's grouping in a child, see :func:`_group_beside`: some 0.2 s of a
    cold report over 1,000 sources, which ran before it with the second CPU idle). The claims
    ``ahead`` extracted in another process meanwhile are taken for the documents it was given
    exactly.
    """
    found: list[Extracted | None] = [None] * len(docs)
    malformed: list[Malformed | None] = [None] * len(docs)
    stable = [i for i, d in enumerate(docs) if not focus or d.id not in focus]
    packed = None
    if cache is not None and len(stable) >= PACK_MIN:
        packed = cache.get_pack([docs[i] for i in stable], settings)
        for i, (claims, bad) in zip(stable, packed or [], strict=False):
            found[i] = (claims, None)
            malformed[i] = bad
    if cache is not None:
        found = [
            got or ((c, None) if (c := cache.get(d, settings)) is not None else None)
            for d, got in zip(docs, found, strict=True)
        ]
    if ahead is not None:
        for i, got in enumerate(found):
            if got is None:
                found[i] = ahead.take(docs[i], settings)
                if found[i] is not None and cache is not None and found[i][1] is None:
                    cache.put(docs[i], settings, found[i][0])
    missing = [i for i, got in enumerate(found) if got is None]
    stored: set[int] = set()

    def store(k: int, got: Extracted) -> None:  # (while the pool extracts the documents after)
        if cache is not None and got[1] is None:
            cache.put(docs[missing[k]], settings, got[0])
            stored.add(k)

    # a report's comparison parses some sentences ahead: the pool's workers parse them instead
    # (a check's weighs only its drafts' pairs, one at a time)
    extracted = _extract(
        [docs[i] for i in missing],
        settings,
        ahead=focus is None,
        each=store if cache is not None else None,
    )
    for k, (i, got) in enumerate(zip(missing, extracted, strict=True)):
        found[i] = got
        if cache is not None and got[1] is None and k not in stored:
            cache.put(docs[i], settings, got[0])
    bad = [
        m if m is not None else malformed_numbers(d.text)
        for d, m in zip(docs, malformed, strict=True)
    ]
    if cache is not None and len(stable) >= PACK_MIN and packed is None:
        complete = [found[i] for i in stable]
        if all(got is not None and got[1] is None for got in complete):
            pack = (
                [docs[i] for i in stable],
                settings,
                [g[0] for g in complete if g],
                [bad[i] for i in stable],
            )
            put = cache.put_pack
            if later is None:
                put(*pack)
            else:
                later.append(lambda: put(*pack))
    return [got or ([], None) for got in found], bad


PARALLEL_MIN = 48  # documents to extract before a pool of processes pays for its start-up


def workers() -> int:
    """Processes for extraction: ``$RECONCILE_WORKERS`` if it is a number (1 extracts in this
    process), else the CPUs this process may use, at most 8."""
    env = os.environ.get("RECONCILE_WORKERS", "").strip()
    if env.isdigit() and int(env) > 0:
        return int(env)
    usable = os.sched_getaffinity(0) if hasattr(os, "sched_getaffinity") else None
    return max(1, min(8, len(usable) if usable else (os.cpu_count() or 1)))


def _extract(
    docs: list[Document],
    settings: Settings,
    ahead: bool = False,
    each: Callable[[int, Extracted], None] | None = None,
) -> list[Extracted]:
    """Claims of many documents, in a pool of processes when there are enough of them.

    Extraction is pure and per document, so the result is the same either way (tested). If the
    pool cannot start or breaks, the documents are extracted here instead. ``ahead``: the
    pool's workers also parse the sentences a report's comparison parses ahead (see
    :func:`_parse_ahead_here`). ``each`` is given each document's index and claims as they
    come from the pool, while its workers extract the documents after (this process would
    wait for them idle): the caller stores them in the cache meanwhile, some 0.4 s of a cold
    report over 1,000 sources that ran after the pool, with the second CPU idle. It may be
    told a document again (the pool broke and the rest was extracted here), or never (not
    extracted in a pool).
    """
    from reconcile.timecap import (  # extraction's code: only when a file is read
        extract_all,
        extract_within,
    )

    n = workers()
    # a pool that must start fresh interpreters ("spawn": Windows, macOS) costs about a second
    method = multiprocessing.get_start_method(allow_none=True)  # None: not set by the host
    method = method or multiprocessing.get_all_start_methods()[0]  # the platform's default
    least = PARALLEL_MIN if method == "fork" else 8 * PARALLEL_MIN
    if n < 2 or len(docs) < least:
        return extract_all(docs, settings)
    # the first document here: it loads the parse, the units and the vocabularies (about 3 s
    # of CPU), which forked workers then share instead of each loading them again
    first = [extract_within(docs[0], settings)] if method == "fork" else []
    rest = docs[len(first) :]
    global _AHEAD_TAKEN
    _AHEAD_TAKEN = _taken_table() if ahead and method == "fork" else None
    try:
        with ProcessPoolExecutor(n) as pool:
            chunk = max(1, len(rest) // (n * 32))
            runs = [rest[at : at + chunk] for at in range(0, len(rest), chunk)]
            done: list[tuple[Extracted, dict[str, bytes]]] = []
            for run in pool.map(_extract_run, runs, repeat(settings), repeat(ahead)):
                for got in run:
                    if each is not None:
                        each(len(first) + len(done), got[0])
                    done.append(got)
    except (OSError, BrokenProcessPool, PicklingError):
        return first + extract_all(rest, settings)
    finally:
        _AHEAD_TAKEN = None
    from reconcile.claims import parse

    for _, parses in done:
        parse.receive(parses)
    return first + [got for got, _ in done]


def _extract_run(
    docs: list[Document], settings: Settings, ahead: bool = False
) -> list[tuple[Extracted, dict[str, bytes]]]:
    """In a worker of the pool: each document's claims (begun together: ``timecap.extract_all``),
    and the parses of their sentences that extraction made (packed; about 2.4 KB each), which
    grouping and comparison in the parent would otherwise make again, one sentence at a time
    (see ``parse.receive``); with ``ahead``, also those a report's comparison parses ahead
    (:func:`_parse_ahead_here`)."""
    from reconcile.claims import parse
    from reconcile.timecap import extract_all

    with parse.packing():  # a sentence of an earlier document is unpacked, not parsed again
        found = extract_all(docs, settings)
        if ahead:
            _parse_ahead_here([c for got in found for c in got[0]])
    out: list[tuple[Extracted, dict[str, bytes]]] = []
    for got in found:
        sent = parse.packed(dict.fromkeys(c.sentence for c in got[0]))
        parse.hold(sent)  # (packed once: not again when it leaves the kept parses)
        out.append((got, sent))
    return out


def _parse_ahead_here(claims: list[Claim]) -> None:
    """In a worker of the pool: parse in one batch the sentences of ``claims`` that comparison
    parses ahead of weighing their group's pairs (``scope.ahead_sentences``) and that
    extraction did not parse, so that they go back with the others (see :func:`_extract_run`):
    comparison parsed them in the parent, some 400 of the 1,000-source benchmark's in one
    batch before its fork while the second CPU waited, and the rest in one of its two
    processes. Parsed here, they take both workers' CPUs; the few whose group weighs no pair
    are parsed for nothing. A sentence's parse is the same in any batch and any process.
    A sentence another worker of the pool took already (:func:`_untaken`) is left to it: the
    parent receives its parse from that worker (the 1,000-source benchmark's generated
    sources share most of these sentences: 476 of about 585 were parsed by both workers)."""
    from reconcile.claims.parse import at_hand, parse_sentences
    from reconcile.compare.scope import ahead_sentences

    todo = _untaken([s for s in dict.fromkeys(ahead_sentences(claims)) if not at_hand(s)])
    if todo:
        parse_sentences(todo)


# the sentences the pool's workers took to parse ahead (see _taken_table), while a pool runs
_AHEAD_TAKEN: tuple[Any, Any] | None = None
_TAKEN_SLOTS = 1 << 20  # one bit a slot: 128 KiB shared by the pool's workers


def _taken_table() -> tuple[Any, Any] | None:
    """A table the pool's forked workers share (a bit for each slot a sentence's hash falls
    in, and a lock), through which each sentence comparison parses ahead is taken by one
    worker only; None when it cannot be made (each worker then parses all of its own)."""
    context = multiprocessing.get_context("fork")
    try:
        return context.RawArray("B", _TAKEN_SLOTS // 8), context.Lock()
    except (OSError, ValueError):
        return None


def _untaken(sentences: list[str]) -> list[str]:
    """Those of ``sentences`` no worker of the pool took yet, now taken by this one: all of
    them outside a pool's worker. A sentence whose slot another sentence took (about one in a
    thousand here) is taken by none and parsed in comparison, as before the pool parsed any
    ahead: the parses and so the report are the same, whoever makes them. The slot is the
    sentence's ``hash``, the same in every worker (forked: one hash seed)."""
    table = _AHEAD_TAKEN
    if table is None:
        return sentences
    bits, lock = table
    out = []
    with lock:
        for s in sentences:
            slot = hash(s) % _TAKEN_SLOTS
            byte, bit = slot >> 3, 1 << (slot & 7)
            if not bits[byte] & bit:
                bits[byte] |= bit
                out.append(s)
    return out


def _extract_sent(doc: Document, settings: Settings) -> tuple[Extracted, dict[str, bytes]]:
    """A document's claims and the packed parses of their sentences (see :func:`_extract_run`)."""
    return _extract_run([doc], settings)[0]


def _ahead_key(doc: Document, settings: Settings) -> str:
    """All that a document's claims depend on: the document and the settings."""
    return doc.model_dump_json() + "\0" + settings.model_dump_json()


def _extract_to(conn: Connection, docs: list[Document], settings: Settings) -> None:
    """In the child of :func:`extract_ahead`: send each document's claims, or None on failure,
    and the packed parses of their sentences (as the pool's workers do, see
    :func:`_extract_run`): a sentence the edit changed is then unpacked in the parent, not
    parsed again there, and the parent need not load the whole pipeline (``parse.light``)."""
    result: tuple[list[Extracted], dict[str, bytes]] | None
    try:
        done = _extract_run(docs, settings)
        parses: dict[str, bytes] = {}
        for _, sent in done:
            parses.update(sent)
        result = [got for got, _ in done], parses
    except Exception:  # the parent extracts them itself
        result = None
    try:
        conn.send(result)
    finally:
        conn.close()


class Ahead:
    """Claims of some documents being extracted in a child process (see :func:`extract_ahead`).

    :meth:`take` waits for them; a document other than those given (another id, text or
    settings) gets None, as does any failure of the child, and the caller extracts it itself.
    :meth:`close` ends the child if its claims were not taken."""

    def __init__(self, process: BaseProcess, conn: Connection, keys: list[str]) -> None:
        self._process, self._conn, self._keys = process, conn, keys
        self._got: dict[str, Extracted] | None = None

    def take(self, doc: Document, settings: Settings) -> Extracted | None:
        if self._got is None:
            self._got = {}
            if not self._conn.poll():
                _meanwhile()
            try:
                result = self._conn.recv()
            except (EOFError, OSError):  # the child died
                result = None
            if isinstance(result, tuple) and len(result) == 2:
                found, parses = result
                if isinstance(found, list) and len(found) == len(self._keys):
                    self._got = dict(zip(self._keys, found, strict=True))
                    from reconcile.claims import parse

                    parse.receive(parses)
            self.close()
        return self._got.pop(_ahead_key(doc, settings), None)

    def close(self) -> None:
        if self._process.is_alive():
            self._process.terminate()
        self._process.join()
        self._conn.close()


def _meanwhile() -> None:
    """While the child of :func:`extract_ahead` is still extracting: load what unpacking the
    stored parses of the run's sentences will need in this process after it
    (``parse.light``: spaCy's import and the pipeline's vocabulary, 0.5-0.7 s), instead of
    waiting idle for the child and loading it after (an edited draft's check: its grouping and
    comparison unpack parses; a check that needs no child needs no parse)."""
    from reconcile.claims import parse

    with contextlib.suppress(parse.ModelMissing, ImportError, OSError):
        parse.light()


def extract_ahead(docs: Sequence[Document], settings: Settings) -> Ahead | None:
    """Start extracting ``docs``' claims in a child process, so that the caller can go on
    reading the other documents' claims from the cache meanwhile; pass the result to
    :func:`reconcile`. A check does this for its drafts when the cache lacks their claims:
    extraction loads the spaCy pipeline, which takes longer than reading 1,000 sources' claims
    from the cache. None when it cannot pay (one usable CPU, or so many documents that a pool of
    processes extracts them faster: see _extract), when forking is not safe (outside Linux,
    where system libraries may not survive a fork, or in a process running other threads, whose
    locks the child would inherit held) or when the child cannot start."""
    if not docs or len(docs) >= PARALLEL_MIN or workers() < 2:
        return None
    if not fork_safe():
        return None
    context = multiprocessing.get_context("fork")
    try:
        mine, theirs = context.Pipe(duplex=False)
        process = context.Process(
            target=_extract_to, args=(theirs, list(docs), settings), daemon=True
        )
        process.start()
    except (OSError, ValueError):
        return None
    theirs.close()
    return Ahead(process, mine, [_ahead_key(d, settings) for d in docs])


def _readable(claims: list[Claim], bad: list[tuple[int, int, str]]) -> list[Claim]:
    """Claims that do not stand on a malformed amount (those were reported as notices).

    ``bad`` spans are disjoint, so sorted by start their ends are sorted too: a claim overlaps
    one of them exactly when it overlaps the last that starts before the claim ends."""
    if not bad:
        return claims
    spans = sorted((s, e) for s, e, _ in bad)
    starts = [s for s, _ in spans]
    kept = []
    for c in claims:
        i = bisect.bisect_left(starts, c.span[1]) - 1
        if i < 0 or spans[i][1] <= c.span[0]:
            kept.append(c)
    return kept
