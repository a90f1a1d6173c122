"""Who wrote it and whose wire it came over: credit lines, bylines, agencies, titles.

News pages put this metadata into the text itself — "fb/aw (AFP, AP, Reuters)" at the end,
"SEOUL, May 1 (Reuters) -" at the start, "…dictator."Image: Brendan Smialowski/AFP" under a
photo, " | DW | 01.05.2021" after the title. These functions find it so the readers can keep
it out of the body. Pure functions over strings: no parsing library needed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

AGENCIES = {
    "afp": "AFP",
    "agence france-presse": "AFP",
    "agence france presse": "AFP",
    "ap": "AP",
    "associated press": "AP",
    "the associated press": "AP",
    "reuters": "Reuters",
    "thomson reuters": "Reuters",
    "dpa": "dpa",
    "deutsche presse-agentur": "dpa",
    "dw": "DW",
    "deutsche welle": "DW",
    "yonhap": "Yonhap",
    "yna": "Yonhap",
    "kcna": "KCNA",
    "korean central news agency": "KCNA",
    "xinhua": "Xinhua",
    "efe": "EFE",
    "ansa": "ANSA",
    "kyodo": "Kyodo",
    "tass": "TASS",
    "ria novosti": "RIA Novosti",
    "interfax": "Interfax",
    "upi": "UPI",
    "pa": "PA",
    "anadolu": "Anadolu",
    "anadolu agency": "Anadolu",
    "irna": "IRNA",
    "wafa": "WAFA",
    "sana": "SANA",
    "bernama": "Bernama",
    "pti": "PTI",
    "ani": "ANI",
    "aap": "AAP",
    "kna": "KNA",
    "epd": "epd",
    "bloomberg": "Bloomberg",
    "ukrinform": "Ukrinform",
    "unian": "UNIAN",
    "apa": "APA",
    "belga": "Belga",
    "anp": "ANP",
}
CREDIT_LINE = re.compile(
    r"^\s*(?P<initials>[a-z]{1,4}(?:\s*/\s*[a-z]{1,4})*)\s*"
    r"\((?:with\s+)?(?P<agencies>[A-Za-z][A-Za-z .,/&-]*)\)\s*$"
)
REPORTING = re.compile(
    r"^\s*\(?\s*(?:additional\s+)?(?:reporting|writing|compiled)\s+by\s+(?P<names>.+?)\)?\s*$",
    re.IGNORECASE,
)
DATELINE = re.compile(
    r"^[A-Z][A-Za-z .'-]{1,40}(?:,\s*[A-Z][a-z]{2,9}\.? \d{1,2})?\s*"
    r"\((?P<agency>[A-Za-z][A-Za-z .-]{0,30})\)\s*[-–—]"
)
IMAGE_CREDIT = re.compile(
    r"\(?\b(?:Image|Photo|Picture|Photograph|Bild|Foto)\s*(?:credit)?\s*:\s*(?P<credit>[^\n]{2,80}?)\)?\s*$"
)
COPYRIGHT = re.compile(r"(?:©|\(c\)|Copyright)\s*(?P<credit>[^\n]{2,80})$", re.IGNORECASE)
SEPARATOR = re.compile(r"\s+(?:[|–—·•]{1,2}|-|::)\s+")
DATE_LIKE = re.compile(
    r"^\s*(?:\d{1,4}[./-]\d{1,2}[./-]\d{1,4}|\d{1,2} \w+ \d{4}|\w+ \d{1,2}, \d{4})\s*$"
)
ORGANISATION = re.compile(
    r"\b(news|staff|desk|newsroom|agency|ministry|office|press|department|government|"
    r"editorial|team|service|times|post|herald|broadcasting|corporation|online|media|"
    r"radio|television|tv|wire|network|bureau|embassy|mission|secretariat|commission)\b",
    re.IGNORECASE,
)
JOB_TITLE = re.compile(
    r"\b(?:correspondent|editor|reporter|writer|journalist|contributor|columnist|chief|"
    r"producer|analyst|photographer|staff)s?\b",
    re.IGNORECASE,
)
PEOPLE_SPLIT = re.compile(r"\s*(?:;|,|\band\b|&|\|)\s*")


def agency(name: str) -> str | None:
    """The normal name of a news agency ("Agence France-Presse" → "AFP"), if it is one."""
    key = " ".join(name.replace("\u00a0", " ").split()).strip(" .").casefold()
    return AGENCIES.get(key)


def credit_line(line: str) -> tuple[tuple[str, ...], tuple[str, ...]] | None:
    """A trailing credit line "fb/aw (AFP, AP, Reuters)" → (initials, agencies)."""
    found = CREDIT_LINE.match(line)
    if not found:
        return None
    names = [n for n in re.split(r"\s*[,/&]\s*|\s+and\s+", found["agencies"]) if n.strip()]
    known = [agency(n) for n in names]
    if not any(known):
        return None
    initials = tuple(i.strip() for i in found["initials"].split("/"))
    return initials, tuple(a or n.strip() for a, n in zip(known, names, strict=True))


def reporting_line(line: str) -> tuple[str, ...]:
    """Wire sign-offs: "(Reporting by Hyonhee Shin; Editing by Ed Davies)" → the reporters."""
    if len(line) > 300:
        return ()
    names: list[str] = []
    for part in re.split(r"\s*;\s*", line.strip().strip("()")):
        found = REPORTING.match(part)
        if found:
            names += [_person(n) for n in re.split(r"\s*,\s*|\s+and\s+", found["names"])]
    return tuple(n for n in names if n)


def is_signoff(line: str) -> bool:
    """A credit or reporting line that ends a wire story."""
    text = line.strip()
    return credit_line(text) is not None or bool(
        re.match(r"^\(?\s*(?:additional\s+)?(?:reporting|writing|editing)\s+by\b", text, re.I)
    )


def _person(text: str) -> str:
    """ "Hyonhee Shin in Seoul" → "Hyonhee Shin"."""
    return re.split(r"\s+in\s+[A-Z]", text.strip(" ."), maxsplit=1)[0].strip()


def dateline_agency(paragraph: str) -> str | None:
    """ "SEOUL, May 1 (Reuters) - …" → "Reuters"."""
    found = DATELINE.match(paragraph)
    return agency(found["agency"]) if found else None


def image_credit(line: str) -> tuple[str, str] | None:
    """ "Kim in Hanoi.Image: Jane Roe/AFP" → ("Kim in Hanoi.", "Jane Roe/AFP")."""
    found = IMAGE_CREDIT.search(line) or COPYRIGHT.search(line)
    if not found:
        return None
    return line[: found.start()].strip(), found["credit"].strip().rstrip(")").strip()


def strip_title(title: str, sites: Iterable[str] = ()) -> str:
    """Drop " | DW | 01.05.2021"-style segments that name the site or a date, at either end."""
    names = {s.casefold() for s in sites if s} | set(AGENCIES)
    text = " ".join(title.split())
    while True:
        cuts = list(SEPARATOR.finditer(text))
        if cuts and _site_like(text[cuts[-1].end() :], names):
            text = text[: cuts[-1].start()]
        elif cuts and _site_like(text[: cuts[0].start()], names):
            text = text[cuts[0].end() :]
        else:
            return text


def _site_like(segment: str, names: set[str]) -> bool:
    text = segment.strip().casefold()
    if not text or text in names or DATE_LIKE.match(text):
        return True
    if re.fullmatch(r"(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)+", text):
        return True
    words = text.split()
    return len(words) <= 4 and any(w in {"news", "online", "tv", "radio", "times"} for w in words)


def split_people(byline: str | None, publisher: str | None) -> tuple[list[str], list[str], str]:
    """A byline → (people, agencies, organisation): organisations are not authors."""
    people: list[str] = []
    agencies: list[str] = []
    organisation = ""
    text = re.sub(r"^\s*(?:by|von|par)\s+", "", byline or "", flags=re.IGNORECASE)
    for part in PEOPLE_SPLIT.split(text):
        name = part.strip(" .")
        if not name:
            continue
        wire = agency(name)
        if JOB_TITLE.search(name) and not ORGANISATION.search(name.replace("staff", "")):
            continue  # "Foreign Correspondent": what the author does, not who
        if wire:
            agencies.append(wire)
        elif _organisation(name, publisher):
            organisation = organisation or name
        else:
            people.append(name)
    return people, agencies, organisation


def _organisation(name: str, publisher: str | None) -> bool:
    if publisher and name.casefold() == publisher.casefold():
        return True
    return bool(ORGANISATION.search(name)) or len(name.split()) > 5


def unique(items: Iterable[str]) -> tuple[str, ...]:
    """In first-seen order, without repeats."""
    return tuple(dict.fromkeys(i for i in items if i))
