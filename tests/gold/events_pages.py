"""Evaluation pages for event suggestions: reports as a curator saves them, ingested.

Written for this project, like ``events_eval.py``, whose entities and events they use: the
names are real, the happenings partly invented, and nothing here is a source of fact. Each
report is a whole page as a text dump, with what real pages carry around a story: a row of
section links, a breadcrumb, a row of tags, a list of related stories with their own dates, a
footer. They go through ``ingest`` (with their addresses, as a manifest gives them) and
``mentions`` before ``suggest`` weighs them, so the evaluation covers what ingest makes of a
page as well as what suggest makes of an article.

Most are hard negatives of the shapes that fooled suggest on real reports: the same two
people on another day, by phone where the event is a meeting, two days before it began, in a
book years earlier; undated reports whose address carries the date (``…-12102025-…``,
``/202510121021455123-…``); dates printed without a year that contradict the event's day.
Positives of the same shapes are here too: an announcement the day before, an undated report
whose address or text gives the event's day.
"""

from __future__ import annotations

import csv
from pathlib import Path

# Page furniture by language: a row of section links, a footer, the word for tags.
FURNITURE = {
    "ru": ("Главная Политика Экономика Общество Происшествия Спорт", "Теги",
           "© 2025 Все права защищены"),
    "az": ("Əsas Siyasət İqtisadiyyat Cəmiyyət Dünya İdman", "Teqlər",
           "© 2025 Bütün hüquqlar qorunur"),
    "tr": ("Gündem Politika Ekonomi Dünya Spor Yazarlar", "Etiketler",
           "© 2025 Tüm hakları saklıdır"),
    "en": ("Home World Politics Business Opinion Sport", "Tags", "© 2025 All rights reserved"),
    "de": ("Startseite Politik Wirtschaft Ausland Sport Kultur", "Themen",
           "© 2025 Alle Rechte vorbehalten"),
    "fr": ("Accueil International Politique Économie Sport Culture", "Mots-clés",
           "© 2025 Tous droits réservés"),
    "es": ("Portada Internacional Política Economía Deportes", "Temas",
           "© 2025 Todos los derechos reservados"),
    "it": ("Home Esteri Politica Economia Sport Cultura", "Argomenti",
           "© 2025 Tutti i diritti riservati"),
    "ar": ("الرئيسية سياسة اقتصاد العالم رياضة", "الوسوم", "© 2025 جميع الحقوق محفوظة"),
    "fa": ("صفحه اصلی سیاست اقتصاد بین‌الملل ورزش", "برچسب‌ها", "© ۱۴۰۴ کلیه حقوق محفوظ است"),
    "bg": ("Начало Политика Икономика Свят Спорт", "Етикети", "© 2025 Всички права запазени"),
    "sr": ("Почетна Политика Економија Свет Спорт", "Тагови", "© 2025 Сва права задржана"),
    "uk": ("Головна Політика Економіка Світ Спорт", "Теги", "© 2025 Усі права захищені"),
    "uz": ("Bosh sahifa Yangiliklar Siyosat Iqtisodiyot Jahon Sport", "Teglar",
           "© 2025 Barcha huquqlar himoyalangan"),
    "kk": ("Басты бет Саясат Экономика Қоғам Әлем Спорт", "Тегтер",
           "© 2025 Барлық құқықтар қорғалған"),
    "ka": ("მთავარი პოლიტიკა ეკონომიკა საზოგადოება მსოფლიო სპორტი", "ტეგები",
           "© 2025 ყველა უფლება დაცულია"),
    "hy": ("Գլխավոր Քաղաքականություն Տնտեսություն Հասարակություն Աշխարհ Սպորտ", "Պիտակներ",
           "© 2025 Բոլոր իրավունքները պաշտպանված են"),
}

RELATED = {
    "ru": ("Читайте также", [("Курс рубля упал до минимума за месяц", "05.10.2025 10:12"),
                             ("В Москве открылся новый вокзал", "04.10.2025 18:40")]),
    "az": ("Digər xəbərlər", [("Bakıda yeni metro stansiyası açılıb", "05 Oktyabr 2025 10:12"),
                              ("Neftin qiyməti bahalaşıb", "04 Oktyabr 2025 18:40")]),
    "tr": ("İlgili haberler", [("Dolar güne yükselişle başladı", "05.10.2025 10:12"),
                               ("İstanbul'da yağmur uyarısı", "04.10.2025 18:40")]),
    "en": ("Related stories", [("Oil prices rise after storage data", "October 5, 2025"),
                               ("Markets close higher", "October 4, 2025")]),
    "de": ("Mehr zum Thema", [("Ölpreis steigt deutlich", "05.10.2025"),
                              ("Börsen schließen im Plus", "04.10.2025")]),
    "fr": ("À lire aussi", [("Le prix du pétrole grimpe", "5 octobre 2025"),
                            ("Les marchés finissent en hausse", "4 octobre 2025")]),
    "es": ("Más noticias", [("El petróleo sube con fuerza", "5 de octubre de 2025"),
                            ("Las bolsas cierran al alza", "4 de octubre de 2025")]),
    "it": ("Leggi anche", [("Il petrolio sale ancora", "5 ottobre 2025"),
                           ("Borse in rialzo", "4 ottobre 2025")]),
    "ar": ("اقرأ أيضا", [("ارتفاع أسعار النفط", "5 أكتوبر 2025"),
                         ("البورصات تغلق على ارتفاع", "4 أكتوبر 2025")]),
    "fa": ("بیشتر بخوانید", [("افزایش قیمت نفت", "۱۳ مهر ۱۴۰۴"),
                             ("بازارها با رشد بسته شدند", "۱۲ مهر ۱۴۰۴")]),
    "bg": ("Още новини", [("Петролът поскъпна рязко", "05.10.2025"),
                          ("Борсите затвориха на плюс", "04.10.2025")]),
    "sr": ("Прочитајте још", [("Нафта поскупела", "05.10.2025"),
                              ("Берзе у плусу", "04.10.2025")]),
    "uk": ("Читайте також", [("Нафта подорожчала", "05.10.2025"),
                             ("Біржі закрилися в плюсі", "04.10.2025")]),
    "uz": ("Boshqa yangiliklar", [("Neft narxi oshdi", "05.10.2025"),
                                  ("Birjalar o'sish bilan yopildi", "04.10.2025")]),
    "kk": ("Басқа жаңалықтар", [("Мұнай бағасы өсті", "05.10.2025"),
                                ("Биржалар өсіммен жабылды", "04.10.2025")]),
    "ka": ("სხვა სიახლეები", [("ნავთობი გაძვირდა", "05.10.2025"),
                              ("ბირჟები ზრდით დაიხურა", "04.10.2025")]),
    "hy": ("Այլ նորություններ", [("Նավթը թանկացել է", "05.10.2025"),
                                 ("Բորսաները փակվել են աճով", "04.10.2025")]),
}


def page(language: str, headline: str, dateline: str | None, body: list[str],
         tags: list[str]) -> str:
    """A text dump of a news page: section links, breadcrumb, headline, dateline, the story,
    a row of tags, related stories with their dates, a footer."""
    sections, tag_word, footer = FURNITURE[language]
    related_title, related = RELATED[language]
    lines = [sections, f"{sections.split()[0]} » {sections.split()[1]}", headline]
    if dateline:
        lines.append(dateline)
    lines += body
    lines.append(f"{tag_word}: {', '.join(tags)}")
    lines.append(related_title)
    for title, when in related:
        lines += [f"  • {title}", when]
    lines += ["Facebook Twitter Telegram WhatsApp", footer]
    return "\n\n".join(lines) + "\n"


# (id, language, address, group, headline, dateline, story paragraphs, tags)
# Hard negatives start with "hn-"; "group" is the gold label.
PAGES = [
    # -- Putin and Aliyev, meeting in Dushanbe on 9 October 2025 ----------------------------
    # announced the day before: a report of it, though published before it began
    ("pg-pa-announce-ru", "ru", "https://news.example.ru/politics/putin-aliev-vstretyatsya",
     "putin-aliyev-dushanbe",
     "Путин и Алиев встретятся в Душанбе в четверг",
     "08.10.2025 12:30",
     ["Президент России Владимир Путин и президент Азербайджана Ильхам Алиев проведут "
      "переговоры в Душанбе в четверг, сообщил помощник президента.",
      "Встреча пройдёт на полях саммита в Таджикистане. Ожидается, что стороны обсудят "
      "катастрофу самолёта AZAL."], ["Путин", "Алиев", "Душанбе"]),
    ("pg-pa-announce-az", "az", "https://xeber.example.az/siyaset/eliyev-putin-gorusecek",
     "putin-aliyev-dushanbe",
     "İlham Əliyev Düşənbədə Vladimir Putinlə görüşəcək",
     "08 Oktyabr 2025 11:05",
     ["Prezident İlham Əliyev sabah Düşənbədə Rusiya Prezidenti Vladimir Putinlə görüşəcək.",
      "Görüş Tacikistanda keçiriləcək sammit çərçivəsində baş tutacaq, AZAL təyyarəsinin "
      "qəzası müzakirə olunacaq."], ["Əliyev", "Putin", "Düşənbə"]),
    # undated: the address carries the day, or the text the day without a year
    ("pg-pa-url-ru", "ru", "https://vesti.example.ru/politika/putin-i-aliev-09102025-512904/",
     "putin-aliyev-dushanbe",
     "Путин принёс Алиеву извинения за катастрофу самолёта AZAL",
     None,
     ["Владимир Путин на встрече с Ильхамом Алиевым в Душанбе принёс извинения за "
      "катастрофу самолёта AZAL.",
      "Президенты встретились на полях саммита в Таджикистане и обсудили расследование."],
     ["Путин", "Алиев"]),
    # the Solar Hijri day in an Iranian site's address: 1404/07/17 is 9 October 2025
    ("pg-pa-url-fa", "fa", "https://khabar.example.com/fa/news/1404/07/17/3412345/",
     "putin-aliyev-dushanbe",
     "عذرخواهی پوتین از علی‌اف در دوشنبه",
     None,
     ["ولادیمیر پوتین در دیدار با الهام علی‌اف در دوشنبه بابت سقوط هواپیمای آزال عذرخواهی "
      "کرد.",
      "دو رئیس‌جمهور در حاشیه نشست سران در تاجیکستان درباره تحقیقات گفت‌وگو کردند."],
     ["پوتین", "علی‌اف", "دوشنبه"]),
    ("pg-pa-yearless-tr", "tr", "https://haber.example.com.tr/dunya/putin-aliyev-dusanbe",
     "putin-aliyev-dushanbe",
     "Putin, Aliyev ile Duşanbe'de görüştü",
     None,
     ["Rusya Devlet Başkanı Vladimir Putin, 9 Ekim'de Azerbaycan Cumhurbaşkanı İlham Aliyev "
      "ile Tacikistan'ın başkenti Duşanbe'de bir araya geldi.",
      "Görüşmede AZAL uçağının düşmesi ve soruşturma ele alındı."], ["Putin", "Aliyev"]),
    ("pg-pa-es", "es", "https://noticias.example.es/internacional/putin-aliyev-dushanbe",
     "putin-aliyev-dushanbe",
     "Putin se disculpa ante Aliyev por el derribo del avión de AZAL",
     "9 de octubre de 2025",
     ["El presidente ruso, Vladimir Putin, se reunió este jueves en Dusambé con el presidente "
      "de Azerbaiyán, Ilham Aliyev, y le pidió disculpas por el avión de AZAL.",
      "La reunión se celebró al margen de una cumbre en Tayikistán."],
     ["Putin", "Aliyev", "Azerbaiyán"]),
    ("pg-pa-uk", "uk", "https://novyny.example.ua/svit/putin-aliyev-dushanbe",
     "putin-aliyev-dushanbe",
     "Путін зустрівся з Алієвим у Душанбе",
     "09.10.2025 16:20",
     ["Президент Росії Володимир Путін зустрівся в Душанбе з президентом Азербайджану "
      "Ільхамом Алієвим.",
      "Путін визнав, що російська ППО діяла, коли був уражений літак AZAL."],
     ["Путін", "Алієв"]),
    # hard negatives: a phone call two days before (Putin's birthday)
    ("hn-pg-pa-birthday-ru", "ru", "https://news.example.ru/politics/aliev-pozdravil-putina",
     "putin-aliyev-birthday-call",
     "Алиев поздравил Путина с днём рождения по телефону",
     "07.10.2025 15:00",
     ["Президент Азербайджана Ильхам Алиев в телефонном разговоре поздравил Владимира Путина "
      "с днём рождения.",
      "Это первый телефонный разговор президентов с весны, сообщили в Кремле."],
     ["Алиев", "Путин"]),
    ("hn-pg-pa-birthday-az", "az", "https://xeber.example.az/siyaset/eliyev-putine-zeng-edib",
     "putin-aliyev-birthday-call",
     "İlham Əliyev Vladimir Putinə zəng edib",
     "07 Oktyabr 2025 14:10",
     ["Prezident İlham Əliyev Rusiya Prezidenti Vladimir Putinə telefonla zəng edərək onu "
      "doğum günü münasibətilə təbrik edib.",
      "Telefon danışığı zamanı ikitərəfli münasibətlər müzakirə olunub."],
     ["Əliyev", "Putin"]),
    # hard negatives: a second call, three days after the meeting
    ("hn-pg-pa-call-ru", "ru", "https://news.example.ru/politics/putin-aliev-razgovor",
     "putin-aliyev-october-call",
     "Путин и Алиев провели телефонный разговор",
     "12.10.2025 19:45",
     ["Владимир Путин и Ильхам Алиев провели телефонный разговор, сообщила пресс-служба "
      "Кремля.",
      "Стороны обсудили выполнение договорённостей, достигнутых в Душанбе."],
     ["Путин", "Алиев", "телефонный разговор"]),
    ("hn-pg-pa-call-url", "ru",
     "https://ria.example.ru/20251012/202510121921455123-putin-aliev-telefon.html",
     "putin-aliyev-october-call",
     "Путин обсудил с Алиевым по телефону итоги встречи",
     None,
     ["Владимир Путин по телефону обсудил с Ильхамом Алиевым итоги переговоров.",
      "Разговор прошёл по инициативе азербайджанской стороны."], ["Путин", "Алиев"]),
    ("hn-pg-pa-call-yearless", "ru", "https://gazeta.example.ru/politics/putin-aliev-obsudili",
     "putin-aliyev-october-call",
     "Путин и Алиев обсудили по телефону расследование",
     None,
     ["В воскресенье, 12 октября, Владимир Путин и Ильхам Алиев провели телефонный разговор.",
      "Президенты обсудили ход расследования катастрофы самолёта AZAL."],
     ["Путин", "Алиев"]),
    ("hn-pg-pa-call-tr", "tr", "https://haber.example.com.tr/dunya/putin-aliyev-telefon",
     "putin-aliyev-october-call",
     "Putin ile Aliyev telefonda görüştü",
     "12.10.2025 21:30",
     ["Rusya Devlet Başkanı Vladimir Putin, Azerbaycan Cumhurbaşkanı İlham Aliyev ile telefonda "
      "görüştü.",
      "Görüşmede Duşanbe'deki zirvede varılan mutabakatlar ele alındı."],
     ["Putin", "Aliyev"]),
    ("hn-pg-pa-call-en", "en", "https://world.example.com/2025/10/12/putin-aliyev-phone-call",
     "putin-aliyev-october-call",
     "Putin and Aliyev hold phone call on crash probe",
     None,
     ["Vladimir Putin and Ilham Aliyev spoke by phone on Sunday about the investigation into "
      "the AZAL crash, the Kremlin said.",
      "It was their first conversation since they met in Dushanbe."],
     ["Putin", "Aliyev", "AZAL"]),
    # the same call, undated, its day only in the number of an Iranian site's story
    # (14040720…: 1404/07/20, 12 October 2025)
    ("hn-pg-pa-call-fa", "fa", "https://www.khabar.example.ir/news/14040720000123/",
     "putin-aliyev-october-call",
     "گفت‌وگوی تلفنی پوتین و علی‌اف درباره تحقیقات سقوط هواپیما",
     None,
     ["ولادیمیر پوتین و الهام علی‌اف در تماس تلفنی درباره تحقیقات سقوط هواپیمای آزال "
      "گفت‌وگو کردند.",
      "این نخستین گفت‌وگوی آنها پس از دیدار در دوشنبه بود."],
     ["پوتین", "علی‌اف"]),
    # a year after the meeting, looking back on it
    ("hn-pg-pa-year-on-ru", "ru", "https://vesti.example.ru/politika/god-posle-dushanbe",
     "putin-aliyev-year-on",
     "Год после Душанбе: как изменились отношения Москвы и Баку",
     "09.10.2026 09:00",
     ["Ровно год назад, 9 октября, Владимир Путин и Ильхам Алиев встретились в Душанбе, и "
      "Путин принёс извинения за катастрофу самолёта AZAL.",
      "С тех пор стороны провели несколько телефонных разговоров и одну встречу в Москве."],
     ["Путин", "Алиев", "Душанбе"]),
    # hard negatives: the apology by phone, ten months before the meeting
    ("hn-pg-pa-apology-ru", "ru", "https://news.example.ru/politics/putin-izvinilsya",
     "putin-aliyev-apology-call",
     "Путин извинился перед Алиевым за инцидент с самолётом",
     "28.12.2024 18:05",
     ["Владимир Путин в телефонном разговоре с Ильхамом Алиевым принёс извинения за то, что "
      "трагический инцидент с самолётом AZAL произошёл в воздушном пространстве России.",
      "Об этом сообщила пресс-служба Кремля."], ["Путин", "Алиев", "AZAL"]),
    ("hn-pg-pa-apology-az", "az", "https://xeber.example.az/siyaset/putin-uzr-isteyib-28122024/",
     "putin-aliyev-apology-call",
     "Putin İlham Əliyevdən üzr istəyib",
     None,
     ["Rusiya Prezidenti Vladimir Putin Prezident İlham Əliyevə telefonla zəng edərək AZAL "
      "təyyarəsi ilə bağlı faciəvi hadisəyə görə üzr istəyib."], ["Putin", "Əliyev", "AZAL"]),
    ("hn-pg-pa-apology-ar", "ar", "https://arabic.example.com/world/putin-aliyev-apology",
     "putin-aliyev-apology-call",
     "بوتين يعتذر لعلييف هاتفيا عن حادث الطائرة",
     "28 ديسمبر 2024",
     ["قدم الرئيس الروسي فلاديمير بوتين في اتصال هاتفي اعتذاره للرئيس الأذربيجاني إلهام "
      "علييف عن حادث طائرة أزال في الأجواء الروسية."], ["بوتين", "علييف"]),
    ("hn-pg-pa-apology-fa", "fa", "https://khabar.example.ir/news/putin-aliyev-apology",
     "putin-aliyev-apology-call",
     "عذرخواهی تلفنی پوتین از علی‌اف",
     "۸ دی ۱۴۰۳",
     ["ولادیمیر پوتین در تماس تلفنی با الهام علی‌اف بابت سقوط هواپیمای آزال در حریم هوایی "
      "روسیه عذرخواهی کرد."], ["پوتین", "علی‌اف"]),
    # hard negatives: undated pieces that name both and give no day: they need a date
    ("hn-pg-pa-undated-de", "de", "https://zeitung.example.de/ausland/putin-alijew-beziehungen",
     "putin-aliyev-relations",
     "Putin und Alijew: eine schwierige Beziehung",
     None,
     ["Wladimir Putin und Ilham Alijew kennen sich seit mehr als zwanzig Jahren. Ihr "
      "Verhältnis war nie einfach.",
      "Beobachter sehen Aserbaidschan heute selbstbewusster gegenüber Moskau."],
     ["Putin", "Alijew"]),
    ("hn-pg-pa-undated-en", "en", "https://analysis.example.com/putin-aliyev-rift",
     "putin-aliyev-relations",
     "Why the Putin-Aliyev relationship matters",
     None,
     ["Vladimir Putin and Ilham Aliyev have met dozens of times, yet their relations have "
      "cooled over the past year.",
      "Analysts say Baku no longer needs Moscow as much as it once did."],
     ["Putin", "Aliyev", "analysis"]),
    # -- Austin and Shoigu, a call on 13 May 2022 ----------------------------------------------
    ("pg-as-it", "it", "https://notizie.example.it/esteri/austin-shoigu-telefonata",
     "austin-shoigu-may-call",
     "Austin telefona a Shoigu, prima volta dall'invasione",
     "13 maggio 2022",
     ["Il segretario alla Difesa americano Lloyd Austin ha avuto un colloquio telefonico con "
      "il ministro russo Sergei Shoigu.",
      "Austin ha chiesto un cessate il fuoco immediato in Ucraina."], ["Austin", "Shoigu"]),
    ("pg-as-url-bg", "bg", "https://novini.example.bg/svyat/ostin-shoygu-13052022-88812/",
     "austin-shoigu-may-call",
     "Остин и Шойгу проведоха телефонен разговор",
     None,
     ["Американският министър на отбраната Лойд Остин проведе телефонен разговор с руския "
      "министър Сергей Шойгу.",
      "Остин призова за незабавно прекратяване на огъня в Украйна."], ["Остин", "Шойгу"]),
    # hard negatives: two days before, no call announced; another call ten months later
    ("hn-pg-as-before-en", "en", "https://defense.example.com/2022/05/11/austin-shoigu-no-contact",
     "austin-shoigu-no-contact",
     "Austin has not spoken with Shoigu since February, Pentagon says",
     "May 11, 2022",
     ["Lloyd Austin has tried to reach Sergei Shoigu several times without success, the "
      "Pentagon said on Wednesday.",
      "Officials said lines of communication with Moscow remained important."],
     ["Austin", "Shoigu"]),
    ("hn-pg-as-march-en", "en", "https://defense.example.com/austin-shoigu-drone-call",
     "austin-shoigu-march-call",
     "Austin and Shoigu speak after drone downing",
     "March 15, 2023",
     ["Lloyd Austin spoke by phone with Sergei Shoigu after a US drone came down over the "
      "Black Sea, the Pentagon said.",
      "It was their first call since October."], ["Austin", "Shoigu", "Black Sea"]),
    ("hn-pg-as-march-ru", "ru", "https://news.example.ru/politics/shoygu-ostin-15032023-77120/",
     "austin-shoigu-march-call",
     "Шойгу и Остин обсудили инцидент с беспилотником",
     None,
     ["Сергей Шойгу провёл телефонный разговор с Ллойдом Остином по инициативе американской "
      "стороны.",
      "Обсуждался инцидент с американским беспилотником над Чёрным морем."],
     ["Шойгу", "Остин"]),
    ("hn-pg-as-march-yearless", "ru", "https://gazeta.example.ru/politics/shoygu-ostin-razgovor",
     "austin-shoigu-march-call",
     "Шойгу и Остин провели телефонный разговор",
     None,
     ["В среду, 15 марта, Сергей Шойгу и Ллойд Остин провели телефонный разговор.",
      "Стороны обсудили инцидент над Чёрным морем."], ["Шойгу", "Остин"]),
    ("hn-pg-as-march-tr", "tr", "https://haber.example.com.tr/dunya/soygu-austin-15-mart",
     "austin-shoigu-march-call",
     "Şoygu ile Austin telefonda görüştü",
     "15.03.2023 22:10",
     ["Rusya Savunma Bakanı Sergey Şoygu, ABD'li mevkidaşı Lloyd Austin ile telefonda görüştü.",
      "Görüşmede Karadeniz'deki insansız hava aracı olayı ele alındı."], ["Şoygu", "Austin"]),
    # -- Bush–Putin transcripts released, December 2025 to January 2026 ------------------------
    ("pg-bp-de", "de", "https://zeitung.example.de/ausland/putin-bush-protokolle",
     "bush-putin-transcripts",
     "Geheime Protokolle: Was Putin zu Bush sagte",
     "08.01.2026",
     ["Das National Security Archive hat die Protokolle der Gespräche zwischen Wladimir Putin "
      "und George W. Bush veröffentlicht.",
      "Die Dokumente stammen aus den Jahren 2001 bis 2003."], ["Putin", "Bush"]),
    ("pg-bp-fr", "fr", "https://journal.example.fr/monde/poutine-bush-archives",
     "bush-putin-transcripts",
     "Ce que Poutine disait à Bush : les archives publiées",
     "9 janvier 2026",
     ["Les comptes rendus des conversations entre Vladimir Poutine et George W. Bush ont été "
      "rendus publics par les archives de la sécurité nationale américaine.",
      "Ils couvrent les années 2001 à 2003."], ["Poutine", "Bush"]),
    # hard negatives: a book about the two, years earlier; their summit in Moscow in 2002
    ("hn-pg-bp-book-en", "en", "https://books.example.com/2015/06/02/putin-bush-book-review",
     "bush-putin-book",
     "Review: a new book on Bush and Putin",
     None,
     ["A new book retraces the friendship between George W. Bush and Vladimir Putin and how it "
      "soured after the Iraq war.",
      "The author draws on interviews with former officials."], ["Bush", "Putin", "books"]),
    ("hn-pg-bp-book-de", "de", "https://zeitung.example.de/kultur/buch-putin-bush",
     "bush-putin-book",
     "Neues Buch über Putin und Bush",
     "12.06.2015",
     ["Ein neues Buch erzählt von der Freundschaft zwischen George W. Bush und Wladimir Putin.",
      "Der Autor stützt sich auf Gespräche mit früheren Beamten."], ["Putin", "Bush", "Buch"]),
    ("hn-pg-bp-book-ru", "ru", "https://kniga.example.ru/knigi/putin-i-bush",
     "bush-putin-book",
     "Вышла книга о Путине и Буше",
     None,
     ["Вышла книга об отношениях Владимира Путина и Джорджа Буша в начале двухтысячных.",
      "Автор опирается на интервью бывших чиновников."], ["Путин", "Буш", "книги"]),
    ("hn-pg-bp-summit-ru", "ru", "https://archive.example.ru/2002/05/24/putin-bush-moskva",
     "bush-putin-moscow-summit",
     "Путин и Буш подписали договор в Москве",
     "24.05.2002",
     ["Владимир Путин и Джордж Буш подписали в Кремле договор о сокращении стратегических "
      "наступательных потенциалов.",
      "Президенты провели переговоры в Москве."], ["Путин", "Буш"]),
    ("hn-pg-bp-summit-en", "en", "https://archive.example.com/putin-bush-treaty-moscow",
     "bush-putin-moscow-summit",
     "Bush and Putin sign arms treaty in Moscow",
     "May 24, 2002",
     ["George W. Bush and Vladimir Putin signed a treaty in the Kremlin to cut their nuclear "
      "arsenals.",
      "The two presidents held talks in Moscow."], ["Bush", "Putin", "Moscow"]),
    # -- OPEC+ in Vienna on 5 March 2025, and another of its meetings by video -----------------
    ("pg-op-es", "es", "https://noticias.example.es/economia/opep-recorte-viena",
     "opec-vienna-march",
     "La OPEP+ acuerda en Viena un recorte de producción",
     "5 de marzo de 2025",
     ["Los ministros de la OPEP+ reunidos en Viena acordaron recortar la producción en "
      "500.000 barriles diarios.",
      "Alexander Novak respaldó el acuerdo."], ["OPEP+", "Novak"]),
    ("hn-pg-op-video-ru", "ru", "https://news.example.ru/economy/opek-videokonferenciya",
     "opec-april-video",
     "ОПЕК+ провела встречу в формате видеоконференции",
     "03.04.2025 17:20",
     ["Страны ОПЕК+ провели встречу в формате видеоконференции и сохранили уровень добычи.",
      "Александр Новак заявил, что рынок сбалансирован."], ["ОПЕК+", "Новак"]),
    ("hn-pg-op-video-ar", "ar", "https://arabic.example.com/economy/opec-video-meeting",
     "opec-april-video",
     "أوبك+ تبقي على الإنتاج في اجتماع عبر الفيديو",
     "3 أبريل 2025",
     ["أبقى تحالف أوبك+ على مستويات الإنتاج في اجتماع عبر تقنية الفيديو.",
      "وقال الأمير عبد العزيز بن سلمان إن السوق متوازنة."], ["أوبك+"]),
    # -- the earthquake near Tabriz on 3 June 2025, and its anniversary -------------------------
    ("pg-tq-de", "de", "https://zeitung.example.de/panorama/erdbeben-taebris",
     "tabriz-earthquake-2025",
     "Erdbeben der Stärke 5,2 erschüttert Täbris",
     "03.06.2025",
     ["Ein Erdbeben der Stärke 5,2 hat am Dienstagmorgen die iranische Stadt Tabriz "
      "erschüttert.",
      "Nach Angaben der Behörden gab es keine Toten."], ["Iran", "Erdbeben"]),
    ("hn-pg-tq-anniversary-fa", "fa", "https://khabar.example.ir/news/tabriz-zelzeleh-yek-sal",
     "tabriz-earthquake-anniversary",
     "یک سال پس از زلزله تبریز",
     "۱۳ خرداد ۱۴۰۵",
     ["یک سال پس از زلزله ۵.۲ ریشتری تبریز، بازسازی خانه‌های آسیب‌دیده هنوز به پایان "
      "نرسیده است.",
      "مسئولان می‌گویند بیش از نیمی از خانه‌ها بازسازی شده‌اند."], ["تبریز", "زلزله"]),
    ("hn-pg-tq-anniversary-az", "az", "https://xeber.example.az/dunya/tebriz-zelzele-ildonumu",
     "tabriz-earthquake-anniversary",
     "Təbriz zəlzələsindən bir il ötür",
     "03 İyun 2026 10:00",
     ["Təbrizdə baş vermiş 5,2 bal gücündə zəlzələdən bir il ötür.",
      "Zədələnmiş evlərin bərpası hələ başa çatmayıb."], ["Təbriz", "zəlzələ"]),
    # -- Putin and Aliyev in Dushanbe: reports in Serbian and Arabic with a Gulf date form ------
    ("pg-pa-sr", "sr", "https://vesti.example.rs/svet/putin-alijev-dusanbe",
     "putin-aliyev-dushanbe",
     "Путин се извинио Алијеву у Душанбеу",
     "09.10.2025 15:40",
     ["Председник Русије Владимир Путин извинио се у Душанбеу председнику Азербејџана Илхаму "
      "Алијеву због пада авиона.",
      "Састанак је одржан на маргинама самита у Таџикистану."], ["Путин", "Алијев"]),
    ("pg-pa-ar-2", "ar", "https://arabic.example.com/world/putin-aliyev-dushanbe-meeting",
     "putin-aliyev-dushanbe",
     "بوتين يعترف لعلييف بدور الدفاعات الروسية",
     "الخميس، 9 أكتوبر 2025",
     ["اعترف الرئيس الروسي فلاديمير بوتين خلال لقائه الرئيس الأذربيجاني إلهام علييف في "
      "دوشنبه بأن الدفاعات الجوية الروسية كانت تعمل عند إصابة طائرة أزال."],
     ["بوتين", "علييف"]),
    # -- shapes a trial with new reports found (session 22) -------------------------------------
    # another leader with one of them in the same city that day; a later meeting in Moscow; a
    # dateline in Arabic-Indic digits; Solar Hijri days without a year ("۱۵ مهر" is 7 October,
    # the birthday call; "۱۷ مهر" the meeting's day); the call three days later in Italian, in
    # Serbian Latin script and undated with a YYYY-MM-DD address; an undated report whose only
    # date is an earlier meeting's in its first sentence; a German romanisation of Dushanbe
    ("hn-x-erdogan-tr", "tr", "https://haber.example.com.tr/dunya/erdogan-aliyev-dusanbe",
     "erdogan-aliyev-dushanbe", "Erdoğan, Aliyev ile Duşanbe'de görüştü", "09.10.2025 18:20",
     ["Cumhurbaşkanı Recep Tayyip Erdoğan, Azerbaycan Cumhurbaşkanı İlham Aliyev ile Duşanbe'de "
      "bir araya geldi.", "Görüşmede iki ülke arasındaki enerji projeleri ele alındı."],
     ["Erdoğan", "Aliyev", "Duşanbe"]),
    ("hn-x-moscow-az", "az", "https://xeber.example.az/siyaset/eliyev-putin-moskva",
     "putin-aliyev-moscow-2026", "İlham Əliyev Moskvada Vladimir Putinlə görüşüb",
     "09 May 2026 16:00",
     ["Prezident İlham Əliyev Moskvada Rusiya Prezidenti Vladimir Putinlə görüşüb.",
      "Görüşdə ikitərəfli münasibətlər müzakirə olunub."], ["Əliyev", "Putin", "Moskva"]),
    ("pg-x-ar-digits", "ar", "https://akhbar.example.com/world/putin-aliyev-dushanbe",
     "putin-aliyev-dushanbe", "بوتين يلتقي علييف في دوشنبه ويعتذر عن حادث الطائرة",
     "الخميس ٩ أكتوبر ٢٠٢٥",
     ["التقى الرئيس الروسي فلاديمير بوتين نظيره الأذربيجاني إلهام علييف في دوشنبه.",
      "واعتذر بوتين عن حادث طائرة الخطوط الجوية الأذربيجانية."], ["بوتين", "علييف"]),
    ("hn-x-fa-yearless", "fa", "https://khabar.example.com/news/putin-aliyev-call",
     "putin-aliyev-birthday-call", "تماس تلفنی علی‌اف با پوتین",
     None,
     ["الهام علی‌اف روز سه‌شنبه ۱۵ مهر در تماس تلفنی تولد ولادیمیر پوتین را تبریک گفت.",
      "دو رئیس‌جمهور درباره دیدار آینده گفت‌وگو کردند."], ["پوتین", "علی‌اف"]),
    ("pg-x-fa-yearless", "fa", "https://khabar.example.com/news/putin-aliyev-dushanbe-meeting",
     "putin-aliyev-dushanbe", "دیدار پوتین و علی‌اف در دوشنبه",
     None,
     ["ولادیمیر پوتین و الهام علی‌اف روز پنجشنبه ۱۷ مهر در دوشنبه دیدار کردند.",
      "پوتین بابت سقوط هواپیمای آزال عذرخواهی کرد."], ["پوتین", "علی‌اف", "دوشنبه"]),
    ("hn-x-it-call", "it", "https://notizie.example.it/esteri/putin-aliyev-telefonata",
     "putin-aliyev-october-call", "Putin e Aliyev al telefono sull'incidente aereo",
     "12 ottobre 2025",
     ["Vladimir Putin e Ilham Aliyev hanno avuto un colloquio telefonico, ha riferito il "
      "Cremlino.", "I due presidenti hanno discusso le indagini sull'incidente dell'aereo AZAL."],
     ["Putin", "Aliyev"]),
    ("hn-x-bg-slug", "bg", "https://novini.example.bg/svyat/2025-10-12-putin-aliev-telefon",
     "putin-aliyev-october-call", "Путин и Алиев разговаряха по телефона",
     None,
     ["Владимир Путин и Илхам Алиев проведоха телефонен разговор.",
      "Двамата обсъдиха разследването на катастрофата със самолета на AZAL."],
     ["Путин", "Алиев"]),
    ("hn-x-sr-latin", "sr", "https://vesti.example.rs/svet/putin-i-alijev-razgovarali",
     "putin-aliyev-october-call", "Putin i Alijev razgovarali telefonom",
     "12. oktobar 2025. 20:15",
     ["Predsednik Rusije Vladimir Putin i predsednik Azerbejdžana Ilham Alijev razgovarali su "
      "telefonom, saopštio je Kremlj.", "Razgovarali su o istrazi pada aviona AZAL."],
     ["Putin", "Alijev"]),
    ("hn-x-en-bishkek", "en", "https://news.example.com/asia/putin-aliyev-bishkek",
     "putin-aliyev-bishkek-2023", "Putin and Aliyev meet on CIS summit sidelines",
     None,
     ["Vladimir Putin and Ilham Aliyev met on the sidelines of the CIS summit in Bishkek on "
      "October 13, 2023.", "They discussed the situation in Karabakh."],
     ["Putin", "Aliyev", "CIS"]),
    ("pg-x-uk-url", "uk", "https://novyny.example.ua/news/2025/10/09/putin-aliyev",
     "putin-aliyev-dushanbe", "Путін вибачився перед Алієвим",
     None,
     ["Володимир Путін під час зустрічі з Ільхамом Алієвим у Душанбе вибачився за катастрофу "
      "літака AZAL."], ["Путін", "Алієв"]),
    ("hn-x-es-before", "es", "https://noticias.example.es/internacional/putin-aliyev-llamada",
     "putin-aliyev-birthday-call", "Aliyev felicita a Putin por teléfono por su cumpleaños",
     "7 de octubre de 2025",
     ["El presidente de Azerbaiyán, Ilham Aliyev, llamó por teléfono a Vladimir Putin para "
      "felicitarle por su cumpleaños.", "Ambos acordaron verse pronto."], ["Putin", "Aliyev"]),
    ("pg-x-de-duschanbe", "de", "https://nachrichten.example.de/ausland/putin-alijew-duschanbe",
     "putin-aliyev-dushanbe", "Putin entschuldigt sich in Duschanbe bei Alijew",
     "09.10.2025",
     ["Wladimir Putin hat sich bei einem Treffen mit Ilham Alijew in Duschanbe für den Absturz "
      "des AZAL-Flugzeugs entschuldigt."], ["Putin", "Alijew"]),
    # -- a second trial: a message of condolence the day after the meeting, in three languages
    # (a message is not a meeting); the transcripts in Russian and as what they show of an
    # earlier meeting; Bush interviewed three days after their release; the call in Turkish and
    # undated with a YYYY-MM-DD address; OPEC+ in Arabic-Indic digits and at another meeting
    ("pg-y-as-tr", "tr", "https://haber.example.com.tr/dunya/austin-soygu-telefon",
     "austin-shoigu-may-call", "ABD Savunma Bakanı Austin, Şoygu ile telefonda görüştü",
     "13.05.2022 19:05",
     ["ABD Savunma Bakanı Lloyd Austin, Rus mevkidaşı Sergey Şoygu ile savaşın başından bu yana "
      "ilk kez telefonda görüştü.", "Austin acil ateşkes çağrısında bulundu."],
     ["Austin", "Şoygu", "Ukrayna"]),
    ("pg-y-as-de-url", "de", "https://nachrichten.example.de/ausland/2022-05-13-austin-schoigu",
     "austin-shoigu-may-call", "Austin spricht erstmals seit Kriegsbeginn mit Schoigu",
     None,
     ["US-Verteidigungsminister Lloyd Austin hat erstmals seit Beginn des Krieges mit seinem "
      "russischen Amtskollegen Sergej Schoigu telefoniert."], ["Austin", "Schoigu"]),
    ("pg-y-bp-ru", "ru", "https://news.example.ru/world/stenogrammy-putin-bush",
     "bush-putin-transcripts", "Опубликованы стенограммы бесед Путина и Буша",
     "24.12.2025 11:30",
     ["Архив национальной безопасности США опубликовал рассекреченные стенограммы бесед "
      "Владимира Путина и Джорджа Буша.", "Документы охватывают 2001–2008 годы."],
     ["Путин", "Буш"]),
    ("pg-y-bp-en-crawford", "en", "https://world.example.com/2025/12/24/bush-putin-crawford-transcripts",
     "bush-putin-transcripts", "Transcripts show what Putin told Bush at Crawford",
     "December 24, 2025",
     ["Newly declassified transcripts show that Vladimir Putin told George W. Bush at their "
      "meeting in Crawford in 2001 that Russia would not oppose NATO's plans.",
      "The records were released by the National Security Archive."], ["Bush", "Putin"]),
    ("hn-y-bp-interview-en", "en", "https://world.example.com/us/bush-interview-putin",
     "bush-putin-interview-2025", "Bush says in interview he misjudged Putin",
     "December 26, 2025",
     ["George W. Bush said in an interview on Friday that he had misjudged Vladimir Putin when "
      "he looked him in the eye in 2001."], ["Bush", "Putin"]),
    ("hn-y-pa-message-tr", "tr", "https://haber.example.com.tr/dunya/aliyev-putin-mesaj",
     "aliyev-putin-message", "Aliyev'den Putin'e taziye mesajı",
     "10.10.2025 20:15",
     ["Azerbaycan Cumhurbaşkanı İlham Aliyev, Rusya Devlet Başkanı Vladimir Putin'e bir taziye "
      "mesajı gönderdi.", "Mesajda sel felaketinde hayatını kaybedenler için başsağlığı "
      "dilendi."], ["Aliyev", "Putin"]),
    ("hn-y-pa-message-en", "en", "https://news.example.com/world/aliyev-putin-condolences",
     "aliyev-putin-message", "Aliyev sends Putin a message of condolences over floods",
     "October 10, 2025",
     ["Azerbaijani President Ilham Aliyev sent a letter of condolence to Vladimir Putin after "
      "floods in southern Russia killed 12 people."], ["Aliyev", "Putin"]),
    ("hn-y-pa-message-ru", "ru", "https://news.example.ru/politics/aliev-telegramma",
     "aliyev-putin-message", "Алиев направил Путину телеграмму соболезнования",
     "10.10.2025 18:40",
     ["Президент Азербайджана Ильхам Алиев направил Владимиру Путину телеграмму "
      "соболезнования в связи с наводнением на юге России."], ["Алиев", "Путин"]),
    ("pg-y-op-ar", "ar", "https://akhbar.example.com/economy/opec-vienna",
     "opec-vienna-march", "أوبك+ تتفق في فيينا على خفض الإنتاج",
     "٥ مارس ٢٠٢٥",
     ["اتفق تحالف أوبك+ خلال اجتماعه في فيينا على خفض الإنتاج.",
      "وقال وزير الطاقة السعودي الأمير عبد العزيز بن سلمان إن القرار جاء بالإجماع."],
     ["أوبك", "فيينا"]),
    ("hn-y-op-june-en", "en", "https://energy.example.com/opec-vienna-june",
     "opec-vienna-june", "OPEC+ keeps output steady at Vienna meeting",
     "June 1, 2025",
     ["OPEC+ ministers meeting in Vienna on Sunday kept their output targets unchanged.",
      "Saudi energy minister Prince Abdulaziz bin Salman said the market was balanced."],
     ["OPEC", "Vienna"]),
    # -- month names in addresses: /2025/oct/09/ and a slug ending in a date --------------------
    ("pg-z-en-month-step", "en", "https://news.example.co.uk/world/2025/oct/09/putin-apologises-aliyev",
     "putin-aliyev-dushanbe", "Putin apologises to Aliyev over downed airliner",
     None,
     ["Vladimir Putin has apologised to Ilham Aliyev, saying Russian air defences were active "
      "when the Azerbaijani airliner was hit."], ["Putin", "Aliyev", "AZAL"]),
    ("hn-z-az-month-slug", "az", "https://xeber.example.az/siyaset/eliyev-putin-telefon-12-oktyabr-2025",
     "putin-aliyev-october-call", "İlham Əliyev Vladimir Putinlə telefonla danışıb",
     None,
     ["Prezident İlham Əliyev Rusiya Prezidenti Vladimir Putinlə telefonla danışıb.",
      "Söhbət zamanı AZAL təyyarəsinin qəzası ilə bağlı araşdırma müzakirə olunub."],
     ["Əliyev", "Putin"]),
    # -- a third trial: one of an event's two people on its day, on the phone with someone else
    # (Shoigu with France's minister, Austin with Ukraine's); the call dated in Solar Hijri in
    # the text alone; the transcripts in Turkish; the earthquake in Arabic, and another city's
    # the same day; OPEC+ in Russian, and its minister on another matter the day before
    ("hn-w-shoigu-france-ru", "ru", "https://news.example.ru/politics/shoigu-lekornyu",
     "shoigu-lecornu-call", "Шойгу провёл телефонный разговор с министром обороны Франции",
     "13.05.2022 18:10",
     ["Министр обороны России Сергей Шойгу провёл телефонный разговор с министром "
      "вооружённых сил Франции Себастьяном Лекорню.", "Стороны обсудили ситуацию на Украине."],
     ["Шойгу", "Франция"]),
    ("hn-w-austin-reznikov-en", "en", "https://news.example.com/world/austin-reznikov-call",
     "austin-reznikov-call", "Austin speaks with Ukraine's Reznikov on arms deliveries",
     "May 13, 2022",
     ["U.S. Defense Secretary Lloyd Austin spoke by phone with Ukrainian Defense Minister "
      "Oleksii Reznikov about deliveries of artillery, the Pentagon said."],
     ["Austin", "Ukraine"]),
    ("pg-w-as-fa-jalali", "fa", "https://khabar.example.com/news/austin-shoigu",
     "austin-shoigu-may-call", "گفت‌وگوی تلفنی وزیران دفاع آمریکا و روسیه",
     None,
     ["لوید آستین و سرگئی شویگو روز جمعه ۲۳ اردیبهشت ۱۴۰۱ برای نخستین بار از آغاز جنگ "
      "تلفنی گفت‌وگو کردند."], ["آستین", "شویگو"]),
    ("pg-w-bp-tr", "tr", "https://haber.example.com.tr/dunya/bush-putin-tutanaklar",
     "bush-putin-transcripts", "Bush ile Putin görüşmelerinin tutanakları yayımlandı",
     "08.01.2026 11:00",
     ["ABD Ulusal Güvenlik Arşivi, George W. Bush ile Vladimir Putin arasındaki görüşmelerin "
      "gizliliği kaldırılan tutanaklarını yayımladı."], ["Bush", "Putin"]),
    ("pg-w-tq-ar", "ar", "https://akhbar.example.com/world/tabriz-quake",
     "tabriz-earthquake-2025", "زلزال بقوة 5.2 درجات يضرب تبريز شمال غرب إيران",
     "3 يونيو 2025",
     ["ضرب زلزال بقوة 5.2 درجات مدينة تبريز في شمال غرب إيران فجر اليوم.",
      "ولم ترد تقارير عن سقوط قتلى."], ["إيران", "زلزال"]),
    ("hn-w-tq-urmia-ar", "ar", "https://akhbar.example.com/world/urmia-quake",
     "urmia-earthquake-2025", "زلزال بقوة 4.1 درجات يضرب أرومية",
     "3 يونيو 2025",
     ["ضرب زلزال بقوة 4.1 درجات مدينة أرومية في شمال غرب إيران مساء اليوم.",
      "ولم ترد تقارير عن أضرار."], ["إيران", "زلزال"]),
    ("pg-w-op-ru", "ru", "https://news.example.ru/economy/opek-vena",
     "opec-vienna-march", "Новак: ОПЕК+ в Вене договорилась о сокращении добычи",
     "05.03.2025 17:40",
     ["Страны ОПЕК+ на встрече в Вене договорились о сокращении добычи нефти, сообщил вице-премьер "
      "Александр Новак."], ["ОПЕК+", "Новак"]),
    ("hn-w-op-novak-ru", "ru", "https://news.example.ru/economy/novak-prognoz",
     "novak-forecast", "Новак дал прогноз цен на нефть",
     "04.03.2025 12:10",
     ["Вице-премьер Александр Новак заявил, что цены на нефть останутся стабильными до конца "
      "года.", "Он выступил на энергетическом форуме в Москве."], ["Новак", "нефть"]),
    # -- a fourth trial, pages in the shapes of real outlets' (kept here in the common frame):
    # a letter of thanks four days after, an interview about the apology six days later, a call
    # told with "созвонились"; and a report whose only date is a yearless day in its lead
    ("hn-v-az-letter", "az", "https://report.example.az/siyaset/eliyev-putine-mektub",
     "aliyev-putin-thanks-letter", "Prezident İlham Əliyev Vladimir Putinə təşəkkür məktubu göndərib",
     "13 oktyabr, 2025 11:20",
     ["Prezident İlham Əliyev Rusiya Prezidenti Vladimir Putinə təşəkkür məktubu göndərib.",
      "Məktubda Düşənbədəki görüşə görə minnətdarlıq ifadə olunub."], ["Əliyev", "Putin"]),
    ("hn-v-en-interview", "en", "https://world.example.com/caucasus/aliyev-putin-apology-interview",
     "aliyev-interview-euronews", "Aliyev says Putin apology in Dushanbe 'not enough'",
     "October 15, 2025",
     ["Azerbaijani President Ilham Aliyev said in an interview with Euronews that Vladimir "
      "Putin's apology in Dushanbe last week was not enough and that compensation must follow."],
     ["Aliyev", "Putin", "AZAL"]),
    ("hn-v-ru-sozvon", "ru", "https://kommersant.example.ru/doc/putin-aliev-sozvonilis",
     "putin-aliyev-october-call", "Владимир Путин и Ильхам Алиев созвонились",
     "12.10.2025, 20:10",
     ["Президенты России и Азербайджана Владимир Путин и Ильхам Алиев провели телефонный "
      "разговор по инициативе азербайджанской стороны.", "Обсуждались итоги встречи в Душанбе."],
     ["Путин", "Алиев"]),
    ("pg-v-ru-yearless", "ru", "https://meduza.example.io/news/putin-izvinilsya",
     "putin-aliyev-dushanbe", "Путин извинился перед Алиевым",
     None,
     ["В четверг, 9 октября, Владимир Путин на встрече с Ильхамом Алиевым в Душанбе извинился "
      "за катастрофу самолета AZAL."], ["Путин", "Алиев"]),
    # -- a meeting no event holds, of a person the name authority lacks, told with his name's
    # case endings ("Ərdoğanla", "Эрдоганом"): one proposed group, dated by its datelines' city
    ("ng-ea-tr", "tr", "https://haber.example.com.tr/politika/erdogan-aliyev-ankara",
     "erdogan-aliyev-ankara", "Erdoğan ile Aliyev Ankara'da görüştü", "20.11.2025 15:30",
     ["ANKARA (AA) - Cumhurbaşkanı Recep Tayyip Erdoğan, Azerbaycan Cumhurbaşkanı İlham "
      "Aliyev'i Külliye'de resmi törenle karşıladı.", "İki lider enerji projelerini ele aldı."],
     ["Erdoğan", "Aliyev"]),
    ("ng-ea-az", "az", "https://xeber.example.az/siyaset/eliyev-erdogan-ankara",
     "erdogan-aliyev-ankara", "İlham Əliyev Ankarada Rəcəb Tayyib Ərdoğanla görüşüb",
     "20 Noyabr 2025 16:10",
     ["Ankara, 20 noyabr. Prezident İlham Əliyev Ankarada Türkiyə Prezidenti Rəcəb Tayyib "
      "Ərdoğanla görüşüb.", "Görüşdə enerji layihələri müzakirə olunub."], ["Əliyev", "Ərdoğan"]),
    ("ng-ea-ru", "ru", "https://news.example.ru/world/erdogan-aliev-ankara",
     "erdogan-aliyev-ankara", "Эрдоган и Алиев провели переговоры в Анкаре", "20.11.2025 17:05",
     ["АНКАРА, 20 ноя – РИА Новости. Президент Турции Реджеп Тайип Эрдоган провел в Анкаре "
      "переговоры с президентом Азербайджана Ильхамом Алиевым."], ["Эрдоган", "Алиев"]),
    # -- a fifth trial: agency pages in Bulgarian, Serbian (Latin letters), Uzbek, Arabic
    # dated by the Hijri calendar; what told the negatives apart: a weekday in the lead (the
    # day after the meeting, another meeting), a Hijri day without a Gregorian one; a
    # release's report recalling "the attacks of 11 September" (background, not the day of
    # what it reports)
    ("pg-u-bg", "bg", "https://www.bta.example.bg/bg/news/world/1012345-putin-se-izvini",
     "putin-aliyev-dushanbe", "Путин се извини на Алиев за катастрофата на самолета на АЗАЛ",
     "09.10.2025 17:45",
     ["Душанбе, 9 октомври (БТА) - Руският президент Владимир Путин се извини на "
      "азербайджанския си колега Илхам Алиев за катастрофата на пътническия самолет на АЗАЛ "
      "през декември миналата година.",
      "Двамата президенти се срещнаха в Душанбе в кулоарите на срещата на върха на ОНД."],
     ["Путин", "Алиев", "Душанбе"]),
    ("pg-u-sr-latin", "sr", "https://www.vesti.example.rs/svet/putin-se-izvinio-alijevu",
     "putin-aliyev-dushanbe", "Putin se izvinio Alijevu zbog pada aviona kompanije AZAL",
     "09.10.2025. 18:02",
     ["Predsednik Rusije Vladimir Putin izvinio se predsedniku Azerbejdžana Ilhamu Alijevu "
      "zbog pada aviona azerbejdžanske kompanije AZAL u decembru prošle godine.",
      "Putin i Alijev sastali su se u Dušanbeu, na marginama samita ZND."],
     ["Vladimir Putin", "Ilham Alijev"]),
    ("pg-u-uz", "uz", "https://kun.example.uz/news/putin-aliyevdan-uzr-soradi",
     "putin-aliyev-dushanbe", "Putin Aliyevdan AZAL samolyoti halokati uchun uzr so'radi",
     "09.10.2025, 16:55",
     ["Rossiya Prezidenti Vladimir Putin Dushanbeda Ozarbayjon Prezidenti Ilhom Aliyev bilan "
      "uchrashuvda AZAL samolyoti halokati uchun uzr so'radi.",
      "Putin Rossiya havo hujumidan mudofaa tizimlari o'sha paytda Ukraina dronlariga qarshi "
      "ishlaganini aytdi."], ["Putin", "Aliyev"]),
    ("pg-u-ar-hijri", "ar", "https://akhbar.example.com/world/2090876",
     "putin-aliyev-dushanbe", "بوتين يعتذر لعلييف عن تحطم الطائرة الأذربيجانية",
     "الخميس 17 ربيع الآخر 1447 هـ - 9 أكتوبر 2025 م",
     ["دوشنبه - قدّم الرئيس الروسي فلاديمير بوتين اعتذاره للرئيس الأذربيجاني إلهام علييف عن "
      "تحطم طائرة الركاب الأذربيجانية، خلال لقائهما في العاصمة الطاجيكية على هامش القمة.",
      "وقال بوتين إن الدفاعات الجوية الروسية كانت تتصدى لمسيرات أوكرانية."],
     ["بوتين", "علييف"]),
    ("hn-u-ar-hijri-call", "ar", "https://akhbar.example.com/world/2091544",
     "putin-aliyev-hijri-call", "بوتين وعلييف يبحثان هاتفيا نتائج التحقيق في تحطم الطائرة",
     "الثلاثاء 22 ربيع الآخر 1447 هـ",
     ["أجرى الرئيس الروسي فلاديمير بوتين اتصالا هاتفيا مع الرئيس الأذربيجاني إلهام علييف، "
      "بحثا خلاله نتائج التحقيق في تحطم طائرة الخطوط الجوية الأذربيجانية."],
     ["بوتين", "علييف"]),
    ("hn-u-fa-ambassador", "fa", "https://khabar.example.com/fa/news/3413001/",
     "aliyev-russian-ambassador", "علی‌اف سفیر روسیه را در باکو به حضور پذیرفت",
     "۱۸ مهر ۱۴۰۴ - ۱۲:۳۰",
     ["باکو - الهام علی‌اف رئیس‌جمهور آذربایجان روز جمعه سفیر روسیه را به حضور پذیرفت و "
      "درباره اجرای توافق‌های دیدار اخیر خود با ولادیمیر پوتین در دوشنبه گفت‌وگو کرد.",
      "در این دیدار بر ادامه تحقیقات درباره سقوط هواپیمای آزال تأکید شد."],
     ["علی‌اف", "روسیه"]),
    ("pg-u-de-transcripts", "de", "https://zeitung.example.de/politik/bush-putin-protokolle",
     "bush-putin-transcripts", "Freigegebene Protokolle: Was Bush und Putin am Telefon besprachen",
     "08.01.2026, 10:30",
     ["Washington - Das National Security Archive der George Washington University hat "
      "freigegebene Protokolle von Gesprächen zwischen Wladimir Putin und George W. Bush aus "
      "den Jahren 2001 bis 2003 veröffentlicht. Die Dokumente zeigen, wie eng die beiden "
      "Präsidenten nach den Anschlägen vom 11. September zusammenarbeiteten."],
     ["Bush", "Putin"]),
    # a story from the same country the day after, with a link to the meeting's report
    # inside its text ("READ MORE: …"): the link's names are not the story's
    ("hn-u-en-read-more", "en", "https://markets.example.com/business/azerbaijan-rate",
     "azerbaijan-central-bank", "Azerbaijan's central bank holds key rate at 7%",
     "October 10, 2025",
     ["BAKU, Oct 10 (Reuters) - Azerbaijan's central bank kept its key interest rate unchanged "
      "at 7% on Friday, citing stable inflation and a strong manat backed by oil revenue.",
      "READ MORE: Putin apologises to Aliyev over downed Azerbaijani jet in Dushanbe",
      "The bank said inflation stood at 5.6% in September and was expected to stay within its "
      "target range until the end of the year."], ["Azerbaijan", "central bank"]),
    # -- reports in Kazakh, Georgian and Armenian, whose spellings the name authority does not
    # list ("Әлиевпен", "პუტინმა", "Ալիևից"): found by their romanisation and case endings
    ("pg-u-kk", "kk", "https://example.kz/kz/news/putin-aliev-keshirim",
     "putin-aliyev-dushanbe", "Путин Әлиевтен AZAL ұшағының апаты үшін кешірім сұрады",
     "09.10.2025, 17:20",
     ["Ресей Президенті Владимир Путин Душанбеде Әзербайжан Президенті Ильхам Әлиевпен "
      "кездесуде AZAL ұшағының апаты үшін кешірім сұрады."], ["Путин", "Әлиев"]),
    ("pg-u-ka", "ka", "https://example.ge/ka/news/putin-aliev",
     "putin-aliyev-dushanbe", "პუტინმა ალიევს ბოდიში მოუხადა თვითმფრინავის ჩამოვარდნის გამო",
     "9 ოქტომბერი 2025, 18:40",
     ["რუსეთის პრეზიდენტმა ვლადიმერ პუტინმა დუშანბეში აზერბაიჯანის პრეზიდენტ ილჰამ ალიევთან "
      "შეხვედრისას ბოდიში მოიხადა AZAL-ის თვითმფრინავის ჩამოვარდნის გამო."],
     ["პუტინი", "ალიევი"]),
    ("pg-u-hy", "hy", "https://example.am/hy/news/putin-aliev",
     "putin-aliyev-dushanbe", "Պուտինը ներողություն է խնդրել Ալիևից ինքնաթիռի կործանման համար",
     "9 հոկտեմբերի, 2025 19:05",
     ["Ռուսաստանի նախագահ Վլադիմիր Պուտինը Դուշանբեում Ադրբեջանի նախագահ Իլհամ Ալիևի հետ "
      "հանդիպման ժամանակ ներողություն է խնդրել AZAL-ի ինքնաթիռի կործանման համար։"],
     ["Պուտին", "Ալիև"]),
    # -- the summit the day after the meeting, in the same city, where both leaders spoke:
    # another occasion (a summit is not their meeting), dated "10 oct" by its dateline and
    # "on Friday" in its lead, or by its publication alone
    ("hn-u-az-summit", "az", "https://xeber.example.az/siyaset/eliyev-mdb-sammiti",
     "cis-summit-dushanbe", "Prezident İlham Əliyev Düşənbədə MDB sammitində çıxış edib",
     "10 Oktyabr 2025 12:40",
     ["Düşənbə, 10 oktyabr. Prezident İlham Əliyev Düşənbədə keçirilən MDB dövlət "
      "başçılarının sammitində çıxış edib.",
      "Sammitdə Rusiya Prezidenti Vladimir Putin və digər dövlət başçıları iştirak ediblər."],
     ["İlham Əliyev", "MDB", "Düşənbə"]),
    ("hn-u-ru-summit", "ru", "https://ria.example.ru/20251010/putin-sng-1234.html",
     "cis-summit-dushanbe", "Путин выступил на саммите СНГ в Душанбе", "10.10.2025 13:15",
     ["ДУШАНБЕ, 10 окт – РИА Новости. Владимир Путин в пятницу выступил на заседании Совета "
      "глав государств СНГ в Душанбе. В саммите участвовали лидеры стран Содружества, в том "
      "числе Ильхам Алиев."], ["Путин", "СНГ", "Душанбе"]),
    ("hn-u-tr-summit", "tr", "https://www.aa.example.com.tr/tr/dunya/bdt-zirvesi-dusanbe/3712399",
     "cis-summit-dushanbe", "BDT zirvesi Duşanbe'de yapıldı", "10.10.2025 - 15:40",
     ["DUŞANBE (AA) - Bağımsız Devletler Topluluğu (BDT) Devlet Başkanları Konseyi toplantısı "
      "Tacikistan'ın başkenti Duşanbe'de yapıldı. Zirveye Rusya Devlet Başkanı Vladimir Putin "
      "ve Azerbaycan Cumhurbaşkanı İlham Aliyev de katıldı."], ["BDT", "Putin", "Aliyev"]),
    # -- statements of others, the day after the meeting, that date their own occasion by it
    # in a clause ("…, a day after Putin apologised to Aliyev"): the meeting is their
    # background; and reports of the meeting whose clause of that kind is about something else
    ("hn-after-en", "en", "https://wire.example.com/world/kazakhstan-azal-report-december",
     "kazakhstan-azal-report",
     "Kazakhstan says AZAL crash report due by December",
     "October 10, 2025",
     ["ASTANA, Oct 10 - Kazakhstan's transport ministry said the final report on the AZAL crash "
      "would be published by December, a day after Putin apologised to Aliyev in Dushanbe.",
      "The ministry said investigators were still examining the flight recorders with experts from"
      " Brazil and Azerbaijan."],
     ["Kazakhstan", "AZAL"]),
    ("hn-after-ru", "ru", "https://news.example.ru/world/kazahstan-otchet-azal",
     "kazakhstan-azal-report",
     "В Казахстане пообещали отчёт о крушении AZAL к декабрю",
     "10.10.2025 14:20",
     ["АСТАНА, 10 окт. Окончательный отчёт о крушении самолёта AZAL будет опубликован до конца "
      "года, заявили в минтрансе Казахстана на следующий день после того, как Владимир Путин "
      "принёс извинения Ильхаму Алиеву в Душанбе.",
      "По словам представителя ведомства, эксперты продолжают изучать бортовые самописцы."],
     ["Казахстан", "AZAL"]),
    ("hn-after-tr", "tr", "https://haber.example.com.tr/dunya/kazakistan-azal-raporu",
     "kazakhstan-azal-report",
     "Kazakistan: AZAL raporu aralık ayında yayımlanacak",
     "10.10.2025 - 13:05",
     ["Kazakistan Ulaştırma Bakanlığı, Putin'in Duşanbe'de Aliyev'den özür dilemesinden bir gün "
      "sonra AZAL uçağının düşmesine ilişkin nihai raporun aralık ayına kadar yayımlanacağını "
      "açıkladı.",
      "Bakanlık, uçuş kayıt cihazlarının incelenmesinin sürdüğünü belirtti."],
     ["Kazakistan", "AZAL"]),
    ("hn-after-de", "de", "https://zeitung.example.de/politik/kasachstan-azal-bericht",
     "kazakhstan-azal-report",
     "Kasachstan: Abschlussbericht zum AZAL-Absturz bis Dezember",
     "10.10.2025, 12:10",
     ["Astana - Einen Tag nachdem sich Putin in Duschanbe bei Alijew entschuldigt hatte, kündigte "
      "das kasachische Verkehrsministerium den Abschlussbericht zum Absturz der AZAL-Maschine bis "
      "Dezember an.",
      "Die Ermittler werten demnach weiterhin die Flugschreiber aus."],
     ["Kasachstan", "AZAL"]),
    ("hn-after-ar", "ar", "https://news.example.ae/world/kazakhstan-azal-report",
     "kazakhstan-azal-report",
     "كازاخستان: التقرير النهائي عن تحطم طائرة أزال بحلول ديسمبر",
     "10 أكتوبر 2025",
     ["أعلنت وزارة النقل الكازاخستانية أن التقرير النهائي عن تحطم طائرة الخطوط الجوية الأذربيجانية"
      " سينشر بحلول ديسمبر، غداة اعتذار بوتين لعلييف في دوشنبه.",
      "وأضافت الوزارة أن المحققين ما زالوا يدرسون الصندوقين الأسودين."],
     ["كازاخستان", "أزال"]),
    ("hn-after-fa", "fa", "https://news.example.ir/world/kazakhstan-azal",
     "kazakhstan-azal-report",
     "قزاقستان: گزارش نهایی سقوط هواپیمای آزال تا دسامبر منتشر می‌شود",
     "۱۸ مهر ۱۴۰۴ - ۱۲:۳۰",
     ["وزارت حمل و نقل قزاقستان یک روز پس از عذرخواهی پوتین از علی‌اف در دوشنبه اعلام کرد که گزارش"
      " نهایی سقوط هواپیمای آزال تا دسامبر منتشر می‌شود.",
      "به گفته این وزارتخانه، بررسی جعبه‌های سیاه ادامه دارد."],
     ["قزاقستان", "آزال"]),
    ("hn-after-az", "az", "https://xeber.example.az/dunya/qazaxistan-azal-hesabat",
     "kazakhstan-azal-report",
     "Qazaxıstan: AZAL təyyarəsinin qəzası ilə bağlı yekun hesabat dekabrda dərc olunacaq",
     "10 Oktyabr 2025 13:40",
     ["Qazaxıstanın Nəqliyyat Nazirliyi Putinin Düşənbədə Əliyevdən üzr istəməsindən bir gün sonra"
      " yekun hesabatın dekabr ayına qədər dərc olunacağını açıqlayıb.",
      "Nazirliyin sözlərinə görə, uçuş qeydiyyatçılarının təhlili davam edir."],
     ["Qazaxıstan", "AZAL"]),
    ("hn-after-bg", "bg", "https://novini.example.bg/svyat/kazahstan-azal-doklad",
     "kazakhstan-azal-report",
     "Казахстан: окончателният доклад за катастрофата на AZAL ще е готов до декември",
     "10.10.2025 11:50",
     ["Казахстанското министерство на транспорта обяви, че окончателният доклад за катастрофата на"
      " самолета на AZAL ще бъде публикуван до декември, ден след като Путин се извини на Алиев в "
      "Душанбе.",
      "Разследващите продължават да изследват черните кутии."],
     ["Казахстан", "AZAL"]),
    ("hn-after-it", "it", "https://notizie.example.it/esteri/kazakistan-rapporto-azal",
     "kazakhstan-azal-report",
     "Kazakistan: il rapporto finale sullo schianto AZAL entro dicembre",
     "10/10/2025 12:15",
     ["Il ministero dei trasporti kazako ha annunciato che il rapporto finale sullo schianto "
      "dell'aereo AZAL sarà pubblicato entro dicembre, il giorno dopo le scuse di Putin ad Aliyev "
      "a Dushanbe.",
      "Gli investigatori stanno ancora esaminando le scatole nere."],
     ["Kazakistan", "AZAL"]),
    ("hn-after-sr", "sr", "https://vesti.example.rs/svet/kazahstan-azal-izvestaj",
     "kazakhstan-azal-report",
     "Казахстан: коначни извештај о паду авиона AZAL до децембра",
     "10.10.2025. 12:40",
     ["Министарство саобраћаја Казахстана саопштило је да ће коначни извештај о паду авиона AZAL "
      "бити објављен до децембра, дан након што се Путин извинио Алијеву у Душанбеу.",
      "Истражитељи и даље анализирају црне кутије."],
     ["Казахстан", "AZAL"]),
    ("pg-after-en", "en", "https://wire.example.com/world/putin-apologises-aliyev-dushanbe",
     "putin-aliyev-dushanbe",
     "Putin apologises to Aliyev over downed Azerbaijani jet",
     "October 9, 2025",
     ["DUSHANBE, Oct 9 - Russian President Vladimir Putin apologised to Azerbaijan's Ilham Aliyev "
      "on Thursday over the downing of an AZAL airliner, a day after Kazakhstan's investigators "
      "published their interim findings.",
      "The two leaders met on the sidelines of a summit in Tajikistan."],
     ["Putin", "Aliyev"]),
    ("pg-after-tr", "tr", "https://haber.example.com.tr/dunya/putin-aliyev-dusanbede-gorustu",
     "putin-aliyev-dushanbe",
     "Putin ve Aliyev Duşanbe'de görüştü",
     "09.10.2025 - 18:20",
     ["Kazakistan'ın ara raporu yayımlamasından bir gün sonra Rusya Devlet Başkanı Vladimir Putin "
      "ile Azerbaycan Cumhurbaşkanı İlham Aliyev Duşanbe'de bir araya geldi.",
      "Putin, görüşmede AZAL uçağının düşmesi nedeniyle özür diledi."],
     ["Putin", "Aliyev"]),
    ("pg-after-ru", "ru", "https://news.example.ru/politics/putin-aliev-dushanbe-vstrecha",
     "putin-aliyev-dushanbe",
     "В Душанбе прошла встреча Путина и Алиева",
     "09.10.2025 19:05",
     ["Через день после публикации промежуточного отчёта Казахстана, Владимир Путин и Ильхам Алиев"
      " встретились в Душанбе.",
      "Путин принёс извинения за крушение самолёта AZAL."],
     ["Путин", "Алиев"]),
    # -- reports that name one leader and call the other a counterpart of their country ("his
    # Azerbaijani counterpart", "российским коллегой", "Rus mevkidaşı", "نظيره الأذربيجاني"); and
    # the same leaders with another country's counterpart in the same city that day
    ("pg-cp-en", "en", "https://news.example.co.uk/world/putin-azerbaijan-counterpart",
     "putin-aliyev-dushanbe",
     "Putin says sorry to Azerbaijani counterpart for jet disaster",
     "9 October 2025",
     ["Vladimir Putin apologised to his Azerbaijani counterpart on Thursday for the crash of an "
      "AZAL passenger jet last December, in talks in the Tajik capital.",
      "The Kremlin said Russian air defences had been active at the time."],
     ["Putin", "Azerbaijan"]),
    ("pg-cp-ru", "ru", "https://gazeta.example.ru/politics/aliev-putin-dushanbe",
     "putin-aliyev-dushanbe",
     "Алиев провёл переговоры с российским коллегой в Душанбе",
     "09.10.2025 18:30",
     ["Президент Азербайджана Ильхам Алиев в четверг провёл в Душанбе переговоры с российским "
      "коллегой, который принёс извинения за крушение самолёта AZAL.",
      "Стороны договорились продолжить расследование."],
     ["Алиев", "Душанбе"]),
    ("pg-cp-tr", "tr", "https://gazete.example.com.tr/dunya/aliyev-rus-mevkidasi",
     "putin-aliyev-dushanbe",
     "Aliyev, Rus mevkidaşı ile Duşanbe'de bir araya geldi",
     "09.10.2025 17:50",
     ["Azerbaycan Cumhurbaşkanı İlham Aliyev, Perşembe günü Tacikistan'ın başkenti Duşanbe'de Rus "
      "mevkidaşı ile görüştü.",
      "Görüşmede AZAL uçağının düşmesi ele alındı."],
     ["Aliyev", "Duşanbe"]),
    ("pg-cp-ar", "ar", "https://akhbar.example.com/world/putin-azerbaijan",
     "putin-aliyev-dushanbe",
     "بوتين يعتذر لنظيره الأذربيجاني خلال لقائهما في دوشنبه",
     "9 أكتوبر 2025",
     ["اعتذر الرئيس الروسي فلاديمير بوتين يوم الخميس لنظيره الأذربيجاني عن تحطم طائرة الركاب "
      "التابعة لشركة أزال، خلال لقائهما في دوشنبه.",
      "وقال الكرملين إن الدفاعات الجوية الروسية كانت تعمل في ذلك الوقت."],
     ["بوتين", "أذربيجان"]),
    ("pg-cp-fa", "fa", "https://khabar.example.ir/world/putin-azerbaijan",
     "putin-aliyev-dushanbe",
     "عذرخواهی پوتین از همتای آذربایجانی در دوشنبه",
     "۱۷ مهر ۱۴۰۴ - ۱۹:۱۰",
     ["ولادیمیر پوتین رئیس‌جمهور روسیه روز پنجشنبه در دیدار با همتای آذربایجانی خود در دوشنبه بابت"
      " سقوط هواپیمای آزال عذرخواهی کرد.",
      "دو طرف بر ادامه تحقیقات تأکید کردند."],
     ["پوتین", "آذربایجان"]),
    ("pg-cp-az", "az", "https://xeber.example.az/siyaset/putin-azerbaycanli-hemkari",
     "putin-aliyev-dushanbe",
     "Putin Azərbaycanlı həmkarından üzr istəyib",
     "09 Oktyabr 2025 18:05",
     ["Rusiya Prezidenti Vladimir Putin Düşənbədə Azərbaycanlı həmkarı ilə görüşündə AZAL "
      "təyyarəsinin qəzasına görə üzr istəyib.",
      "Görüşdə istintaqın davam etdirilməsi razılaşdırılıb."],
     ["Putin", "Düşənbə"]),
    ("pg-cp-bg", "bg", "https://novini.example.bg/svyat/putin-azerbaydzhanski-kolega",
     "putin-aliyev-dushanbe",
     "Путин се извини на азербайджанския си колега в Душанбе",
     "09.10.2025 19:20",
     ["Руският президент Владимир Путин се извини в четвъртък на азербайджанския си колега за "
      "катастрофата на самолета на AZAL по време на среща в Душанбе.",
      "Кремъл заяви, че руската противовъздушна отбрана е била активна."],
     ["Путин", "Душанбе"]),
    ("pg-cp-sr", "sr", "https://vesti.example.rs/svet/putin-azerbejdzanski-kolega",
     "putin-aliyev-dushanbe",
     "Путин се извинио азербејџанском колеги у Душанбеу",
     "09.10.2025. 19:45",
     ["Руски председник Владимир Путин извинио се у четвртак азербејџанском колеги због пада "
      "авиона AZAL током састанка у Душанбеу.",
      "Две стране су се договориле да наставе истрагу."],
     ["Путин", "Душанбе"]),
    ("pg-cp-de", "de", "https://zeitung.example.de/politik/putin-entschuldigung-duschanbe",
     "putin-aliyev-dushanbe",
     "Putin entschuldigt sich bei aserbaidschanischem Amtskollegen",
     "09.10.2025, 18:55",
     ["Kremlchef Wladimir Putin hat sich am Donnerstag in Duschanbe bei seinem aserbaidschanischen"
      " Amtskollegen für den Absturz der AZAL-Maschine entschuldigt.",
      "Die russische Flugabwehr sei zu dem Zeitpunkt aktiv gewesen, hieß es."],
     ["Putin", "Duschanbe"]),
    ("pg-cp-it", "it", "https://notizie.example.it/esteri/putin-scuse-omologo-azero",
     "putin-aliyev-dushanbe",
     "Putin chiede scusa all'omologo azero per l'aereo abbattuto",
     "09/10/2025 18:40",
     ["Il presidente russo Vladimir Putin ha chiesto scusa giovedì al suo omologo azero per lo "
      "schianto dell'aereo AZAL, durante un incontro a Dushanbe.",
      "Secondo il Cremlino, la difesa aerea russa era attiva in quel momento."],
     ["Putin", "Dushanbe"]),
    ("hn-cp-kz-en", "en", "https://news.example.co.uk/world/putin-kazakh-counterpart",
     "putin-tokayev-dushanbe",
     "Putin holds talks with Kazakh counterpart Tokayev in Dushanbe",
     "9 October 2025",
     ["Vladimir Putin met his Kazakh counterpart Kassym-Jomart Tokayev on Thursday in the Tajik "
      "capital to discuss energy and transport.",
      "The two leaders also discussed the Caspian pipeline."],
     ["Putin", "Tokayev"]),
    ("hn-cp-kz-ru", "ru", "https://gazeta.example.ru/politics/putin-tokaev-dushanbe",
     "putin-tokayev-dushanbe",
     "Путин провёл переговоры с казахстанским коллегой Токаевым",
     "09.10.2025 16:10",
     ["Владимир Путин в четверг в Душанбе провёл переговоры с президентом Казахстана Касым-"
      "Жомартом Токаевым.",
      "Стороны обсудили энергетику и транспорт."],
     ["Путин", "Токаев"]),
    ("hn-cp-am-tr", "tr", "https://gazete.example.com.tr/dunya/aliyev-pasinyan-dusanbe",
     "aliyev-pashinyan-dushanbe",
     "Aliyev, Ermeni mevkidaşı Paşinyan ile Duşanbe'de görüştü",
     "09.10.2025 15:20",
     ["Azerbaycan Cumhurbaşkanı İlham Aliyev, Perşembe günü Duşanbe'de Ermenistan Başbakanı Nikol "
      "Paşinyan ile bir araya geldi.",
      "Görüşmede barış anlaşması ele alındı."],
     ["Aliyev", "Paşinyan"]),
    # -- reports that name one leader and the other by office, as their country's president
    # ("the Azerbaijani president", "президенту Азербайджана", "Azerbaycan Cumhurbaşkanı"); and
    # the same leaders with another country's president in the same city that day
    ("pg-of-en", "en", "https://daily.example.com/world/putin-apology-azerbaijani-president",
     "putin-aliyev-dushanbe",
     "Putin apologises to Azerbaijani president over jet crash",
     "9 October 2025",
     ["Russian President Vladimir Putin apologised to the Azerbaijani president in Dushanbe on "
      "Thursday for the crash of an AZAL airliner last December.",
      "Putin said Russian air defences had been active at the time."],
     ["Putin", "Azerbaijan"]),
    ("pg-of-ru", "ru", "https://lenta.example.ru/news/putin-izvinilsya-pered-azerbaidzhanskim-liderom",
     "putin-aliyev-dushanbe",
     "Путин извинился перед азербайджанским лидером за крушение самолёта",
     "09.10.2025 18:40",
     ["Владимир Путин в четверг в Душанбе принёс извинения президенту Азербайджана за крушение "
      "самолёта AZAL.",
      "По словам Путина, в момент катастрофы работала российская ПВО."],
     ["Путин", "Азербайджан"]),
    ("pg-of-tr", "tr", "https://gazete.example.com.tr/dunya/putin-azerbaycan-cumhurbaskanindan-ozur",
     "putin-aliyev-dushanbe",
     "Putin, Azerbaycan Cumhurbaşkanı'ndan özür diledi",
     "09.10.2025 19:15",
     ["Rusya Devlet Başkanı Vladimir Putin, Perşembe günü Duşanbe'de Azerbaycan Cumhurbaşkanı ile "
      "görüşmesinde AZAL uçağının düşmesi nedeniyle özür diledi.",
      "Putin, o sırada Rus hava savunmasının aktif olduğunu söyledi."],
     ["Putin", "Azerbaycan"]),
    ("pg-of-ar", "ar", "https://akhbar.example.com/world/putin-azerbaijan-president",
     "putin-aliyev-dushanbe",
     "بوتين يعتذر للرئيس الأذربيجاني عن تحطم الطائرة",
     "9 أكتوبر 2025",
     ["اعتذر الرئيس الروسي فلاديمير بوتين يوم الخميس للرئيس الأذربيجاني في دوشنبه عن تحطم طائرة "
      "أزال.",
      "وقال بوتين إن الدفاعات الجوية الروسية كانت تعمل آنذاك."],
     ["بوتين", "أذربيجان"]),
    ("pg-of-de", "de", "https://zeitung.example.de/politik/putin-entschuldigt-sich-bei-aserbaidschans-praesident",
     "putin-aliyev-dushanbe",
     "Putin entschuldigt sich bei Aserbaidschans Präsident",
     "09.10.2025, 19:05",
     ["Kremlchef Wladimir Putin hat sich am Donnerstag in Duschanbe beim aserbaidschanischen "
      "Präsidenten für den Absturz der AZAL-Maschine entschuldigt.",
      "Die russische Flugabwehr sei aktiv gewesen, sagte Putin."],
     ["Putin", "Aserbaidschan"]),
    ("hn-of-kz-ru", "ru", "https://lenta.example.ru/news/putin-vstretilsya-s-prezidentom-kazakhstana",
     "putin-tokayev-dushanbe",
     "Путин встретился с президентом Казахстана в Душанбе",
     "09.10.2025 15:30",
     ["Владимир Путин в четверг в Душанбе провёл встречу с президентом Казахстана, обсудив "
      "поставки энергоносителей.",
      "Стороны также затронули транзит грузов."],
     ["Путин", "Казахстан"]),
    ("hn-of-tm-tr", "tr", "https://gazete.example.com.tr/dunya/aliyev-turkmenistan-devlet-baskani",
     "aliyev-turkmen-president-dushanbe",
     "Aliyev, Türkmenistan Devlet Başkanı ile Duşanbe'de görüştü",
     "09.10.2025 14:05",
     ["Azerbaycan Cumhurbaşkanı İlham Aliyev, Perşembe günü Duşanbe'de Türkmenistan Devlet Başkanı"
      " Serdar Berdimuhamedov ile bir araya geldi.",
      "Görüşmede Hazar geçişli enerji projeleri ele alındı."],
     ["Aliyev", "Türkmenistan"]),
    # -- undated reports (no date in the text or the address) in Bulgarian, Serbian, Italian and
    # German: of the meeting, tied to it by its occasion and place; of the same two in Moscow,
    # which nothing ties to it
    ("pg-ud-bg", "bg", "https://novini.example.bg/svyat/putin-aliev-sreshta-dushanbe",
     "putin-aliyev-dushanbe",
     "Путин и Алиев се срещнаха в Душанбе",
     None,
     ["Руският президент Владимир Путин и азербайджанският му колега Илхам Алиев проведоха среща в"
      " Душанбе.",
      "Путин поднесе извинения за катастрофата на самолета на AZAL."],
     ["Путин", "Алиев"]),
    ("pg-ud-sr", "sr", "https://vesti.example.rs/svet/putin-alijev-sastanak-dusanbe",
     "putin-aliyev-dushanbe",
     "Путин и Алијев састали су се у Душанбеу",
     None,
     ["Руски председник Владимир Путин и председник Азербејџана Илхам Алијев одржали су састанак у"
      " Душанбеу.",
      "Путин се извинио због пада авиона AZAL."],
     ["Путин", "Алијев"]),
    ("pg-ud-it", "it", "https://notizie.example.it/esteri/putin-aliyev-incontro-dushanbe",
     "putin-aliyev-dushanbe",
     "Putin e Aliyev si sono incontrati a Dushanbe",
     None,
     ["Il presidente russo Vladimir Putin e il presidente azero Ilham Aliyev hanno avuto un "
      "incontro a Dushanbe.",
      "Putin si è scusato per lo schianto dell'aereo AZAL."],
     ["Putin", "Aliyev"]),
    ("pg-ud-de", "de", "https://zeitung.example.de/politik/putin-alijew-treffen-duschanbe",
     "putin-aliyev-dushanbe",
     "Putin und Alijew treffen sich in Duschanbe",
     None,
     ["Kremlchef Wladimir Putin und der aserbaidschanische Präsident Ilham Alijew sind in "
      "Duschanbe zu einem Treffen zusammengekommen.",
      "Putin entschuldigte sich für den Absturz der AZAL-Maschine."],
     ["Putin", "Alijew"]),
    ("hn-ud-moscow-it", "it", "https://notizie.example.it/esteri/putin-aliyev-incontro-mosca",
     "putin-aliyev-moscow-2026",
     "Putin e Aliyev si sono incontrati a Mosca",
     None,
     ["Il presidente russo Vladimir Putin e il presidente azero Ilham Aliyev hanno avuto un "
      "incontro al Cremlino, a Mosca.",
      "Al centro dei colloqui il corridoio di trasporto Nord-Sud."],
     ["Putin", "Aliyev"]),
    # -- the Austin–Shoigu call, each minister naming the other "counterpart" of his country
    ("pg-cp-as-en", "en", "https://wire.example.com/world/austin-russian-counterpart-call",
     "austin-shoigu-may-call",
     "Austin speaks with Russian counterpart for first time since invasion",
     "May 13, 2022",
     ["WASHINGTON, May 13 (Reuters) - U.S. Defense Secretary Lloyd Austin spoke by phone with his "
      "Russian counterpart on Friday for the first time since the invasion of Ukraine began, the "
      "Pentagon said.",
      "Austin urged an immediate ceasefire, a Pentagon spokesman said."],
     ["Austin", "Pentagon"]),
    ("pg-cp-as-ru", "ru", "https://news.example.ru/world/shoigu-amerikanskij-kollega",
     "austin-shoigu-may-call",
     "Шойгу провёл телефонный разговор с американским коллегой",
     "13.05.2022 19:40",
     ["Москва, 13 мая. Министр обороны России Сергей Шойгу провёл телефонный разговор с "
      "американским коллегой, сообщили в Минобороны.",
      "Стороны обсудили актуальные вопросы международной безопасности."],
     ["Шойгу", "Минобороны"]),
    # -- long reports of the meeting whose background paragraphs carry other dates (the
    # crash, the call that apologised for it, the summit the next day), and reports of the same
    # people on other occasions, long too: a call, the crash, an interview two weeks later, the
    # compensation a month later that recalls the meeting's day, Putin's talks with Rahmon
    # that day which names Aliyev only as whom Putin meets later
    ("pg-long-ru", "ru", "https://tass.example.ru/politika/25123457",
     "putin-aliyev-dushanbe",
     "Путин признал, что ракеты ПВО России взорвались рядом с самолетом AZAL",
     "09.10.2025 16:40",
     ["ДУШАНБЕ, 9 октября. Президент России Владимир Путин на встрече с президентом Азербайджана "
      "Ильхамом Алиевым заявил, что две ракеты российской системы ПВО разорвались в нескольких "
      "метрах от самолета.",
      "\"Это трагический случай, и я еще раз приношу свои извинения\", - сказал Путин, добавив, "
      "что Россия выплатит компенсации и даст правовую оценку действиям должностных лиц.",
      "Алиев поблагодарил российского лидера за подробную информацию и назвал встречу важной для"
      " двусторонних отношений.",
      "Самолет Embraer 190 авиакомпании AZAL, выполнявший рейс Баку - Грозный, потерпел крушение"
      " 25 декабря 2024 года возле Актау. Погибли 38 человек, выжили 29.",
      "28 декабря 2024 года Путин в телефонном разговоре с Алиевым уже принес извинения за то, "
      "что инцидент произошел в российском воздушном пространстве.",
      "10 октября в Душанбе пройдет заседание Совета глав государств СНГ."],
     ["Путин", "Алиев", "AZAL", "Душанбе"]),
    ("pg-long-en", "en",
     "https://www.example-times.com/world/2025/10/10/putin-admits-air-defence-azal",
     "putin-aliyev-dushanbe",
     "Putin's rare admission over the Azerbaijani airliner, explained",
     "October 10, 2025",
     ["Vladimir Putin's acknowledgement on Thursday that Russian air defence missiles exploded "
      "near the Azerbaijan Airlines jet was the clearest admission yet from the Kremlin.",
      "Speaking to Ilham Aliyev in Dushanbe, the Russian president said the missiles had been "
      "fired at Ukrainian drones and detonated a few metres from the aircraft.",
      "The Embraer crashed near Aktau in Kazakhstan on December 25, 2024, killing 38 of the 67 "
      "people on board. Three days later Putin apologised by telephone, without saying Russia "
      "was to blame.",
      "Relations between Moscow and Baku soured over the summer, after Russian police raids on "
      "Azerbaijanis in Yekaterinburg in June.",
      "Analysts said the meeting in Tajikistan opened the way to a thaw."],
     ["Putin", "Aliyev", "Azerbaijan Airlines"]),
    ("pg-long-tr", "tr",
     "https://www.haber.example.com.tr/dunya/putin-aliyev-dusanbe-gorusmesi-3712888",
     "putin-aliyev-dushanbe",
     "Putin, Aliyev ile görüştü: AZAL uçağının düşmesinden Rus hava savunmasını sorumlu tuttu",
     "09.10.2025 17:05",
     ["Rusya Devlet Başkanı Vladimir Putin, Tacikistan'ın başkenti Duşanbe'de Azerbaycan "
      "Cumhurbaşkanı İlham Aliyev ile bir araya geldi.",
      "Putin, görüşmede Rus hava savunma füzelerinin uçağın yakınında patladığını söyledi ve "
      "yeniden özür diledi.",
      "Azerbaycan Hava Yolları'na ait yolcu uçağı 25 Aralık 2024'te Kazakistan'ın Aktau kenti "
      "yakınlarında düşmüş, 38 kişi hayatını kaybetmişti.",
      "Putin 28 Aralık 2024'te Aliyev'le telefonda görüşerek özür dilemişti."],
     ["Putin", "Aliyev", "AZAL"]),
    ("pg-long-ar", "ar", "https://www.example-arabia.net/world/20251009-putin-aliyev",
     "putin-aliyev-dushanbe",
     "بوتين يعترف لعلييف بمسؤولية الدفاع الجوي الروسي عن سقوط الطائرة الأذربيجانية",
     "9 أكتوبر 2025",
     ["أقر الرئيس الروسي فلاديمير بوتين خلال لقائه الرئيس الأذربيجاني إلهام علييف في دوشنبه بأن "
      "صاروخين من الدفاع الجوي الروسي انفجرا قرب الطائرة.",
      "وقال بوتين إن روسيا ستدفع تعويضات لأسر الضحايا.",
      "وكانت طائرة تابعة للخطوط الجوية الأذربيجانية قد تحطمت في 25 ديسمبر 2024 قرب مدينة أكتاو "
      "في كازاخستان، ما أسفر عن مقتل 38 شخصا."],
     ["بوتين", "علييف"]),
    ("pg-long-fa", "fa", "https://www.khabar.example.ir/fa/news/3412999/",
     "putin-aliyev-dushanbe",
     "پوتین در دیدار با علی‌اف مسئولیت سقوط هواپیمای آذربایجان را پذیرفت",
     "۱۷ مهر ۱۴۰۴ - ۱۸:۲۰",
     ["ولادیمیر پوتین رئیس جمهور روسیه در دیدار با الهام علی‌اف رئیس جمهور آذربایجان در دوشنبه "
      "گفت که دو موشک پدافند هوایی روسیه در نزدیکی هواپیما منفجر شدند.",
      "پوتین بار دیگر عذرخواهی کرد و گفت روسیه غرامت خواهد پرداخت.",
      "هواپیمای مسافربری شرکت آزال روز ۴ دی ۱۴۰۳ در نزدیکی شهر آکتائو قزاقستان سقوط کرد و ۳۸ نفر"
      " کشته شدند."],
     ["پوتین", "علی‌اف"]),
    ("pg-long-az", "az",
     "https://xeber.example.az/siyaset/prezident-ilham-eliyev-vladimir-putin-dusenbe-812345",
     "putin-aliyev-dushanbe",
     "Prezident İlham Əliyev Düşənbədə Vladimir Putin ilə görüşüb",
     "09 Oktyabr 2025 18:45",
     ["Oktyabrın 9-da Düşənbədə Azərbaycan Prezidenti İlham Əliyevin Rusiya Prezidenti Vladimir "
      "Putin ilə görüşü olub.",
      "Vladimir Putin AZAL təyyarəsinin qəzası ilə bağlı bir daha üzr istəyib və Rusiya hava "
      "hücumundan müdafiə raketlərinin təyyarənin yaxınlığında partladığını bildirib.",
      "Xatırladaq ki, 2024-cü il dekabrın 25-də AZAL-a məxsus təyyarə Aktau yaxınlığında qəzaya "
      "uğrayıb, 38 nəfər həlak olub."],
     ["Əliyev", "Putin", "AZAL"]),
    ("hn-long-call-ru", "ru", "https://tass.example.ru/politika/22767001",
     "putin-aliyev-apology-call",
     "Путин принес извинения Алиеву в связи с инцидентом с самолетом AZAL",
     "28.12.2024 15:20",
     ["Президент России Владимир Путин в телефонном разговоре с президентом Азербайджана Ильхамом"
      " Алиевым принес извинения за то, что трагический инцидент произошел в воздушном "
      "пространстве России.",
      "Путин выразил глубокие соболезнования семьям погибших и пожелал скорейшего выздоровления "
      "пострадавшим.",
      "Самолет Embraer 190 авиакомпании AZAL потерпел крушение 25 декабря возле Актау."],
     ["Путин", "Алиев", "AZAL"]),
    ("hn-long-crash-en", "en",
     "https://www.example-times.com/world/2024/12/26/azerbaijan-airlines-crash-aktau",
     "azal-crash",
     "Azerbaijan Airlines jet crashes in Kazakhstan, killing 38",
     "December 26, 2024",
     ["An Azerbaijan Airlines passenger jet crashed near the Kazakh city of Aktau on Wednesday, "
      "killing 38 people.",
      "President Ilham Aliyev cut short a trip to Russia, where he was to attend an informal "
      "summit hosted by Vladimir Putin in St Petersburg.",
      "Aviation experts said damage to the tail was consistent with a missile strike."],
     ["Azerbaijan Airlines", "Aliyev", "Putin"]),
    ("hn-long-interview-az", "az",
     "https://xeber.example.az/siyaset/eliyev-musahibe-rusiya-813999",
     "aliyev-interview-october",
     "İlham Əliyev: Düşənbə görüşündən sonra Rusiya ilə münasibətlər yeni mərhələyə keçib",
     "22 Oktyabr 2025 12:10",
     ["Prezident İlham Əliyev yerli televiziya kanallarına müsahibəsində Rusiya ilə "
      "münasibətlərdən danışıb.",
      "Dövlət başçısı bildirib ki, Vladimir Putin ilə Düşənbədə keçirilən görüşdən sonra iki "
      "ölkə arasında gərginlik azalıb.",
      "Əliyev həmçinin Zəngəzur dəhlizi və Ermənistan ilə sülh prosesi barədə suallara cavab "
      "verib."],
     ["Əliyev", "Putin", "müsahibə"]),
    ("hn-long-compensation-en", "en",
     "https://www.example-times.com/world/2025/11/18/russia-azal-compensation",
     "azal-compensation",
     "Russia begins paying compensation to families of AZAL crash victims",
     "November 18, 2025",
     ["Russia has begun paying compensation to the families of those killed in the Azerbaijan "
      "Airlines crash, the Azerbaijani foreign ministry said on Tuesday.",
      "The payments follow the meeting of Vladimir Putin and Ilham Aliyev in Dushanbe on October"
      " 9, where the Russian leader acknowledged that Russian air defence missiles had exploded "
      "near the plane.",
      "Baku had demanded an admission of guilt, compensation and the punishment of those "
      "responsible."],
     ["Azerbaijan Airlines", "Russia", "compensation"]),
    ("hn-long-rahmon-ru", "ru", "https://ria.example.ru/20251009/putin-rahmon-2046001.html",
     "putin-rahmon-dushanbe",
     "Путин провел переговоры с Рахмоном в Душанбе",
     "09.10.2025 12:05",
     ["ДУШАНБЕ, 9 окт - РИА Новости. Президент России Владимир Путин провел переговоры с "
      "президентом Таджикистана Эмомали Рахмоном.",
      "Стороны подписали ряд соглашений о сотрудничестве в сфере энергетики и образования.",
      "Позже в тот же день у Путина запланирована встреча с президентом Азербайджана Ильхамом "
      "Алиевым."],
     ["Путин", "Рахмон", "Таджикистан"]),
    # -- statements on the meeting the day after, by aides and spokesmen: its reports, whoever
    # the headline names; and the same day, each leader meeting someone else, the other leader
    # named further down (two meetings, not one proposed event)
    ("pg-st-peskov-ru", "ru",
     "https://news.example.ru/politics/peskov-itogi-vstrechi-putina-i-alieva",
     "putin-aliyev-dushanbe",
     "Песков оценил итоги встречи Путина и Алиева в Душанбе",
     "10.10.2025 11:20",
     ["Пресс-секретарь президента России Дмитрий Песков назвал встречу Владимира Путина и Ильхама"
      " Алиева в Душанбе откровенной и конструктивной.",
      "По его словам, стороны договорились продолжить контакты на всех уровнях."],
     ["Песков", "Путин", "Алиев"]),
    ("pg-st-kremlin-en", "en", "https://wire.example.com/world/kremlin-dushanbe-talks-cleared-air",
     "putin-aliyev-dushanbe",
     "Kremlin says Dushanbe talks cleared the air with Baku",
     "October 10, 2025",
     ["The Kremlin said on Friday that Thursday's meeting between the Russian and Azerbaijani "
      "presidents in Dushanbe had cleared the air after months of tension.",
      "Vladimir Putin told Ilham Aliyev that Russian air defence missiles had exploded near the "
      "airliner, and apologised again."],
     ["Kremlin", "Putin", "Aliyev"]),
    ("pg-st-hajiyev-az", "az",
     "https://xeber.example.az/siyaset/hikmet-haciyev-dusenbe-gorusu-820111",
     "putin-aliyev-dushanbe",
     "Hikmət Hacıyev: Düşənbə görüşü konstruktiv keçib",
     "10 Oktyabr 2025 10:05",
     ["Prezidentin köməkçisi Hikmət Hacıyev bildirib ki, Prezident İlham Əliyevin Rusiya "
      "Prezidenti Vladimir Putin ilə Düşənbədə görüşü konstruktiv keçib.",
      "Hacıyevin sözlərinə görə, görüşdə AZAL təyyarəsinin qəzası ilə bağlı bütün məsələlər "
      "müzakirə olunub."],
     ["Hacıyev", "Əliyev", "Putin"]),
    ("pg-st-ushakov-fa", "fa", "https://khabar.example.com/fa/news/3412777/",
     "putin-aliyev-dushanbe",
     "اوشاکوف: پوتین و علی‌اف درباره سقوط هواپیما گفت‌وگو کردند",
     "۱۸ مهر ۱۴۰۴ - ۰۹:۴۰",
     ["یوری اوشاکوف دستیار رئیس جمهور روسیه گفت ولادیمیر پوتین و الهام علی‌اف در دیدار دوشنبه "
      "درباره سقوط هواپیمای آزال گفت‌وگو کردند.",
      "به گفته او این دیدار در فضایی دوستانه برگزار شد."],
     ["اوشاکوف", "پوتین", "علی‌اف"]),
    ("pg-st-kremlin-ar", "ar", "https://arabic.example.com/world/20251010-kremlin-putin-aliyev",
     "putin-aliyev-dushanbe",
     "الكرملين: لقاء بوتين وعلييف في دوشنبه كان بناء",
     "10 أكتوبر 2025",
     ["قال المتحدث باسم الكرملين دميتري بيسكوف إن لقاء الرئيس فلاديمير بوتين ونظيره الأذربيجاني "
      "إلهام علييف في دوشنبه كان بناء وصريحا."],
     ["الكرملين", "بوتين", "علييف"]),
    ("pg-st-peskow-de", "de",
     "https://zeitung.example.de/politik/kreml-sprecher-gespraech-duschanbe-offen",
     "putin-aliyev-dushanbe",
     "Kreml-Sprecher: Gespräch in Duschanbe war offen",
     "10.10.2025",
     ["Kremlsprecher Dmitri Peskow hat das Treffen von Präsident Wladimir Putin mit dem "
      "aserbaidschanischen Staatschef in Duschanbe als offen bezeichnet.",
      "Putin hatte sich bei Ilham Alijew erneut für den Absturz der AZAL-Maschine entschuldigt."],
     ["Kreml", "Putin", "Alijew"]),
    ("hn-st-tokayev-ru", "ru", "https://news.example.ru/politics/putin-tokaev-dushanbe",
     "putin-tokayev-dushanbe",
     "Путин и Токаев обсудили в Душанбе энергетическое сотрудничество",
     "09.10.2025 19:30",
     ["Президент России Владимир Путин и президент Казахстана Касым-Жомарт Токаев провели "
      "переговоры в Душанбе.",
      "Лидеры обсудили поставки газа и строительство атомной электростанции.",
      "Ранее в тот же день Путин встретился с президентом Азербайджана Ильхамом Алиевым."],
     ["Путин", "Токаев", "Казахстан"]),
    ("hn-st-rahmon-en", "en", "https://wire.example.com/world/aliyev-meets-rahmon-dushanbe",
     "aliyev-rahmon-dushanbe",
     "Aliyev meets Tajik president Rahmon in Dushanbe",
     "October 9, 2025",
     ["Azerbaijani President Ilham Aliyev met Tajik President Emomali Rahmon in Dushanbe on "
      "Thursday and discussed transport links.",
      "The two leaders signed an agreement on cooperation in education.",
      "Aliyev also met Vladimir Putin on the sidelines of the summit."],
     ["Aliyev", "Rahmon", "Tajikistan"]),
    # -- other outlets' Arabic-script spellings of the same names: عليف and علیف for علييف and
    # علی‌اف, أوستين for أوستن
    ("pg-sp-aliyev-ar", "ar", "https://akhbar.example.com/world/20251009-putin-aliyev",
     "putin-aliyev-dushanbe",
     "بوتين يلتقي نظيره الأذربيجاني في دوشنبه",
     "9 أكتوبر 2025",
     ["التقى الرئيس الروسي فلاديمير بوتين الرئيس الأذربيجاني إلهام عليف في دوشنبه، وقدم له "
      "اعتذارا جديدا عن حادث الطائرة.",
      "وقال عليف إن اللقاء كان صريحا."],
     ["بوتين", "عليف", "دوشنبه"]),
    ("pg-sp-aliyev-fa", "fa", "https://akhbar.example.ir/fa/news/3412888/",
     "putin-aliyev-dushanbe",
     "دیدار پوتین و علیف در دوشنبه",
     "۱۷ مهر ۱۴۰۴ - ۲۰:۱۰",
     ["ولادیمیر پوتین رئیس جمهور روسیه با الهام علیف رئیس جمهور آذربایجان در دوشنبه دیدار کرد.",
      "پوتین در این دیدار بار دیگر بابت سقوط هواپیما عذرخواهی کرد."],
     ["پوتین", "علیف"]),
    ("pg-sp-austin-ar", "ar", "https://akhbar.example.com/world/20220513-austin-shoigu",
     "austin-shoigu-may-call",
     "أوستين يجري أول اتصال بشويغو منذ بدء الحرب",
     "13 مايو 2022",
     ["أجرى وزير الدفاع الأمريكي لويد أوستين اتصالا هاتفيا مع نظيره الروسي سيرغي شويغو، هو الأول "
      "منذ بدء الحرب في أوكرانيا.",
      "ودعا أوستين إلى وقف فوري لإطلاق النار."],
     ["أوستين", "شويغو"]),
    # -- a president and a prime minister in Abu Dhabi, 10 July 2025: the prime minister often
    # named only by office ("Ermənistanın Baş naziri", "Ermenistan Başbakanı", "the Armenian
    # prime minister", "نخست وزیر ارمنستان"); the same two by phone a month before, the three
    # with Trump a month after, Georgia's prime minister the next day
    ("pg-pm-ru", "ru", "https://news.example.ru/politics/aliev-pashinyan-abu-dabi",
     "aliyev-pashinyan-abu-dhabi",
     "Алиев и Пашинян провели встречу в Абу-Даби",
     "10.07.2025 18:40",
     ["Президент Азербайджана Ильхам Алиев и премьер-министр Армении Никол Пашинян провели "
      "переговоры в Абу-Даби.",
      "Стороны обсудили подготовку мирного договора."],
     ["Алиев", "Пашинян", "Абу-Даби"]),
    ("pg-pm-az", "az", "https://xeber.example.az/siyaset/prezident-abu-dabide-gorus-800111",
     "aliyev-pashinyan-abu-dhabi",
     "Prezident İlham Əliyev Abu-Dabidə Ermənistanın Baş naziri ilə görüşüb",
     "10 İyul 2025 19:05",
     ["İyulun 10-da Abu-Dabidə Prezident İlham Əliyevin Ermənistanın Baş naziri ilə təkbətək "
      "görüşü olub.",
      "Görüşdə sülh sazişi ilə bağlı danışıqlar müzakirə edilib."],
     ["Əliyev", "Abu-Dabi"]),
    ("pg-pm-tr", "tr",
     "https://www.haber.example.com.tr/dunya/aliyev-ermenistan-basbakani-abu-dabi-3600111",
     "aliyev-pashinyan-abu-dhabi",
     "Aliyev ile Ermenistan Başbakanı Abu Dabi'de görüştü",
     "10.07.2025 20:15",
     ["Azerbaycan Cumhurbaşkanı İlham Aliyev, Ermenistan Başbakanı ile Birleşik Arap "
      "Emirlikleri'nin başkenti Abu Dabi'de bir araya geldi.",
      "Görüşmede barış anlaşması ele alındı."],
     ["Aliyev", "Abu Dabi"]),
    ("pg-pm-en", "en", "https://wire.example.com/world/aliyev-armenian-prime-minister-abu-dhabi",
     "aliyev-pashinyan-abu-dhabi",
     "Aliyev meets the Armenian prime minister in Abu Dhabi",
     "July 10, 2025",
     ["ABU DHABI, July 10 (Reuters) - Azerbaijani President Ilham Aliyev met the Armenian prime "
      "minister in Abu Dhabi on Thursday for talks on a peace treaty, Baku said."],
     ["Aliyev", "Abu Dhabi"]),
    ("pg-pm-fa", "fa", "https://khabar.example.com/fa/news/3390111/",
     "aliyev-pashinyan-abu-dhabi",
     "دیدار علی‌اف و نخست وزیر ارمنستان در ابوظبی",
     "۱۹ تیر ۱۴۰۴ - ۲۱:۰۰",
     ["الهام علی‌اف رئیس جمهور آذربایجان با نخست وزیر ارمنستان در ابوظبی دیدار و درباره پیمان صلح"
      " گفت‌وگو کرد."],
     ["علی‌اف", "ابوظبی"]),
    ("hn-pm-call-ru", "ru", "https://news.example.ru/politics/aliev-pashinyan-telefon",
     "aliyev-pashinyan-june-call",
     "Алиев и Пашинян провели телефонный разговор",
     "04.06.2025 12:10",
     ["Президент Азербайджана Ильхам Алиев и премьер-министр Армении Никол Пашинян провели "
      "телефонный разговор.",
      "Лидеры обсудили мирный процесс."],
     ["Алиев", "Пашинян"]),
    ("hn-pm-trump-en", "en", "https://wire.example.com/world/trump-aliyev-pashinyan-white-house",
     "washington-summit-august",
     "Trump hosts Aliyev and Pashinyan at the White House",
     "August 8, 2025",
     ["WASHINGTON, Aug 8 (Reuters) - President Donald Trump hosted Azerbaijani President Ilham "
      "Aliyev and Armenian Prime Minister Nikol Pashinyan at the White House on Friday, where the"
      " two leaders initialled a peace agreement."],
     ["Trump", "Aliyev", "Pashinyan"]),
    ("hn-pm-georgia-az", "az",
     "https://xeber.example.az/siyaset/prezident-gurcustan-bas-naziri-800222",
     "aliyev-kobakhidze-baku",
     "Prezident İlham Əliyev Gürcüstanın Baş naziri ilə görüşüb",
     "11 İyul 2025 13:30",
     ["İyulun 11-də Bakıda Prezident İlham Əliyev Gürcüstanın Baş naziri ilə görüşüb.",
      "Görüşdə enerji və nəqliyyat layihələri müzakirə olunub."],
     ["Əliyev", "Gürcüstan"]),
    # -- the first Austin–Shoigu call in Bulgarian, Serbian Latin and Italian; later calls of the
    # same ministers whose reports recall it (October 2022, the "dirty bomb" calls, March 2023)
    ("pg-as-bg", "bg", "https://novini.example.bg/svyat/ostin-shoygu-razgovor-13052022",
     "austin-shoigu-may-call",
     "Остин и Шойгу разговаряха за първи път от началото на войната",
     "13.05.2022 21:10",
     ["Американският министър на отбраната Лойд Остин проведе телефонен разговор с руския си "
      "колега Сергей Шойгу, съобщи Пентагонът.",
      "Остин призова за незабавно прекратяване на огъня в Украйна. Това е първият им разговор от"
      " 18 февруари."],
     ["Остин", "Шойгу", "Пентагон"]),
    ("pg-as-sr", "sr", "https://vesti.example.rs/svet/ostin-sojgu-telefonski-razgovor",
     "austin-shoigu-may-call",
     "Ostin i Šojgu razgovarali telefonom prvi put od početka rata",
     "13.05.2022. 20:45",
     ["Američki ministar odbrane Lojd Ostin razgovarao je telefonom sa ruskim kolegom Sergejem "
      "Šojguom, saopštio je Pentagon.",
      "Ostin je pozvao na hitan prekid vatre u Ukrajini."],
     ["Ostin", "Šojgu"]),
    ("pg-as-it2", "it", "https://notizie.example.it/esteri/austin-shoigu-prima-telefonata",
     "austin-shoigu-may-call",
     "Austin e Shoigu al telefono, è la prima volta dall'inizio della guerra",
     "13 maggio 2022",
     ["Il segretario alla Difesa americano Lloyd Austin ha avuto un colloquio telefonico con il "
      "ministro della Difesa russo Sergei Shoigu, il primo dal 18 febbraio.",
      "Austin ha chiesto un cessate il fuoco immediato in Ucraina, ha riferito il Pentagono."],
     ["Austin", "Shoigu", "Pentagono"]),
    ("hn-as-oct-it", "it", "https://notizie.example.it/esteri/austin-shoigu-nuova-telefonata",
     "austin-shoigu-october-call",
     "Austin e Shoigu di nuovo al telefono",
     "21 ottobre 2022",
     ["Il segretario alla Difesa americano Lloyd Austin ha parlato al telefono con Sergei Shoigu "
      "venerdì, per la prima volta da maggio.",
      "Il precedente colloquio tra i due risaliva al 13 maggio 2022."],
     ["Austin", "Shoigu"]),
    ("hn-as-dirty-de", "de",
     "https://zeitung.example.de/politik/schoigu-telefonate-schmutzige-bombe",
     "shoigu-dirty-bomb-calls",
     "Schoigu telefoniert mit westlichen Amtskollegen",
     "23.10.2022",
     ["Der russische Verteidigungsminister Sergej Schoigu hat am Sonntag mit seinen Amtskollegen "
      "aus den USA, Frankreich, Großbritannien und der Türkei telefoniert.",
      "Er warnte vor einer angeblich von der Ukraine geplanten schmutzigen Bombe. Mit Lloyd "
      "Austin hatte Schoigu schon am Freitag gesprochen."],
     ["Schoigu", "Austin"]),
    ("hn-as-drone-sr", "sr", "https://vesti.example.rs/svet/ostin-sojgu-dron-crno-more",
     "austin-shoigu-march-call",
     "Ostin i Šojgu razgovarali posle pada američkog drona",
     "15.03.2023. 19:30",
     ["Američki ministar odbrane Lojd Ostin razgovarao je telefonom sa ruskim kolegom Sergejem "
      "Šojguom posle incidenta sa dronom iznad Crnog mora.",
      "Ostin je rekao da će SAD nastaviti da lete gde god to međunarodno pravo dozvoljava."],
     ["Ostin", "Šojgu", "dron"]),
    # -- the meeting in Uzbek, Kazakh, Georgian, Armenian, French, Spanish and Ukrainian; Putin's
    # arrival the day before, which names the meeting as planned (his state visit, hosted by
    # Rahmon: one event with the talks with Rahmon); the same day in the same city,
    # Tokayev with Aliyev and Mirziyoyev with Putin, each naming the other leader further down;
    # a call in December; Georgia's prime minister with Aliyev a week later
    ("pg-pa-uz", "uz", "https://xabar.example.uz/siyosat/putin-aliyev-dushanbe-uchrashuv",
     "putin-aliyev-dushanbe",
     "Putin va Aliyev Dushanbeda uchrashdi: AZAL halokati muhokama qilindi",
     "09.10.2025, 18:40",
     ["Rossiya Prezidenti Vladimir Putin va Ozarbayjon Prezidenti Ilhom Aliyev Dushanbeda "
      "muzokaralar o'tkazdi.",
      "Putin o'tgan yil dekabr oyida Aqtau yaqinida qulagan AZAL samolyoti uchun hamdardlik "
      "bildirdi va fojia Rossiya havo hududida sodir bo'lganini aytdi."],
     ["Putin", "Aliyev", "Dushanbe"]),
    ("pg-pa-kk", "kk", "https://habar.example.kz/alem/putin-aliev-dushanbe-kezdesu",
     "putin-aliyev-dushanbe",
     "Путин мен Әлиев Душанбеде кездесті",
     "09.10.2025 19:05",
     ["Ресей Президенті Владимир Путин мен Әзербайжан Президенті Ілхам Әлиев Душанбеде келіссөз "
      "жүргізді.",
      "Путин өткен жылы желтоқсанда Ақтау маңында құлаған AZAL ұшағы үшін көңіл айтып, апат "
      "Ресейдің әуе кеңістігінде болғанын мойындады."],
     ["Путин", "Әлиев", "Душанбе"]),
    ("pg-pa-ka", "ka", "https://ambebi.example.ge/msoflio/putini-alievi-dushanbe",
     "putin-aliyev-dushanbe",
     "პუტინი და ალიევი დუშანბეში შეხვდნენ",
     "9 ოქტომბერი 2025, 18:20",
     ["რუსეთის პრეზიდენტი ვლადიმერ პუტინი და აზერბაიჯანის პრეზიდენტი ილჰამ ალიევი დუშანბეში "
      "შეხვდნენ.",
      "პუტინმა AZAL-ის თვითმფრინავის კატასტროფის გამო სამძიმარი გამოთქვა და აღნიშნა, რომ "
      "ტრაგედია რუსეთის საჰაერო სივრცეში მოხდა."],
     ["პუტინი", "ალიევი"]),
    ("pg-pa-hy", "hy", "https://lur.example.am/qaghaqakanutyun/putin-aliev-dushanbe",
     "putin-aliyev-dushanbe",
     "Պուտինն ու Ալիևը հանդիպել են Դուշանբեում",
     "09.10.2025, 18:50",
     ["Ռուսաստանի նախագահ Վլադիմիր Պուտինը և Ադրբեջանի նախագահ Իլհամ Ալիևը բանակցություններ են "
      "անցկացրել Դուշանբեում։",
      "Պուտինը ցավակցություն է հայտնել AZAL-ի ինքնաթիռի կործանման կապակցությամբ և ասել, որ "
      "ողբերգությունը տեղի է ունեցել Ռուսաստանի օդային տարածքում։"],
     ["Պուտին", "Ալիև"]),
    ("pg-pa-fr2", "fr", "https://infos.example.fr/international/poutine-excuses-aliev-azal",
     "putin-aliyev-dushanbe",
     "Poutine présente ses excuses à Aliev pour le crash de l'avion d'AZAL",
     "9 octobre 2025 à 17h20",
     ["Le président russe Vladimir Poutine a rencontré jeudi à Douchanbé son homologue "
      "azerbaïdjanais Ilham Aliev.",
      "Il a reconnu que l'avion d'Azerbaijan Airlines abattu en décembre avait été touché dans "
      "l'espace aérien russe."],
     ["Poutine", "Aliev", "AZAL"]),
    ("pg-pa-es2", "es", "https://noticias.example.es/internacional/putin-aliyev-avion-azerbaiyano",
     "putin-aliyev-dushanbe",
     "Putin admite ante Aliyev que la defensa aérea rusa derribó el avión azerbaiyano",
     "9 de octubre de 2025",
     ["El presidente ruso, Vladímir Putin, se reunió este jueves en Dusambé con su homólogo de "
      "Azerbaiyán, Ilham Aliyev.",
      "Putin reconoció que el avión de Azerbaijan Airlines cayó tras ser alcanzado por la "
      "defensa aérea rusa en diciembre."],
     ["Putin", "Aliyev"]),
    ("pg-pa-uk2", "uk", "https://novyny.example.ua/svit/putin-aliiev-litak-azal",
     "putin-aliyev-dushanbe",
     "Путін визнав перед Алієвим, що літак AZAL збила російська ППО",
     "09.10.2025 18:30",
     ["Президент Росії Володимир Путін у четвер зустрівся в Душанбе з президентом Азербайджану "
      "Ільхамом Алієвим.",
      "Путін визнав, що російська протиповітряна оборона стріляла, коли літак AZAL заходив на "
      "посадку в Грозному."],
     ["Путін", "Алієв"]),
    ("hn-pa-arrive-ru", "ru", "https://news.example.ru/politics/putin-pribyl-v-dushanbe",
     "putin-rahmon-dushanbe",
     "Путин прибыл в Душанбе с государственным визитом",
     "08.10.2025 16:40",
     ["Президент России Владимир Путин прибыл в Таджикистан с государственным визитом. В "
      "аэропорту его встретил президент Эмомали Рахмон.",
      "В четверг на полях саммита СНГ у Путина запланирована встреча с президентом Азербайджана "
      "Ильхамом Алиевым."],
     ["Путин", "Таджикистан"]),
    ("hn-pa-arrive-fr", "fr", "https://infos.example.fr/international/poutine-arrive-tadjikistan",
     "putin-rahmon-dushanbe",
     "Vladimir Poutine arrive au Tadjikistan pour une visite d'État",
     "8 octobre 2025",
     ["Le président russe Vladimir Poutine est arrivé mercredi à Douchanbé pour une visite d'État"
      " de deux jours.",
      "Jeudi, il doit rencontrer le président azerbaïdjanais Ilham Aliev en marge du sommet de "
      "la CEI."],
     ["Poutine", "Tadjikistan"]),
    ("hn-pa-tokayev-kk", "kk", "https://habar.example.kz/saiasat/tokaev-aliev-dushanbe",
     "aliyev-tokayev-dushanbe",
     "Тоқаев пен Әлиев Душанбеде кездесті",
     "09.10.2025 20:10",
     ["Қазақстан Президенті Қасым-Жомарт Тоқаев Душанбеде Әзербайжан Президенті Ілхам Әлиевпен "
      "кездесті.",
      "Тараптар Орта дәліз бойынша ынтымақтастықты талқылады. Бұған дейін Әлиев Ресей Президенті"
      " Владимир Путинмен кездесті."],
     ["Тоқаев", "Әлиев"]),
    ("hn-pa-mirziyoyev-uz", "uz", "https://xabar.example.uz/siyosat/mirziyoyev-putin-dushanbe",
     "mirziyoyev-putin-dushanbe",
     "Shavkat Mirziyoyev Dushanbeda Vladimir Putin bilan uchrashdi",
     "09.10.2025, 21:00",
     ["Prezident Shavkat Mirziyoyev MDH sammiti doirasida Rossiya Prezidenti Vladimir Putin bilan"
      " uchrashdi.",
      "Tomonlar savdo va energetika sohasidagi hamkorlikni muhokama qildi. Putin shu kuni "
      "Ozarbayjon Prezidenti Ilhom Aliyev bilan ham muzokara o'tkazgan edi."],
     ["Mirziyoyev", "Putin"]),
    ("hn-pa-december-uk", "uk", "https://novyny.example.ua/svit/putin-aliiev-telefonna-rozmova",
     "putin-aliyev-december-call",
     "Путін і Алієв провели телефонну розмову",
     "25.12.2025 14:20",
     ["Президент Росії Володимир Путін і президент Азербайджану Ільхам Алієв провели телефонну "
      "розмову в річницю катастрофи літака AZAL.",
      "Сторони повернулися до домовленостей, досягнутих під час зустрічі в Душанбе в жовтні."],
     ["Путін", "Алієв"]),
    ("hn-pa-kobakhidze-ka", "ka", "https://ambebi.example.ge/politika/kobakhidze-alievi-baqo",
     "aliyev-kobakhidze-october",
     "ირაკლი კობახიძე ილჰამ ალიევს ბაქოში შეხვდა",
     "16 ოქტომბერი 2025, 15:00",
     ["საქართველოს პრემიერ-მინისტრი ირაკლი კობახიძე ბაქოში აზერბაიჯანის პრეზიდენტ ილჰამ ალიევს "
      "შეხვდა.",
      "მხარეებმა ენერგეტიკული პროექტები განიხილეს. ალიევი ერთი კვირით ადრე დუშანბეში ვლადიმერ "
      "პუტინს შეხვდა."],
     ["კობახიძე", "ალიევი"]),
    # -- analyses of the meeting two to seven days later ("last week"), a report with a related
    # story's link inside its text; the same people later: the crash's anniversary, an interview,
    # Russia's deputy prime minister received
    ("pg-an-en", "en",
     "https://news.example.co.uk/analysis/putin-apology-aliyev-dushanbe-eases-strain",
     "putin-aliyev-dushanbe",
     "Analysis: Putin's apology to Aliyev in Dushanbe eases a year of strain",
     "October 16, 2025",
     ["Vladimir Putin's apology to Ilham Aliyev in Dushanbe last week for the downing of an "
      "Azerbaijan Airlines jet has eased ten months of strain between Moscow and Baku, diplomats "
      "say.",
      "The two presidents met on the sidelines of a summit of former Soviet states, where Putin "
      "said Russian air defences had been firing at Ukrainian drones when the plane approached "
      "Grozny.",
      "Azerbaijan had demanded an admission of guilt, compensation and the punishment of those "
      "responsible."],
     ["Putin", "Aliyev", "Analysis"]),
    ("pg-an-tr", "tr",
     "https://haber.example.com.tr/dunya/putinin-aliyevden-ozru-ne-anlama-geliyor",
     "putin-aliyev-dushanbe",
     "Putin'in Aliyev'den özrü ne anlama geliyor?",
     "11.10.2025 09:15",
     ["Rusya Devlet Başkanı Vladimir Putin'in Duşanbe'de Azerbaycan Cumhurbaşkanı İlham "
      "Aliyev'den AZAL uçağı için özür dilemesi, iki ülke ilişkilerinde yeni bir sayfa açtı.",
      "Uzmanlara göre görüşme, aylardır süren gerginliğin ardından ilk somut adım oldu."],
     ["Putin", "Aliyev", "Analiz"]),
    ("pg-an-ar", "ar", "https://akhbar.example.com/analysis/putin-aliyev-apology-dushanbe",
     "putin-aliyev-dushanbe",
     "تحليل: اعتذار بوتين لعلييف في دوشنبه يطوي صفحة التوتر",
     "12 أكتوبر 2025",
     ["طوى اعتذار الرئيس الروسي فلاديمير بوتين لنظيره الأذربيجاني إلهام علييف في دوشنبه الأسبوع "
      "الماضي صفحة من التوتر بين البلدين.",
      "وكان بوتين قد أقر بأن الدفاعات الجوية الروسية كانت تعمل عندما اقتربت الطائرة من غروزني."],
     ["بوتين", "علييف"]),
    ("pg-rel-ru", "ru", "https://news.example.ru/politics/putin-izvinilsya-pered-alievym-azal",
     "putin-aliyev-dushanbe",
     "Путин принес Алиеву извинения за катастрофу AZAL",
     "09.10.2025 17:45",
     ["Президент России Владимир Путин на встрече с президентом Азербайджана Ильхамом Алиевым в "
      "Душанбе принес извинения за катастрофу самолета AZAL.",
      "Читайте также: Путин и Алиев провели телефонный разговор (29.12.2024)",
      "По словам Путина, российская ПВО в тот момент отражала атаку украинских беспилотников над"
      " Грозным."],
     ["Путин", "Алиев", "AZAL"]),
    ("hn-an-anniversary-de", "de",
     "https://zeitung.example.de/politik/ein-jahr-nach-azal-absturz-alijew",
     "azal-anniversary-demand",
     "Ein Jahr nach dem AZAL-Absturz: Alijew fordert von Moskau Entschädigung",
     "26.12.2025",
     ["Ein Jahr nach dem Absturz der AZAL-Maschine hat Präsident Ilham Alijew von Russland eine "
      "Entschädigung gefordert.",
      "Im Oktober hatte sich Wladimir Putin in Duschanbe bei ihm für den Absturz entschuldigt."],
     ["Alijew", "AZAL"]),
    ("hn-an-interview-it", "it", "https://notizie.example.it/esteri/aliyev-intervista-scuse-putin",
     "aliyev-interview-italian",
     "Aliyev: \"Le scuse di Putin non bastano\"",
     "20 ottobre 2025",
     ["Il presidente azero Ilham Aliyev ha detto in un'intervista che le scuse presentate da "
      "Vladimir Putin a Dushanbe non bastano e che Baku attende i risultati dell'inchiesta.",
      "Aliyev ha chiesto che i responsabili siano puniti."],
     ["Aliyev", "Putin"]),
    ("hn-an-overchuk-az", "az",
     "https://xeber.example.az/siyaset/prezident-overcuku-qebul-edib",
     "aliyev-overchuk-baku",
     "Prezident İlham Əliyev Rusiya Baş nazirinin müavinini qəbul edib",
     "14 Oktyabr 2025 12:10",
     ["Prezident İlham Əliyev Rusiya Baş nazirinin müavini Aleksey Overçuku qəbul edib.",
      "Görüşdə Düşənbədə Prezident Vladimir Putinlə əldə olunmuş razılaşmaların icrası müzakirə "
      "olunub."],
     ["Əliyev", "Overçuk"]),
    # -- the first Austin–Shoigu call in Persian and the next day in Turkish (Shoigu as "Rus
    # mevkidaşı"), the transcripts two days after their release; Shoigu's call with Turkey's
    # minister three days later, Austin's statement a week later
    ("pg-as-fa", "fa", "https://khabar.example.com/fa/news/defense-ministers-call-1401",
     "austin-shoigu-may-call",
     "گفت‌وگوی تلفنی وزرای دفاع آمریکا و روسیه پس از سه ماه",
     "۲۳ اردیبهشت ۱۴۰۱ - ۲۲:۱۰",
     ["لوید آستین وزیر دفاع آمریکا روز جمعه با سرگئی شویگو همتای روس خود تلفنی گفت‌وگو کرد.",
      "پنتاگون اعلام کرد آستین خواستار آتش‌بس فوری در اوکراین شد."],
     ["آستین", "شویگو"]),
    ("pg-as-tr-later", "tr", "https://haber.example.com.tr/dunya/austin-rus-mevkidasi-ateskes",
     "austin-shoigu-may-call",
     "Pentagon: Austin, Rus mevkidaşından acil ateşkes istedi",
     "14.05.2022 10:20",
     ["ABD Savunma Bakanı Lloyd Austin'in Rus mevkidaşı ile cuma günü yaptığı telefon "
      "görüşmesinde Ukrayna'da acil ateşkes çağrısında bulunduğu bildirildi.",
      "Görüşme, savaşın başlamasından bu yana iki bakan arasındaki ilk temas oldu."],
     ["Austin", "Pentagon"]),
    ("pg-bp-de-later", "de", "https://zeitung.example.de/politik/bush-putin-protokolle-analyse",
     "bush-putin-transcripts",
     "Was die Bush-Putin-Protokolle über Irak verraten",
     "09.01.2026",
     ["Die vom National Security Archive veröffentlichten Protokolle der Gespräche zwischen "
      "George W. Bush und Wladimir Putin zeigen, wie der Kreml 2003 vor einem Irakkrieg warnte.",
      "Die Dokumente umfassen Telefonate und Treffen aus den Jahren 2001 bis 2008."],
     ["Bush", "Putin", "Irak"]),
    ("hn-as-akar-ru", "ru", "https://news.example.ru/politics/shojgu-akar-razgovor",
     "shoigu-akar-call",
     "Шойгу провел телефонный разговор с министром обороны Турции Акаром",
     "16.05.2022 18:00",
     ["Министр обороны России Сергей Шойгу провел телефонный разговор с министром национальной "
      "обороны Турции Хулуси Акаром.",
      "Стороны обсудили ситуацию на Украине. В пятницу Шойгу впервые с февраля говорил с главой "
      "Пентагона Ллойдом Остином."],
     ["Шойгу", "Акар"]),
    ("hn-as-noplans-en", "en", "https://world.example.com/us/austin-no-plans-shoigu",
     "austin-no-plans-statement",
     "Austin says no plans to speak to Shoigu again soon",
     "May 20, 2022",
     ["Defense Secretary Lloyd Austin said on Thursday he had no plans to speak to Russian "
      "Defence Minister Sergei Shoigu again soon, a week after their first call since the "
      "invasion.",
      "Austin spoke at a news conference at the Pentagon."],
     ["Austin", "Shoigu"]),
    # -- the transcripts' release in Russian, Arabic, Bulgarian, Serbian (Latin) and Italian (the
    # last undated, its address dated); Putin recalling Bush in an interview within the event's
    # days; the Ljubljana summit's 25th anniversary
    ("pg-bp-ru2", "ru", "https://news.example.ru/world/opublikovany-stenogrammy-putina-i-busha",
     "bush-putin-transcripts",
     "Опубликованы стенограммы переговоров Путина и Буша",
     "24.12.2025 11:05",
     ["Архив национальной безопасности США опубликовал рассекреченные стенограммы бесед Владимира"
      " Путина и Джорджа Буша-младшего.",
      "Документы охватывают встречи и телефонные разговоры 2001–2008 годов, в том числе накануне"
      " войны в Ираке."],
     ["Путин", "Буш", "архив"]),
    ("pg-bp-ar2", "ar", "https://akhbar.example.com/world/putin-bush-documents",
     "bush-putin-transcripts",
     "نشر وثائق سرية عن محادثات بوتين وبوش",
     "25 ديسمبر 2025",
     ["نشر أرشيف الأمن القومي الأمريكي وثائق رفعت عنها السرية تتضمن محاضر محادثات الرئيس الروسي "
      "فلاديمير بوتين والرئيس الأمريكي الأسبق جورج بوش الابن.",
      "وتغطي الوثائق لقاءات واتصالات هاتفية بين عامي 2001 و2008."],
     ["بوتين", "بوش"]),
    ("pg-bp-bg", "bg", "https://novini.example.bg/svyat/razsekretiha-razgovorite-putin-bush",
     "bush-putin-transcripts",
     "Разсекретиха разговорите между Путин и Буш",
     "26.12.2025 09:30",
     ["Архивът за национална сигурност на САЩ публикува разсекретени записи на разговорите между "
      "Владимир Путин и Джордж Буш.",
      "Документите обхващат срещи и телефонни разговори от 2001 до 2008 година."],
     ["Путин", "Буш"]),
    ("pg-bp-sr", "sr", "https://vesti.example.rs/svet/objavljeni-zapisi-razgovora-putina-i-busa",
     "bush-putin-transcripts",
     "Objavljeni zapisi razgovora Putina i Buša",
     "27.12.2025. 14:15",
     ["Arhiv nacionalne bezbednosti SAD objavio je zapise razgovora Vladimira Putina i Džordža "
      "Buša iz perioda od 2001. do 2008. godine.",
      "Dokumenti pokazuju kako je Moskva upozoravala na posledice rata u Iraku."],
     ["Putin", "Buš"]),
    ("pg-bp-it-url", "it", "https://notizie.example.it/2025/12/28/esteri/bush-putin-trascrizioni",
     "bush-putin-transcripts",
     "Bush e Putin, le trascrizioni dei colloqui",
     None,
     ["Il National Security Archive ha pubblicato le trascrizioni desecretate dei colloqui tra "
      "George W. Bush e Vladimir Putin.",
      "I documenti coprono incontri e telefonate tra il 2001 e il 2008."],
     ["Bush", "Putin"]),
    ("hn-bp-interview-en", "en", "https://world.example.com/russia/putin-recalls-bush-interview",
     "putin-interview-bush",
     "Putin recalls trust in Bush in TV interview",
     "January 5, 2026",
     ["Vladimir Putin said in a television interview broadcast on Sunday that he had once trusted"
      " George W. Bush, and that the war in Iraq ended that trust.",
      "The Kremlin leader spoke to state television for a year-end programme."],
     ["Putin", "Bush"]),
    ("hn-bp-ljubljana-de", "de",
     "https://zeitung.example.de/politik/vor-25-jahren-bush-putin-ljubljana",
     "bush-putin-ljubljana-anniversary",
     "Vor 25 Jahren: Bush und Putin treffen sich in Ljubljana",
     "16.06.2026",
     ["Vor 25 Jahren trafen sich George W. Bush und Wladimir Putin zum ersten Mal, auf Schloss "
      "Brdo bei Ljubljana.",
      "Bush sagte damals, er habe Putin in die Augen geschaut und seine Seele gesehen."],
     ["Bush", "Putin", "Ljubljana"]),
]


SAVED_DIR = Path(__file__).parent / "saved_pages"


def _saved() -> list[tuple[str, str, str, str, str]]:
    with (SAVED_DIR / "index.csv").open(encoding="utf-8", newline="") as handle:
        return [(row["key"], row["language"], row["url"], row["group"], row["kind"])
                for row in csv.DictReader(handle)]


SAVED = _saved()
"""Whole pages as saved, (key, language, address, group, kind): HTML, or a page's text dump
(``saved_pages/README.md``)."""

