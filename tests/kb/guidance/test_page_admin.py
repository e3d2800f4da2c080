"""Editors create every page type through the Wagtail admin and see clear errors."""

import datetime
import json

from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Locale
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from home.models import HomePage
from kb.guidance.models import GuidanceIndexPage, GuidancePage, KnowledgePage, ProcedurePage
from kb.taxonomy.models import LegalReference, Topic
from tests.support.pages import time_limit


def _knowledge_fields(title, **overrides):
    today = timezone.localdate()
    data = {
        "title": title,
        "summary": "Krátké shrnutí pro výsledky hledání.",
        "body": streamfield(
            [
                ("text", rich_text("<p>Vykázání trvá 14 dní.</p>")),
                (
                    "callout",
                    {
                        "tone": "warning",
                        "title": "Pozor",
                        "text": rich_text("<p>Klíče odevzdat.</p>"),
                    },
                ),
                ("faq", {"question": "Lze vykázání zkrátit?", "answer": rich_text("<p>Ne.</p>")}),
            ]
        ),
        "visibility": "public",
        "last_reviewed": today.isoformat(),
        "next_review_due": (today + datetime.timedelta(days=365)).isoformat(),
        "topics": [],
        "audiences": [],
        "regions": [],
        "sources": inline_formset([]),
    }
    data.update(overrides)
    return data


def _events(*codes):
    return streamfield(
        [
            ("event", {"code": code, "label": f"od {code}", "starts_timeline": "on"})
            for code in codes
        ]
    )


def _step(
    actor="police",
    amount="24",
    unit="hours",
    legal_basis=(),
    counts_from="entry",
    counting="moment",
    moves="",
):
    basis = {"count": str(len(legal_basis))}
    for i, pk in enumerate(legal_basis):
        basis[str(i)] = {"value": str(pk), "deleted": "", "order": str(i), "id": ""}
    return {
        "actor": actor,
        "title": "Policie zašle úřední záznam",
        "time_limit": time_limit(
            amount, unit, counts_from=counts_from, counting=counting, moves=moves, verify=""
        ),
        "text": rich_text("<p>Kopie záznamu jde intervenčnímu centru a soudu.</p>"),
        "legal_basis": basis,
    }


class PageAdminTests(WagtailPageTestCase):
    def setUp(self):
        self.user = self.login()
        self.cs = Locale.objects.get(language_code="cs")
        self.section = GuidanceIndexPage.objects.filter(locale=self.cs).first()
        self.topic = Topic.objects.get(code="expulsion", locale=self.cs)
        self.reference = LegalReference.objects.filter(locale=self.cs, act_number=273).first()

    def test_guidance_page_is_created_through_the_admin(self):
        data = nested_form_data(_knowledge_fields("Práva ohrožené osoby"))
        data["topics"] = [self.topic.pk]
        self.assertCanCreate(self.section, GuidancePage, data)
        page = GuidancePage.objects.get(title="Práva ohrožené osoby")
        self.assertTrue(page.live)
        self.assertEqual([b.block_type for b in page.body], ["text", "callout", "faq"])
        self.assertEqual(list(page.topics.all()), [self.topic])

    def test_procedure_page_keeps_steps_as_data(self):
        data = _knowledge_fields("Oznámení vykázání")
        data["events"] = _events("entry")
        data["steps"] = streamfield([("step", _step(legal_basis=[self.reference.pk]))])
        self.assertCanCreate(self.section, ProcedurePage, nested_form_data(data))
        step = ProcedurePage.objects.get(title="Oznámení vykázání").step_values[0]
        self.assertEqual(step["actor"], "police")
        self.assertEqual((step["time_limit"]["amount"], step["time_limit"]["unit"]), (24, "hours"))
        self.assertEqual(list(step["legal_basis"]), [self.reference])

    def test_section_and_home_pages_are_creatable_where_allowed(self):
        home = HomePage.objects.get(locale=self.cs)
        self.assertCanCreate(
            home,
            GuidanceIndexPage,
            nested_form_data({"title": "Nová sekce", "intro": rich_text("<p>Úvod</p>")}),
        )
        self.assertCanNotCreateAt(GuidanceIndexPage, GuidanceIndexPage)
        self.assertCanNotCreateAt(GuidanceIndexPage, KnowledgePage)
        self.assertCanNotCreateAt(HomePage, GuidancePage)

    def _post_new(self, model, data, action="action-publish"):
        url = reverse(
            "wagtailadmin_pages:add",
            args=(model._meta.app_label, model._meta.model_name, self.section.pk),
        )
        data = nested_form_data(data)
        data["slug"] = "nova-stranka"
        if action:
            data[action] = action
        return self.client.post(url, data)

    def test_step_without_actor_shows_a_clear_error_and_saves_nothing(self):
        data = _knowledge_fields("Krok bez aktéra")
        data["events"] = _events("entry")
        data["steps"] = streamfield([("step", _step(actor=""))])
        response = self._post_new(ProcedurePage, data)
        self.assertEqual(response.status_code, 200)
        # The Czech admin; block errors travel as JSON with non-ASCII letters escaped.
        self.assertContains(response, "(policie, soud,")
        self.assertFalse(ProcedurePage.objects.filter(title="Krok bez aktéra").exists())

    def test_time_limit_without_unit_is_rejected(self):
        data = _knowledge_fields("Lhůta bez jednotky")
        data["events"] = _events("entry")
        data["steps"] = streamfield([("step", _step(unit=""))])
        response = self._post_new(ProcedurePage, data)
        self.assertContains(response, "Zvolte hodiny, dny, t")
        self.assertFalse(ProcedurePage.objects.filter(title="Lhůta bez jednotky").exists())

    def test_review_date_before_last_review_is_rejected(self):
        today = timezone.localdate()
        data = _knowledge_fields(
            "Špatná data revize",
            next_review_due=(today - datetime.timedelta(days=10)).isoformat(),
        )
        response = self._post_new(GuidancePage, data)
        self.assertContains(response, "Příští revize musí být po poslední revizi")
        self.assertFalse(GuidancePage.objects.filter(title="Špatná data revize").exists())

    def test_half_filled_form_cannot_be_published_and_keeps_what_was_typed(self):
        data = _knowledge_fields("Rozepsaná stránka", summary="")
        response = self._post_new(GuidancePage, data)
        self.assertEqual(response.status_code, 200)
        with translation.override("cs"):  # the admin speaks the site's default language
            required = translation.gettext("This field is required.")
        self.assertContains(response, required)
        self.assertContains(response, "Rozepsaná stránka")
        self.assertContains(response, "trv\\\\u00e1 14 dn")  # the body, as the editor JSON
        self.assertFalse(GuidancePage.objects.filter(title="Rozepsaná stránka").exists())

    def test_half_filled_draft_is_saved_without_losing_anything(self):
        data = _knowledge_fields("Koncept", summary="")
        data["events"] = _events("entry")
        data["steps"] = streamfield([("step", _step(actor=""))])
        response = self._post_new(ProcedurePage, data, action=None)
        self.assertEqual(response.status_code, 302)
        page = ProcedurePage.objects.get(title="Koncept")
        self.assertFalse(page.live)
        revision = page.latest_revision.as_object()
        self.assertEqual(revision.step_values[0]["title"], "Policie zašle úřední záznam")

    def _rejected(self, title, steps, message, events=("entry",), **params):
        """The form comes back with ``message`` (an English msgid, shown in the admin's
        language, Czech) and nothing is saved."""
        data = _knowledge_fields(title)
        data["events"] = _events(*events)
        data["steps"] = streamfield([("step", step) for step in steps])
        response = self._post_new(ProcedurePage, data)
        self.assertEqual(response.status_code, 200)
        with translation.override("cs"):
            shown = (
                translation.gettext(message) % params if params else translation.gettext(message)
            )
        # Errors reach the page inside the editor's JSON: non-ASCII letters are escaped.
        self.assertContains(response, json.dumps(shown)[1:-1])
        self.assertFalse(ProcedurePage.objects.filter(title=title).exists())

    def test_time_limit_counting_from_an_unknown_event_is_rejected(self):
        self._rejected(
            "Neznámá událost",
            [_step(counts_from="delivery")],
            "“%(code)s” is not one of this procedure's events.",
            code="delivery",
        )

    def test_step_counting_from_itself_or_in_a_cycle_is_rejected(self):
        self._rejected(
            "Sám od sebe", [_step(counts_from="step:1")], "A step cannot count from itself."
        )
        self._rejected(
            "Kruh",
            [_step(counts_from="step:2"), _step(counts_from="step:1")],
            "Step %(n)d counts from a step that counts back from it.",
            n=1,
        )

    def test_hours_cannot_move_to_a_working_day(self):
        self._rejected(
            "Hodiny a pracovní den", [_step(moves="on")], "can move to the next working day"
        )

    def test_hours_cannot_be_counted_by_calendar_days(self):
        self._rejected(
            "Hodiny kalendářně", [_step(counting="calendar")], "Hours run from the exact"
        )

    def test_a_time_limit_needs_what_it_counts_from(self):
        self._rejected(
            "Bez počátku",
            [_step(counts_from="")],
            "Choose the event or step the time limit counts from.",
        )

    def test_counting_from_a_later_step_is_fine_and_the_timeline_follows_it(self):
        data = _knowledge_fields("Řetěz lhůt")
        data["events"] = _events("entry")
        data["steps"] = streamfield(
            [("step", _step(counts_from="step:2")), ("step", _step(amount="48"))]
        )
        self.assertCanCreate(self.section, ProcedurePage, nested_form_data(data))
        page = ProcedurePage.objects.get(title="Řetěz lhůt")
        start = datetime.datetime(2026, 3, 2, 8, 0, tzinfo=datetime.UTC)
        first, second = page.timeline(start, start)
        self.assertEqual(second.due_at - start, datetime.timedelta(hours=48))
        self.assertEqual(first.due_at - start, datetime.timedelta(hours=72))
