"""Builds the demo site from the TOML files in content/ (their format: FORMAT.md).

Idempotent: every object gets a translation key derived from its data key, and whatever
already exists is left as it is (editors' changes survive a second run). Every page file is
still read and its blocks validated on each run, so broken demo content never goes unnoticed."""

import datetime
import tomllib
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.contrib.auth import get_user_model
from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage
from wagtail.models import Locale, Page, Site

from home.models import HomePage
from kb.guidance import deadlines
from kb.guidance.choices import PageType
from kb.guidance.models import GuidanceIndexPage, KnowledgePage, PageSource, page_models
from kb.guidance.phrasings import problems as phrasing_problems
from kb.guidance.review import REVIEW_CYCLE
from kb.languages import DEFAULT_LANGUAGE, language_codes
from kb.services.models import Location, Organization, Phone, Schedule, Service
from kb.taxonomy.models import Audience, LegalReference, Region, Topic

from .images import DIAGRAMS, logo_mark, saved_image
from .streams import DemoContentError, StreamBuilder

CONTENT_DIR = Path(__file__).parent / "content"
NAMESPACE = uuid.UUID("7d2f8c61-3f0e-4f0e-9d0a-1c5a6b7e9a10")
# How long a verified page stays fresh at least (it is due REVIEW_CYCLE after its review),
# and how soon an unverified one falls due.
MIN_FRESH = datetime.timedelta(days=120)
UNVERIFIED_REVIEW = datetime.timedelta(days=90)
PAGE_KEYS = {"key", "type", "section", "visibility", "status", "reviewed", "needs_review"}
PAGE_KEYS |= {"topics", "audiences", "regions", "steps", "events"}

__all__ = ["DemoContentError", "DemoLoader", "LoadReport"]


def asked_as(text: dict) -> str:
    """A language table's ``asked_as`` list as the field stores it (one per line), checked by
    the field's own rules (kb.guidance.phrasings)."""
    phrasings = [" ".join(str(p).split()) for p in text.get("asked_as", [])]
    found = phrasing_problems(phrasings)
    if found:
        raise DemoContentError(": asked_as: " + "; ".join(found))
    return "\n".join(phrasings)


SOURCE_KEYS = {"title", "url", "accessed"}


def sources(text: dict) -> list[PageSource]:
    """A language table's ``sources`` list (title, url, optional accessed date) as the
    page's source rows, each checked as the editor's form would check it."""
    rows = []
    for n, item in enumerate(text.get("sources", [])):
        unknown = set(item) - SOURCE_KEYS
        accessed = item.get("accessed")
        if unknown or accessed is not None and not isinstance(accessed, datetime.date):
            raise DemoContentError(f": sources[{n}]: unknown keys {sorted(unknown)} or no date")
        row = PageSource(title=item.get("title", ""), url=item.get("url", ""))
        row.accessed_on = accessed
        try:
            row.clean_fields(exclude=["page"])
        except ValidationError as error:
            raise DemoContentError(f": sources[{n}]: {error}") from None
        rows.append(row)
    return rows


def key_uuid(kind: str, key: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"{kind}:{key}")


@dataclass
class LoadReport:
    created: dict[str, int] = field(default_factory=dict)

    def count(self, kind: str) -> None:
        self.created[kind] = self.created.get(kind, 0) + 1

    @property
    def total(self) -> int:
        return sum(self.created.values())


class DemoLoader:
    def __init__(self, today: datetime.date | None = None, content_dir: Path = CONTENT_DIR):
        self.today = today or timezone.localdate()
        self.content_dir = Path(content_dir)
        self.report = LoadReport()
        self.languages = language_codes()
        self.locales: dict[str, Locale] = {}
        self.owner: AbstractBaseUser | None = None
        self.images: dict[str, Any] = {}

    @transaction.atomic
    def load(self) -> LoadReport:
        self.locales = {
            code: Locale.objects.get_or_create(language_code=code)[0] for code in self.languages
        }
        self.owner = self._content_owner()
        self._load_images()
        with self._reading("taxonomy.toml") as taxonomy:
            for model, name in ((Topic, "topics"), (Audience, "audiences"), (Region, "regions")):
                self._load_terms(model, taxonomy[name])
            self._load_legal_references(taxonomy["legal_references"])
        with self._reading("services.toml") as services:
            self._load_organizations(services["organizations"])
            for data in services["services"]:
                for lang in self.languages:
                    self._load_service(data, lang)
        with self._reading("home.toml") as home:
            homes = self._load_homes(home)
        with self._reading("sections.toml") as sections:
            section_pages = self._load_sections(sections["sections"], homes)
        for path in sorted(self.content_dir.glob("pages/**/*.toml")):
            with self._reading(path.relative_to(self.content_dir)) as page:
                self._load_page(page, path, section_pages)
        return self.report

    # -- files and lookups -------------------------------------------------------------

    def _name(self, path: Path) -> str:
        return str(path.relative_to(self.content_dir.parent))

    @contextmanager
    def _reading(self, relative: str | Path) -> Iterator[dict]:
        """The data of one file; any problem with it is reported under the file's name."""
        path = self.content_dir / relative
        try:
            with path.open("rb") as file:
                yield tomllib.load(file)
        except DemoContentError as error:
            raise DemoContentError(f"{self._name(path)}{error}") from None
        except tomllib.TOMLDecodeError as error:
            raise DemoContentError(f"{self._name(path)}: {error}") from None
        except (KeyError, TypeError) as error:
            raise DemoContentError(f"{self._name(path)}: missing or unknown {error}") from None
        except ValidationError as error:
            raise DemoContentError(f"{self._name(path)}: {error}") from None

    def _save(self, obj: Any) -> None:
        obj.full_clean()
        obj.save()
        self.report.count(obj._meta.model_name)

    def _get_or_new(self, model: type[Any], key: str, lang: str, **fields: Any) -> tuple[Any, bool]:
        """The existing object for (key, lang), or an unsaved new one."""
        kind = model._meta.model_name
        lookup = {"translation_key": key_uuid(kind, key), "locale": self.locales[lang]}
        obj = model.objects.filter(**lookup).first()
        return (obj, False) if obj is not None else (model(**lookup, **fields), True)

    def _snippet_pk(self, model: type[Any], key: str, lang: str) -> int | None:
        if model is get_image_model():
            image = self.images.get(key)
            return image.pk if image is not None else None
        lookup = {"translation_key": key_uuid(model._meta.model_name, key)}
        found = model.objects.filter(**lookup, locale=self.locales[lang])
        return found.values_list("pk", flat=True).first()

    def _terms(self, model: type[Any], codes: list[str], lang: str) -> list[Any]:
        found = {t.code: t for t in model.objects.filter(code__in=codes, locale=self.locales[lang])}
        for code in codes:
            if code not in found:
                raise KeyError(f"{model._meta.model_name} {code!r}")
        return [found[code] for code in codes]

    # -- people, taxonomy, services ----------------------------------------------------

    def _content_owner(self) -> AbstractBaseUser:
        user, created = get_user_model().objects.get_or_create(
            username="redakce",
            defaults={
                "first_name": "Redakce",
                "last_name": "IC Praha",
                "email": "redakce@example.invalid",
                "is_active": False,
            },
        )
        if created:
            user.set_unusable_password()
            user.save()
            editors = Group.objects.filter(name="Editors").first()
            if editors:
                user.groups.add(editors)
            self.report.count("users")
        return user

    def _load_terms(self, model: type[Any], terms: list[dict]) -> None:
        for term in terms:
            extra = {"is_professional": term["professional"]} if model is Audience else {}
            for lang in self.languages:
                obj, new = self._get_or_new(
                    model, term["code"], lang, code=term["code"], name=term[lang], **extra
                )
                if new:
                    obj.save()
                    self.report.count(model._meta.model_name)

    def _load_legal_references(self, references: list[dict]) -> None:
        for ref in references:
            for lang in self.languages:
                obj, new = self._get_or_new(
                    LegalReference,
                    ref["key"],
                    lang,
                    act_number=ref["act_number"],
                    act_year=ref["act_year"],
                    section=ref["section"],
                    short_title=ref[lang],
                    official_url=ref["url"],
                    current_as_of=ref["current_as_of"],
                    needs_verification=ref.get("needs_verification", False),
                )
                if new:
                    self._save(obj)

    def _load_organizations(self, organizations: list[dict]) -> None:
        for org in organizations:
            for lang in self.languages:
                obj, new = self._get_or_new(
                    Organization,
                    org["key"],
                    lang,
                    code=org["key"],
                    name=org["name"],
                    description=org[lang]["description"],
                    website=org["url"],
                    email=org["email"],
                )
                if new:
                    self._save(obj)
                if obj.logo_id is None:  # an organisation without a logo gets its demo mark
                    obj.logo = self._logo(org)
                    obj.save(update_fields=["logo"])

    def _load_images(self) -> None:
        for key, (title, draw) in DIAGRAMS.items():
            image, new = saved_image(title, f"{key}.png", draw)
            self.images[key] = image
            if new:
                self.report.count("image")

    def _logo(self, org: dict) -> AbstractImage:
        image, new = saved_image(
            f"Logo: {org['name']}", f"logo-{org['key']}.png", lambda: logo_mark(org["name"])
        )
        if new:
            self.report.count("image")
        return image

    def _load_service(self, data: dict, lang: str) -> None:
        text = data[lang]
        service, new = self._get_or_new(
            Service,
            data["key"],
            lang,
            code=data["key"],
            organization=Organization.objects.get(
                code=data["organization"], locale=self.locales[lang]
            ),
            name=text["name"],
            category=data["category"],
            description=text["description"],
            asked_as=asked_as(text),
            url=data["url"],
            email=data["email"],
            is_nonstop=data["schedule"] == "nonstop",
            eligibility_description=text.get("eligibility", ""),
            minimum_age=data.get("min_age"),
            maximum_age=data.get("max_age"),
            is_free=data["free"],
            fees_description=text.get("fees", ""),
            languages=data["languages"],
            last_verified=data["last_verified"],
            needs_verification=data.get("needs_verification", False),
        )
        if not new:
            return
        service.phones = [
            Phone(
                number=p["number"],
                kind=p["kind"],
                description=p.get(lang, ""),
                is_nonstop=p["nonstop"],
                is_free=p["free"],
            )
            for p in data["phones"]
        ]
        if "location" in data:
            service.locations = [Location(**data["location"])]
        if isinstance(data["schedule"], list):
            service.schedules = [
                Schedule(
                    weekday=day,
                    opens_at=datetime.time.fromisoformat(s["opens"]),
                    closes_at=datetime.time.fromisoformat(s["closes"]),
                )
                for s in data["schedule"]
                for day in s["days"]
            ]
        service.service_areas = self._terms(Region, data["areas"], lang)
        service.topics = self._terms(Topic, data["topics"], lang)
        service.audiences = self._terms(Audience, data["audiences"], lang)
        self._save(service)

    # -- page tree ---------------------------------------------------------------------

    def _add_page(
        self,
        parent: Page,
        model: type[Page],
        key: str,
        lang: str,
        live: bool = True,
        **fields: Any,
    ) -> Page:
        page = model(
            translation_key=key_uuid("page", key),
            locale=self.locales[lang],
            live=live,
            owner=self.owner,
            **fields,
        )
        parent.add_child(instance=page)
        revision = page.save_revision(user=self.owner, log_action=True)
        if live:
            revision.publish(user=self.owner, skip_permission_checks=True)
        self.report.count(f"page:{lang}")
        return page

    def _existing(self, model: type[Page], key: str, lang: str) -> Page | None:
        lookup = {"translation_key": key_uuid("page", key), "locale": self.locales[lang]}
        return model.objects.filter(**lookup).first()

    def _load_homes(self, home: dict) -> dict[str, HomePage]:
        root = Page.get_first_root_node()
        homes = {}
        for lang in self.languages:
            page = HomePage.objects.filter(locale=self.locales[lang]).first()
            if page is None:
                page = self._add_page(root, HomePage, "home", lang, **home[lang])
                if lang == DEFAULT_LANGUAGE:
                    self._make_default_site(page)
            homes[lang] = page
        return homes

    def _make_default_site(self, home: HomePage) -> None:
        site = Site.objects.filter(is_default_site=True).first()
        welcome = site.root_page if site else None
        Site.objects.update_or_create(
            is_default_site=True,
            defaults={
                "hostname": "localhost",
                "port": 80,
                "root_page": home,
                "site_name": home.title,
            },
        )
        if welcome and not isinstance(welcome.specific, HomePage):
            welcome.delete()

    def _load_sections(
        self, sections: list[dict], homes: dict[str, HomePage]
    ) -> dict[tuple[str, str], Page]:
        result = {}
        for section in sections:
            key = "section-" + section["key"]
            for lang in self.languages:
                page = self._existing(GuidanceIndexPage, key, lang)
                if page is None:
                    text = section[lang]
                    page = self._add_page(
                        homes[lang],
                        GuidanceIndexPage,
                        key,
                        lang,
                        title=text["title"],
                        slug=text["slug"],
                        intro=f"<p>{text['intro']}</p>",
                    )
                result[(section["key"], lang)] = page
        return result

    def _load_page(self, data: dict, path: Path, sections: dict[tuple[str, str], Page]) -> None:
        unknown = set(data) - PAGE_KEYS - set(self.languages)
        models = page_models()  # a file's `type` is the page type ("guidance", "procedure")
        if unknown or data.get("type") not in models:
            raise DemoContentError(f": unknown keys {sorted(unknown)} or page type")
        model = models[data["type"]]
        for lang in self.languages:
            if lang not in data:
                continue
            try:
                fields = self._page_fields(model, data, lang)
                if self._existing(KnowledgePage, data["key"], lang) is None:
                    parent = sections[(data["section"], lang)]
                    live = data["status"] == "live"
                    self._add_page(parent, model, data["key"], lang, live=live, **fields)
            except DemoContentError as error:
                raise DemoContentError(f" ({lang}){error}") from None
            except (KeyError, TypeError) as error:
                raise DemoContentError(f" ({lang}): missing or unknown {error}") from None
            except ValidationError as error:
                raise DemoContentError(f" ({lang}): {error}") from None

    def _page_fields(self, model: type[KnowledgePage], data: dict, lang: str) -> dict:
        streams = StreamBuilder(
            id_prefix=f"{data['key']}/{lang}",
            namespace=NAMESPACE,
            snippet_pk=lambda model, key: self._snippet_pk(model, key, lang),
        )
        text, reviewed = data[lang], data["reviewed"]
        if data.get("needs_review"):
            next_due = reviewed + UNVERIFIED_REVIEW
        else:
            next_due = max(reviewed + REVIEW_CYCLE, self.today + MIN_FRESH)
        fields = {
            "title": text["title"],
            "slug": text["slug"],
            "summary": text["summary"],
            "asked_as": asked_as(text),
            "sources": sources(text),
            "body": streams.build(model._meta.get_field("body"), text["body"]),
            **self._illustration(text.get("illustration")),
            "visibility": data["visibility"],
            "content_owner": self.owner,
            "last_reviewed": reviewed,
            "next_review_due": next_due,
            "topics": self._terms(Topic, data["topics"], lang),
            "audiences": self._terms(Audience, data["audiences"], lang),
            "regions": self._terms(Region, data["regions"], lang),
        }
        if model.page_type == PageType.PROCEDURE:
            steps = [{"type": "step", "value": self._step(s, lang)} for s in data["steps"]]
            fields["steps"] = streams.build(model._meta.get_field("steps"), steps)
            events = [
                {"type": "event", "value": self._event(e, lang)} for e in data.get("events", [])
            ]
            fields["events"] = streams.build(model._meta.get_field("events"), events)
            found = deadlines.problems(
                [b.value for b in fields["steps"]],
                deadlines.events_from(b.value for b in fields["events"]),
            )
            if found:
                raise DemoContentError(
                    ": " + "; ".join(f"steps[{n - 1}].time_limit: {text}" for n, _c, text in found)
                )
        elif "steps" in data or "events" in data:
            raise DemoContentError(": only procedure pages have steps and events")
        return fields

    def _illustration(self, data: dict | None) -> dict:
        if not data:
            return {}
        if data.get("image") not in self.images:
            raise DemoContentError(f": illustration: no image with key {data.get('image')!r}")
        return {"illustration": self.images[data["image"]], "illustration_alt": data["alt"]}

    def _step(self, step: dict, lang: str) -> dict:
        """A bilingual procedure step from a data file, in ProcedureStepBlock's shape."""
        value = {k: v for k, v in step.items() if k not in ("time_limit", *self.languages)}
        value.update(step.get(lang, {}))
        if "time_limit" in step:
            value["time_limit"] = dict(step["time_limit"])
        return value

    def _event(self, event: dict, lang: str) -> dict:
        """A procedure event from a data file: a code, a label per language, and whether it
        happens at the moment the reader enters."""
        value = {k: v for k, v in event.items() if k not in self.languages}
        value["label"] = event.get(lang, "")
        return value
