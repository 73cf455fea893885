from rasd.entities.local import local_clusters


def _groups(mentions):
    return sorted(sorted(mentions[i][0] for i in cluster.mentions) for cluster in local_clusters(mentions))


def test_a_family_name_joins_the_only_person_with_it():
    mentions = [("مايك بومبيو", "PER"), ("بومبيو", "PER"), ("زلماي خليل زاد", "PER")]
    assert _groups(mentions) == [["بومبيو", "مايك بومبيو"], ["زلماي خليل زاد"]]


def test_a_family_name_shared_by_two_people_joins_neither():
    mentions = [("جو بايدن", "PER"), ("هنتر بايدن", "PER"), ("بايدن", "PER")]
    groups = _groups(mentions)
    assert ["بايدن"] in groups and ["جو بايدن"] in groups and ["هنتر بايدن"] in groups


def test_first_names_alone_never_join():
    assert ["مايك"] in _groups([("مايك بومبيو", "PER"), ("مايك", "PER")])


def test_descriptors_and_alias_groups():
    mentions = [("حركة طالبان", "ORG"), ("طالبان", "ORG"), ("حلف شمال الأطلسي", "ORG"), ("الناتو", "ORG"), ("الحلف", "ORG")]
    assert _groups(mentions) == [["الحلف", "الناتو", "حلف شمال الأطلسي"], ["حركة طالبان", "طالبان"]]


def test_an_ambiguous_alias_stays_alone_without_its_group():
    assert _groups([("الحلف", "ORG"), ("طالبان", "ORG")]) == [["الحلف"], ["طالبان"]]


def test_lone_family_names_carry_a_short_key():
    clusters = local_clusters([("بومبيو", "PER")])
    assert clusters[0].short and clusters[0].key.startswith("PER~|")


def test_a_two_part_name_joins_the_only_longer_name_between_the_same_names():
    clusters = local_clusters([("مهدي العبيدي", "PER"), ("مهدي كاظم العبيدي", "PER"), ("العبيدي", "PER")])
    assert len(clusters) == 1 and sorted(clusters[0].mentions) == [0, 1, 2]
    # Two longer names between the same first and family names: the short one joins neither.
    two = local_clusters([("مهدي العبيدي", "PER"), ("مهدي كاظم العبيدي", "PER"), ("مهدي صالح العبيدي", "PER")])
    assert len(two) == 3
    # A different first name is a different person, even with the same family name.
    assert len(local_clusters([("سعد العبيدي", "PER"), ("مهدي كاظم العبيدي", "PER")])) == 2
