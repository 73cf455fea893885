"""A small Wikidata-shaped dump written for the tests (facts public, wording the project's own)."""

from __future__ import annotations

import bz2
import gzip
import json


def _item_claim(prop: str, qid: str, qualifiers: dict | None = None) -> dict:
    claim = {"mainsnak": {"snaktype": "value", "property": prop, "datavalue": {"value": {"id": qid}}}}
    if qualifiers:
        claim["qualifiers"] = qualifiers
    return claim


def _time(prop: str, value: str, precision: int = 11) -> list:
    return [{"property": prop, "datavalue": {"value": {"time": value, "precision": precision}}}]


def held(office: str, start: str | None, end: str | None = None, precision: int = 11) -> dict:
    qualifiers = {}
    if start:
        qualifiers["P580"] = _time("P580", start, precision)
    if end:
        qualifiers["P582"] = _time("P582", end, precision)
    return _item_claim("P39", office, qualifiers)


def entity(qid: str, label: str | None, aliases=(), classes=(), claims=None, sitelinks=1, description=None) -> dict:
    data = {
        "type": "item",
        "id": qid,
        "labels": {"en": {"language": "en", "value": f"item {qid}"}},
        "aliases": {"ar": [{"language": "ar", "value": alias} for alias in aliases]} if aliases else {},
        "descriptions": {"ar": {"language": "ar", "value": description}} if description else {},
        "claims": {"P31": [_item_claim("P31", c) for c in classes]},
        "sitelinks": {f"wiki{i}": {} for i in range(sitelinks)},
    }
    if label:
        data["labels"]["ar"] = {"language": "ar", "value": label}
    for prop, values in (claims or {}).items():
        data["claims"].setdefault(prop, []).extend(values)
    return data


SECRETARY, PRESIDENT, DEFENCE, PRIME = "Q7533", "Q11696", "Q11699", "Q14211"
PEOPLE = [
    entity("Q473239", "مايك بومبيو", ["بومبيو", "مايكل بومبيو"], ["Q5"], {"P39": [
        held(SECRETARY, "+2018-04-26T00:00:00Z", "+2021-01-20T00:00:00Z")]}, sitelinks=80),
    entity("Q123301", "أنتوني بلينكن", ["بلينكن", "توني بلينكن"], ["Q5"], {"P39": [
        held(SECRETARY, "+2021-01-26T00:00:00Z", None)]}, sitelinks=60),
    entity("Q22686", "دونالد ترامب", ["ترامب", "ترمب"], ["Q5"], {"P39": [
        held(PRESIDENT, "+2017-01-20T00:00:00Z", "+2021-01-20T00:00:00Z")]}, sitelinks=250),
    entity("Q43723", "إيفانكا ترامب", [], ["Q5"], sitelinks=40),
    entity("Q1234567", "مارك إسبر", ["إسبر"], ["Q5"], {"P39": [
        held(DEFENCE, "+2019-07-23T00:00:00Z", "+2020-11-09T00:00:00Z")]}, sitelinks=30),
    entity("Q127998", "محمود عباس", ["أبو مازن"], ["Q5"], sitelinks=90),
    # A person known only in English: not kept.
    entity("Q999001", None, [], ["Q5"]),
    # A year-precision term, to check how dates are read.
    entity("Q999002", "سعيد المثال", [], ["Q5"], {"P39": [
        held(PRIME, "+2010-00-00T00:00:00Z", "+2012-00-00T00:00:00Z", precision=9)]}),
]
OFFICES = [
    entity(SECRETARY, "وزير خارجية الولايات المتحدة", ["وزير الخارجية الأمريكي"], ["Q4164871"]),
    entity(DEFENCE, "وزير الدفاع الأمريكي", [], ["Q4164871"]),
    entity(PRIME, "رئيس وزراء المثال", [], ["Q4164871"]),
]
# The presidency is classed only as something the reader does not know: found by the second pass.
LATE_OFFICE = entity(PRESIDENT, "رئيس الولايات المتحدة", [], ["Q999999"])
OTHERS = [
    entity("Q7184", "حلف شمال الأطلسي", ["الناتو", "حلف الناتو"], ["Q484652"], sitelinks=150),
    entity("Q1860", "كابل", ["كابول"], ["Q5119"], sitelinks=120),
    entity("Q3826", "معلم بلا صنف", [], [], {"P625": [{"mainsnak": {"datavalue": {"value": {}}}}]}),
    entity("Q4000", "مفهوم مجرد", [], ["Q151885"]),
]


def write_dump(path, items=None, array=True) -> None:
    """Write items the way the official dumps are laid out: a JSON array, one entity per line."""
    items = items if items is not None else [*PEOPLE, *OFFICES, LATE_OFFICE, *OTHERS]
    lines = [json.dumps(item, ensure_ascii=False) for item in items]
    text = "[\n" + ",\n".join(lines) + "\n]\n" if array else "\n".join(lines) + "\n"
    if str(path).endswith(".gz"):
        with gzip.open(path, "wt", encoding="utf-8") as stream:
            stream.write(text)
    elif str(path).endswith(".bz2"):
        with bz2.open(path, "wt", encoding="utf-8") as stream:
            stream.write(text)
    else:
        path.write_text(text, encoding="utf-8")
