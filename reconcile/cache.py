"""A cache of each document's claims, so that re-checking a draft against the same sources
reads their claims instead of extracting them again (as linters cache per-file results).

A cached entry is keyed by the document's content (id, dates, title, text; not its path, so a
relative and an absolute path share entries), the settings that shape claims (currency symbols,
metric and entity aliases) and a fingerprint of this package's code and data contents and of its
dependencies' versions, so a change to any of them misses.

The cache is an optimisation only, and nothing in it is trusted:

- each entry carries an HMAC under a secret key kept in the cache folder, readable by its owner
  only; an entry written by anyone without the key (an emptied or edited entry) is a miss;
- every claim read must belong to the document: its id and document are the document's, its
  span lies in the text and covers the claim's own surface; otherwise the entry is a miss;
- only regular files of bounded size are read (a FIFO, a device or a link is a miss, never a
  hang); folders are created 0700 and files 0600 (drafts' sentences are stored in entries);
- an unreadable or corrupt entry is a miss, a failed write is ignored.

Packs: the claims of a whole set of documents (a check's sources, a report's documents) are also
stored as one file, keyed by the entries' keys, so that a warm run reads one file and validates
one payload instead of one entry per document (``get_pack``/``put_pack``); the same rules hold
for a pack as for an entry, and only the most recent ``PACKS_KEPT`` packs are kept.

Reads: the documents read from a set of source files (their parsed text, ids and paths, and
the problems reading them raised) are stored too, keyed on each file's path and stamp (device,
inode, size, modification and change times; see ``stamp``), so that a warm check reads and
parses only the draft (``get_read``/``put_read``). The stamps are the fast test; the contents
stay the truth for claims: the pack is still keyed on the documents' text. A read with a file
changed less than two seconds before it was stored is not stored (its stamp might not move on
the next write).

Checks: the report of a whole check is stored under a key of every document's content, path
and notices, the drafts' files as read, all the settings and the code (``check_key``), so a
check of an unchanged draft against unchanged sources (a hook run again, CI) reads the draft,
stats the sources and reads one small report (``get_check``/``put_check``).

Memory: in a long-lived process (the warm process of ``reconcile check --keep-warm``),
``keep_in_memory()`` keeps what a pack, a read, a grouping or a check gave under its key, the
few most recent of each: every such key names its content (a pack's key hashes its documents'
contents, the settings and the code; a read's, its files' paths and stamps; a grouping's and a
check's, all they depend on), so what a key gave once from disk it gives again.

Parses: the parses of sentences (``reconcile.claims.parse``: text -> packed Doc) made by runs
with one spaCy pipeline, in one compressed file per pipeline and version (``get_parses``/
``put_parses``, the last ``PARSES_MAX``): a parse depends on the text and the pipeline only,
so the file holds across changes of this code.

Location: ``$RECONCILE_CACHE_DIR``, else ``$XDG_CACHE_HOME/reconcile``, else
``~/.cache/reconcile``. The command line's ``--no-cache`` turns it off.
"""

from __future__ import annotations

import contextlib
import hashlib
import hmac
import operator
import os
import secrets
import stat
import time
import zlib
from dataclasses import fields
from pathlib import Path

from pydantic import TypeAdapter, ValidationError
from pydantic_core import from_json, to_json

from reconcile.claims.models import Claim, Document, Group, Mention, Report
from reconcile.claims.parse import Narrowing
from reconcile.config import Settings
from reconcile.handover import code_fingerprint, default_dir

_CLAIMS = TypeAdapter(list[Claim])
Malformed = list[tuple[int, int, str]]  # spans of malformed amounts, see claims.malformed
MAX_ENTRY_BYTES = 256 * 1024 * 1024
_KEY_FILE = "secret.key"
_FORMAT = b"reconcile-cache-2\n"
_PACK_FORMAT = b"reconcile-pack-2\n"
PACKS_KEPT = 4  # packs kept in the cache folder, the most recently written
_READ_FORMAT = b"reconcile-read-1\n"
_CHECK_FORMAT = b"reconcile-check-1\n"
_GROUPS_FORMAT = b"reconcile-groups-1\n"
GROUPINGS_KEPT = 8  # groupings of a check's claims kept, the most recently written
_GROUPS = TypeAdapter(list[Group])
# the settings grouping reads (claims.group: the user's aliases; a test holds it to that), so a
# check with another tolerance, severity or --fail-on reads the same grouping back
GROUPING_SETTINGS = frozenset({"entity_aliases", "metric_aliases"})
CHECKS_KEPT = 8  # results of whole checks kept, the most recently written
READS_KEPT = 4  # stored reads of a set of sources kept, the most recently written
_DOCUMENTS = TypeAdapter(list[Document])
# a file changed within this long of being stored might change again with the same stamp (a
# clock tick is coarse on some file systems): such a read is not stored ("racy git")
RACY_NS = 2_000_000_000
Stamp = tuple[int, int, int, int, int]  # device, inode, size, mtime and ctime in ns


def stamp(path: Path) -> Stamp | None:
    """What tells a file changed without reading it: its device, inode, size, modification and
    change times (the change time moves on any write or rename, and cannot be set back); None
    for anything that is not a regular file."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    if not stat.S_ISREG(st.st_mode):
        return None
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


def _read_regular(path: Path, limit: int) -> bytes:
    """The bytes of a regular file of at most ``limit`` bytes; OSError otherwise (a FIFO, a
    device or a symbolic link is never opened for reading: O_NONBLOCK, O_NOFOLLOW)."""
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0)
    fd = os.open(path, flags)
    with os.fdopen(fd, "rb") as f:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode) or st.st_size > limit:
            raise OSError(f"{path}: not a regular file of at most {limit} bytes")
        data = f.read(limit + 1)
    if len(data) > limit:
        raise OSError(f"{path}: over {limit} bytes")
    return data


def _write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to a new file readable and writable by its owner only, then rename it."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0), 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise


def _create_key(path: Path) -> None:
    """A new random key at ``path``, unless another process made one first (link, not rename,
    so the first key stays and entries already signed with it stay valid)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}.tmp")
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(secrets.token_bytes(32))
        with contextlib.suppress(FileExistsError):
            os.link(tmp, path)
    finally:
        with contextlib.suppress(OSError):
            tmp.unlink()


def valid_for(claims: list[Claim], doc: Document) -> bool:
    """Whether ``claims`` can be ``doc``'s: ids and document its own, spans inside its text and
    covering each claim's surface, ids unique, links among them."""
    prefix = f"{doc.id}#"
    ids = {c.id for c in claims}
    if len(ids) != len(claims):
        return False
    n = len(doc.text)
    for c in claims:
        s, e = c.span
        if type(s) is not int or type(e) is not int or not 0 <= s <= e <= n:
            return False
        if c.document != doc.id or type(c.id) is not str or not c.id.startswith(prefix):
            return False
        if doc.text[s:e] != c.text or not set(c.linked) <= ids:
            return False
    return True


def _valid_malformed(bad: Malformed, text: str) -> bool:
    """Whether ``bad`` can be spans of malformed amounts in ``text``: in range, on their tokens."""
    n = len(text)
    for s, e, token in bad:
        if type(s) is not int or type(e) is not int or not 0 <= s < e <= n or text[s:e] != token:
            return False
    return True


# A pack stores each claim as a row of its field values (its mention as a row too), in the order
# of the models' fields, which the pack names: a warm run decodes one compact JSON document and
# builds the claims from the rows without pydantic's validation. The MAC proves that this
# package wrote the pack; what issue 14 asked of every claim read is still checked (valid_for),
# and a row of the wrong shape is a miss.
_CLAIM_FIELDS = tuple(Claim.model_fields)
_MENTION_FIELDS = tuple(Mention.model_fields)
_MENTION_AT = _CLAIM_FIELDS.index("mention")
_SPAN_AT = _CLAIM_FIELDS.index("span")
_MENTION_SPAN_AT = _MENTION_FIELDS.index("span")
_ALTERNATIVES_AT = _MENTION_FIELDS.index("alternatives")


def _row(claim: Claim) -> list[object]:
    data = claim.model_dump(mode="json")
    mention = data["mention"]
    data["mention"] = [mention[f] for f in _MENTION_FIELDS]
    return [data[f] for f in _CLAIM_FIELDS]


_CLAIM_SET = frozenset(_CLAIM_FIELDS)
_MENTION_SET = frozenset(_MENTION_FIELDS)
_new = object.__new__
_set = object.__setattr__


def _built(
    cls: type[Claim] | type[Mention], values: dict[str, object], names: frozenset[str]
) -> object:
    """A model from values known to be of its fields' types, one for each of ``names`` (what
    ``model_construct`` does, without its per-field default handling: every field is given)."""
    model = _new(cls)
    _set(model, "__dict__", values)
    _set(model, "__pydantic_fields_set__", set(names))
    _set(model, "__pydantic_extra__", None)
    _set(model, "__pydantic_private__", None)
    return model


def _claim(row: list[object]) -> Claim:
    """The claim a row of a pack holds; ValueError, TypeError or IndexError if it is no row."""
    if len(row) != len(_CLAIM_FIELDS):
        raise ValueError("a claim row of the wrong length")
    mention = row[_MENTION_AT]
    if not isinstance(mention, list) or len(mention) != len(_MENTION_FIELDS):
        raise ValueError("a mention row of the wrong length")
    span, alternatives = mention[_MENTION_SPAN_AT], mention[_ALTERNATIVES_AT]
    if len(span) != 2:
        raise ValueError("a span of the wrong length")
    mention[_MENTION_SPAN_AT] = (span[0], span[1])
    mention[_ALTERNATIVES_AT] = tuple(alternatives)
    # lengths checked above: zip's own check would only cost time
    row[_MENTION_AT] = _built(
        Mention, dict(zip(_MENTION_FIELDS, mention, strict=False)), _MENTION_SET
    )
    span = row[_SPAN_AT]
    if len(span) != 2:
        raise ValueError("a span of the wrong length")
    row[_SPAN_AT] = (span[0], span[1])
    return _built(Claim, dict(zip(_CLAIM_FIELDS, row, strict=False)), _CLAIM_SET)  # type: ignore[return-value]


def _settings_part(settings: Settings) -> bytes:
    """The settings that shape claims, as they enter an entry's key."""
    return settings.model_dump_json(
        include={"currency_symbols", "metric_aliases", "entity_aliases"}
    ).encode()


def _content_key(doc: Document, settings_part: bytes) -> str:
    """A document's entry key: the code, the settings that shape claims and the document's
    content (not its path)."""
    h = hashlib.sha256()
    h.update(code_fingerprint().encode())
    h.update(settings_part)
    h.update(doc.model_dump_json(include={"id", "title", "published", "dateline"}).encode())
    h.update(doc.text.encode("utf-8", "surrogatepass"))
    return h.hexdigest()


# in a long-lived process (keep_in_memory): id(document) -> the document, the field objects
# and settings its key was worked out from, and the key
_KEYS: dict[int, tuple[Document, tuple[object, ...], bytes, str]] | None = None
KEYS_KEPT = 20_000


class ClaimCache:
    """Claims per document on disk; ``get`` returns None on any miss."""

    def __init__(self, root: Path | None = None) -> None:
        self.root = root or default_dir()
        self.hits = 0
        self.misses = 0
        self._secret: bytes | None = None
        self._no_secret = False

    def key(self, doc: Document, settings: Settings) -> str:
        return self._key(doc, _settings_part(settings))

    def _key(self, doc: Document, settings_part: bytes) -> str:
        if _KEYS is None:
            return _content_key(doc, settings_part)
        # a long-lived process: a document's key is worked out once while the very objects it
        # was worked out from are its fields (a check hashes each source three times)
        fields = (doc.id, doc.title, doc.published, doc.dateline, doc.text)
        kept = _KEYS.get(id(doc))
        if (
            kept is not None
            and kept[0] is doc
            and all(map(operator.is_, kept[1], fields))
            and kept[2] == settings_part
        ):
            return kept[3]
        key = _content_key(doc, settings_part)
        if len(_KEYS) >= KEYS_KEPT:
            _KEYS.clear()
        _KEYS[id(doc)] = (doc, fields, settings_part, key)  # (the document held: its id is its)
        return key

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def secret(self, create: bool = False) -> bytes | None:
        """The cache's HMAC key: a file of the running user's, readable by no one else."""
        if self._secret is not None or self._no_secret:
            return self._secret
        path = self.root / _KEY_FILE
        try:
            if create and not path.exists():
                self.root.mkdir(mode=0o700, parents=True, exist_ok=True)
                _create_key(path)
            st = path.lstat()
            owner_only = not (st.st_mode & 0o077)
            mine = not hasattr(os, "getuid") or st.st_uid == os.getuid()
            if not (stat.S_ISREG(st.st_mode) and owner_only and mine):
                self._no_secret = True  # someone else's key: the cache is not used
                return None
            data = _read_regular(path, 4096)
        except OSError:
            return None
        if len(data) < 16:
            self._no_secret = True
            return None
        self._secret = data
        return data

    def _mac(self, secret: bytes, key: str, payload: bytes) -> bytes:
        return hmac.new(secret, key.encode() + b"\0" + payload, hashlib.sha256).hexdigest().encode()

    def get(self, doc: Document, settings: Settings) -> list[Claim] | None:
        claims = self._get(doc, settings)
        if claims is None:
            self.misses += 1
        else:
            self.hits += 1
        return claims

    def holds(self, doc: Document, settings: Settings) -> bool:
        """Whether an entry for ``doc`` is on disk (it may still fail to verify on ``get``)."""
        return self.secret() is not None and self._path(self.key(doc, settings)).is_file()

    def _get(self, doc: Document, settings: Settings) -> list[Claim] | None:
        secret = self.secret()
        if secret is None:
            return None
        key = self.key(doc, settings)
        payload = self._read_signed(self._path(key), _FORMAT, secret, key)
        if payload is None:
            return None
        try:
            claims = _CLAIMS.validate_json(payload)
        except (ValidationError, ValueError):
            return None
        return claims if valid_for(claims, doc) else None

    def _read_signed(self, path: Path, fmt: bytes, secret: bytes, key: str) -> bytes | None:
        """The payload of a file this cache wrote (format line, MAC, payload), or None when it
        cannot be read, is of another format or its MAC does not verify."""
        try:
            data = _read_regular(path, MAX_ENTRY_BYTES)
        except OSError:
            return None
        head, _, rest = data.partition(b"\n")
        mac, _, payload = rest.partition(b"\n")
        if head + b"\n" != fmt or not hmac.compare_digest(mac, self._mac(secret, key, payload)):
            return None
        return payload

    def _write_signed(
        self, path: Path, fmt: bytes, secret: bytes, key: str, payload: bytes
    ) -> bool:
        """Write ``payload`` as a file this cache can read back with ``_read_signed`` (format
        line, MAC, payload); False, writing nothing, when it is too large to be read back.
        OSError propagates."""
        if len(payload) > MAX_ENTRY_BYTES - 4096:
            return False
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        _write_private(path, fmt + self._mac(secret, key, payload) + b"\n" + payload)
        return True

    def put(self, doc: Document, settings: Settings, claims: list[Claim]) -> None:
        secret = self.secret(create=True)
        if secret is None:
            return
        key = self.key(doc, settings)
        path = self._path(key)
        try:
            payload = _CLAIMS.dump_json(claims)
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            _write_private(path, _FORMAT + self._mac(secret, key, payload) + b"\n" + payload)
        except (OSError, ValueError):
            pass

    # ------------------------------------------------------------ packs: one file per set

    def _pack_key(self, docs: list[Document], settings: Settings) -> str:
        part = _settings_part(settings)  # once for the set, not once per document
        h = hashlib.sha256(b"pack\0")
        for k in sorted(self._key(d, part) for d in docs):
            h.update(k.encode())
        return h.hexdigest()

    def _pack_path(self, key: str) -> Path:
        return self.root / "packs" / f"{key}.pack"

    def get_pack(
        self, docs: list[Document], settings: Settings
    ) -> list[tuple[list[Claim], Malformed]] | None:
        """Each document's claims and malformed amounts, in the order of ``docs``, from the pack
        written for exactly this set of documents (their contents and the settings), or None on
        any miss."""
        secret = self.secret()
        if secret is None or not docs:
            return None
        key = self._pack_key(docs, settings)
        kept = _recalled("pack", key)
        if isinstance(kept, dict) and all(d.id in kept for d in docs):
            self.hits += len(docs)
            return [kept[d.id] for d in docs]
        payload = self._read_signed(self._pack_path(key), _PACK_FORMAT, secret, key)
        if payload is None:
            return None
        by_id = {d.id: d for d in docs}
        found: dict[str, tuple[list[Claim], Malformed]] = {}
        try:
            packed = from_json(payload)
            if packed["fields"] != [list(_CLAIM_FIELDS), list(_MENTION_FIELDS)]:
                return None
            entries = packed["documents"]
            if len(entries) != len(docs) or len(by_id) != len(docs):
                return None
            for doc_id, rows, bad in entries:  # stored in the order of the documents' ids
                doc = by_id.get(doc_id)
                if doc is None or doc.id in found:
                    return None
                claims = [_claim(row) for row in rows]
                spans = [(s, e, token) for s, e, token in bad]
                if not (valid_for(claims, doc) and _valid_malformed(spans, doc.text)):
                    return None
                found[doc.id] = (claims, spans)
        except (ValueError, TypeError, KeyError, IndexError):
            return None
        self.hits += len(docs)
        _remember("pack", key, found)
        return [found[d.id] for d in docs]

    def put_pack(
        self,
        docs: list[Document],
        settings: Settings,
        claims: list[list[Claim]],
        malformed: list[Malformed],
    ) -> None:
        """Store the claims and malformed amounts of ``docs`` (one list each per document, in
        their order) as one pack, and remove all but the ``PACKS_KEPT`` most recent packs.
        Failures are ignored."""
        secret = self.secret(create=True)
        if secret is None or not docs:
            return
        key = self._pack_key(docs, settings)
        path = self._pack_path(key)
        ordered = sorted(zip((d.id for d in docs), claims, malformed, strict=True))
        try:
            payload = to_json(
                {
                    "fields": [_CLAIM_FIELDS, _MENTION_FIELDS],
                    "documents": [
                        [doc_id, [_row(c) for c in found], bad] for doc_id, found, bad in ordered
                    ],
                }
            )
            if self._write_signed(path, _PACK_FORMAT, secret, key, payload):
                _keep_recent(path, ".pack", PACKS_KEPT)
        except (OSError, ValueError):
            pass

    # ------------------------------------------------------------ reads: one file per set

    def _read_key(self, listing: list[tuple[str, Stamp | None]], given: list[str]) -> str:
        h = hashlib.sha256(b"read\0")
        h.update(code_fingerprint().encode())
        for name in given:  # paths as given: documents' paths are written as given
            h.update(f"{name}\0".encode("utf-8", "surrogateescape"))
        h.update(b"\1")
        for path, st in listing:
            h.update(f"{path}\0{st}\0".encode("utf-8", "surrogateescape"))
        return h.hexdigest()

    def get_read(
        self, listing: list[tuple[str, Stamp | None]], given: list[str]
    ) -> tuple[list[Document], list[str], list[str]] | None:
        """The documents, their files' paths and the problems of the read stored for exactly
        this listing (paths and stamps) and these arguments, or None on any miss."""
        secret = self.secret()
        if secret is None or not listing or any(st is None for _, st in listing):
            return None
        key = self._read_key(listing, given)
        kept = _recalled("read", key)
        if isinstance(kept, tuple):
            docs, paths, problems = kept
            return list(docs), list(paths), list(problems)
        payload = self._read_signed(self._read_path(key), _READ_FORMAT, secret, key)
        if payload is None:
            return None
        try:
            data = from_json(payload)
            docs = _DOCUMENTS.validate_python(data["documents"])
            paths, problems = data["paths"], data["problems"]
            if len(paths) != len(docs) or not all(isinstance(p, str) for p in paths):
                return None
            if not all(isinstance(p, str) for p in problems):
                return None
        except (ValidationError, ValueError, TypeError, KeyError):
            return None
        _remember("read", key, (tuple(docs), tuple(paths), tuple(problems)))
        return docs, paths, problems

    def put_read(
        self,
        listing: list[tuple[str, Stamp | None]],
        given: list[str],
        docs: list[Document],
        paths: list[str],
        problems: list[str],
    ) -> None:
        """Store a read of sources (see ``get_read``); nothing when a file has no stamp or
        changed too recently. Failures are ignored."""
        if not listing or any(st is None for _, st in listing):
            return
        newest = max(max(st[3], st[4]) for _, st in listing if st is not None)
        if newest > time.time_ns() - RACY_NS:
            return
        secret = self.secret(create=True)
        if secret is None:
            return
        key = self._read_key(listing, given)
        path = self._read_path(key)
        try:
            payload = to_json(
                {
                    "documents": [d.model_dump(mode="json") for d in docs],
                    "paths": paths,
                    "problems": problems,
                }
            )
            if self._write_signed(path, _READ_FORMAT, secret, key, payload):
                _keep_recent(path, ".read", READS_KEPT)
        except (OSError, ValueError):
            pass

    # ------------------------------------------------------------ whole checks

    def check_key(
        self,
        drafts: list[Document],
        sources: list[Document],
        settings: Settings,
        raw: dict[str, str],
    ) -> str:
        """The key of a whole check: every document's content key (see ``_key``), path and
        notices, each draft's file as read, and all the settings (the report depends on
        every one of them)."""
        part = _settings_part(settings)
        h = hashlib.sha256(b"check\0")
        h.update(code_fingerprint().encode())
        h.update(settings.model_dump_json().encode())
        for d in drafts:  # in their order: the report lists them so
            h.update(self._key(d, part).encode())
            h.update(d.model_dump_json(include={"path", "notices"}).encode())
            as_read = raw.get(d.id, d.text).encode("utf-8", "surrogatepass")
            h.update(hashlib.sha256(as_read).digest())
        h.update(b"\1")
        for k in sorted(
            self._key(d, part) + d.model_dump_json(include={"path", "notices"}) for d in sources
        ):
            h.update(k.encode("utf-8", "surrogatepass"))
        return h.hexdigest()

    def get_check(self, key: str) -> Report | None:
        """The report of the check stored under ``key``, or None on any miss."""
        secret = self.secret()
        if secret is None:
            return None
        kept = _recalled("check", key)
        if isinstance(kept, Report):
            return kept
        payload = self._read_signed(self._check_path(key), _CHECK_FORMAT, secret, key)
        if payload is None:
            return None
        try:
            report = Report.model_validate_json(payload)
        except (ValidationError, ValueError):
            return None
        _remember("check", key, report)
        return report

    def put_check(self, key: str, report: Report) -> None:
        """Store a check's report (the ``CHECKS_KEPT`` most recent are kept); failures are
        ignored."""
        secret = self.secret(create=True)
        if secret is None:
            return
        path = self._check_path(key)
        try:
            payload = report.model_dump_json().encode()
            if self._write_signed(path, _CHECK_FORMAT, secret, key, payload):
                _keep_recent(path, ".check", CHECKS_KEPT)
        except (OSError, ValueError):
            pass

    # ------------------------------------------------------------ groupings of a check

    def groups_key(
        self, sources: list[Document], settings: Settings, drafts_claims: list[Claim]
    ) -> str:
        """The key of the grouping of a check's claims: the sources' contents (their claims
        follow from them, the settings that shape claims and the code: see ``_pack_key``), the
        settings grouping reads (``GROUPING_SETTINGS``) and the drafts' claims as given, in
        order (see ``reconcile.pipeline._placeless``)."""
        h = hashlib.sha256(b"groups\0")
        h.update(code_fingerprint().encode())
        h.update(settings.model_dump_json(include=set(GROUPING_SETTINGS)).encode())
        h.update(self._pack_key(sources, settings).encode())
        h.update(_CLAIMS.dump_json(drafts_claims))
        return h.hexdigest()

    def get_groups(self, key: str) -> list[Group] | None:
        """The groups stored under ``key``, or None on any miss."""
        secret = self.secret()
        if secret is None:
            return None
        kept = _recalled("groups", key)
        if isinstance(kept, tuple):
            return list(kept)
        payload = self._read_signed(self._groups_path(key), _GROUPS_FORMAT, secret, key)
        if payload is None:
            return None
        try:
            groups = _GROUPS.validate_json(payload)
        except (ValidationError, ValueError):
            return None
        _remember("groups", key, tuple(groups))
        return groups

    def put_groups(self, key: str, groups: list[Group]) -> None:
        """Store a grouping (the ``GROUPINGS_KEPT`` most recent are kept); failures are
        ignored."""
        secret = self.secret(create=True)
        if secret is None:
            return
        path = self._groups_path(key)
        try:
            if self._write_signed(path, _GROUPS_FORMAT, secret, key, _GROUPS.dump_json(groups)):
                _keep_recent(path, ".groups", GROUPINGS_KEPT)
        except (OSError, ValueError):
            pass

    def _groups_path(self, key: str) -> Path:
        return self.root / "groups" / f"{key}.groups"

    def _check_path(self, key: str) -> Path:
        return self.root / "checks" / f"{key}.check"

    def _read_path(self, key: str) -> Path:
        return self.root / "reads" / f"{key}.read"


# ---------------------------------------------------------------- kept in memory

_MEMORY: dict[str, dict[str, object]] | None = None  # kind -> key -> what the key gave
MEMORY_KEPT = {"pack": 2, "read": 4, "groups": 8, "check": 8}  # the most recent of each kind


def keep_in_memory(on: bool = True) -> None:
    """Keep (or stop keeping) in this process what packs, reads, groupings and checks gave under
    their keys, so that a long-lived process reads and decodes each once (see the module's
    docstring: each key names its content). Models are frozen and the lists handed out are
    copies, so nothing a run does changes what the next one is given. Each document's entry key
    is kept too, for as long as the document's fields are the objects it was worked out from."""
    global _MEMORY, _KEYS
    _MEMORY = {} if on else None
    _KEYS = {} if on else None


def _recalled(kind: str, key: str) -> object | None:
    if _MEMORY is None:
        return None
    return _MEMORY.get(kind, {}).get(key)


def _remember(kind: str, key: str, value: object) -> None:
    if _MEMORY is None:
        return
    shelf = _MEMORY.setdefault(kind, {})
    shelf.pop(key, None)
    shelf[key] = value
    while len(shelf) > MEMORY_KEPT[kind]:
        shelf.pop(next(iter(shelf)))


def _keep_recent(path: Path, suffix: str, kept: int) -> None:
    """Remove all but the ``kept`` most recently written files of ``suffix`` beside ``path``."""
    entries = sorted(
        (e.stat(follow_symlinks=False).st_mtime_ns, e.name)
        for e in os.scandir(path.parent)
        if e.name.endswith(suffix) and e.is_file(follow_symlinks=False)
    )
    for _mtime, name in entries[:-kept]:
        if name != path.name:
            with contextlib.suppress(OSError):
                (path.parent / name).unlink()


# ---------------------------------------------------------------- the parse's readings

_READINGS_FORMAT = b"reconcile-readings-1\n"
READINGS_MAX = 200_000  # readings kept in the file (past it, the older ones go)


def _reading_row(key: tuple[str, str, str, bool], r: Narrowing | None) -> list[object]:
    values = None
    if r is not None:
        values = [
            sorted(v) if isinstance(v, frozenset) else v
            for v in (getattr(r, f.name) for f in fields(Narrowing))
        ]
    return [*key, values]


def _reading(row: list[object]) -> tuple[tuple[str, str, str, bool], Narrowing | None]:
    sentence, text, metric, count, values = row
    if not (isinstance(sentence, str) and isinstance(text, str) and isinstance(metric, str)):
        raise TypeError("a reading's key of the wrong types")
    if not isinstance(count, bool):
        raise TypeError("a reading's key of the wrong types")
    key = (sentence, text, metric, count)
    if values is None:
        return key, None
    names = fields(Narrowing)
    if not isinstance(values, list) or len(values) != len(names):
        raise ValueError("a reading of the wrong length")
    kwargs: dict[str, object] = {}
    for f, v in zip(names, values, strict=True):
        if isinstance(v, list):
            if not all(isinstance(x, str) for x in v):
                raise TypeError("a reading's words of the wrong type")
            kwargs[f.name] = frozenset(v)
        elif v is None or isinstance(v, str | float | int):
            kwargs[f.name] = v
        else:
            raise TypeError("a reading's field of the wrong type")
    return key, Narrowing(**kwargs)  # type: ignore[arg-type]


def _readings_path(root: Path) -> Path:
    return root / "readings" / f"{code_fingerprint()[:32]}.json"


def get_readings(cache: ClaimCache) -> dict[tuple[str, str, str, bool], Narrowing | None]:
    """The parse's readings of figures (see ``reconcile.claims.separate``) stored by earlier
    runs of this code; empty on any miss."""
    secret = cache.secret()
    if secret is None:
        return {}
    path = _readings_path(cache.root)
    payload = cache._read_signed(path, _READINGS_FORMAT, secret, path.name)
    if payload is None:
        return {}
    try:
        return dict(_reading(row) for row in from_json(payload))
    except (ValueError, TypeError):
        return {}


def put_readings(
    cache: ClaimCache, readings: dict[tuple[str, str, str, bool], Narrowing | None]
) -> None:
    """Store ``readings`` (the stored ones and the new: the last ``READINGS_MAX`` are kept)."""
    if not readings:
        return
    secret = cache.secret(create=True)
    if secret is None:
        return
    rows = [_reading_row(k, r) for k, r in list(readings.items())[-READINGS_MAX:]]
    path = _readings_path(cache.root)
    with contextlib.suppress(OSError, ValueError):
        cache._write_signed(path, _READINGS_FORMAT, secret, path.name, to_json(rows))


# ---------------------------------------------------------------- packed parses

_PARSES_FORMAT = b"reconcile-parses-1\n"
PARSES_MAX = 50_000  # packed parses kept in the file (about 180 bytes each compressed, 2.4 KB
# in memory; past it, the older go)


def _parses_path(root: Path, pipeline: str) -> Path:
    name = hashlib.sha256(pipeline.encode()).hexdigest()[:32]
    return root / "parses" / f"{name}.bin"


def get_parses(cache: ClaimCache, pipeline: str) -> dict[str, bytes]:
    """The packed parses of sentences (``reconcile.claims.parse``: text -> bytes) stored by
    earlier runs with the spaCy pipeline ``pipeline`` (see ``parse.pipeline_id``); empty on any
    miss. A parse depends on the text and the pipeline only, not on this code."""
    secret = cache.secret()
    if secret is None:
        return {}
    path = _parses_path(cache.root, pipeline)
    payload = cache._read_signed(path, _PARSES_FORMAT, secret, pipeline)
    if payload is None:
        return {}
    from reconcile.claims.parse import msgpack_loads

    try:
        texts, parses = msgpack_loads(zlib.decompress(payload))
    except (ValueError, TypeError, zlib.error):
        return {}
    if not (isinstance(texts, list) and isinstance(parses, list) and len(texts) == len(parses)):
        return {}
    if not all(isinstance(t, str) for t in texts) or not all(isinstance(p, bytes) for p in parses):
        return {}
    return dict(zip(texts, parses, strict=True))


def put_parses(cache: ClaimCache, pipeline: str, parses: dict[str, bytes]) -> None:
    """Store ``parses`` (the stored ones and the new: the last ``PARSES_MAX`` are kept)."""
    if not parses:
        return
    secret = cache.secret(create=True)
    if secret is None:
        return
    from reconcile.claims.parse import msgpack_dumps

    rows = list(parses.items())[-PARSES_MAX:]
    payload = zlib.compress(msgpack_dumps([[t for t, _ in rows], [p for _, p in rows]]))
    path = _parses_path(cache.root, pipeline)
    with contextlib.suppress(OSError, ValueError):
        cache._write_signed(path, _PARSES_FORMAT, secret, pipeline, payload)
