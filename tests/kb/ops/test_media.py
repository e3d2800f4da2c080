"""`make serve` serves uploaded images itself, and never a document's file (kb/ops/media.py)."""

import pytest

pytestmark = pytest.mark.django_db  # a 404 page reads the site and redirects


@pytest.fixture
def media(tmp_path, settings):
    settings.MEDIA_ROOT = tmp_path
    (tmp_path / "images").mkdir()
    (tmp_path / "images" / "photo.fill-300x200.jpg").write_bytes(b"\xff\xd8\xff rendition")
    (tmp_path / "original_images").mkdir()
    (tmp_path / "original_images" / "photo.jpg").write_bytes(b"\xff\xd8\xff original")
    (tmp_path / "documents").mkdir()
    (tmp_path / "documents" / "professionals-only.pdf").write_bytes(b"%PDF secret")
    (tmp_path / "secret.txt").write_text("not media")
    return tmp_path


def test_renditions_and_originals_are_served_with_a_cache_lifetime(client, media):
    response = client.get("/media/images/photo.fill-300x200.jpg")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"\xff\xd8\xff rendition"
    assert "max-age=" in response["Cache-Control"]
    assert client.get("/media/original_images/photo.jpg").status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/media/documents/professionals-only.pdf",  # documents go through Wagtail's view
        "/media/secret.txt",
        "/media/images/../secret.txt",
        "/media/images/../documents/professionals-only.pdf",
        "/media/images/%2e%2e/secret.txt",
        "/media/images/missing.jpg",
    ],
)
def test_nothing_but_image_files_is_reachable(client, media, path):
    assert client.get(path).status_code == 404
