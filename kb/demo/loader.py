"""Builds the demo site from the data modules beside this file.

Idempotent: every object gets a translation key derived from its data key, and whatever
already exists is left as it is (editors' changes survive a second run)."""

import datetime
import json
import uuid
from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils import timezone
from wagtail.models import Locale, Page, Site

from home.models import HomePage
from kb.guidance.models import GuidanceIndexPage, GuidancePage, KnowledgePage, ProcedurePage
from kb.languages import language_codes
from kb.services.models import Location, Organization, Phone, Schedule, Service
from kb.taxonomy.models import Audience, LegalReference, Region, Topic

from . import pages_procedures, pages_rights, sections, services, taxonomy

NAMESPACE = uuid.UUID("7d2f8c61-3f0e-4f0e-9d0a-1c5a6b7e9a10")
LOCALES = tuple(language_codes())
# How long a verified page stays fresh, and how soon an unverified one falls due.
REVIEW_CYCLE = datetime.timedelta(days=365)
MIN_FRESH = datetime.timedelta(days=120)
UNVERIFIED_REVIEW = datetime.timedelta(days=90)

HOME = {
    "cs": {
        "title": "Intervenční centrum Praha",
        "slug": "ic-praha",
        "intro": "<p>Znalostní báze pro odborníky a ohrožené osoby: postupy při vykázání, "
        "práva, lhůty, právní úprava a navazující služby.</p>",
        "emergency_note": "V ohrožení volejte 158 nebo 112. Linka 116 006 je nonstop a zdarma.",
    },
    "en": {
        "title": "Intervention Centre Prague",
        "slug": "ic-prague",
        "intro": "<p>Knowledge base for professionals and endangered persons: the expulsion "
        "procedure, rights, deadlines, legal basis and follow-up services.</p>",
        "emergency_note": "In danger call 158 or 112. The 116 006 line is free and nonstop.",
    },
}


def key_uuid(kind: str, key: str) -> uuid.UUID:
    return uuid.uuid5(NAMESPACE, f"{kind}:{key}")


def _date(value: str) -> datetime.date:
    return datetime.date.fromisoformat(value)


@dataclass
class LoadReport:
    created: dict[str, int] = field(default_factory=dict)

    def count(self, kind: str) -> None:
        self.created[kind] = self.created.get(kind, 0) + 1

    @property
    def total(self) -> int:
        return sum(self.created.values())


class DemoLoader:
    def __init__(self, today: datetime.date | None = None):
        self.today = today or timezone.localdate()
        self.report = LoadReport()
        self.locales: dict[str, Locale] = {}
        self.owner = None

    # -- entry point -------------------------------------------------------------------

    @transaction.atomic
    def load(self) -> LoadReport:
        self.locales = {
            code: Locale.objects.get_or_create(language_code=code)[0] for code in LOCALES
        }
        self.owner = self._content_owner()
        for model, terms in (
            (Topic, taxonomy.TOPICS),
            (Audience, taxonomy.AUDIENCES),
            (Region, taxonomy.REGIONS),
        ):
            self._load_terms(model, terms)
        self._load_legal_references()
        self._load_services()
        homes = self._load_homes()
        section_pages = self._load_sections(homes)
        for page_data in pages_rights.PAGES + pages_procedures.PAGES:
            self._load_page(page_data, section_pages)
        return self.report

    # -- people and taxonomy -----------------------------------------------------------

    def _content_owner(self):
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

    def _get_or_new(self, model, kind: str, key: str, lang: str, **fields):
        obj = model.objects.filter(
            translation_key=key_uuid(kind, key), locale=self.locales[lang]
        ).first()
        if obj is not None:
            return obj, False
        obj = model(translation_key=key_uuid(kind, key), locale=self.locales[lang], **fields)
        return obj, True

    def _load_terms(self, model, terms):
        kind = model._meta.model_name
        for term in terms:
            for lang in LOCALES:
                extra = {"is_professional": term["professional"]} if model is Audience else {}
                obj, new = self._get_or_new(
                    model, kind, term["code"], lang, code=term["code"], name=term[lang], **extra
                )
                if new:
                    obj.save()
                    self.report.count(kind)

    def _term(self, model, code: str, lang: str):
        return model.objects.get(code=code, locale=self.locales[lang])

    def _load_legal_references(self):
        for ref in taxonomy.LEGAL_REFERENCES:
            for lang in LOCALES:
                obj, new = self._get_or_new(
                    LegalReference,
                    "legalreference",
                    ref["key"],
                    lang,
                    act_number=ref["act_number"],
                    act_year=ref["act_year"],
                    section=ref["section"],
                    short_title=ref[lang],
                    official_url=ref["url"],
                    current_as_of=_date(ref["current_as_of"]),
                    needs_verification=ref.get("needs_verification", False),
                )
                if new:
                    obj.full_clean()
                    obj.save()
                    self.report.count("legalreference")

    def _legal_reference(self, key: str, lang: str) -> LegalReference:
        return LegalReference.objects.get(
            translation_key=key_uuid("legalreference", key), locale=self.locales[lang]
        )

    # -- services ----------------------------------------------------------------------

    def _load_services(self):
        for org in services.ORGANIZATIONS:
            for lang in LOCALES:
                obj, new = self._get_or_new(
                    Organization,
                    "organization",
                    org["key"],
                    lang,
                    code=org["key"],
                    name=org["name"],
                    description=org[lang]["description"],
                    website=org["url"],
                    email=org["email"],
                )
                if new:
                    obj.full_clean()
                    obj.save()
                    self.report.count("organization")
        for data in services.SERVICES:
            for lang in LOCALES:
                self._load_service(data, lang)

    def _load_service(self, data: dict, lang: str) -> None:
        text = data[lang]
        service, new = self._get_or_new(
            Service,
            "service",
            data["key"],
            lang,
            code=data["key"],
            organization=Organization.objects.get(
                code=data["organization"], locale=self.locales[lang]
            ),
            name=text["name"],
            category=data["category"],
            description=text["description"],
            url=data["url"],
            email=data["email"],
            is_nonstop=data["schedule"] == "nonstop",
            eligibility_description=text.get("eligibility", ""),
            minimum_age=data.get("min_age"),
            maximum_age=data.get("max_age"),
            is_free=data["free"],
            fees_description=text.get("fees", ""),
            languages=data["languages"],
            last_verified=_date(data["last_verified"]),
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
        if data["location"]:
            loc = data["location"]
            service.locations = [
                Location(
                    address=loc["address"], city=loc["city"], postal_code=loc.get("postal_code", "")
                )
            ]
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
        service.service_areas = [self._term(Region, c, lang) for c in data["areas"]]
        service.topics = [self._term(Topic, c, lang) for c in data["topics"]]
        service.audiences = [self._term(Audience, c, lang) for c in data["audiences"]]
        service.full_clean()
        service.save()
        self.report.count("service")

    def _service(self, key: str, lang: str) -> Service:
        return Service.objects.get(code=key, locale=self.locales[lang])

    # -- page tree ---------------------------------------------------------------------

    def _load_homes(self) -> dict[str, HomePage]:
        root = Page.get_first_root_node()
        cs_home = HomePage.objects.filter(locale=self.locales["cs"]).first()
        if cs_home is None:
            cs_home = self._add_page(root, HomePage, "home", "cs", **HOME["cs"])
            site = Site.objects.filter(is_default_site=True).first()
            welcome = site.root_page if site else None
            Site.objects.update_or_create(
                is_default_site=True,
                defaults={
                    "hostname": "localhost",
                    "port": 80,
                    "root_page": cs_home,
                    "site_name": "Intervenční centrum Praha",
                },
            )
            if welcome and not isinstance(welcome.specific, HomePage):
                welcome.delete()
        en_home = HomePage.objects.filter(locale=self.locales["en"]).first()
        if en_home is None:
            en_home = self._add_page(root, HomePage, "home", "en", cs_twin=cs_home, **HOME["en"])
        return {"cs": cs_home, "en": en_home}

    def _load_sections(self, homes) -> dict[tuple[str, str], GuidanceIndexPage]:
        result = {}
        for section in sections.SECTIONS:
            for lang in LOCALES:
                text = section[lang]
                page = GuidanceIndexPage.objects.filter(
                    translation_key=key_uuid("page", "section-" + section["key"]),
                    locale=self.locales[lang],
                ).first()
                if page is None:
                    page = self._add_page(
                        homes[lang],
                        GuidanceIndexPage,
                        "section-" + section["key"],
                        lang,
                        title=text["title"],
                        slug=text["slug"],
                        intro=f"<p>{text['intro']}</p>",
                    )
                result[(section["key"], lang)] = page
        return result

    def _add_page(self, parent, model, key, lang, live=True, cs_twin=None, **fields):
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

    def _load_page(self, data: dict, section_pages) -> None:
        model = ProcedurePage if data["type"] == "procedure" else GuidancePage
        for lang in LOCALES:
            text = data.get(lang)
            if text is None:
                continue
            exists = KnowledgePage.objects.filter(
                translation_key=key_uuid("page", data["key"]), locale=self.locales[lang]
            ).exists()
            if exists:
                continue
            reviewed = _date(data["reviewed"])
            if data.get("needs_review"):
                next_due = reviewed + UNVERIFIED_REVIEW
            else:
                next_due = max(reviewed + REVIEW_CYCLE, self.today + MIN_FRESH)
            fields = {
                "title": text["title"],
                "slug": text["slug"],
                "summary": text["summary"],
                "body": json.dumps(self._body(text["body"], lang)),
                "visibility": data["visibility"],
                "content_owner": self.owner,
                "last_reviewed": reviewed,
                "next_review_due": next_due,
                "topics": [self._term(Topic, c, lang) for c in data["topics"]],
                "audiences": [self._term(Audience, c, lang) for c in data["audiences"]],
                "regions": [self._term(Region, c, lang) for c in data["regions"]],
            }
            if model is ProcedurePage:
                fields["steps"] = json.dumps(self._steps(data["steps"], lang))
            self._add_page(
                section_pages[(data["section"], lang)],
                model,
                data["key"],
                lang,
                live=data["status"] == "live",
                **fields,
            )

    # -- StreamField raw data ----------------------------------------------------------

    def _block_id(self, *parts) -> str:
        return str(uuid.uuid5(NAMESPACE, "/".join(str(p) for p in parts)))

    def _list(self, items, *id_parts):
        return [
            {"type": "item", "value": v, "id": self._block_id(*id_parts, i)}
            for i, v in enumerate(items)
        ]

    def _body(self, blocks, lang):
        raw = []
        for i, (block_type, value) in enumerate(blocks):
            if block_type == "steps":
                value = self._list(value, "steps", lang, i, len(blocks))
            elif block_type == "contact":
                value = {"service": self._service(value["service"], lang).pk}
            elif block_type == "legal_reference":
                value = {
                    "reference": self._legal_reference(value["reference"], lang).pk,
                    "note": value.get("note", ""),
                }
            raw.append(
                {
                    "type": block_type,
                    "value": value,
                    "id": self._block_id("body", lang, i, json.dumps(value, sort_keys=True)),
                }
            )
        return raw

    def _steps(self, steps, lang):
        raw = []
        for i, step in enumerate(steps):
            limit = step.get("time_limit")
            value = {
                "actor": step["actor"],
                "title": step[lang]["title"],
                "time_limit": {
                    "amount": limit["amount"] if limit else None,
                    "unit": limit["unit"] if limit else "",
                    "starts_from": limit.get(lang, "") if limit else "",
                },
                "text": step[lang]["text"],
                "legal_basis": self._list(
                    [self._legal_reference(k, lang).pk for k in step.get("legal_basis", [])],
                    "basis",
                    lang,
                    i,
                    step[lang]["title"],
                ),
            }
            raw.append(
                {
                    "type": "step",
                    "value": value,
                    "id": self._block_id("step", lang, i, step[lang]["title"]),
                }
            )
        return raw
