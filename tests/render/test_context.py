"""Small pure pieces of the template context."""

import pytest

from casepub.render.context import elide_pages, inline, mark_label


@pytest.mark.parametrize("first,last,expected", [("41", "43", "41-3"), ("455", "459", "455-9"),
                                                 ("343", "360", "343-60"), ("99", "102", "99-102"),
                                                 ("e101", "e104", "e101-e104"), ("7", "", "7"),
                                                 ("12", "12", "12")])
def test_ama_page_elision(first, last, expected):
    assert elide_pages(first, last) == expected


def test_marks():
    assert [mark_label(n, "letters") for n in (1, 3, 26, 27)] == ["a", "c", "z", "aa"]
    assert mark_label(4, "numbers") == "4"


def test_inline_unwraps_a_single_paragraph_only():
    assert inline("<p>None.</p>") == "None."
    assert inline("<p>One.</p>\n<p>Two.</p>") == "<p>One.</p>\n<p>Two.</p>"
