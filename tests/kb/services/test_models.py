import datetime
import re
import tomllib
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.urls import reverse
from wagtail.models import Locale
from wagtail.test.utils.form_data import inline_formset, nested_form_data

from kb.services.models import Organization, Phone, Schedule, Service

ROOT = Path(__file__).resolve().parents[3]
# Czech numbers as written in texts: 9 digits in groups (283 892 772, 800 60 50 80)
DIGIT_GROUPS = re.compile(r"\d+(?: \d+)*")

pytestmark = pytest.mark.django_db


def _service(**overrides):
    fields = {
        "code": "test-service",
        "name": "Poradna",
        "category": "counselling",
        "description": "Pomoc.",
        "last_verified": datetime.date(2025, 10, 1),
        "organization": Organization.objects.filter(locale=Locale.get_default()).first(),
        "locale": Locale.get_default(),
    }
    fields.update(overrides)
    return Service(**fields)


def test_age_limits_must_make_sense():
    with pytest.raises(ValidationError) as error:
        _service(minimum_age=18, maximum_age=16).full_clean()
    assert "maximum_age" in error.value.message_dict


def test_paid_service_must_say_what_it_costs():
    with pytest.raises(ValidationError) as error:
        _service(is_free=False).full_clean()
    assert "fees_description" in error.value.message_dict


def test_open_now_follows_the_schedule_and_nonstop_lines():
    service = _service()
    service.schedules = [
        Schedule(weekday=1, opens_at=datetime.time(8), closes_at=datetime.time(16))
    ]
    monday_noon = datetime.datetime(2025, 11, 3, 12, 0)
    assert service.is_open_at(monday_noon)
    assert not service.is_open_at(monday_noon.replace(hour=17))
    assert not service.is_open_at(monday_noon + datetime.timedelta(days=1))
    assert _service(is_nonstop=True).is_open_at(monday_noon.replace(hour=3))
    assert _service().is_open_at(monday_noon) is None  # hours unknown


def test_tel_links_dial_from_abroad_and_short_codes_stay_short():
    assert Phone(number="283 892 772").tel_uri == "tel:+420283892772"
    assert Phone(number="+420 283 892 772").tel_uri == "tel:+420283892772"
    assert Phone(number="00420 283 892 772").tel_uri == "tel:+420283892772"
    assert Phone(number="116 006").tel_uri == "tel:116006"
    assert Phone(number="158").tel_uri == "tel:158"


def test_phone_numbers_named_in_a_description_are_structured_phones():
    """A number a reader is told to call is a tel: link on the service (the European 116
    lines, services of their own, may be named as where something moved)."""
    every = {re.sub(r"\D", "", p.number) for p in Phone.objects.all()}
    for service in Service.objects.prefetch_related("phones"):
        numbers = {re.sub(r"\D", "", p.number) for p in service.phones.all()}
        for named in DIGIT_GROUPS.findall(service.description):
            digits = named.replace(" ", "")
            if len(digits) == 9:
                assert digits in numbers, (service.code, named)
            elif len(digits) == 6 and digits.startswith("116"):
                assert digits in every, (service.code, named)


def test_every_demo_service_says_when_it_is_open_or_that_it_is_unknown():
    data = tomllib.loads((ROOT / "kb/demo/content/services.toml").read_text(encoding="utf-8"))
    for service in data["services"]:
        schedule = service["schedule"]
        assert schedule == "nonstop" or isinstance(schedule, list), service["key"]
    shaped = [s for s in data["services"] if s["schedule"]]
    assert len(shaped) >= len(data["services"]) - 3


def test_editor_adds_a_service_with_phones_in_the_admin(client, superuser):
    client.force_login(superuser)
    org = Organization.objects.filter(locale=Locale.get_default()).first()
    data = nested_form_data(
        {
            "name": "Nová poradna",
            "code": "nova-poradna",
            "organization": org.pk,
            "category": "counselling",
            "description": "Poradenství po vykázání.",
            "phones": inline_formset(
                [
                    {
                        "number": "+420 123 456 789",
                        "kind": "voice",
                        "description": "",
                        "is_nonstop": "",
                        "is_free": "",
                    }
                ]
            ),
            "locations": inline_formset([]),
            "schedules": inline_formset([]),
            "eligibility_description": "",
            "minimum_age": "16",
            "maximum_age": "",
            "is_free": "on",
            "fees_description": "",
            "service_areas": [],
            "topics": [],
            "audiences": [],
            "last_verified": "2025-11-01",
            "is_active": "on",
        }
    )
    data["languages"] = ["cs", "en"]
    response = client.post(reverse("wagtailsnippets_services_service:add"), data)
    assert response.status_code == 302, response.content.decode()[:3000]
    service = Service.objects.get(code="nova-poradna")
    assert [p.tel_uri for p in service.phones.all()] == ["tel:+420123456789"]
    assert service.languages == ["cs", "en"]


def test_phone_without_digits_is_rejected_in_the_admin(client, superuser):
    client.force_login(superuser)
    org = Organization.objects.filter(locale=Locale.get_default()).first()
    data = nested_form_data(
        {
            "name": "Chybná",
            "code": "chybna",
            "organization": org.pk,
            "category": "helpline",
            "description": "x",
            "phones": inline_formset([{"number": "nonstop", "kind": "helpline"}]),
            "locations": inline_formset([]),
            "schedules": inline_formset([]),
            "is_free": "on",
            "last_verified": "2025-11-01",
            "is_active": "on",
        }
    )
    response = client.post(reverse("wagtailsnippets_services_service:add"), data)
    assert response.status_code == 200
    assert "Telefonní číslo musí obsahovat číslice." in response.content.decode()
    assert not Service.objects.filter(code="chybna").exists()
