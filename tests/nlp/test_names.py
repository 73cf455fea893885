import pytest

from rasd.nlp.names import name_without_clitics

LEXICON = {"طالبان": 20, "وطالبان": 3, "بومبيو": 5, "العراق": 30, "الحلف": 4, "لندن": 9, "حلف": 6}


@pytest.mark.parametrize(
    "surface, name",
    [
        ("وطالبان", "طالبان"),
        ("طالبان", "طالبان"),
        ("وَطالبان", "طالبان"),
        ("بومبيو", "بومبيو"),
        ("وبومبيو", "بومبيو"),
        ("والعراق", "العراق"),
        ("للحلف", "الحلف"),
        ("للأمم المتحدة", "الأمم المتحدة"),
        ("بالولايات المتحدة", "الولايات المتحدة"),
        ("لندن", "لندن"),
        ("واشنطن", "واشنطن"),
        ("لافروف", "لافروف"),
        ("فرنسا", "فرنسا"),
        ("كابول", "كابول"),
        ("وحلف شمال الأطلسي", "حلف شمال الأطلسي"),
        ("وسيم", "وسيم"),
    ],
)
def test_clitics_are_cut_only_when_the_stem_is_a_known_name(surface, name):
    assert name_without_clitics(surface, LEXICON) == name


def test_a_longer_name_needs_its_first_word_seen_once_as_a_name():
    lexicon = {"حلف": 1}
    assert name_without_clitics("لحلف شمال الأطلسي", lexicon) == "حلف شمال الأطلسي"
    assert name_without_clitics("لحلف", lexicon) == "لحلف"
