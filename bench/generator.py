"""A realistic bilingual corpus at 1k, 10k or 100k pages, built through the real models.

The demo content (kb/demo/content/*.toml) is loaded first through its own loader; every
generated page then takes one demo page of its language as a template: the same page type,
the same block mix in the same order (text, callouts, contacts, legal references, FAQs,
steps with actors, time limits and legal bases), the same taxonomy shape, and text of the same
length drawn from a word-bigram model of that language's demo text (so word frequencies and
sentence shapes follow the demo's Czech and English). About 70 % of the Czech pages get an
English translation (shared translation key), about 10 % are professionals-only, and there is
one extra service per 20 pages (cloned from a demo service with generated name and text).

Bulk where it is safe: tree paths are computed here (one query per section instead of three
per page), pages are saved without form validation (their blocks come from validated demo
pages), revisions are created in batches, and no outbox entry is written while generating
(a full `search_index rebuild` through the real indexer follows). Wagtail's own reference index
is kept up to date by its signal handler, as in production.

Run by bench/corpus.py (the command line).

The database is PostgreSQL (DATABASE_URL; its public schema is replaced). The generated
database is cached under bench/.cache/ (ignored) as a pg_dump custom-format file; a rerun with
the same size, seed, generator, demo content and migrations restores it with pg_restore
(seconds instead of minutes; sequences come back as they were, and are checked). Without
DATABASE_URL the fallback is a SQLite file (BENCH_DB), cached as a copy.
"""

import hashlib
import html
import json
import os
import random
import re
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import TYPE_CHECKING, Any, TextIO

from bench import ROOT
from bench.django_setup import setup_django

if TYPE_CHECKING:
    from wagtail.models import Page

    from kb.guidance.models import GuidanceIndexPage, KnowledgePage

CACHE = ROOT / "bench" / ".cache"
SERVICES_PER_PAGES = 20
TRANSLATED_SHARE = 0.7
PROFESSIONAL_SHARE = 0.1
BATCH = 200


def cache_key(pages: int, seed: int) -> str:
    """Changes whenever the generator, the demo content or a migration changes."""
    digest = hashlib.sha256(f"{pages}:{seed}".encode())
    sources = [Path(__file__), *sorted((ROOT / "kb" / "demo" / "content").rglob("*.toml"))]
    sources += sorted(ROOT.glob("*/**/migrations/0*.py"))
    for path in sources:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:12]


def cached_file(pages: int, seed: int, *, postgres: bool = True) -> Path:
    """A pg_dump custom-format file (PostgreSQL), or the SQLite file itself (fallback)."""
    suffix = "pgdump" if postgres else "sqlite3"
    return CACHE / f"corpus-{pages}-{cache_key(pages, seed)}.{suffix}"


# -- text --------------------------------------------------------------------------------


class Bigrams:
    """Word bigrams of one language's demo text: generated text keeps its word frequencies,
    its word lengths and roughly its sentence shapes."""

    def __init__(self, texts: list[str], rng: random.Random) -> None:
        self.rng = rng
        self.followers: dict[str, list[str]] = {}
        self.words: list[str] = []
        self.starts: list[str] = []
        for text in texts:
            tokens = text.split()
            if not tokens:
                continue
            self.starts.append(tokens[0])
            self.words += tokens
            for a, b in zip(tokens, tokens[1:], strict=False):
                self.followers.setdefault(a, []).append(b)
                if a[-1:] in ".!?" and b[:1].isupper():
                    self.starts.append(b)

    def text(self, n_words: int, max_chars: int | None = None) -> str:
        n_words = max(1, n_words)
        word = self.rng.choice(self.starts)
        out = [word]
        while len(out) < n_words:
            options = self.followers.get(word)
            word = self.rng.choice(options) if options else self.rng.choice(self.words)
            out.append(word)
        result = " ".join(out)
        if max_chars and len(result) > max_chars:
            result = result[:max_chars].rsplit(" ", 1)[0] or result[:max_chars]
        return result


TAG = re.compile(r"(<[^>]+>)")


def rewrite_html(source: str, words: Bigrams) -> str:
    """The same markup (headings, lists, links, emphasis) with new text of the same length."""
    parts = []
    for part in TAG.split(source):
        if part.startswith("<") or not part.strip():
            parts.append(part)
            continue
        plain = html.unescape(part)
        lead = " " if plain[:1].isspace() else ""
        tail = " " if plain[-1:].isspace() else ""
        parts.append(lead + html.escape(words.text(len(plain.split())), quote=False) + tail)
    return "".join(parts)


def rewrite(block: Any, value: Any, words: Bigrams) -> Any:
    """A raw StreamField value with every text rewritten and every choice, number, URL and
    snippet reference kept; block ids are new."""
    from wagtail import blocks

    if isinstance(block, blocks.BaseStreamBlock):
        return [
            {
                "type": child["type"],
                "value": rewrite(block.child_blocks[child["type"]], child["value"], words),
                "id": str(uuid.uuid4()),
            }
            for child in value
            if child["type"] in block.child_blocks
        ]
    if isinstance(block, blocks.ListBlock):
        return [
            {
                "type": "item",
                "value": rewrite(block.child_block, item["value"], words),
                "id": str(uuid.uuid4()),
            }
            for item in value
        ]
    if isinstance(block, blocks.StructBlock):
        return {
            name: rewrite(block.child_blocks[name], child, words)
            if name in block.child_blocks
            else child
            for name, child in value.items()
        }
    if isinstance(block, blocks.RichTextBlock) and isinstance(value, str):
        return rewrite_html(value, words)
    if isinstance(block, blocks.CharBlock | blocks.TextBlock) and isinstance(value, str) and value:
        max_length = getattr(block.field, "max_length", None)
        return words.text(len(value.split()), max_chars=min(max_length or 10**6, len(value) + 20))
    return value


# -- generation --------------------------------------------------------------------------


class Generator:
    """Generates pages and services up to ``pages`` knowledge pages on top of the demo."""

    def __init__(self, pages: int, seed: int = 15, out: TextIO = sys.stdout) -> None:
        self.target = pages
        self.rng = random.Random(seed)
        self.out = out
        self.timings: dict[str, float] = {}

    def log(self, message: str) -> None:
        self.out.write(message + "\n")
        self.out.flush()

    def run(self) -> dict:
        from django.core.management import call_command

        from kb.demo.loader import DemoLoader

        started = time.monotonic()
        call_command("migrate", verbosity=0)
        call_command("createcachetable", verbosity=0)
        self.timings["migrate_s"] = time.monotonic() - started
        t = time.monotonic()
        with _outbox_signals_off():
            DemoLoader().load()
            self.timings["demo_s"] = time.monotonic() - t
            self._prepare()
            t = time.monotonic()
            created = self._pages()
            self.timings["pages_s"] = time.monotonic() - t
            t = time.monotonic()
            services = self._services()
            self.timings["services_s"] = time.monotonic() - t
        self.timings["total_s"] = time.monotonic() - started
        from kb.guidance.models import KnowledgePage

        summary = {
            "pages": KnowledgePage.objects.count(),
            "generated_pages": created,
            "generated_services": services,
            **{k: round(v, 1) for k, v in self.timings.items()},
        }
        summary["pages_per_s"] = round(created / max(self.timings["pages_s"], 1e-9), 1)
        return summary

    def _prepare(self) -> None:
        from django.contrib.auth import get_user_model
        from wagtail.models import Locale

        from kb.guidance.models import GuidanceIndexPage, KnowledgePage

        self.owner = get_user_model().objects.get(username="redakce")
        self.locales = {loc.language_code: loc for loc in Locale.objects.all()}
        self.templates: dict[str, list] = {}
        self.words: dict[str, Bigrams] = {}
        self.titles: dict[str, Bigrams] = {}
        for code in self.locales:
            pages = list(
                KnowledgePage.objects.live()
                .filter(locale__language_code=code)
                .specific()
                .prefetch_related("topics", "audiences", "regions")
            )
            self.templates[code] = pages
            texts = []
            for page in pages:
                texts += [page.summary, *page.search_texts()["body"].split("\n")]
                texts += page.search_texts()["steps"].split("\n")
            self.words[code] = Bigrams(texts, self.rng)
            self.titles[code] = Bigrams([p.title for p in pages] + texts, self.rng)
        # Sections by (key, language): the template's parent in each language.
        self.sections = {}
        for section in GuidanceIndexPage.objects.select_related("locale"):
            self.sections[(str(section.translation_key), section.locale.language_code)] = section
        self.next_path: dict[int, str] = {}

    def _path_under(self, parent: "Page") -> str:
        """The next free treebeard path under ``parent`` (as add_child would compute it)."""
        from wagtail.models import Page

        current = self.next_path.get(parent.pk)
        if current is None:
            last = parent.get_last_child()
            current = last.path if last else None
        path = (
            Page._inc_path(Page(path=current))
            if current
            else Page._get_path(parent.path, parent.depth + 1, 1)
        )
        self.next_path[parent.pk] = path
        return path

    def _new_page(
        self,
        template: "KnowledgePage",
        code: str,
        translation_key: uuid.UUID,
        visibility: str,
        n: int,
    ) -> "KnowledgePage":
        from django.utils import timezone
        from django.utils.text import slugify

        words, titles = self.words[code], self.titles[code]
        model = template.specific_class
        parent = self._parent_of(template, code)
        title = titles.text(len(template.title.split()), max_chars=200).rstrip(".,;:")
        now = timezone.now()
        page = model(
            title=title,
            draft_title=title,
            slug=f"{slugify(title)[:60].strip('-') or 'stranka'}-{n}",
            summary=words.text(len(template.summary.split()), max_chars=400),
            body=rewrite(model._meta.get_field("body").stream_block, template.body.raw_data, words),
            visibility=visibility,
            content_owner=self.owner,
            owner=self.owner,
            last_reviewed=template.last_reviewed,
            next_review_due=template.next_review_due,
            locale=self.locales[code],
            translation_key=translation_key,
            live=True,
            has_unpublished_changes=False,
            first_published_at=now,
            last_published_at=now,
            path=self._path_under(parent),
            depth=parent.depth + 1,
            numchild=0,
        )
        if hasattr(template, "steps"):
            page.steps = rewrite(
                model._meta.get_field("steps").stream_block, template.steps.raw_data, words
            )
        page._cached_parent_obj = parent
        page.topics = list(template.topics.all())
        page.audiences = list(template.audiences.all())
        page.regions = list(template.regions.all())
        return page

    def _parent_of(self, template: "KnowledgePage", code: str) -> "GuidanceIndexPage":
        parent = template.get_parent()
        return self.sections[(str(parent.translation_key), code)]

    def _pages(self) -> int:
        from django.db import transaction

        from kb.guidance.models import KnowledgePage

        existing = KnowledgePage.objects.count()
        todo = self.target - existing
        created = 0
        started = time.monotonic()
        while created < todo:
            with transaction.atomic():
                batch: list[KnowledgePage] = []
                while len(batch) < BATCH and created + len(batch) < todo:
                    cs = self.rng.choice(self.templates["cs"])
                    key = uuid.uuid4()
                    visibility = (
                        "professionals" if self.rng.random() < PROFESSIONAL_SHARE else "public"
                    )
                    n = existing + created + len(batch)
                    batch.append(self._new_page(cs, "cs", key, visibility, n))
                    english = [
                        p
                        for p in self.templates.get("en", [])
                        if p.translation_key == cs.translation_key
                    ]
                    if (
                        english
                        and self.rng.random() < TRANSLATED_SHARE
                        and created + len(batch) < todo
                    ):
                        batch.append(self._new_page(english[0], "en", key, visibility, n))
                for page in batch:
                    page.save(clean=False)
                self._revisions(batch)
                self._count_children()
            created += len(batch)
            rate = created / (time.monotonic() - started)
            self.log(f"  pages: {created}/{todo} ({rate:.0f}/s)")
        return created

    def _revisions(self, pages: list["KnowledgePage"]) -> None:
        """One published revision per page, as publishing would leave it."""
        from django.contrib.contenttypes.models import ContentType
        from django.utils import timezone
        from wagtail.models import Page, Revision

        base = ContentType.objects.get_for_model(Page)
        now = timezone.now()
        revisions = Revision.objects.bulk_create(
            [
                Revision(
                    content_type=ContentType.objects.get_for_model(page),
                    base_content_type=base,
                    object_id=str(page.pk),
                    content=page.serializable_data(),
                    user=self.owner,
                    object_str=page.title,
                    created_at=now,
                )
                for page in pages
            ]
        )
        rows = []
        for page, revision in zip(pages, revisions, strict=True):
            rows.append(
                Page(pk=page.pk, latest_revision_id=revision.pk, live_revision_id=revision.pk)
            )
        Page.objects.bulk_update(rows, ["latest_revision", "live_revision"])

    def _count_children(self) -> None:
        from django.db.models import Count
        from wagtail.models import Page

        for section in self.sections.values():
            numchild = Page.objects.filter(
                path__startswith=section.path, depth=section.depth + 1
            ).aggregate(n=Count("pk"))["n"]
            Page.objects.filter(pk=section.pk).update(numchild=numchild)

    def _services(self) -> int:
        from django.db import transaction

        from kb.services.models import Service

        templates = {
            code: list(Service.objects.filter(locale__language_code=code)) for code in self.locales
        }
        todo = self.target // SERVICES_PER_PAGES
        with transaction.atomic():
            for i in range(todo):
                key = uuid.uuid4()
                for code in self.locales:
                    if not templates.get(code):
                        continue
                    template = self.rng.choice(templates[code])
                    data = _without_ids(template.serializable_data())
                    data.update(
                        pk=None,
                        code=f"bench-{i}",
                        translation_key=str(key),
                        name=self.titles[code].text(len(template.name.split()), max_chars=200),
                        description=self.words[code].text(
                            len(template.description.split()) or 20, max_chars=2000
                        ),
                        latest_revision=None,
                        live_revision=None,
                    )
                    service = Service.from_serializable_data(data)
                    service.save()
        return todo * len(self.locales)


def _without_ids(data: Any) -> Any:
    if isinstance(data, dict):
        out = {k: _without_ids(v) for k, v in data.items() if k not in ("id", "service")}
        if "pk" in out:
            out["pk"] = None
        return out
    if isinstance(data, list):
        return [_without_ids(v) for v in data]
    return data


class _outbox_signals_off:
    """No outbox entry and no Wagtail database-search entry while generating: the search
    rebuild afterwards indexes everything (Wagtail's admin search table is left empty)."""

    def __enter__(self) -> None:
        from django.db.models.signals import post_save
        from modelsearch import index
        from modelsearch.signal_handlers import post_save_signal_handler

        from kb.services.models import Service
        from search import signals

        self.handler, self.signals = post_save_signal_handler, signals
        self.models = [m for m in index.get_indexed_models()]
        for model in self.models:
            post_save.disconnect(post_save_signal_handler, sender=model)
        post_save.disconnect(sender=Service, dispatch_uid="search_service_saved")

    def __exit__(self, *exc: object) -> None:
        from django.db.models.signals import post_save

        from kb.services.models import Service

        for model in self.models:
            post_save.connect(self.handler, sender=model)
        post_save.connect(
            self.signals.on_service_changed, sender=Service, dispatch_uid="search_service_saved"
        )


def build(pages: int, seed: int, *, use_cache: bool = True) -> dict:
    """Restore the cached database for this size, or generate it (and cache it)."""
    url = os.environ.get("DATABASE_URL", "")
    cached = cached_file(pages, seed, postgres=bool(url))
    meta = cached.with_suffix(".json")
    if use_cache and cached.exists() and meta.exists():
        started = time.monotonic()
        if url:
            restore(url, cached)
        else:
            shutil.copyfile(cached, os.environ["BENCH_DB"])
        summary = json.loads(meta.read_text())
        summary["restored_from_cache_s"] = round(time.monotonic() - started, 2)
        return summary
    if url:
        empty(url)
    else:
        Path(os.environ["BENCH_DB"]).unlink(missing_ok=True)
    setup_django()
    summary = Generator(pages, seed).run()
    from django.db import connection

    connection.close()
    CACHE.mkdir(parents=True, exist_ok=True)
    for old in CACHE.glob(f"corpus-{pages}-*"):
        old.unlink()
    if url:
        subprocess.run(
            ["pg_dump", "--format=custom", "--no-owner", "--file", str(cached), url], check=True
        )
    else:
        shutil.copyfile(os.environ["BENCH_DB"], cached)
    meta.write_text(json.dumps(summary, indent=2))
    return summary


def empty(url: str) -> None:
    """An empty public schema: what the generator or a restore starts from."""
    subprocess.run(
        [
            "psql",
            "-q",
            "-v",
            "ON_ERROR_STOP=1",
            url,
            "-c",
            "SET client_min_messages = warning; DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;",
        ],
        check=True,
        stdout=subprocess.DEVNULL,
    )


def restore(url: str, dump: Path) -> None:
    """The dump into an emptied database: tables, rows, indexes and every sequence's value
    (a custom-format dump sets each sequence as it was)."""
    empty(url)
    subprocess.run(
        ["pg_restore", "--no-owner", "--exit-on-error", "--dbname", url, str(dump)], check=True
    )
    behind = sequences_behind(url)
    if behind:
        raise RuntimeError(f"sequences behind their tables after the restore: {behind}")


SEQUENCES = """
SELECT c.table_name, c.column_name, pg_get_serial_sequence(c.table_name, c.column_name)
FROM information_schema.columns c
JOIN information_schema.tables t USING (table_schema, table_name)
WHERE c.table_schema = 'public' AND t.table_type = 'BASE TABLE'
  AND (c.is_identity = 'YES' OR c.column_default LIKE 'nextval(%')
"""


def sequences_behind(url: str) -> list[str]:
    """Tables whose next generated id would collide with a row already there."""
    import psycopg

    behind = []
    with psycopg.connect(url) as conn:
        for table, column, sequence in conn.execute(SEQUENCES).fetchall():
            if not sequence:
                continue
            (top,) = _one(conn.execute(f'SELECT max("{column}") FROM "{table}"'))
            last, called = _one(conn.execute(f"SELECT last_value, is_called FROM {sequence}"))
            next_value = last + 1 if called else last
            if top is not None and next_value <= top:
                behind.append(f"{table}.{column}: next {next_value}, max {top}")
    return behind


def _one(cursor: Any) -> tuple:
    row = cursor.fetchone()
    if row is None:
        raise RuntimeError("a one-row query returned no row")
    return row
