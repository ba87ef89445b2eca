"""An unknown map layer answers 422 with the site's one-line error in the reader's language,
naming the parameter, and offers the layers by their reader names: no developer-style list of
keys in English."""

from __future__ import annotations

import re

import pytest


@pytest.mark.parametrize(
    ("lang", "line", "layer"),
    [
        (
            "es",
            "El parámetro «layer» no es válido: el mapa no tiene la capa «ties».",
            "Franja y la Ruta",
        ),
        (
            "pt",
            "O parâmetro “layer” não é válido: o mapa não tem a camada “ties”.",
            "Cinturão e Rota",
        ),
        ("en", "The parameter “layer” is not valid: the map has no layer “ties”.", "Belt and Road"),
    ],
)
def test_an_unknown_layer_is_one_line_in_the_readers_language(client, lang, line, layer):
    page = client.get("/map/ties", params={"lang": lang})
    assert page.status_code == 422
    main = re.search(r"<main.*?</main>", page.text, re.S).group(0)
    assert f'<p class="error-message">{line}</p>' in main
    assert "problems" not in main and 'lang="en"' not in main
    assert "one of:" not in main and "relations, partnership" not in main
    assert f'<a href="/map/bri">{layer}</a>' in main


def test_what_was_typed_is_escaped_and_cut_short(client):
    page = client.get("/map/" + "<b>" + "x" * 100, params={"lang": "es"})
    assert page.status_code == 422
    assert "<b>" not in page.text and "«&lt;b&gt;" + "x" * 37 + "»" in page.text
