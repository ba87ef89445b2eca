"""Reader gaps on /check found at lead stop 39: two kinds of evidence line were shown as the
checker wrote them, whatever the reader's language.

* A ministerial meeting the checker cites (rules/meeting_ordinal: "4th Ministerial Meeting of the
  China-CELAC Forum, 2025-05-13, Beijing, China") was shown in English with an ISO date on the
  Spanish and Portuguese pages. It is now worded as the reasons word it (`meeting_label`): the
  architecture page's name of the meeting, the date in words, the place in the reader's language.
* The states a ranked list names ("principal socio comercial de Brasil, Chile y Perú") were shown
  as the checker codes them, "BRA, CHL, PER", in the evidence line and in the reason, whose label
  of what was looked for ("china_partner_rank · BRA, CHL, PER · no period stated") the reason
  frames left as written. They are now the states' names in the reader's language, and the label
  is in words (`fact_label` reads a list of states as one entity).

The four tests fail on main 243b248c.
"""

from __future__ import annotations

import re

import pytest

from chinalac.web.evidence import evidence_line

STORED_MEETING = "4th Ministerial Meeting of the China-CELAC Forum, 2025-05-13, Beijing, China"


@pytest.mark.parametrize(
    ("lang", "text", "words", "not_shown"),
    [
        (
            "pt",
            "A quarta reunião ministerial do Fórum China-CELAC foi realizada em Pequim em maio de "
            "2025.",
            "IV Reunião Ministerial do Fórum China–CELAC, 13 de maio de 2025, Pequim, China",
            "Ministerial Meeting",
        ),
        (
            "es",
            "La cuarta reunión ministerial del Foro China-CELAC se celebró en Pekín en mayo de 2025.",
            "IV Reunión Ministerial del Foro China–CELAC, 13 de mayo de 2025, Pekín, China",
            "Ministerial Meeting",
        ),
    ],
)
def test_a_cited_ministerial_meeting_is_named_in_the_readers_language(
    client, lang, text, words, not_shown
):
    html = client.post("/check", params={"lang": lang}, data={"text": text}).text
    lines = re.findall(r'<li data-record="ccf_ministerial_4_2025">.*?</li>', html, re.S)
    assert lines, "the meeting was not cited"
    for line in lines:
        assert words in line
        assert not_shown not in line and "2025-05-13" not in line


def test_the_states_a_ranked_list_names_are_named_not_coded(client):
    text = "China es el principal socio comercial de Brasil, Chile y Perú."
    html = client.post("/check", params={"lang": "pt"}, data={"text": text}).text
    assert "Brasil, Chile, Peru" in html
    assert "BRA, CHL, PER" not in html
    # the reason names the metric and the period in words too
    assert "china_partner_rank" not in html and "no period stated" not in html


def test_a_meeting_label_the_vocabulary_cannot_word_stays_as_written():
    """A place the vocabulary does not name: the stored words, marked English (no guess)."""
    stored = "4th Ministerial Meeting of the China-CELAC Forum, 2025-05-13, Atlantis"
    line = evidence_line({"kind": "mechanism", "note": stored}, "pt")
    assert (line.note, line.note_lang) == (stored, "en")
    english = evidence_line({"kind": "mechanism", "note": STORED_MEETING}, "en")
    assert english.note_lang == "en" and "2025-05-13" not in english.note
