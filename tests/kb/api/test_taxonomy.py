"""Topics, audiences and regions: the codes partners filter by, named per locale."""


def test_topics_audiences_and_regions_per_locale(gql):
    query = """query($l: String) { topics(locale: $l) { code name locale description }
        audiences(locale: $l) { code isProfessional } regions(locale: $l) { code name } }"""
    cs, en = gql.data(query, {"l": "cs"}), gql.data(query, {"l": "en"})
    assert {t["code"] for t in cs["topics"]} == {t["code"] for t in en["topics"]}
    assert {"code": "expulsion", "name": "Vykázání", "locale": "cs"}.items() <= next(
        t for t in cs["topics"] if t["code"] == "expulsion"
    ).items()
    assert next(t for t in en["topics"] if t["code"] == "expulsion")["name"] == "Expulsion"
    assert {"code": "police", "isProfessional": True} in cs["audiences"]
    assert {"code": "endangered-person", "isProfessional": False} in cs["audiences"]
    assert {"code": "praha", "name": "Prague"} in en["regions"]
