"""Dates as pages print them, in their own language, calendar and digits.

``find_dates`` returns every date mention in a line with its span, so that callers can keep the
text exactly as printed (``published_text``) and choose which mention is the publication date.
Supported: ISO dates, day-first numeric dates, month names in many languages, the Solar Hijri
(Jalali) calendar (converted with ``jdatetime``) and the Islamic Hijri calendar (``hijridate``,
Umm al-Qura), Persian and Arabic-Indic digits, and an adjacent time of day.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from datetime import time as time_of_day
from functools import cache

from .moments import zone

# Persian, Arabic-Indic, Devanagari, Bengali and Thai digits
DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩०१२३४५६७८९০১২৩৪৫৬৭৮৯๐๑๒๓๔๕๖๗๘๙", "0123456789" * 5)

GREGORIAN = "gregorian"
JALALI = "jalali"
HIJRI = "hijri"
BUDDHIST = "buddhist"  # Thai: the Gregorian year plus 543 ("9 ตุลาคม 2568")

# Month names -> (calendar, month number). Lower-cased; Turkish dotted/dotless I folded below.
_MONTHS: dict[str, tuple[str, int]] = {}


def _add(calendar: str, names: list[str]) -> None:
    for number, variants in enumerate(names, start=1):
        for name in variants.split("|"):
            _MONTHS[_fold(name)] = (calendar, number)


# Turkish dotted/dotless I, Arabic and Persian letter forms; one character for one, so that
# spans found in folded text are spans of the original. The cleaner builds on this table.
LETTER_FORMS = {"İ": "i", "I": "ı", "ي": "ی", "ك": "ک", "ى": "ی"}
_FOLD = str.maketrans(LETTER_FORMS)


def _fold(text: str) -> str:
    """Lower-case and unify Arabic/Persian letter forms, keeping the length (spans stay valid)."""
    folded = text.translate(_FOLD)
    lowered = folded.lower()
    if len(lowered) == len(folded):
        return lowered
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in folded)


_add(GREGORIAN, [  # English, Azerbaijani, Turkish, Russian (both cases), German, French, Spanish...
    "january|jan|yanvar|ocak|январь|января|januar|janvier|enero|gennaio|stycznia|styczeń|janeiro|січня",
    "february|feb|fevral|şubat|февраль|февраля|februar|février|fevrier|febrero|febbraio|lutego|luty|fevereiro|лютого",
    "march|mar|mart|март|марта|märz|mars|marzo|marca|marzec|março|березня",
    "april|apr|aprel|nisan|апрель|апреля|avril|abril|aprile|kwietnia|kwiecień|квітня",
    "may|may|mayıs|май|мая|mai|mayo|maggio|maja|maj|maio|травня",
    "june|jun|iyun|haziran|июнь|июня|juni|juin|junio|giugno|czerwca|czerwiec|junho|червня",
    "july|jul|iyul|temmuz|июль|июля|juli|juillet|julio|luglio|lipca|lipiec|julho|липня",
    "august|aug|avqust|ağustos|август|августа|août|aout|agosto|sierpnia|sierpień|серпня",
    "september|sep|sept|sentyabr|eylül|сентябрь|сентября|septembre|septiembre|settembre|września|wrzesień|setembro|вересня",
    "october|oct|oktyabr|ekim|октябрь|октября|oktober|octobre|octubre|ottobre|października|październik|outubro|жовтня",
    "november|nov|noyabr|kasım|ноябрь|ноября|novembre|noviembre|listopada|listopad|novembro|листопада",
    "december|dec|dekabr|aralık|декабрь|декабря|dezember|décembre|decembre|diciembre|dicembre|grudnia|grudzień|dezembro|грудня",
])
_add(GREGORIAN, [  # Dutch, Swedish/Danish/Norwegian, Indonesian/Malay, Romanian, Hungarian, Czech
    "januari|janvier|ianuarie|január|ledna|leden|jänner|janeiro|tammikuuta",
    "februari|februarie|február|února|únor|februar|helmikuuta",
    "maart|maret|martie|március|března|březen|maaliskuuta",
    "aprilie|április|dubna|duben|huhtikuuta",
    "mei|mai|május|května|květen|toukokuuta",
    "juni|juni|iunie|június|června|červen|kesäkuuta",
    "juli|iulie|július|července|červenec|heinäkuuta",
    "augustus|augusti|agustus|augusztus|srpna|srpen|elokuuta",
    "september|septembrie|szeptember|září|syyskuuta",
    "oktober|octombrie|október|října|říjen|lokakuuta",
    "november|noiembrie|listopadu|marraskuuta",
    "december|desember|decembrie|prosince|prosinec|joulukuuta",
])
_add(GREGORIAN, [  # Serbian, Bulgarian, Macedonian (Cyrillic and Latin), Greek (genitive)
    "јануар|јануара|januar|januara|януари|јануари|ιανουαρίου|ιανουαριου",
    "фебруар|фебруара|februara|февруари|февруари|φεβρουαρίου|φεβρουαριου",
    "март|марта|marta|μαρτίου|μαρτιου",
    "април|априла|aprila|απριλίου|απριλιου",
    "мај|маја|maja|μαΐου|μαϊου|μαιου",
    "јун|јуна|juna|юни|јуни|ιουνίου|ιουνιου",
    "јул|јула|jula|юли|јули|ιουλίου|ιουλιου",
    "август|августа|avgust|avgusta|αυγούστου|αυγουστου",
    "септембар|септембра|septembar|septembra|септември|σεπτεμβρίου|σεπτεμβριου",
    "октобар|октобра|oktobar|oktobra|октомври|οκτωβρίου|οκτωβριου",
    "новембар|новембра|novembar|novembra|ноември|νοεμβρίου|νοεμβριου",
    "децембар|децембра|decembar|decembra|декември|δεκεμβρίου|δεκεμβριου",
])
_add(GREGORIAN, [  # Catalan
    "gener", "febrer", "març|marc", "abril", "maig", "juny", "juliol", "agost", "setembre",
    "octubre", "novembre", "desembre",
])
_add(GREGORIAN, [  # Albanian; Croatian and Bosnian (genitive); short forms of Romance and
    # Germanic names as sites print them ("02 ago 2017", "22 abr 2022", "8 janv. 2021")
    "janar|siječnja|sijecnja|ene|gen|janv", "shkurt|veljače|veljace|fev|févr|fevr",
    "ožujka|ozujka|mär|maerz", "prill|travnja|abr|avr", "svibnja|mag",
    "qershor|lipnja|giu", "korrik|srpnja|lug|juil", "gusht|kolovoza|ago|aoû",
    "shtator|rujna|set", "tetor|ott|out|okt", "nëntor|nentor|studenoga|studenog",
    "dhjetor|prosinca|dic|dez|déc",
])
_add(GREGORIAN, [  # Arabic (Egyptian/Gulf and Levantine names), Persian transliterations
    "يناير|كانون الثاني|ژانویه|ژانویهٔ", "فبراير|شباط|فوریه", "مارس|آذار",
    "أبريل|ابريل|إبريل|نيسان|آوریل", "مايو|أيار|ایار|مه|می", "يونيو|يونيه|حزيران|ژوئن",
    "يوليو|يوليه|تموز|ژوئیه|جولای", "أغسطس|اغسطس|آب|اوت|آگوست",
    "سبتمبر|أيلول|ايلول|سپتامبر", "أكتوبر|اكتوبر|تشرين الأول|تشرين الاول|اکتبر",
    "نوفمبر|تشرين الثاني|نوامبر", "ديسمبر|كانون الأول|كانون الاول|دسامبر",
])
_add(GREGORIAN, [  # Russian short forms ("09 окт 2025"); Tajik, Uzbek and Kazakh; Armenian
    # (genitive); Georgian; Hindi
    "янв|январ|қаңтар|հունվարի|იანვარი|იანვრის|जनवरी", "фев|февр|феврал|ақпан|փետրվարի|თებერვალი|თებერვლის|फ़रवरी|फरवरी",
    "мар|наурыз|մարտի|მარტი|მარტის|मार्च", "апр|апрел|сәуір|ապրիլի|აპრილი|აპრილის|अप्रैल",
    "мамыр|մայիսի|მაისი|მაისის|मई", "июн|маусым|հունիսի|ივნისი|ივნისის|जून",
    "июл|шілде|հուլիսի|ივლისი|ივლისის|जुलाई", "авг|тамыз|օգոստոսի|აგვისტო|აგვისტოს|अगस्त",
    "сен|сент|сентябр|sentabr|қыркүйек|սեպտեմբերի|სექტემბერი|სექტემბრის|सितंबर|सितम्बर",
    "окт|октябр|oktabr|қазан|հոկտեմբերի|ოქტომბერი|ოქტომბრის|अक्टूबर",
    "ноя|нояб|ноябр|қараша|նոյեմբերի|ნოემბერი|ნოემბრის|नवंबर|नवम्बर",
    "дек|декабр|желтоқсан|դեկտեմբերի|დეკემბერი|დეკემბრის|दिसंबर|दिसम्बर",
])
_add(GREGORIAN, [  # Turkish short forms ("09 Eki 2025")
    "oca", "şub|sub", "mar", "nis", "may", "haz", "tem", "ağu|agu", "eyl", "eki", "kas", "ara",
])
_add(GREGORIAN, [  # Slovak, Slovenian, Estonian, Icelandic
    "januára|januarja|jaanuar|janúar", "februára|februarja|veebruar|febrúar",
    "apríla|marec|märts", "aprila|aprill|apríl", "mája|maja|maí",
    "júna|junij|junija|juuni|júní", "júla|julij|julija|juuli|júlí", "augusta|avgusta|ágúst",
    "septembra|septembri", "októbra|oktobra|oktoober|október", "novembra|nóvember",
    "decembra|detsember|desember",
])
_add(GREGORIAN, [  # Lithuanian (genitive), Latvian (nominative and locative)
    "sausio|janvāris|janvārī|janvāra", "vasario|februāris|februārī|februāra",
    "kovo|marts|martā|marta", "balandžio|aprīlis|aprīlī|aprīļa", "gegužės|maijs|maijā|maija",
    "birželio|jūnijs|jūnijā|jūnija", "liepos|jūlijs|jūlijā|jūlija",
    "rugpjūčio|augusts|augustā|augusta", "rugsėjo|septembris|septembrī|septembra",
    "spalio|oktobris|oktobrī|oktobra", "lapkričio|novembris|novembrī|novembra",
    "gruodžio|decembris|decembrī|decembra",
])
_add(GREGORIAN, [  # Belarusian; Polish short forms ("9 paź 2025")
    "студзеня|sty", "лютага|lut", "сакавіка", "красавіка|kwi", "мая", "чэрвеня|cze",
    "ліпеня|lip", "жніўня|sie", "верасня|wrz", "кастрычніка|paź|paz", "лістапада|lis",
    "снежня|gru",
])
_add(GREGORIAN, [  # Tagalog, Swahili, Zulu, Xhosa
    "enero|januari|januwari|janyuwari", "pebrero|februari|februwari", "marso|machi|mashi|matshi",
    "aprili|ephreli|apreli|epreli", "mayo|mei|meyi", "hunyo|juni", "hulyo|julai|julayi",
    "agosto|agosti|agasti", "setyembre|septemba", "oktubre|oktoba|okthoba|okthobha|oktobha",
    "nobyembre|novemba", "disyembre|desemba|disemba",
])
_add(GREGORIAN, [  # Welsh, Irish, Maltese
    "ionawr|eanáir|jannar", "chwefror|feabhra|frar", "mawrth|márta|marzu",
    "ebrill|aibreán|april", "mai|bealtaine|mejju", "mehefin|meitheamh|ġunju|gunju",
    "gorffennaf|iúil|lulju", "awst|lúnasa|awwissu", "medi|meán fómhair|settembru",
    "hydref|deireadh fómhair|ottubru", "tachwedd|samhain|novembru", "rhagfyr|nollaig|diċembru",
])
_add(GREGORIAN, [  # Hebrew, alone and after ב ("ב-9 באוקטובר"); Urdu; Bengali
    "ינואר|בינואר|جنوری|জানুয়ারি", "פברואר|בפברואר|فروری|ফেব্রুয়ারি", "מרץ|במרץ|مارچ|মার্চ",
    "אפריל|באפריל|اپریل|এপ্রিল", "מאי|במאי|مئی|মে", "יוני|ביוני|جون|জুন",
    "יולי|ביולי|جولائی|জুলাই", "אוגוסט|באוגוסט|اگست|আগস্ট",
    "ספטמבר|בספטמבר|ستمبر|সেপ্টেম্বর", "אוקטובר|באוקטובר|اکتوبر|অক্টোবর",
    "נובמבר|בנובמבר|نومبر|নভেম্বর", "דצמבר|בדצמבר|دسمبر|ডিসেম্বর",
])
_add(BUDDHIST, [  # Thai, in full and short ("9 ต.ค. 2568")
    "มกราคม|ม.ค.", "กุมภาพันธ์|ก.พ.", "มีนาคม|มี.ค.", "เมษายน|เม.ย.", "พฤษภาคม|พ.ค.",
    "มิถุนายน|มิ.ย.", "กรกฎาคม|ก.ค.", "สิงหาคม|ส.ค.", "กันยายน|ก.ย.", "ตุลาคม|ต.ค.",
    "พฤศจิกายน|พ.ย.", "ธันวาคม|ธ.ค.",
])
_add(JALALI, ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد|امرداد", "شهریور", "مهر", "آبان",
              "آذر", "دی", "بهمن", "اسفند"])
_add(HIJRI, ["محرم", "صفر", "ربيع الأول|ربيع الاول", "ربيع الآخر|ربيع الثاني", "جمادى الأولى|جمادى الاولى",
             "جمادى الآخرة|جمادى الثانية", "رجب", "شعبان", "رمضان", "شوال", "ذو القعدة|ذي القعدة",
             "ذو الحجة|ذي الحجة"])

def _month(name: str) -> tuple[str, int]:
    """The calendar and number of a month name the patterns matched. They match without case,
    and a dotless ı matches an i then: "ABRIL" folds to "abrıl" (the Turkish reading of I)."""
    folded = _fold(name)
    return _MONTHS.get(folded) or _MONTHS[folded.replace("ı", "i")]


def _listopad(match: re.Match[str], month: int) -> int:
    """"listopada" is November in Polish and October in Croatian. Croatian writes its day as an
    ordinal, with a dot ("9. listopada 2025."); Polish writes none ("9 listopada 2025")."""
    if month == 11 and match["month"].lower().startswith("listopad"):
        between = match.string[match.end("d"):match.start("month")]
        if between.startswith("."):
            return 10
    return month


_MONTH_ALTERNATION = "|".join(
    sorted((re.escape(name) for name in _MONTHS), key=len, reverse=True)
)
_WORD_END = r"(?![\w\u0600-\u06FF])"
_WORD_START = r"(?<![\w\u0600-\u06FF])"

# A year's end: no digit follows, unless the next date follows glued on, as a page prints its
# published and updated dates with nothing between them ("27 abril, 202226 abril, 2022",
# "22/04/202222/04/2022").
_YEAR_END = (r"(?:(?!\d)|(?=(?:0?[1-9]|[12]\d|3[01])"
             r"(?:[./](?:0?[1-9]|1[0-2])[./](?:19|20)\d\d|\.?\s+(?:de\s+)?[^\W\d])))")
_GLUED_NUMERIC = r"(?:0?[1-9]|[12]\d|3[01])[./](?:0?[1-9]|1[0-2])[./](?:19|20)\d\d"
_TIME = r"(?P<{0}>(?:[01]?\d|2[0-3])[:.h][0-5]\d)"  # 18:05, 18.05, 18h05
_ISO = re.compile(  # 2022-05-13, and year first with slashes or dots: 2022/05/13, 2022.05.13
    r"(?<![\d./])(?P<y>(?:19|20)\d\d)(?P<sep>[-/.])(?P<m>0?[1-9]|1[0-2])(?P=sep)"
    r"(?P<d>0?[1-9]|[12]\d|3[01])\.?(?:[Tt ]\s*(?P<t>(?:[01]\d|2[0-3]):[0-5]\d))?(?![\d/])"
    r"(?![-_][^\W_])"  # not a name's part: "2022-05-11-schuze-snemovny-18.jpg", "2022_05_11_a"
)
# "1404/07/17", "۱۴۰۴/۰۷/۱۷ - ۱۴:۲۰": the Solar Hijri year first, as Iranian sites print it (a
# year from 1300 to 1424; an Islamic Hijri year in figures is 1425 or later these decades)
_JALALI_NUMERIC = re.compile(
    r"(?<![\d/.-])(?P<y>13\d\d|14[01]\d|142[0-4])(?P<sep>[/.-])(?P<m>0?[1-9]|1[0-2])(?P=sep)"
    r"(?P<d>0?[1-9]|[12]\d|3[01])(?![\d/])(?:\s*[-–,|]?\s*(?P<t>(?:[01]?\d|2[0-3]):[0-5]\d))?"
)
# "2022年5月13日" (Chinese, Japanese), "2022년 5월 13일" (Korean)
_EAST_ASIAN = re.compile(
    r"(?<!\d)(?P<y>(?:19|20)\d\d)\s*[年년]\s*(?P<m>0?[1-9]|1[0-2])\s*[月월]\s*"
    r"(?P<d>0?[1-9]|[12]\d|3[01])(?!\d)\s*[日일]?"
    r"(?:\s*(?P<t>(?:[01]?\d|2[0-3])(?:[:.]|\s*[時时시]\s*)[0-5]\d)(?:\s*[分분])?)?"  # 18時05分
)
# "13.05.22": a two-digit year, only with a two-digit day and month (not a version number)
_SHORT_YEAR = re.compile(
    r"(?<![\d.])(?P<d>0[1-9]|[12]\d|3[01])[./](?P<m>0[1-9]|1[0-2])[./](?P<y>\d\d)(?![\d.]\d|\d)"
    r"(?:,?\s+" + _TIME.format("t") + r")?"
)
_NUMERIC = re.compile(  # 13.05.2022, 13/05/2022, and with a space after each dot: 13. 5. 2022
    r"(?<![\d.])(?P<d>0?[1-9]|[12]\d|3[01])(?:[./]|\.\s)(?P<m>0?[1-9]|1[0-2])(?:[./]|\.\s)"
    r"(?P<y>(?:19|20)\d\d)(?:(?![\d.]\d)|(?=" + _GLUED_NUMERIC + r"))"
    r"(?:,?\s+(?:saat\s+)?" + _TIME.format("t") +
    r"|\s*(?:[|/–-]|,?\s*(?:в|at|um|à|o|u|ob|alle|ore|kl\.?))\s*(?P<t2>(?:[01]?\d|2[0-3]):[0-5]\d))?"
)
# "2/26/2015 7:11 AM", "10/23/2025", "11/13/19": the month first, as American sites print it,
# where the second number cannot be a month (a date that reads both ways is read day first,
# above)
_MONTH_FIRST = re.compile(
    r"(?<![\d./])(?P<m>0?[1-9]|1[0-2])/(?P<d>1[3-9]|2\d|3[01])/(?P<y>(?:19|20)\d\d|\d\d)"
    r"(?![\d/])"
    r"(?:,?\s+(?:at\s+)?" + _TIME.format("t") + r")?"
)
# "24 Yanvar 2026 19:49", "24 اردیبهشت 1401", "الأربعاء، 21 يناير 2026", "5 мая 2024 г."
_DAY_MONTH_YEAR = re.compile(
    r"(?P<d>(?<!\d)(?:0?[1-9]|[12]\d|3[01]))(?:\.|st|nd|rd|th)?\s*(?:-?(?:ci|cı|cu|cü|inci|ıncı))?"
    r"(?:\s+|(?<=\.)|-(?=[^\W\d_]))"  # "21 dez. 2018", "21.dez.2018", "9-oktabr" (Uzbek)
    r"(?:de\s+|d['’]|ta['’]\s+)?"  # "21 de abril de 2025", "9 d'octubre", "9 ta' Ottubru"
    rf"{_WORD_START}(?P<month>{_MONTH_ALTERNATION}){_WORD_END}\.?,?\s*(?:del?\s+)?"
    r"(?:/\s*[^\d\s/]+(?:\s[^\d\s/]+)?\s*)?"  # doubled month names: "ديسمبر/كانون الأول"
    r"(?P<y>(?:19|20|13|14|25)\d\d)" + _YEAR_END + r"(?:\s*(?:г\.|года|y\.|il|yılı|م|ه\.ش|هـ)\.?)?"
    r"(?:[,.]?\s*(?:-|–|\||at|saat|в|ساعت|الساعة|à|às|a\s+las|ore|alle|um|o\s+godz\.?|o|u|ob|kl\.?|klo)?"
    r"\s*" + _TIME.format("t") + r")?",
    re.IGNORECASE,
)
# "May 14, 2022", "May 14 2022 9:47"
_MONTH_DAY_YEAR = re.compile(
    rf"{_WORD_START}(?P<month>{_MONTH_ALTERNATION}){_WORD_END}\.?\s+"
    r"(?P<d>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)" + _YEAR_END +
    r"(?:,?\s*(?:at\s+)?" + _TIME.format("t") + r")?",
    re.IGNORECASE,
)
# The year first, then the month's name: "2025. október 9." (Hungarian), "2025 m. spalio 9 d."
# (Lithuanian), "2025 թ. հոկտեմբերի 9" (Armenian)
_YEAR_MONTH_DAY = re.compile(
    r"(?<![\d.])(?P<y>(?:19|20)\d\d)(?:\.|\s+m\.|\s+թ\.?)\s*"
    rf"{_WORD_START}(?P<month>{_MONTH_ALTERNATION}){_WORD_END}"
    r"\.?\s+(?P<d>0?[1-9]|[12]\d|3[01])\.?(?!\d)(?:\s*d\.)?(?:,?\s*" + _TIME.format("t") + r")?",
    re.IGNORECASE,
)
# The year first, then the day and the month's name: "2025. gada 9. oktobris" (Latvian),
# "2025 жылғы 9 қазан", "2025 ж. 9 қазан" (Kazakh)
_YEAR_DAY_MONTH = re.compile(
    r"(?<![\d.])(?P<y>(?:19|20)\d\d)(?:\.?\s*gada|\s+жылғы|\s+ж\.)\s+"
    r"(?P<d>0?[1-9]|[12]\d|3[01])\.?\s+"
    rf"{_WORD_START}(?P<month>{_MONTH_ALTERNATION}){_WORD_END}\.?(?:,?\s*" + _TIME.format("t") + r")?",
    re.IGNORECASE,
)
# "2025. 10. 9." (Korean, Hungarian: year, month, day, a dot and a space after each)
_YEAR_DOTTED = re.compile(
    r"(?<![\d.])(?P<y>(?:19|20)\d\d)\.\s(?P<m>0?[1-9]|1[0-2])\.\s(?P<d>0?[1-9]|[12]\d|3[01])"
    r"\.?(?!\d)(?:\s*" + _TIME.format("t") + r")?"
)
# "09-10-2025 14:20": day, month and year of two, two and four digits with dashes
_DASHED = re.compile(
    r"(?<![\d-])(?P<d>0[1-9]|[12]\d|3[01])-(?P<m>0[1-9]|1[0-2])-(?P<y>(?:19|20)\d\d)(?![\d-])"
    r"(?:,?\s+" + _TIME.format("t") + r")?"
)
# "ngày 9 tháng 10 năm 2025" (Vietnamese)
_VIETNAMESE = re.compile(
    r"(?<!\d)(?P<d>0?[1-9]|[12]\d|3[01])\s+tháng\s+(?P<m>0?[1-9]|1[0-2]),?\s+(?:năm\s+)?"
    r"(?P<y>(?:19|20)\d\d)(?!\d)",
    re.IGNORECASE,
)
_MERIDIEM = re.compile(r"\s*(?:(?P<pm>p\.?\s?m\.?)|a\.?\s?m\.?)(?![^\W\d_])", re.IGNORECASE)
_TIME_BEFORE = re.compile(_TIME.format("t") + r"\s*[-–,|]?\s*$")

# A time's zone printed after it: "GMT+3", "(UTC+03:30)", "+0300", "MSK", "TSİ", "Bakı vaxtı",
# "به وقت تهران", "بتوقيت مكة المكرمة". Matched on the folded line (lower case, Arabic and
# Persian letter forms unified), right after the time.
_STATED_OFFSET = re.compile(
    r"\s*[(\[]?\s*(?:(?:gmt|utc)\s*(?P<sign>[+\-−–])\s*(?P<h>\d{1,2})(?:[:.]?(?P<m>[0-5]\d))?"
    r"|(?P<numeric_sign>[+\-−])(?P<nh>[01]\d|2[0-3]):?(?P<nm>[0-5]\d)(?!\d)"
    r"|(?P<utc>gmt|utc|z)(?![\w+\-−])"
    r"|(?P<name>" + "|".join(sorted((re.escape(_fold(n)) for n in (
        "msk", "мск", "по московскому времени", "moscow time", "по москве",
        "bakı vaxtı", "bakı vaxtı ilə", "baku time", "по бакинскому времени",
        "tsi", "tsİ", "türkiye saati", "türkiye saatiyle", "turkish time",
        "به وقت تهران", "tehran time", "بتوقيت طهران",
        "بتوقيت مكة المكرمة", "بتوقيت مكة", "بتوقيت السعودية", "بتوقيت الرياض",
        "بتوقيت القاهرة", "بتوقيت غرينتش", "بتوقيت جرينتش", "به وقت گرینویچ",
        "по киевскому времени", "kyiv time", "cet", "cest", "bst", "est", "edt", "pst", "pdt")),
        key=len, reverse=True)) + r"))(?![\w\u0600-\u06FF])\s*[)\]]?",
    re.IGNORECASE,
)
# Zones by name: the IANA zone, whose offset on the day is taken (Moscow was +04:00 in 2012),
# or a fixed offset for the abbreviations that name one.
_NAMED_ZONES = {
    "msk": "Europe/Moscow", "мск": "Europe/Moscow", "по московскому времени": "Europe/Moscow",
    "moscow time": "Europe/Moscow", "по москве": "Europe/Moscow",
    "bakı vaxtı": "Asia/Baku", "bakı vaxtı ilə": "Asia/Baku", "baku time": "Asia/Baku",
    "по бакинскому времени": "Asia/Baku",
    "tsi": "Europe/Istanbul", "tsİ": "Europe/Istanbul", "türkiye saati": "Europe/Istanbul",
    "türkiye saatiyle": "Europe/Istanbul", "turkish time": "Europe/Istanbul",
    "به وقت تهران": "Asia/Tehran", "tehran time": "Asia/Tehran", "بتوقيت طهران": "Asia/Tehran",
    "بتوقيت مكة المكرمة": "Asia/Riyadh", "بتوقيت مكة": "Asia/Riyadh",
    "بتوقيت السعودية": "Asia/Riyadh", "بتوقيت الرياض": "Asia/Riyadh",
    "بتوقيت القاهرة": "Africa/Cairo", "بتوقيت غرينتش": "UTC", "بتوقيت جرينتش": "UTC",
    "به وقت گرینویچ": "UTC", "по киевскому времени": "Europe/Kyiv", "kyiv time": "Europe/Kyiv",
    "cet": "+01:00", "cest": "+02:00", "bst": "+01:00", "est": "-05:00", "edt": "-04:00",
    "pst": "-08:00", "pdt": "-07:00",
}


_ZONES_FOLDED = {_fold(name): zone for name, zone in _NAMED_ZONES.items()}


def stated_offset(line: str, position: int, day: date, clock: str) -> tuple[str, int] | None:
    """The UTC offset (``+03:00``) a zone printed right after a time at ``position`` of
    ``line`` states for ``day`` at ``clock``, and where the zone's text ends; None when no zone
    is printed there."""
    match = _STATED_OFFSET.match(_fold(line), position)
    if match is None:
        return None
    if match["h"]:
        sign = "-" if match["sign"] in "-−–" else "+"
        hours, minutes = int(match["h"]), int(match["m"] or 0)
        if hours > 14:
            return None
        offset = f"{sign}{hours:02d}:{minutes:02d}"
    elif match["nh"]:
        sign = "-" if match["numeric_sign"] in "-−" else "+"
        offset = f"{sign}{match['nh']}:{match['nm']}"
    elif match["utc"]:
        offset = "+00:00"
    else:
        name = _ZONES_FOLDED[match["name"]]
        if name[0] in "+-":
            offset = name
        else:
            place = zone(name)
            if place is None:  # a system without that zone's data
                return None
            hours, minutes = (int(part) for part in clock.split(":"))
            moment = datetime.combine(day, time_of_day(hours, minutes), tzinfo=place)
            total = int(moment.utcoffset().total_seconds() // 60)
            sign = "-" if total < 0 else "+"
            offset = f"{sign}{abs(total) // 60:02d}:{abs(total) % 60:02d}"
    return offset, match.end()


@dataclass(frozen=True)
class DateMention:
    """A date found in text: the Gregorian value, the text as printed and its span."""

    value: date
    time: str | None
    calendar: str
    text: str
    start: int
    end: int
    offset: str | None = None
    """The time's UTC offset (``+03:30``), when the page states it."""

    @property
    def iso(self) -> str:
        if self.time:
            return f"{self.value.isoformat()}T{self.time}{self.offset or ''}"
        return self.value.isoformat()


def _to_gregorian(calendar: str, year: int, month: int, day: int) -> date | None:
    try:
        if calendar == JALALI:
            import jdatetime

            return jdatetime.date(year, month, day).togregorian()
        if calendar == BUDDHIST:
            return date(year - 543 if year > 2400 else year, month, day)
        if calendar == HIJRI:
            from hijridate import Hijri

            return Hijri(year, month, day).to_gregorian()
        return date(year, month, day)
    except (ValueError, OverflowError):
        return None


def _time(raw: str | None) -> str | None:
    if not raw:
        return None
    hours, minutes = re.split(r"[:.h]|\s*[時时시]\s*", raw)
    return f"{int(hours):02d}:{minutes}"


def find_dates(line: str) -> list[DateMention]:
    """Every date in ``line``, in order of appearance, with calendars converted to Gregorian."""
    ascii_line = _fold(line.translate(DIGITS))  # same length: spans stay valid for ``line``
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []

    def overlaps(start: int, end: int) -> bool:
        return any(start < b and a < end for a, b in taken)

    for pattern in (_ISO, _EAST_ASIAN, _JALALI_NUMERIC, _DAY_MONTH_YEAR, _MONTH_DAY_YEAR,
                    _YEAR_MONTH_DAY, _YEAR_DAY_MONTH, _NUMERIC, _MONTH_FIRST, _YEAR_DOTTED, _DASHED, _VIETNAMESE,
                    _SHORT_YEAR):
        for match in pattern.finditer(ascii_line):
            start, end = match.span()
            if overlaps(start, end):
                continue
            year, day = int(match["y"]), int(match["d"])
            if year < 100:  # two digits: this century unless that is in the future
                year += 2000 if year <= date.today().year % 100 + 1 else 1900
            if "month" in match.groupdict() and match["month"]:
                calendar, month = _month(match["month"])
                if calendar == GREGORIAN and not 1900 <= year <= 2100:
                    # a Jalali or Hijri year with a name shared by calendars ("مارس")
                    continue
                month = _listopad(match, month)
                if calendar in (JALALI, HIJRI) and not 1300 <= year <= 1500:
                    continue
            else:
                calendar = JALALI if pattern is _JALALI_NUMERIC else GREGORIAN
                month = int(match["m"])
            value = _to_gregorian(calendar, year, month, day)
            if value is None:
                continue
            groups = match.groupdict()
            time = _time(groups.get("t") or groups.get("t2"))
            if time is not None:
                # "2:20 PM": a twelve-hour clock
                meridiem = _MERIDIEM.match(ascii_line, end)
                if meridiem:
                    hours = int(time[:2]) % 12 + (12 if meridiem["pm"] else 0)
                    time = f"{hours:02d}{time[2:]}"
                    end = meridiem.end()
            offset = None
            if time is None:
                before = _TIME_BEFORE.search(ascii_line[:start])
                if before:
                    time = _time(before["t"])
                    start = before.start()
            elif (stated := stated_offset(line.translate(DIGITS), end, value, time)) is not None:
                offset, end = stated
            found.append(DateMention(value, time, calendar, line[start:end].strip(), start, end,
                                     offset))
            taken.append((start, end))
    found.sort(key=lambda mention: mention.start)
    return found


_URL_DATE = [
    # /2022/05/13/ or /2022/5/13/ or /2022-05-13 or /2022_05_13
    (GREGORIAN, False, re.compile(
        r"(?<!\d)(?P<y>(?:19|20)\d\d)[/_-](?P<m>0?[1-9]|1[0-2])[/_-]"
        r"(?P<d>0?[1-9]|[12]\d|3[01])(?!\d)")),
    # 20220513 alone, or opening a longer number: 202103151021455123 (a day, a time, an id)
    (GREGORIAN, False, re.compile(
        r"(?<!\d)(?P<y>(?:19|20)\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])"
        r"(?:(?:[01]\d|2[0-3])[0-5]\d\d{0,8})?(?!\d)")),
    # 13-05-2022, 13.05.2022 in a slug, or /17/03/2023/ as path steps
    (GREGORIAN, False, re.compile(
        r"(?<![\d.])(?P<d>0[1-9]|[12]\d|3[01])(?P<sep>[-_./])(?P<m>0[1-9]|1[0-2])(?P=sep)"
        r"(?P<y>(?:19|20)\d\d)(?!\d)")),
    # 17032023 alone (day, month, year: "…-17032023-512904/")
    (GREGORIAN, False, re.compile(
        r"(?<!\d)(?P<d>0[1-9]|[12]\d|3[01])(?P<m>0[1-9]|1[0-2])(?P<y>(?:19|20)\d\d)(?!\d)")),
    # the Solar Hijri day of Iranian sites: /fa/news/1401/12/26/2867123/ (no Gregorian year
    # is 13xx or 14xx in an address)
    (JALALI, False, re.compile(
        r"(?<!\d)(?P<y>1[34]\d\d)[/_-](?P<m>0?[1-9]|1[0-2])[/_-](?P<d>0?[1-9]|[12]\d|3[01])"
        r"(?!\d)")),
    # and opening a story's number there: /news/14011226000123/ (the day, then the id); only
    # on a Persian site, where a number so shaped is no other site's id or timestamp
    (JALALI, True, re.compile(
        r"(?<!\d)(?P<y>1[34]\d\d)(?P<m>0[1-9]|1[0-2])(?P<d>0[1-9]|[12]\d|3[01])\d{3,8}"
        r"(?!\d)")),
]


# a month's name as a step (/2025/oct/09/) or in a slug (putin-aliyev-9-october-2025)
_URL_MONTH_STEP = re.compile(
    r"/(?P<y>(?:19|20)\d\d)/(?P<m>[^\W\d_]{3,12})/(?P<d>0?[1-9]|[12]\d|3[01])(?=/|$)")


def _named_month_in_path(path: str) -> date | None:
    for match in _URL_MONTH_STEP.finditer(path):
        try:
            calendar, month = _month(match["m"])
        except KeyError:
            continue
        if calendar == GREGORIAN:
            found = _to_gregorian(calendar, int(match["y"]), month, int(match["d"]))
            if found is not None:
                return found
    for step in path.split("/"):
        if not any(ch.isdigit() for ch in step):
            continue
        words = re.sub(r"[-_+]+", " ", step.rsplit(".", 1)[0] if "." in step else step)
        for mention in find_dates(words):
            if mention.calendar == GREGORIAN and re.search(r"[^\W\d_]", mention.text):
                return mention.value
    return None


def _persian_site(host: str, path: str) -> bool:
    return host.endswith(".ir") or "/fa/" in f"{path}/"


def date_in_url(url: str | None) -> date | None:
    """The day an address carries in its path (``/2022/05/13/``, ``2022-05-13``,
    ``20220513``, ``202103151021455123-…``, ``…-17032023-512904/``, ``/17/03/2023/``,
    ``/2025/oct/09/``, ``…-9-october-2025``; on
    Iranian sites the Solar Hijri ``/1401/12/26/`` and ``14011226000123``), as a Gregorian
    date, or None. Query strings are not read; a day in the future is no day."""
    if not url:
        return None
    from urllib.parse import unquote, urlsplit

    parts = urlsplit(url)
    path = parts.path
    persian = _persian_site((parts.hostname or "").lower(), path)
    for calendar, persian_only, pattern in _URL_DATE:
        if persian_only and not persian:
            continue
        for match in pattern.finditer(path):
            found = _to_gregorian(calendar, int(match["y"]), int(match["m"]), int(match["d"]))
            if found is not None and found <= date.today():
                return found
    found = _named_month_in_path(unquote(path))
    return found if found is not None and found <= date.today() else None


# Dates printed without a year ("on 13 May") or without a day ("in May 2022"): evidence for
# matching a report with an event, never a publication date.
_DAY_MONTH = re.compile(
    r"(?P<d>(?<!\d)(?:0?[1-9]|[12]\d|3[01]))(?:\.|st|nd|rd|th)?\s+"
    rf"{_WORD_START}(?P<month>{_MONTH_ALTERNATION}){_WORD_END}(?!\.?,?\s*(?:19|20|13|14)\d\d)",
    re.IGNORECASE)
_MONTH_DAY = re.compile(
    rf"{_WORD_START}(?P<month>{_MONTH_ALTERNATION}){_WORD_END}\.?\s+"
    r"(?P<d>0?[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?(?!\d)(?!,?\s+(?:19|20)\d\d)", re.IGNORECASE)
_MONTH_YEAR = re.compile(
    rf"(?<!\d\s)(?<!\d\.\s){_WORD_START}(?P<month>{_MONTH_ALTERNATION}){_WORD_END}\.?,?\s+"
    r"(?P<y>(?:19|20)\d\d)(?!\d)", re.IGNORECASE)


@cache
def _jalali_days(month: int, day: int) -> frozenset[tuple[int, int]]:
    """The Gregorian (month, day) pairs a Solar Hijri day without a year can be."""
    found = (_to_gregorian(JALALI, year, month, day) for year in range(1400, 1408))
    return frozenset((d.month, d.day) for d in found if d is not None)


def find_partial_dates(line: str) -> tuple[set[tuple[int, int]], set[tuple[int, int]]]:
    """Gregorian (month, day) pairs printed without a year, and (year, month) pairs printed
    without a day, in ``line``."""
    folded = _fold(line.translate(DIGITS))
    days: set[tuple[int, int]] = set()
    months: set[tuple[int, int]] = set()
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        for match in pattern.finditer(folded):
            calendar, month = _month(match["month"])
            if calendar in (GREGORIAN, BUDDHIST):
                days.add((_listopad(match, month), int(match["d"])))
            elif calendar == JALALI:
                # a Solar Hijri day falls on one of two Gregorian days, as the leap years fall
                days |= _jalali_days(month, int(match["d"]))
    for match in _MONTH_YEAR.finditer(folded):
        calendar, month = _month(match["month"])
        if calendar == GREGORIAN:
            months.add((int(match["y"]), month))
    return days, months


def find_yearless_days(line: str) -> list[tuple[int, int, int, int]]:
    """The Gregorian days printed without a year in ``line``, as (month, day, start, end)."""
    folded = _fold(line.translate(DIGITS))  # same length: spans stay valid for ``line``
    found = []
    for pattern in (_DAY_MONTH, _MONTH_DAY):
        for match in pattern.finditer(folded):
            calendar, month = _month(match["month"])
            if calendar == GREGORIAN:
                found.append((_listopad(match, month), int(match["d"]), match.start(),
                              match.end()))
    return sorted(found, key=lambda day: day[2])


# Dates printed relative to when the page was seen: "сьогодні, 18:06", "Šodien, 17:40",
# "Yesterday 09:12", "3 hours ago", "vor 2 Stunden", "2 saat önce". A fresh page prints its date
# so; the day is known only with the capture's own time (a WARC record's, or the curator's).
_TODAY = ("today|сегодня|сьогодні|bugün|bu gün|бүгүн|бүгін|اليوم|امروز|heute|aujourd'hui|"
          "aujourd’hui|hoy|oggi|hoje|dziś|dzisiaj|dnes|šodien|šiandien|täna|днес|данас|danas|"
          "vandaag|idag|i dag|tänään|hôm nay|今日|今天|오늘")
_YESTERDAY = ("yesterday|вчера|вчора|dün|dünən|кеше|кеча|أمس|امس|دیروز|gestern|hier|ayer|ieri|"
              "ontem|wczoraj|včera|vakar|eile|јуче|juče|jučer|gisteren|igår|i går|eilen|tegnap|"
              "hôm qua|昨日|昨天|어제")
_UNITS = {
    "minutes": "minutes?|mins?|минут[ауы]?|хвилин[иу]?|dakika|dəqiqə|Minuten?|minutos?|minuti|"
               "minut[ya]?|minuter|دقيقة|دقائق|دقیقه",
    "hours": "hours?|hrs?|час(?:а|ов)?|годин[иу]?|saat|Stunden?|heures?|horas?|ore|ora|"
             "godzin[ay]?|hodin[ay]?|timmar|timer|ساعة|ساعات|ساعت",
    "seconds": "seconds?|secs?|секунд[ауы]?|saniye|saniyə|Sekunden?|secondes?|segundos?|"
               "secondi|sekund[ya]?",
}
_UNIT_OF = {unit: re.compile(rf"^(?:{alternation})$", re.IGNORECASE)
            for unit, alternation in _UNITS.items()}
_ANY_UNIT = "|".join(_UNITS.values())
_AGO = re.compile(
    rf"(?<![^\W\d_])(?:vor|il y a|hace|há|منذ|před)\s+(?P<n1>\d{{1,2}})\s*(?P<u1>{_ANY_UNIT})"
    rf"(?![^\W\d_])"
    rf"|(?<![\d])(?P<n2>\d{{1,2}})\s*(?P<u2>{_ANY_UNIT})\s+"
    rf"(?:ago|назад|тому|önce|əvvəl|fa|temu|sedan|siden|پیش|قبل|geleden|lalu)(?![^\W\d_])",
    re.IGNORECASE)
_DAY_WORD = re.compile(
    rf"(?<![^\W\d_])(?P<word>{_TODAY}|{_YESTERDAY})(?![^\W\d_])", re.IGNORECASE)
_CLOCK = re.compile(r"(?<!\d)(?P<t>(?:[01]?\d|2[0-3])[:.h][0-5]\d)(?!\d)")
# right after a day word, a time may run into the next number ("сьогодні, 18:069100": a count
# of views printed after it with nothing between)
_CLOCK_AFTER = re.compile(r"(?P<t>(?:[01]?\d|2[0-3])[:.h][0-5]\d)")
_JOIN = re.compile(r"[\s,.\-–—|]*(?:(?:at|в|о|um|à|a las|alle|saat)(?![^\W\d_]))?[\s,.\-–—|]*",
                   re.IGNORECASE)  # between a day word and its time: "today at", "Сегодня в"
_IS_YESTERDAY = re.compile(rf"^(?:{_YESTERDAY})$", re.IGNORECASE)


@dataclass(frozen=True)
class RelativeDate:
    """A date printed relative to the moment the page was seen, with its text and span."""

    days_back: int
    """0 for today, 1 for yesterday (a number of hours or minutes ago: ``hours_back``)."""
    hours_back: float | None
    time: str | None
    text: str
    start: int
    end: int

    def resolve(self, seen: datetime) -> DateMention:
        """The date it stands for, the page having been seen at ``seen`` (its own day: no
        time zone is known for the printed time)."""
        from datetime import timedelta

        if self.hours_back is not None:
            day = (seen - timedelta(hours=self.hours_back)).date()
            return DateMention(day, None, GREGORIAN, self.text, self.start, self.end)
        day = seen.date() - timedelta(days=self.days_back)
        return DateMention(day, self.time, GREGORIAN, self.text, self.start, self.end)


def find_relative(line: str) -> RelativeDate | None:
    """A date ``line`` prints relative to when it was seen: a day word ("today", "вчора") next
    to a time of day ("сьогодні, 18:06", "Yesterday at 09:12"), or an age ("3 hours ago",
    "vor 2 Stunden"). A day word without a time is too common in prose to be read as one."""
    text = line.translate(DIGITS)
    found = _AGO.search(text)
    if found:
        number = int(found["n1"] or found["n2"])
        unit = found["u1"] or found["u2"]
        hours = next(hours for name, hours in (("minutes", number / 60), ("hours", number),
                                                ("seconds", number / 3600))
                     if _UNIT_OF[name].match(unit))
        return RelativeDate(0, hours, None, line[found.start() : found.end()], found.start(),
                            found.end())
    for word in _DAY_WORD.finditer(text):
        # the time right after the word ("Šodien, 17:40", "today at 10:05") or right before
        # it ("11:00, сьогодні")
        after = _CLOCK_AFTER.match(text, _JOIN.match(text, word.end()).end())
        before = _CLOCK.search(text[: word.start()])
        if before and text[before.end() : word.start()].strip(" ,.-–—|") != "":
            before = None
        clock = after or before
        if clock is None:
            continue
        start, end = min(word.start(), clock.start()), max(word.end(), clock.end())
        back = 1 if _IS_YESTERDAY.match(word["word"]) else 0
        return RelativeDate(back, None, _time(clock["t"]), line[start:end], start, end)
    return None
