"""Where sources name different components at one position of a framework, /architecture shows
them side by side, each with its own source, and counts the position once.

The case in today's data is the Five-sphere plan's fifth element: the domain brief gives
"sustainable development" (ChinaFocus2025); China's 2016 policy paper, as the Chinese embassy
in Jamaica summarises it (EmbJM2016) and as its Portuguese text and China's Spanish portal
print it, gives the mutual reinforcement of region-wide and bilateral cooperation. Before
this, the page showed only the brief's element, as if no source said otherwise.
"""

from __future__ import annotations

import re

import pytest

from chinalac.web.routes.architecture import slots

EMBASSY = "http://jm.china-embassy.org/eng/xw/t1420642.htm"


def five_sphere_block(html: str) -> str:
    start = html.rindex('<div class="framework">', 0, html.index("kind-sphere"))
    end = html.index('<div class="framework">', start + 10)
    return html[start:end]


def test_slots_keep_disagreeing_components_side_by_side_each_with_its_source():
    components = [
        {"component_id": "a", "position": 1, "source_id": "S"},
        {"component_id": "b", "position": 2, "source_id": "S"},
        {"component_id": "c", "position": 2, "source_id": "T"},
        {"component_id": "d", "position": 3, "source_id": "T"},
    ]
    result = slots(components, "S")
    assert [[c["component_id"] for c in slot] for slot in result] == [["a"], ["b", "c"], ["d"]]
    assert [[c["disputed"] for c in slot] for slot in result] == [[False], [True, True], [False]]
    # the framework's own source is shown once for the framework, not on every component;
    # a component from another source, or one of a disputed position, names its own
    assert [[c["own_source"] for c in slot] for slot in result] == [[False], [True, True], [True]]


def test_slots_order_positions_numerically_not_as_text():
    components = [{"component_id": str(p), "position": p, "source_id": "S"} for p in (10, 2, 1)]
    assert [slot[0]["component_id"] for slot in slots(components, "S")] == ["1", "2", "10"]


@pytest.mark.parametrize(
    ("lang", "differ", "fifth"),
    [
        ("en", "Sources differ:",
         "Mutual reinforcement between China's cooperation with the region as a whole"),
        ("es", "Las fuentes difieren:",
         "Promoción recíproca entre cooperación en su conjunto y relaciones bilaterales"),
        ("pt", "As fontes divergem:",
         "Fomento mútuo entre a cooperação integral e as relações bilaterais"),
    ],
)  # fmt: skip
def test_the_five_sphere_plan_shows_both_fifth_elements_with_their_sources(
    client, lang, differ, fifth
):
    html = client.get("/architecture", params={"lang": lang}).text
    block = five_sphere_block(html)
    text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", block)).replace("&#39;", "'")
    # five positions, not six: the disagreement does not add a sphere
    assert re.search(r">\s*5 · ", block) and not re.search(r">\s*6 · ", block)
    slot = block[block.index("component-slot disputed") :]
    slot = slot[: slot.index("</span></span>", slot.index("Sustainable development")) + 14]
    assert differ in text
    assert fifth in re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", slot)).replace("&#39;", "'")
    assert "Sustainable development" in slot
    assert f'href="{EMBASSY}"' in slot  # the paper's element links to where it was read


@pytest.mark.parametrize("lang", ["es", "pt"])
def test_the_brief_s_fifth_element_stays_english_and_is_marked_so(client, lang):
    block = five_sphere_block(client.get("/architecture", params={"lang": lang}).text)
    assert re.search(r'<span lang="en">Sustainable development</span>', block)


def test_the_spanish_page_names_the_five_spheres_as_china_s_spanish_portal_does(client):
    block = five_sphere_block(client.get("/architecture", params={"lang": "es"}).text)
    for name in (
        "Sinceridad y confianza mutua en lo político",
        "Cooperación y reparto de ganancias en lo económico y comercial",
        "Aprendizaje mutuo en lo cultural",
        "Estrecha coordinación en asuntos internacionales",
    ):
        assert f"<span>{name}</span>" in block, name
    for english in ("Political mutual trust", "Cultural exchanges", "International collaboration"):
        assert english not in block


@pytest.mark.parametrize("lang", ["es", "pt"])
def test_the_disputed_slot_fits_a_390_px_screen(mobile, lang):
    mobile.goto(f"{mobile.base}/architecture?lang={lang}")
    slot = mobile.locator(".component-slot.disputed").first
    assert slot.is_visible()
    box = slot.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= 390
    assert not mobile.evaluate(
        "document.documentElement.scrollWidth > document.documentElement.clientWidth"
    )
