"""Headers a CDN or a browser acts on (issue 10, defect 7): language headers that tell the
truth, no per-caller counters in shared caches, drafts and guessed tokens never cached,
readable refusals, and HEAD answering like GET."""

from kb.api.keys import api_key_create

REGIONS = "query($l: Locale) { regions(locale: $l) { code name } }"


def test_answers_do_not_vary_by_accept_language(gql):
    response = gql.get(REGIONS, {"l": "EN"}, HTTP_ACCEPT_LANGUAGE="cs")
    assert "accept-language" not in response.get("Vary", "").lower()
    assert "Origin" in response["Vary"]
    assert gql.post("{ regions { code } }")["Vary"].lower().count("accept-language") == 0


def test_content_language_names_the_locale_asked_for(gql):
    assert gql.get(REGIONS, {"l": "EN"}, HTTP_ACCEPT_LANGUAGE="cs")["Content-Language"] == "en"
    assert gql.get(REGIONS, {"l": "CS"}, HTTP_ACCEPT_LANGUAGE="en")["Content-Language"] == "cs"
    both = gql.get("{ a: regions(locale: EN) { code } b: regions(locale: CS) { code } }")
    assert both["Content-Language"] == "cs, en"
    assert "Content-Language" not in gql.get("{ __typename }")


def test_publicly_cacheable_answers_carry_no_rate_counters(gql, public_key):
    public = gql.get(REGIONS)
    assert public["Cache-Control"].startswith("public")
    assert not [h for h in public.headers if h.lower().startswith("x-ratelimit")]
    keyed = gql.get(REGIONS, key=public_key)
    assert keyed["Cache-Control"].startswith("private") and "X-RateLimit-Remaining" in keyed
    assert "X-RateLimit-Remaining" in gql.post("{ regions { code } }")


def test_an_invalid_preview_token_is_not_stored_either(gql):
    response = gql.get('{ page(previewToken: "forged") { title } }')
    assert response.json()["errors"][0]["extensions"]["code"] == "INVALID_PREVIEW_TOKEN"
    assert response["Cache-Control"] == "no-store"


def test_a_too_large_request_from_a_keys_origin_is_readable(gql, settings):
    settings.KB_API_CORS_ORIGINS = []
    _key, raw = api_key_create(name="NGO", scope="public", origins=("https://ngo.example.cz",))
    big = "{ regions { code } }" + " " * (settings.KB_API_MAX_BODY_BYTES + 10)
    refused = gql.post(big, key=raw, HTTP_ORIGIN="https://ngo.example.cz")
    assert refused.status_code == 413
    assert refused["Access-Control-Allow-Origin"] == "https://ngo.example.cz"


def test_head_answers_like_get_without_a_body(gql):
    get = gql.get(REGIONS, {"l": "EN"})
    head = gql.http.head(
        "/graphql/", {"query": REGIONS, "variables": '{"l": "EN"}'}, HTTP_ACCEPT="application/json"
    )
    assert head.status_code == 200
    assert head["ETag"] == get["ETag"] and head["Cache-Control"] == get["Cache-Control"]
    assert head.content == b""
