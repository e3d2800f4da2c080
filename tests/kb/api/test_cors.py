"""Browsers on partner sites may read answers only from allowed origins."""

from kb.api.keys import api_key_create


def test_settings_allowlist_opens_an_origin_to_everyone(gql, settings):
    settings.KB_API_CORS_ORIGINS = ["https://www.praha.eu"]
    allowed = gql.post("{ regions { code } }", HTTP_ORIGIN="https://www.praha.eu")
    assert allowed["Access-Control-Allow-Origin"] == "https://www.praha.eu"
    assert "ETag" in allowed["Access-Control-Expose-Headers"]
    assert "Access-Control-Allow-Credentials" not in allowed
    other = gql.post("{ regions { code } }", HTTP_ORIGIN="https://evil.example")
    assert "Access-Control-Allow-Origin" not in other


def test_a_keys_origins_are_allowed_only_with_that_key(gql, settings):
    settings.KB_API_CORS_ORIGINS = []
    _key, raw = api_key_create(name="NGO", scope="public", origins=("https://ngo.example.cz",))
    origin = {"HTTP_ORIGIN": "https://ngo.example.cz"}
    with_key = gql.post("{ regions { code } }", key=raw, **origin)
    assert with_key["Access-Control-Allow-Origin"] == "https://ngo.example.cz"
    without_key = gql.post("{ regions { code } }", **origin)
    assert "Access-Control-Allow-Origin" not in without_key


def test_preflight_for_allowed_and_unknown_origins(gql, settings):
    settings.KB_API_CORS_ORIGINS = []
    api_key_create(name="NGO", scope="public", origins=("https://ngo.example.cz",))
    preflight = gql.http.options(
        "/graphql/",
        HTTP_ORIGIN="https://ngo.example.cz",
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST",
        HTTP_ACCESS_CONTROL_REQUEST_HEADERS="authorization, content-type",
    )
    assert preflight.status_code == 204
    assert preflight["Access-Control-Allow-Origin"] == "https://ngo.example.cz"
    assert "Authorization" in preflight["Access-Control-Allow-Headers"]
    unknown = gql.http.options("/graphql/", HTTP_ORIGIN="https://ngo.example.cz.evil.example")
    assert "Access-Control-Allow-Origin" not in unknown


def test_refusals_carry_cors_headers_so_browsers_can_read_them(gql, settings):
    settings.KB_API_CORS_ORIGINS = ["https://www.praha.eu"]
    refused = gql.post("{ regions { code } }", key="kb_x_y", HTTP_ORIGIN="https://www.praha.eu")
    assert refused.status_code == 401
    assert refused["Access-Control-Allow-Origin"] == "https://www.praha.eu"
