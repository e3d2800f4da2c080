"""The services directory: filters, opening hours, emergency contacts."""

import datetime

import pytest
from django.utils import timezone

from kb.api.services.selectors import service_list
from kb.services.models import Schedule, Service

from .conftest import error_codes

SERVICES = """query($locale: String, $filters: ServiceFilter, $first: Int, $after: String) {
  services(locale: $locale, filters: $filters, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { code name locale category isNonstop isOpenNow languages
      organization { name } phones { number kind isNonstop isFree }
      locations { address city } openingHours { weekday opens closes }
      eligibility { description minimumAge maximumAge } cost { isFree description }
      serviceAreas { code } audiences { code } topics { code } lastVerified needsVerification } }
  }
}"""


def codes(data):
    return [e["node"]["code"] for e in data["services"]["edges"]]


def test_services_list_active_services_of_one_locale(gql):
    data = gql.data(SERVICES, {"first": 50})
    assert data["services"]["totalCount"] == 18
    assert {e["node"]["locale"] for e in data["services"]["edges"]} == {"cs"}
    Service.objects.filter(code="dona-line").update(is_active=False)
    assert "dona-line" not in codes(gql.data(SERVICES, {"first": 50}))


def test_services_filter_by_category_region_audience_and_language(gql):
    emergency = gql.data(SERVICES, {"filters": {"category": ["EMERGENCY"]}, "first": 50})
    assert set(codes(emergency)) == set(
        Service.objects.filter(locale__language_code="cs", category="emergency").values_list(
            "code", flat=True
        )
    )
    assert all(e["node"]["category"] == "EMERGENCY" for e in emergency["services"]["edges"])
    praha = gql.data(SERVICES, {"filters": {"region": ["praha"]}, "first": 50})
    areas = [{a["code"] for a in e["node"]["serviceAreas"]} for e in praha["services"]["edges"]]
    assert all(area & {"praha", "cz"} for area in areas)
    # a service for the whole country serves Prague too
    assert {"ic-praha", "bkb-116006", "police-158"} <= set(codes(praha))
    children = gql.data(SERVICES, {"filters": {"audience": ["endangered-person"]}, "first": 50})
    assert children["services"]["totalCount"] > 0

    Service.objects.filter(code="bkb-116006").update(languages=["cs", "uk"])
    ukrainian = gql.data(SERVICES, {"filters": {"language": ["uk"]}, "first": 50})
    assert codes(ukrainian) == ["bkb-116006"]
    assert error_codes(gql.post(SERVICES, {"filters": {"language": ["%"]}}).json()) == [
        "BAD_USER_INPUT"
    ]


def test_open_now_matches_each_services_own_opening_rule(gql):
    now = timezone.localtime()
    open_codes = set(codes(gql.data(SERVICES, {"filters": {"openNow": True}, "first": 50})))
    closed_codes = set(codes(gql.data(SERVICES, {"filters": {"openNow": False}, "first": 50})))
    expected = {
        s.code
        for s in Service.objects.filter(locale__language_code="cs", is_active=True)
        if s.is_open_at(now)
    }
    unknown = {
        s.code
        for s in Service.objects.filter(locale__language_code="cs", is_active=True)
        if s.is_open_at(now) is None
    }
    assert open_codes == expected
    assert open_codes.isdisjoint(closed_codes)
    assert unknown and unknown.isdisjoint(open_codes | closed_codes)
    assert len(open_codes | closed_codes | unknown) == 18


@pytest.fixture
def tuesday_morning(monkeypatch):
    """A fixed clock: Tuesday 2 December 2025, 10:00 in Prague."""
    moment = timezone.make_aware(datetime.datetime(2025, 12, 2, 10, 0))
    monkeypatch.setattr(timezone, "now", lambda: moment)
    return moment


def test_intervention_centre_is_open_on_a_tuesday_morning(gql, tuesday_morning):
    data = gql.data(SERVICES, {"filters": {"openNow": True, "region": ["praha"]}, "first": 50})
    nodes = {e["node"]["code"]: e["node"] for e in data["services"]["edges"]}
    assert nodes["ic-praha"]["isOpenNow"] is True
    hours = nodes["ic-praha"]["openingHours"]
    assert len(hours) == 5 and {(h["opens"], h["closes"]) for h in hours} == {("08:00", "16:00")}
    assert nodes["acorus-helpline"]["isOpenNow"] is True  # nonstop
    assert "profem-counselling" not in nodes  # hours unknown


def test_unknown_hours_are_null_not_closed(gql, tuesday_morning):
    query = "{ services(first: 50) { edges { node { code isOpenNow } } } }"
    nodes = {e["node"]["code"]: e["node"] for e in gql.data(query)["services"]["edges"]}
    assert nodes["profem-counselling"]["isOpenNow"] is None
    assert nodes["ospod-praha"]["isOpenNow"] is False  # office days are Monday and Wednesday
    closed = gql.data(SERVICES, {"filters": {"openNow": False}, "first": 50})
    assert set(codes(closed)) == {"ospod-praha"}


@pytest.mark.parametrize(
    ("moment", "is_open"),
    [
        (datetime.datetime(2025, 11, 3, 10, 0), True),  # a Monday morning
        (datetime.datetime(2025, 11, 3, 16, 0), False),  # closing time is exclusive
        (datetime.datetime(2025, 11, 2, 10, 0), False),  # a Sunday
    ],
)
def test_open_now_in_sql_follows_the_schedules(db, moment, is_open):
    service = Service.objects.get(code="ospod-praha", locale__language_code="cs")
    Schedule.objects.filter(service=service).delete()
    Schedule.objects.create(
        service=service, weekday=1, opens_at=datetime.time(8), closes_at=datetime.time(16)
    )
    aware = timezone.make_aware(moment)
    open_now = service_list(locale="cs", open_now=True, now=aware)
    assert (service in open_now) is is_open
    assert service.is_open_at(aware) is is_open


def test_service_fields(gql):
    data = gql.data(SERVICES, {"filters": {"category": ["EMERGENCY"]}, "first": 50})
    police = next(e["node"] for e in data["services"]["edges"] if e["node"]["code"] == "police-158")
    assert police["isNonstop"] is True and police["isOpenNow"] is True
    assert police["phones"] == [
        {"number": "158", "kind": "EMERGENCY", "isNonstop": True, "isFree": True}
    ]
    assert police["cost"]["isFree"] is True
    assert police["openingHours"] == []


def test_emergency_contacts_put_emergency_numbers_first(gql):
    contacts = gql.data('{ emergencyContacts(locale: "en") { code category phones { number } } }')[
        "emergencyContacts"
    ]
    categories = [c["category"] for c in contacts]
    assert set(categories) == {"EMERGENCY", "HELPLINE"}
    assert categories == sorted(categories, key=lambda c: c != "EMERGENCY")
    assert {"number": "112"} in [p for c in contacts for p in c["phones"]]
