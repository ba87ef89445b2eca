"""Legend colours a reader can tell apart: every pair of entries of a map legend (the "no
sourced information" grey included) differs by at least MIN_DELTA_E in CIEDE2000, and the
tie legends also stay apart under a simulated deuteranopia (the commonest colour-vision
deficiency, Machado et al. 2009 matrix, severity 1)."""

from __future__ import annotations

import itertools
import math

import pytest

from chinalac.web import layers

MIN_DELTA_E = 8.0
DEUTERANOPIA = ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413),
                (-0.011820, 0.042940, 0.968881))  # fmt: skip


def srgb_to_linear(channel: float) -> float:
    return channel / 12.92 if channel <= 0.04045 else ((channel + 0.055) / 1.055) ** 2.4


def linear_to_srgb(channel: float) -> float:
    channel = min(1.0, max(0.0, channel))
    return 12.92 * channel if channel <= 0.0031308 else 1.055 * channel ** (1 / 2.4) - 0.055


def rgb(hex_colour: str) -> tuple[float, float, float]:
    h = hex_colour.lstrip("#")
    return tuple(int(h[i : i + 2], 16) / 255 for i in (0, 2, 4))


def simulate_deuteranopia(colour: tuple[float, float, float]) -> tuple[float, float, float]:
    linear = [srgb_to_linear(c) for c in colour]
    return tuple(
        linear_to_srgb(sum(m * c for m, c in zip(row, linear, strict=True))) for row in DEUTERANOPIA
    )


def lab(colour: tuple[float, float, float]) -> tuple[float, float, float]:
    r, g, b = (srgb_to_linear(c) for c in colour)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t):
        return t ** (1 / 3) if t > 216 / 24389 else (24389 / 27 * t + 16) / 116

    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


def ciede2000(lab1, lab2) -> float:
    """CIEDE2000 colour difference (Sharma, Wu & Dalal 2005)."""
    l1, a1, b1 = lab1
    l2, a2, b2 = lab2
    c1, c2 = math.hypot(a1, b1), math.hypot(a2, b2)
    c_mean = (c1 + c2) / 2
    g = 0.5 * (1 - math.sqrt(c_mean**7 / (c_mean**7 + 25**7)))
    a1p, a2p = (1 + g) * a1, (1 + g) * a2
    c1p, c2p = math.hypot(a1p, b1), math.hypot(a2p, b2)
    h1p = math.degrees(math.atan2(b1, a1p)) % 360
    h2p = math.degrees(math.atan2(b2, a2p)) % 360
    dlp, dcp = l2 - l1, c2p - c1p
    if c1p * c2p == 0:
        dhp = 0.0
    elif abs(h2p - h1p) <= 180:
        dhp = h2p - h1p
    else:
        dhp = h2p - h1p - 360 if h2p > h1p else h2p - h1p + 360
    dhp_big = 2 * math.sqrt(c1p * c2p) * math.sin(math.radians(dhp / 2))
    lp_mean, cp_mean = (l1 + l2) / 2, (c1p + c2p) / 2
    if c1p * c2p == 0:
        hp_mean = h1p + h2p
    elif abs(h1p - h2p) <= 180:
        hp_mean = (h1p + h2p) / 2
    else:
        hp_mean = (h1p + h2p + 360) / 2 if h1p + h2p < 360 else (h1p + h2p - 360) / 2
    t = (1 - 0.17 * math.cos(math.radians(hp_mean - 30)) + 0.24 * math.cos(math.radians(2 * hp_mean))
         + 0.32 * math.cos(math.radians(3 * hp_mean + 6)) - 0.20 * math.cos(math.radians(4 * hp_mean - 63)))  # fmt: skip
    d_theta = 30 * math.exp(-(((hp_mean - 275) / 25) ** 2))
    rc = 2 * math.sqrt(cp_mean**7 / (cp_mean**7 + 25**7))
    sl = 1 + 0.015 * (lp_mean - 50) ** 2 / math.sqrt(20 + (lp_mean - 50) ** 2)
    sc, sh = 1 + 0.045 * cp_mean, 1 + 0.015 * cp_mean * t
    rt = -math.sin(math.radians(2 * d_theta)) * rc
    return math.sqrt((dlp / sl) ** 2 + (dcp / sc) ** 2 + (dhp_big / sh) ** 2
                     + rt * (dcp / sc) * (dhp_big / sh))  # fmt: skip


def test_ciede2000_matches_a_published_pair():
    # Sharma, Wu & Dalal (2005), table 1, pair 1: ΔE00 = 2.0425
    assert ciede2000((50.0, 2.6772, -79.7751), (50.0, 0.0, -82.7485)) == pytest.approx(
        2.0425, abs=1e-4
    )


LEGENDS = {
    "relations": [layers.DISPUTED, *layers.RELATIONS],
    "partnership": [layers.DISPUTED, *layers.PARTNERSHIP],
    "bri": [layers.DISPUTED, *layers.BRI],
    "fta": [layers.DISPUTED, *layers.FTA],
}


@pytest.mark.parametrize("name", LEGENDS)
def test_tie_legend_entries_are_distinct_for_every_reader(name):
    colours = {c.label: c.colour for c in LEGENDS[name]}
    colours["No sourced information"] = layers.NO_DATA_COLOUR
    too_close = []
    for (label1, c1), (label2, c2) in itertools.combinations(colours.items(), 2):
        normal = ciede2000(lab(rgb(c1)), lab(rgb(c2)))
        deutan = ciede2000(lab(simulate_deuteranopia(rgb(c1))), lab(simulate_deuteranopia(rgb(c2))))
        if min(normal, deutan) < MIN_DELTA_E:
            too_close.append((label1, label2, round(normal, 1), round(deutan, 1)))
    assert not too_close, too_close


def test_numeric_legend_is_distinct_from_no_data():
    for colour in layers.SEQUENTIAL:
        assert ciede2000(lab(rgb(colour)), lab(rgb(layers.NO_DATA_COLOUR))) >= MIN_DELTA_E


def test_recognises_taiwan_is_listed_once_in_the_relations_legend(client):
    import re

    legend = re.search(r'<ul class="legend">(.*?)</ul>', client.get("/").text, re.S).group(1)
    assert len(re.findall(r"Recognises Taiwan", legend)) == 1


def test_depth_legend_bands_are_ten_points_wide(client):
    import re

    legend = re.search(r'<ul class="legend">(.*?)</ul>', client.get("/map/depth").text, re.S)
    assert "40 – 50" in legend.group(1) and "≥ 50" in legend.group(1)


def test_depth_index_is_shown_with_its_five_components(client):
    import re

    page = client.get("/indicators/cooperation_depth_index", params={"lang": "es"}).text
    block = page[page.index('id="components"') :]
    block = block[: block.index("</section>")]
    headers = re.findall(r"<th>([^<]+)</th>", block)
    assert headers[2:] == ["Política", "Económica", "Cultural", "Internacional", "Sostenible"]
    assert len(re.findall(r"<tr><td><a href=\"/country/", block)) == 33
