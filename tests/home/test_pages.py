"""What readers (and editors in Wagtail's preview) get on each page type: Czech interface on
Czech pages, English on English ones, procedure timelines, service cards, the quick exit,
and the professionals' sign-in."""

import datetime
import re
from pathlib import Path

import pytest
from django.contrib.auth.models import AnonymousUser
from django.utils import translation
from wagtail.models import Locale

from home.templatetags.kb_tags import actor_label, deadline
from kb.guidance.models import KnowledgePage, ProcedurePage
from kb.services.models import Schedule, Service

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
PROCEDURE_CS = "/postupy/postup-pri-vykazani/"
RIGHTS_CS = "/prava-a-ochrana/prava-ohrozene-osoby-pri-vykazani/"
NOT_FOR_ENDANGERED = "/pro-odborniky/spoluprace-instituci-v-praze/"  # public, professions only


def html(response) -> str:
    assert response.status_code == 200, response.status_code
    return response.content.decode()


def procedure(language: str) -> ProcedurePage:
    cs = ProcedurePage.objects.get(slug="postup-pri-vykazani", locale__language_code="cs")
    return cs if language == "cs" else cs.get_translation(Locale.objects.get(language_code="en"))


def test_czech_procedure_page_is_a_numbered_timeline_in_czech(client):
    page = html(client.get(PROCEDURE_CS))
    assert '<html lang="cs">' in page
    timeline = page.split('<ol class="timeline">')[1].split("</ol>")[0]
    assert timeline.count('<li class="timeline__step">') == len(procedure("cs").step_values)
    assert '<span class="actor actor--police">Policie</span>' in timeline
    assert '<dd class="deadline">do 24 hodin od vstupu do obydlí</dd>' in timeline
    assert "Kdo jedná" in timeline and "Právní základ" in timeline
    assert re.search(r'<a href="https://www.zakonyprolidi.cz/cs/2008-273"[^>]*>273/2008 Sb.', page)
    assert 'id="legal-heading">Právní předpisy</h2>' in page
    assert 'aria-label="Drobečková navigace"' in page
    assert 'hreflang="en">English</a>' in page  # the translation switch
    assert "Krok za krokem" in page and "Naposledy zkontrolováno" in page


def test_english_procedure_page_speaks_english(client):
    page = html(client.get(procedure("en").url))
    assert '<html lang="en">' in page
    assert '<span class="actor actor--police">Police</span>' in page
    assert re.search(r'<dd class="deadline">within 24 hours [^<]+</dd>', page)
    assert "Legal references" in page and "Step by step" in page
    assert "Leave this page quickly" in page
    assert 'hreflang="cs">Čeština</a>' in page


@pytest.mark.parametrize(
    ("admin_language", "page_language", "expected", "unexpected"),
    [
        ("cs", "en", "within 24 hours", "do 24 hodin"),
        ("en", "cs", "do 24 hodin", "within 24 hours"),
    ],
)
def test_preview_follows_the_page_language_not_the_editors(
    client, superuser, admin_language, page_language, expected, unexpected
):
    client.force_login(superuser)
    page = procedure(page_language)
    response = client.get(
        f"/admin/pages/{page.pk}/view_draft/", HTTP_ACCEPT_LANGUAGE=admin_language
    )
    content = html(response)
    assert f'<html lang="{page_language}">' in content
    assert expected in content and unexpected not in content


def test_page_language_wins_over_the_active_language(rf):
    """Rendered outside the page's own URL (a preview, a partner's request), the interface
    language is still the page's."""
    request = rf.get("/")
    request.user = AnonymousUser()
    with translation.override("cs"):
        content = procedure("en").serve(request).render().content.decode()
    assert '<html lang="en">' in content
    assert "within 24 hours" in content and "do 24 hodin" not in content
    assert '<span class="actor actor--police">Police</span>' in content


@pytest.mark.parametrize(
    ("language", "limit", "expected"),
    [
        ("cs", {"amount": 1, "unit": "hours"}, "do 1 hodiny"),
        (
            "cs",
            {"amount": 48, "unit": "hours", "counts_from": "delivery"},
            "do 48 hodin od doručení",
        ),
        ("cs", {"amount": 1, "unit": "days"}, "do 1 dne"),
        ("cs", {"amount": 3, "unit": "days"}, "do 3 dnů"),
        ("cs", {"amount": 2, "unit": "weeks"}, "do 2 týdnů"),
        ("cs", {"amount": 6, "unit": "months"}, "do 6 měsíců"),
        ("en", {"amount": 1, "unit": "hours"}, "within 1 hour"),
        ("en", {"amount": 14, "unit": "days"}, "within 14 days"),
        ("en", {"amount": None, "unit": ""}, ""),
    ],
)
def test_deadlines_read_naturally(language, limit, expected):
    with translation.override(language):
        assert deadline({"anchor_labels": {"delivery": "od doručení"}}, limit) == expected


def test_actor_labels_are_human():
    with translation.override("cs"):
        assert actor_label("ospod") == "Orgán sociálně-právní ochrany dětí (OSPOD)"
        assert actor_label("expelled-person") == "Vykázaná osoba"
    with translation.override("en"):
        assert actor_label("endangered-person") == "Endangered person"


def test_service_cards_have_phone_links_and_opening_hours(client):
    service = Service.objects.get(code="ic-praha", locale__language_code="cs")
    assert not service.is_nonstop
    Schedule.objects.create(
        service=service, weekday=1, opens_at=datetime.time(9), closes_at=datetime.time(16)
    )
    page = html(client.get(RIGHTS_CS))
    card = page.split(f'<section class="service-card" aria-labelledby="service-{service.pk}">')[1]
    card = card.split("</section>")[0]
    phone = service.phones.first()
    assert f'<a class="phone" href="{phone.tel_uri}">{phone.number}</a>' in card
    assert "Otevírací doba" in card and "pondělí <time>9:00</time>–<time>16:00</time>" in card


def test_quick_exit_on_pages_for_endangered_persons_only(client):
    rights = html(client.get(RIGHTS_CS))
    assert 'data-quick-exit="https://www.google.com/search?q=po%C4%8Das%C3%AD"' in rights
    assert "Rychle odejít" in rights and "kb/quick-exit.js" in rights
    assert "Rychle odejít" in html(client.get("/"))  # the home page is for them too
    assert "data-quick-exit" not in html(client.get(NOT_FOR_ENDANGERED))
    english_search = html(client.get("/en/search/"))
    assert 'data-quick-exit="https://www.google.com/search?q=weather"' in english_search


def test_the_partner_snippet_runs_the_same_script_as_the_site():
    docs = (ROOT / "docs" / "quick-exit.md").read_text(encoding="utf-8")
    snippet = re.search(r"```html\n(.*?)```", docs, re.S).group(1)
    script = re.search(r"<script>\n(.*?)</script>", snippet, re.S).group(1)
    served = (ROOT / "home" / "static" / "kb" / "quick-exit.js").read_text(encoding="utf-8")
    assert script.strip() == served.strip()
    assert "location.replace" in served


def test_compiled_czech_catalog_matches_its_source():
    """A .po edited without recompiling the committed .mo would silently show English."""
    source = (ROOT / "locale" / "cs" / "LC_MESSAGES" / "django.po").read_text(encoding="utf-8")
    pairs = re.findall(r'\nmsgid "(.+)"\nmsgstr "(.+)"\n', source)
    assert len(pairs) > 50
    with translation.override("cs"):
        for msgid, msgstr in pairs:
            assert translation.gettext(msgid.replace('\\"', '"')) == msgstr.replace('\\"', '"')


def test_professionals_page_answers_anonymous_visitors_like_a_missing_one(client):
    page = KnowledgePage.objects.get(slug="kontrolni-seznam-pro-policisty")
    response = client.get(page.url)
    assert response.status_code == 404
    assert "Stránka nenalezena" in response.content.decode()
    assert f'href="/login/?next={page.url}' in response.content.decode().replace("%2F", "/")
    english = page.get_translation(Locale.objects.get(language_code="en"))
    response = client.get(english.url)
    assert response.status_code == 404
    assert 'href="/en/login/?next=' in response.content.decode()


def test_professional_signs_in_and_out(client, make_user):
    make_user("policistka", "Professionals")
    form = html(client.get("/login/"))
    assert '<label for="id_username">Uživatelské jméno</label>' in form
    assert '<label for="id_password">Heslo</label>' in form

    refused = client.post("/login/", {"username": "policistka", "password": "spatne"})
    assert "nesouhlasí" in html(refused)

    signed_in = client.post("/login/", {"username": "policistka", "password": "pw"})
    assert signed_in.status_code == 302 and signed_in["Location"] == "/search/"
    assert "Přihlášen(a): policistka" in html(client.get("/search/"))
    page = KnowledgePage.objects.get(slug="kontrolni-seznam-pro-policisty")
    assert client.get(page.url).status_code == 200

    signed_out = client.post("/logout/")
    assert signed_out.status_code == 302
    assert client.get(page.url).status_code == 404


def test_signed_in_non_professional_gets_a_note_not_a_redirect_loop(client, make_user):
    client.force_login(make_user("redaktorka"))
    page = KnowledgePage.objects.get(slug="kontrolni-seznam-pro-policisty")
    response = client.get(page.url, follow=True)
    assert response.redirect_chain == [(f"/login/?next={page.url}", 302)]
    assert "tento účet nemá přístup" in html(response)


@pytest.mark.parametrize(
    ("path", "labels"),
    [
        ("/prava-a-ochrana/co-je-domaci-nasili/", ["Linka pomoci", "Intervenční centrum"]),
        (
            "/en/rights-and-protection/what-domestic-violence-is/",
            ["Helpline", "Intervention centre"],
        ),
    ],
)
def test_service_cards_label_their_category_in_the_page_language(client, path, labels):
    page = html(client.get(path))
    categories = re.findall(r'<p class="service-card__category">([^<]+)</p>', page)
    assert categories == labels


def test_service_cards_say_when_opening_hours_are_unknown(client):
    service = Service.objects.get(code="ic-praha", locale__language_code="cs")
    Schedule.objects.filter(service=service).delete()
    page = html(client.get("/prava-a-ochrana/co-je-domaci-nasili/"))
    assert "Otevírací doba není známa" in page
    assert 'href="tel:+420281911883"' in page  # international form for tel: links
