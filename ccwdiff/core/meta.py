"""Document metadata: language, document symbol, title and date.

The language is read from the scripts of the text (Han, Cyrillic, Arabic, Latin)
and, for Latin-script text, from the commonest small words of English, French and
Spanish. The symbol comes from the cleaner (the running header found by
repetition, or the symbol line of the title block). The title is the report title
of the title block, after the meeting and agenda-item lines; the date is the
issue date of the title block's right column, given as ISO ``YYYY-MM-DD`` when it
can be read.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable

from .labels import SYMBOL_PATTERN, SYMBOL_RE
from .model import Block

_STOPWORDS = {
    "en": frozenset("the of and to in is that for on with by be as are this which".split()),
    "fr": frozenset("le la les des et du de en que pour une sur est dans par au aux".split()),
    "es": frozenset("el la los las de del y en que por para con una se al su".split()),
}
_MONTHS = {
    "en": "january february march april may june july august september october november december",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre "
    "diciembre",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
}
_MONTH_NUMBER = {
    name: number for names in _MONTHS.values() for number, name in enumerate(names.split(), 1)
}
_DATE_WORDS_RE = re.compile(
    r"(?i)\b(?P<d>\d{1,2})(?:er)?\s+(?:de\s+)?(?P<m>[^\W\d_]+)\s+(?:de\s+)?(?P<y>(?:19|20)\d{2})\b"
)
_DATE_EN_RE = re.compile(r"(?i)\b(?P<m>[a-z]+)\s+(?P<d>\d{1,2}),\s+(?P<y>(?:19|20)\d{2})\b")
_DATE_CJK_RE = re.compile(r"(?P<y>(?:19|20)\d{2})\s*年\s*(?P<m>\d{1,2})\s*月\s*(?P<d>\d{1,2})\s*日")
_AGENDA_RE = re.compile(
    r"(?i)^(?:(?:provisional\s+)?agenda\s+item|item|point|tema|пункт|البند)\s+\d+|^议程项目"
)
_PLACE_RE = re.compile(r"(?i)^(?:geneva|genève|ginebra|женева|new york|vienna|nairobi)\b|日内瓦$")
_SYMBOL_TOKEN_RE = re.compile(rf"(?<![\w/]){SYMBOL_PATTERN}(?![\w/])")
_DISTRIBUTION_RE = re.compile(r"(?i)\bdistr\.?\s*:")
_NOT_TITLE_RE = re.compile(r"(?i)^(?:submitted by|présenté par|presentado por|представлено)|提交$")


def detect_language(texts: Iterable[str]) -> str:
    """ "zh", "en", "fr", "es", "ru", "ar", or "und" when the text says too little."""
    # A sample is enough, and keeps this linear and quick on very long documents.
    sample = "\n".join(texts)[:60000]
    han = len(re.findall(r"[\u3400-\u4dbf\u4e00-\u9fff]", sample))
    kana = len(re.findall(r"[\u3040-\u30ff]", sample))
    cyrillic = len(re.findall(r"[\u0400-\u04ff]", sample))
    arabic = len(re.findall(r"[\u0600-\u06ff\u0750-\u077f]", sample))
    latin = len(re.findall(r"[A-Za-z\u00c0-\u024f]", sample))
    words = Counter(w.lower() for w in re.findall(r"[A-Za-z\u00c0-\u024f]+", sample))
    # Script units roughly per word: a Han character carries about one word in 1.5.
    scores = {"zh": han / 1.5, "ru": cyrillic / 5, "ar": arabic / 4, "latin": latin / 5}
    best = max(scores, key=lambda k: scores[k])
    if scores[best] < 3:
        return "und"
    if best == "zh" and kana > han * 0.1:
        return "und"  # Japanese is not a language of these reports
    if best != "latin":
        return best
    counts = {lang: sum(words[w] for w in stop) for lang, stop in _STOPWORDS.items()}
    language = max(counts, key=lambda k: counts[k])
    return language if counts[language] >= 2 else "und"


def parse_date(text: str) -> str | None:
    """ISO date of the first full date in ``text`` (any of the official-language forms)."""
    match = _DATE_CJK_RE.search(text)
    if match:
        year, month, day = int(match["y"]), int(match["m"]), int(match["d"])
    else:
        month = day = year = 0
        for pattern in (_DATE_WORDS_RE, _DATE_EN_RE):
            match = pattern.search(text)
            if match and match["m"].lower() in _MONTH_NUMBER:
                year, month, day = (
                    int(match["y"]),
                    _MONTH_NUMBER[match["m"].lower()],
                    int(match["d"]),
                )
                break
        else:
            return None
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def find_date(right_column: Iterable[str], blocks: Iterable[Block]) -> str | None:
    """Issue date: from the title block's right column, else a lone date title line."""
    for text in right_column:
        date = parse_date(text)
        if date:
            return date
    for block in blocks:
        if block.kind != "title":
            continue
        stripped = block.text.strip()
        date = parse_date(stripped)
        # A lone date line; meeting lines carry a range ("25–29 March") or a place.
        if date and len(stripped) <= 25 and not _PLACE_RE.search(stripped):
            return date
        # A title table flattened into one line: "... Distr.: General 2023 年 12 月 5 日".
        distribution = _DISTRIBUTION_RE.search(stripped)
        if distribution:
            date = parse_date(stripped[distribution.end() :])
            if date:
                return date
    return None


def find_symbol(blocks: Iterable[Block], title: str | None) -> str | None:
    """The document symbol when no running header gave it (DOCX keeps headers apart).

    First a symbol written in the title block, else the row of the report's own list of
    documents whose title is the report title ("CCW/MSP/2023/7 最后报告").
    """
    blocks = list(blocks)
    for block in blocks:
        if block.kind == "title":
            match = _SYMBOL_TOKEN_RE.search(block.text)
            if match:
                return match.group(0)
    if title:
        wanted = " ".join(title.split()).casefold()
        for block in blocks:
            if block.kind == "list-row" and block.label and SYMBOL_RE.match(block.label):
                if " ".join(block.text.split()).casefold().rstrip(".") == wanted:
                    return block.label
    return None


def find_title(blocks: Iterable[Block]) -> str | None:
    """The report title: the title block after the agenda item and its name."""
    titles = [b for b in blocks if b.kind == "title"]
    if not titles:
        return None
    candidates = titles
    for position, block in enumerate(titles):
        if _AGENDA_RE.match(block.text):
            # "Item 6 of the provisional agenda" is followed by the item's name.
            candidates = titles[position + 2 :] or titles[position + 1 :]
    for block in candidates:
        text = block.text.strip()
        if text and len(text) <= 250 and not _NOT_TITLE_RE.search(text):
            if not _PLACE_RE.search(text) and not _AGENDA_RE.match(text):
                return text
    return None
