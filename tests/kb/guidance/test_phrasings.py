"""How people ask: phrasings are plain text, limited, and never identify anyone (they end up
in the search index); editors list them in the admin, readers see them on the page."""

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from wagtail.models import Locale
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from kb.demo.loader import CONTENT_DIR, DemoContentError, DemoLoader
from kb.guidance.models import GuidanceIndexPage, GuidancePage, KnowledgePage
from kb.guidance.phrasings import MAX_LENGTH, MAX_PHRASINGS, problem, problems, split
from kb.services.models import Service

from .test_page_admin import _knowledge_fields

pytestmark = pytest.mark.django_db

COLLOQUIAL = [
    "muzu ho vyhodit z bytu",
    "manzel me bije co mam delat",
    "policie ho vykazala a on se vraci",
    "kdo mi pomuze s soudem",
    "Muj muz me bije, muzu volat na 158?",
    "zakon 273/2008 paragraf 44 co to znamena",
    "how do I get him out of the flat",
    "can the police make my husband leave",
    "I live in Prague and dont speak Czech",
    "vykazali ho 1.5.2024 a dnes se vratil",
    "co dela OSPOD po vykazani",
]


@pytest.mark.parametrize("phrasing", COLLOQUIAL)
def test_colloquial_phrasings_are_accepted(phrasing):
    assert problem(phrasing) is None


@pytest.mark.parametrize(
    ("phrasing", "reason"),
    [
        ("zavolejte mi na 777 123 456", "phone number"),
        ("volejte +420 777123456", "phone number"),
        ("cislo 777-123-456", "phone number"),
        ("napiste mi na pomoc@example.cz", "e-mail"),
        ("muj muz Jan Novak me bije", "name"),
        ("my husband John Smith hits me", "name"),
        ("pani Novakova mi vyhrozuje", "name"),
        ("<b>vykazani</b>", "plain text"),
        ("vice na https://example.cz", "plain text"),
        ("a" * (MAX_LENGTH + 1), "longer than"),
    ],
)
def test_a_phrasing_that_could_identify_someone_or_is_not_plain_is_refused(phrasing, reason):
    with translation.override("en"):
        message = problem(phrasing)
    assert message is not None and reason in message
    assert phrasing[:20] in message  # the message names the offending phrasing


def test_too_many_and_repeated_phrasings_are_refused():
    many = [f"otazka cislo {n}" for n in range(MAX_PHRASINGS + 1)]
    with translation.override("en"):
        assert problems(many) == [f"At most {MAX_PHRASINGS} phrasings (there are 31)."]
        assert problems(many[:MAX_PHRASINGS]) == []
        assert problems(["co je vykazani", "Co je vykazani"]) == [
            "“Co je vykazani” is listed twice."
        ]


def test_one_phrasing_per_line_blank_lines_and_spaces_dropped():
    assert split("  co je   vykazani \n\n muzu ho vyhodit\r\n") == [
        "co je vykazani",
        "muzu ho vyhodit",
    ]
    assert split("") == split(None) == []


def test_the_model_fields_refuse_them_with_a_czech_message_per_phrasing():
    page = KnowledgePage.objects.filter(locale__language_code="cs").first().specific
    page.asked_as = "co je vykazani\nzavolejte na 777 123 456\nnapiste na a@b.cz"
    with translation.override("cs"), pytest.raises(ValidationError) as error:
        page.full_clean()
    messages = error.value.message_dict["asked_as"]
    assert messages == [
        "„zavolejte na 777 123 456“ obsahuje telefonní číslo.",
        "„napiste na a@b.cz“ obsahuje e-mailovou adresu.",
    ]
    service = Service.objects.filter(locale__language_code="cs").first()
    service.asked_as = "pani Novakova mi vyhrozuje"
    with translation.override("cs"), pytest.raises(ValidationError) as error:
        service.full_clean()
    assert "zřejmě obsahuje jméno" in error.value.message_dict["asked_as"][0]


def _page_form(title, asked_as):
    return nested_form_data(
        _knowledge_fields(
            title,
            slug="jak-se-ptaji",
            asked_as=asked_as,
            body=streamfield([("text", rich_text("<p>Text.</p>"))]),
            **{"action-publish": "action-publish"},
        )
    )


def test_editor_lists_phrasings_in_the_admin_and_readers_see_them(client, superuser):
    client.force_login(superuser)
    section = GuidanceIndexPage.objects.filter(locale=Locale.get_default()).first()
    url = f"/admin/pages/add/guidance/guidancepage/{section.pk}/"
    form = client.get(url).content.decode()
    assert "Jak se lidé ptají" in form

    response = client.post(url, _page_form("Ptaní", "muzu ho vyhodit z bytu\n\nco ted\n"))
    assert response.status_code == 302, response.content.decode()[:2000]
    page = GuidancePage.objects.get(title="Ptaní")
    assert page.asked_as_list == ["muzu ho vyhodit z bytu", "co ted"]

    edit = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "muzu ho vyhodit z bytu" in edit
    shown = client.get(page.url).content.decode()
    assert "Možná se ptáte…" in shown
    assert "<li>muzu ho vyhodit z bytu</li>" in shown


def test_the_admin_refuses_a_phrasing_with_a_phone_number_and_names_it(client, superuser):
    client.force_login(superuser)
    section = GuidanceIndexPage.objects.filter(locale=Locale.get_default()).first()
    url = f"/admin/pages/add/guidance/guidancepage/{section.pk}/"
    response = client.post(url, _page_form("Špatné ptaní", "co je vykazani\nvolejte 777 123 456"))
    assert response.status_code == 200
    assert "„volejte 777 123 456“ obsahuje telefonní číslo." in response.content.decode()
    assert not GuidancePage.objects.filter(title="Špatné ptaní").exists()


def test_a_page_without_phrasings_shows_no_empty_list(client):
    page = KnowledgePage.objects.live().filter(visibility="public").first().specific
    page.asked_as = ""
    page.save_revision().publish()
    assert "asked-as" not in client.get(page.url).content.decode()


def test_every_demo_page_and_service_says_how_people_ask_in_each_language():
    for obj in [*KnowledgePage.objects.all(), *Service.objects.all()]:
        phrasings = obj.asked_as_list
        assert 4 <= len(phrasings) <= 8, obj
        assert problems(phrasings) == [], obj


def test_demo_content_goes_through_the_same_rules(tmp_path):
    import shutil

    content = tmp_path / "content"
    shutil.copytree(CONTENT_DIR, content)
    path = content / "pages" / "procedures" / "expulsion-overview.toml"
    text = path.read_text(encoding="utf-8")
    path.write_text(
        text.replace(
            '"co je vykazani",', '"co je vykazani",\n    "napiste na pomoc@example.cz",', 1
        ),
        encoding="utf-8",
    )
    with pytest.raises(
        DemoContentError, match=r"expulsion-overview\.toml \(cs\): asked_as: .*e-mail"
    ):
        DemoLoader(content_dir=content).load()
