"""Procedures: ordered steps with who acts, by when (as data) and on which legal basis."""

from kb.guidance.models import ProcedurePage

PROCEDURE = """query($slug: String!, $locale: String) { procedure(slug: $slug, locale: $locale) {
  id title locale
  steps { id position actor title html
          timeLimit { amount unit startsFrom }
          text { html text }
          legalBasis { citation shortTitle officialUrl } }
} }"""


def test_procedure_steps_come_in_order_with_structured_deadlines(gql):
    data = gql.data(PROCEDURE, {"slug": "expulsion-procedure", "locale": "en"})["procedure"]
    stored = ProcedurePage.objects.get(slug="expulsion-procedure")
    steps = data["steps"]
    assert [s["position"] for s in steps] == list(range(1, len(stored.step_values) + 1))
    assert [s["title"] for s in steps] == [v["title"] for v in stored.step_values]
    assert [s["actor"] for s in steps] == [
        v["actor"].upper().replace("-", "_") for v in stored.step_values
    ]
    record = next(s for s in steps if s["timeLimit"] and s["timeLimit"]["amount"] == 24)
    assert record["actor"] == "POLICE"
    assert record["timeLimit"] == {
        "amount": 24,
        "unit": "HOURS",
        "startsFrom": "from entering the dwelling",
    }
    assert record["legalBasis"] == [
        {
            "citation": "273/2008 Sb., § 44–47",
            "shortTitle": "Police of the Czech Republic Act – expulsion",
            "officialUrl": "https://www.zakonyprolidi.cz/cs/2008-273",
        }
    ]
    assert steps[0]["timeLimit"] is None
    assert [r["citation"] for r in steps[0]["legalBasis"]] == [
        "273/2008 Sb., § 44–47",
        "78/2025 Sb.",
    ]
    assert record["title"] in record["html"] and "24" in record["html"]
    assert record["text"]["text"] and "<p>" in record["text"]["html"]


def test_procedure_is_looked_up_in_the_asked_locale(gql):
    czech = gql.data(PROCEDURE, {"slug": "postup-pri-vykazani"})["procedure"]
    assert czech["locale"] == "cs"
    assert czech["steps"][3]["timeLimit"]["startsFrom"] == "od vstupu do obydlí"
    assert gql.data(PROCEDURE, {"slug": "postup-pri-vykazani", "locale": "en"}) == {
        "procedure": None
    }


def test_guidance_pages_and_unknown_slugs_are_not_procedures(gql):
    for slug in ("prava-ohrozene-osoby-pri-vykazani", "no-such-procedure"):
        assert gql.data(PROCEDURE, {"slug": slug}) == {"procedure": None}


def test_steps_through_the_page_interface(gql):
    query = """{ pages(filters: {type: [PROCEDURE]}, first: 50) { edges { node {
        __typename ... on ProcedurePage { steps { position } } } } } }"""
    edges = gql.data(query)["pages"]["edges"]
    assert edges and all(e["node"]["__typename"] == "ProcedurePage" for e in edges)
    assert all(len(e["node"]["steps"]) >= 1 for e in edges)
