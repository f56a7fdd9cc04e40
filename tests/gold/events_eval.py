"""Evaluation set for event suggestions: 46 short reports in six languages.

Written for this project. The reports are invented for the evaluation: they use real names
and places so that the name authority is exercised as in the real archive, but several of the
happenings they describe did not take place and nothing here is a source of fact.

Six events exist in the archive, each with one report already assigned (``assigned``); the
other reports of those events must be placed in them. The *hard negatives* share people,
places or dates with an event but report another happening (two calls between the same
ministers five months apart; the same leaders meeting in another city; another leader meeting
Putin in Dushanbe on the same day; an earlier earthquake in the same city; another OPEC+
meeting in Vienna): none may be placed in an existing event. Two further happenings have no
event yet and must be proposed as new groups. ``group`` is the gold label of every report.
"""

from __future__ import annotations

ENTITIES = {
    "putin": ("person", {"en": ["Vladimir Putin", "Putin"], "ru": ["Владимир Путин", "Путин"],
                         "tr": ["Vladimir Putin", "Putin"], "az": ["Vladimir Putin", "Putin"],
                         "ar": ["فلاديمير بوتين", "بوتين"], "fa": ["ولادیمیر پوتین", "پوتین"]}),
    "aliyev": ("person", {"en": ["Ilham Aliyev", "Aliyev"], "ru": ["Ильхам Алиев", "Алиев"],
                          "tr": ["İlham Aliyev", "Aliyev"], "az": ["İlham Əliyev", "Əliyev"],
                          "ar": ["إلهام علييف", "علييف"], "fa": ["الهام علی‌اف", "علی‌اف"]}),
    "tokayev": ("person", {"en": ["Kassym-Jomart Tokayev", "Tokayev"], "ru": ["Касым-Жомарт Токаев", "Токаев"]}),
    "austin": ("person", {"en": ["Lloyd Austin", "Austin"], "ru": ["Ллойд Остин", "Остин"],
                          "tr": ["Lloyd Austin", "Austin"], "ar": ["لويد أوستن", "أوستن"],
                          "fa": ["لوید آستین"]}),
    "shoigu": ("person", {"en": ["Sergei Shoigu", "Shoigu"], "ru": ["Сергей Шойгу", "Шойгу"],
                          "tr": ["Sergey Şoygu", "Şoygu"], "ar": ["سيرغي شويغو", "شويغو"],
                          "fa": ["سرگئی شویگو", "شویگو"]}),
    "bush": ("person", {"en": ["George W. Bush", "Bush"], "ru": ["Джордж Буш", "Буш"],
                        "tr": ["George Bush", "Bush"], "az": ["Corc Buş", "Buş"],
                        "ar": ["جورج بوش", "بوش"], "fa": ["جورج بوش", "بوش"]}),
    "novak": ("person", {"en": ["Alexander Novak", "Novak"], "ru": ["Александр Новак", "Новак"],
                         "ar": ["ألكسندر نوفاك", "نوفاك"], "az": ["Aleksandr Novak", "Novak"],
                         "tr": ["Aleksandr Novak", "Novak"]}),
    "abdulaziz": ("person", {"en": ["Prince Abdulaziz bin Salman", "Abdulaziz bin Salman"],
                             "ar": ["الأمير عبد العزيز بن سلمان", "عبد العزيز بن سلمان"],
                             "ru": ["Абдулазиз бен Салман"], "tr": ["Abdulaziz bin Selman"],
                             "az": ["Əbdüləziz bin Salman"]}),
    "araghchi": ("person", {"en": ["Abbas Araghchi", "Araghchi"], "fa": ["عباس عراقچی", "عراقچی"],
                            "ar": ["عباس عراقجي", "عراقجي"]}),
    "faisal": ("person", {"en": ["Prince Faisal bin Farhan", "Faisal bin Farhan"],
                          "ar": ["الأمير فيصل بن فرحان", "فيصل بن فرحان"], "fa": ["فیصل بن فرحان"]}),
    "mustafayev": ("person", {"en": ["Shahin Mustafayev", "Mustafayev"], "az": ["Şahin Mustafayev", "Mustafayev"],
                              "ru": ["Шахин Мустафаев", "Мустафаев"], "fa": ["شاهین مصطفایف"]}),
    "grigoryan": ("person", {"en": ["Mher Grigoryan", "Grigoryan"], "az": ["Mher Qriqoryan", "Qriqoryan"],
                             "ru": ["Мгер Григорян", "Григорян"], "fa": ["مهر گریگوریان"]}),
    "opec": ("organisation", {"en": ["OPEC+", "OPEC"], "ru": ["ОПЕК+", "ОПЕК"], "ar": ["أوبك+", "أوبك"],
                              "az": ["OPEC+", "OPEC"], "tr": ["OPEC+", "OPEC"]}),
    "nsa": ("organisation", {"en": ["National Security Archive"], "tr": ["Ulusal Güvenlik Arşivi"],
                             "az": ["Milli Təhlükəsizlik Arxivi"], "ar": ["أرشيف الأمن القومي"],
                             "ru": ["Архив национальной безопасности"]}),
    "azal": ("organisation", {"en": ["AZAL", "Azerbaijan Airlines"], "az": ["AZAL"], "tr": ["AZAL"],
                              "ru": ["AZAL", "АЗАЛ"], "ar": ["أزال"], "fa": ["آزال"]}),
    "dushanbe": ("place", {"en": ["Dushanbe"], "ru": ["Душанбе"], "tr": ["Duşanbe"], "az": ["Düşənbə"],
                           "ar": ["دوشنبه"], "fa": []}),
    "moscow": ("place", {"en": ["Moscow"], "ru": ["Москва"], "tr": ["Moskova"], "az": ["Moskva"],
                         "ar": ["موسكو"], "fa": ["مسکو"]}),
    "kremlin": ("place", {"en": ["Kremlin"], "ru": ["Кремль"], "tr": ["Kremlin"], "az": ["Kreml"],
                          "ar": ["الكرملين"], "fa": ["کرملین"]}),
    "tabriz": ("place", {"en": ["Tabriz"], "fa": ["تبریز"], "az": ["Təbriz"], "tr": ["Tebriz"],
                         "ar": ["تبريز"], "ru": ["Тебриз"]}),
    "vienna": ("place", {"en": ["Vienna"], "ru": ["Вена"], "ar": ["فيينا"], "az": ["Vyana"], "tr": ["Viyana"]}),
    "crawford": ("place", {"en": ["Crawford"], "ru": ["Кроуфорд"]}),
    "gabala": ("place", {"en": ["Gabala"], "az": ["Qəbələ"], "ru": ["Габала"], "fa": ["قبله"]}),
    "riyadh": ("place", {"en": ["Riyadh"], "ar": ["الرياض"], "fa": ["ریاض"]}),
    "tajikistan": ("place", {"en": ["Tajikistan"], "ru": ["Таджикистан"], "tr": ["Tacikistan"],
                             "az": ["Tacikistan"], "ar": ["طاجيكستان"], "fa": ["تاجیکستان"]}),
    "armenia": ("place", {"en": ["Armenia"], "az": ["Ermənistan"], "ru": ["Армения"], "fa": ["ارمنستان"],
                          "tr": ["Ermenistan"], "ar": ["أرمينيا"]}),
    "georgia": ("place", {"en": ["Georgia"], "az": ["Gürcüstan"], "ru": ["Грузия"], "tr": ["Gürcistan"]}),
    "pashinyan": ("person", {"en": ["Nikol Pashinyan", "Pashinyan"], "ru": ["Никол Пашинян", "Пашинян"],
                             "az": ["Nikol Paşinyan", "Paşinyan"], "tr": ["Nikol Paşinyan", "Paşinyan"],
                             "fa": ["نیکول پاشینیان", "پاشینیان"], "ar": ["نيكول باشينيان", "باشينيان"]}),
    "abu-dhabi": ("place", {"en": ["Abu Dhabi"], "ru": ["Абу-Даби"], "az": ["Abu-Dabi"], "tr": ["Abu Dabi"],
                            "ar": ["أبوظبي"], "fa": ["ابوظبی"]}),
    "ukraine": ("place", {"en": ["Ukraine"], "ru": ["Украина"], "tr": ["Ukrayna"], "ar": ["أوكرانيا"],
                          "fa": ["اوکراین"]}),
    "iraq": ("place", {"en": ["Iraq"], "ru": ["Ирак"], "tr": ["Irak"], "az": ["İraq"], "ar": ["العراق"]}),
    "azerbaijan": ("place", {"en": ["Azerbaijan"], "ru": ["Азербайджан"], "tr": ["Azerbaycan"],
                             "az": ["Azərbaycan"], "ar": ["أذربيجان"], "fa": ["جمهوری آذربایجان"]}),
    "russia": ("place", {"en": ["Russia"], "ru": ["Россия"], "tr": ["Rusya"], "az": ["Rusiya"],
                         "ar": ["روسيا"], "fa": ["روسیه"]}),
    "kazakhstan": ("place", {"en": ["Kazakhstan"], "ru": ["Казахстан"], "tr": ["Kazakistan"],
                             "az": ["Qazaxıstan"], "ar": ["كازاخستان"], "fa": ["قزاقستان"]}),
    "united-states": ("place", {"en": ["United States", "USA"], "ru": ["США"],
                                "tr": ["ABD", "Amerika Birleşik Devletleri"], "ar": ["أمريكا"],
                                "fa": ["آمریکا"]}),
}

# Who the people are, as the name authority describes them: a person's country is the place the
# description names (a report may call them "his Azerbaijani counterpart")
DESCRIPTIONS = {
    "putin": "President of Russia.",
    "aliyev": "President of Azerbaijan.",
    "tokayev": "President of Kazakhstan.",
    "shoigu": "Russian Minister of Defence (2012–2024).",  # a country by its adjective
    "austin": "United States Secretary of Defense (2021–2025).",
    "pashinyan": "Prime Minister of Armenia.",  # a head of government: "the Armenian prime minister"
}

EVENTS = {
    "putin-aliyev-dushanbe": {"title": "Putin and Aliyev meet in Dushanbe", "date": "2025-10-09",
                              "participants": ["Vladimir Putin", "Ilham Aliyev"], "place": "Dushanbe"},
    "austin-shoigu-may-call": {"title": "Austin and Shoigu speak by telephone", "date": "2022-05-13",
                               "participants": ["Lloyd Austin", "Sergei Shoigu"]},
    "bush-putin-transcripts": {"title": "Bush–Putin transcripts released", "date": "2025-12-23",
                               "end_date": "2026-01-07",
                               "participants": ["Vladimir Putin", "George W. Bush"]},
    "tabriz-earthquake-2025": {"title": "Earthquake near Tabriz", "date": "2025-06-03", "place": "Tabriz"},
    "opec-vienna-march": {"title": "OPEC+ meeting in Vienna agrees a cut", "date": "2025-03-05",
                          "place": "Vienna"},
    "aliyev-pashinyan-abu-dhabi": {"title": "Aliyev and Pashinyan meet in Abu Dhabi",
                                   "date": "2025-07-10", "place": "Abu Dhabi",
                                   "participants": ["Ilham Aliyev", "Nikol Pashinyan"]},
}

# (id, language, published, group, assigned, title, body)
ARTICLES = [
    # -- Putin and Aliyev in Dushanbe, 9 October 2025 -------------------------------------
    ("pa-ru", "ru", "2025-10-09T14:10", "putin-aliyev-dushanbe", True,
     "Путин и Алиев провели переговоры в Душанбе",
     "Владимир Путин встретился с Ильхамом Алиевым в Душанбе 9 октября 2025 года. Путин "
     "выразил соболезнования в связи с катастрофой самолёта AZAL и заявил, что Россия "
     "сотрудничает в расследовании."),
    ("pa-az", "az", "2025-10-09T15:30", "putin-aliyev-dushanbe", False,
     "Prezident İlham Əliyev Düşənbədə Vladimir Putinlə görüşüb",
     "Prezident İlham Əliyev Düşənbədə Rusiya Prezidenti Vladimir Putinlə görüşüb. Görüşdə "
     "AZAL təyyarəsinin qəzası müzakirə olunub, Putin Əliyevə başsağlığı verib."),
    ("pa-tr", "tr", "2025-10-09T16:45", "putin-aliyev-dushanbe", False,
     "Putin ile Aliyev Duşanbe'de bir araya geldi",
     "Rusya Devlet Başkanı Vladimir Putin, Azerbaycan Cumhurbaşkanı İlham Aliyev ile "
     "Tacikistan'ın başkenti Duşanbe'de görüştü. Putin, AZAL uçağının düşmesiyle ilgili "
     "soruşturmada iş birliği sözü verdi."),
    ("pa-en", "en", "2025-10-10T08:00", "putin-aliyev-dushanbe", False,
     "Putin apologises to Aliyev over the AZAL crash",
     "Vladimir Putin told Ilham Aliyev in Dushanbe on Thursday that Russian air defences were "
     "active when the AZAL airliner was hit. The two leaders met on the sidelines of a summit "
     "in Tajikistan."),
    ("pa-ar", "ar", "2025-10-09T18:00", "putin-aliyev-dushanbe", False,
     "بوتين يلتقي علييف في دوشنبه",
     "التقى الرئيس الروسي فلاديمير بوتين بالرئيس الأذربيجاني إلهام علييف في دوشنبه. وقدم "
     "بوتين تعازيه لأسر ضحايا طائرة أزال."),
    ("pa-fa", "fa", "2025-10-09T19:20", "putin-aliyev-dushanbe", False,
     "دیدار پوتین و علی‌اف در تاجیکستان",
     "ولادیمیر پوتین و الهام علی‌اف در حاشیه نشست سران در تاجیکستان با یکدیگر دیدار کردند. "
     "پوتین درباره سقوط هواپیمای آزال به علی‌اف تسلیت گفت."),
    # hard negatives: the same leaders in Moscow in April; Putin with Tokayev in Dushanbe
    ("hn-pa-moscow-az", "az", "2025-04-22T12:00", "putin-aliyev-moscow", False,
     "İlham Əliyev Moskvada Vladimir Putinlə görüşüb",
     "Prezident İlham Əliyev Moskvada Kremldə Vladimir Putinlə görüşüb. Tərəflər iqtisadi "
     "əməkdaşlığı və nəqliyyat dəhlizlərini müzakirə ediblər."),
    ("hn-pa-moscow-ru", "ru", "2025-04-22T13:15", "putin-aliyev-moscow", False,
     "Путин принял Алиева в Кремле",
     "Владимир Путин провёл в Кремле переговоры с Ильхамом Алиевым. Стороны обсудили "
     "торговлю и транспортные коридоры."),
    ("hn-putin-tokayev-en", "en", "2025-10-09T17:00", "putin-tokayev-dushanbe", False,
     "Putin and Tokayev discuss energy in Dushanbe",
     "Vladimir Putin met Kassym-Jomart Tokayev in Dushanbe on Thursday to discuss gas supplies "
     "and a new pipeline. The meeting took place at the summit in Tajikistan."),
    # -- Austin and Shoigu, 13 May 2022 ---------------------------------------------------
    ("as-en", "en", "2022-05-13T19:00", "austin-shoigu-may-call", True,
     "Austin speaks with Shoigu for the first time since the invasion",
     "Lloyd Austin spoke by telephone with Sergei Shoigu on Friday, the Pentagon said. Austin "
     "urged an immediate ceasefire in Ukraine."),
    ("as-ru", "ru", "2022-05-13T21:30", "austin-shoigu-may-call", False,
     "Шойгу провёл телефонный разговор с Остином",
     "Сергей Шойгу провёл телефонный разговор с министром обороны США Ллойдом Остином по "
     "инициативе американской стороны. Обсуждалась ситуация на Украине."),
    ("as-fa", "fa", "2022-05-14T09:47", "austin-shoigu-may-call", False,
     "گفت‌وگوی تلفنی شویگو و آستین",
     "سرگئی شویگو و لوید آستین جمعه شب به درخواست طرف آمریکایی تلفنی گفت‌وگو کردند. محور "
     "گفت‌وگو بحران اوکراین بود."),
    ("as-ar", "ar", "2022-05-14T07:00", "austin-shoigu-may-call", False,
     "أوستن وشويغو يجريان أول اتصال منذ بدء الحرب",
     "أجرى وزير الدفاع الأمريكي لويد أوستن اتصالا هاتفيا مع نظيره الروسي سيرغي شويغو. "
     "ودعا أوستن إلى وقف فوري لإطلاق النار في أوكرانيا."),
    ("as-tr", "tr", "2022-05-13T22:10", "austin-shoigu-may-call", False,
     "Austin ile Şoygu telefonda görüştü",
     "ABD Savunma Bakanı Lloyd Austin, Rus mevkidaşı Sergey Şoygu ile telefonda görüştü. "
     "Görüşmede Ukrayna'daki durum ele alındı."),
    # hard negatives: their second call, on 21 October 2022
    ("hn-as-oct-en", "en", "2022-10-21T20:00", "austin-shoigu-october-call", False,
     "Austin and Shoigu speak again",
     "Lloyd Austin held a call with Sergei Shoigu on 21 October 2022, their first since 13 May "
     "2022. Austin stressed the importance of keeping lines of communication open."),
    ("hn-as-oct-ru", "ru", "2022-10-21T21:00", "austin-shoigu-october-call", False,
     "Шойгу и Остин обсудили Украину по телефону",
     "Сергей Шойгу провёл телефонный разговор с Ллойдом Остином 21 октября 2022 года. "
     "Обсуждались актуальные вопросы международной безопасности, в том числе Украина."),
    ("hn-as-oct-tr", "tr", "2022-10-22T08:30", "austin-shoigu-october-call", False,
     "Şoygu ve Austin yeniden telefonda görüştü",
     "Sergey Şoygu ile Lloyd Austin mayıs ayından bu yana ilk kez telefonda görüştü. "
     "Görüşmede Ukrayna konusu ele alındı."),
    # -- Bush–Putin transcripts, December 2025 to January 2026 ----------------------------
    ("bp-tr", "tr", "2026-01-08T10:00", "bush-putin-transcripts", True,
     "Putin ve Bush'un telefon görüşmeleri ortaya çıktı",
     "Ulusal Güvenlik Arşivi, Vladimir Putin ile George Bush arasındaki görüşmelerin "
     "belgelerini yayımladı. Belgeler 2001 ile 2003 arasını kapsıyor."),
    ("bp-az", "az", "2026-01-09T11:00", "bush-putin-transcripts", False,
     "Putin və Buşun telefon danışıqları açıqlanıb",
     "Milli Təhlükəsizlik Arxivi Vladimir Putin ilə Corc Buş arasındakı danışıqların "
     "sənədlərini dərc edib. Sənədlər İraq müharibəsi ərəfəsindəki zəngi də əhatə edir."),
    ("bp-ar", "ar", "2026-01-10T12:00", "bush-putin-transcripts", False,
     "ما قاله بوتين لبوش في الوثائق المفرج عنها",
     "نشر أرشيف الأمن القومي وثائق عن محادثات فلاديمير بوتين وجورج بوش بين عامي 2001 و2003. "
     "وتكشف الوثائق موقف بوتين من حرب العراق."),
    ("bp-en", "en", "2026-01-07T16:00", "bush-putin-transcripts", False,
     "Declassified: what Putin told Bush",
     "The National Security Archive has released eight records of conversations between "
     "Vladimir Putin and George W. Bush. They include Putin's call of 12 September 2001."),
    ("bp-ru", "ru", "2026-01-08T09:30", "bush-putin-transcripts", False,
     "Опубликованы записи бесед Путина и Буша",
     "Архив национальной безопасности опубликовал рассекреченные записи бесед Владимира "
     "Путина и Джорджа Буша. Документы охватывают период с 2001 по 2003 год."),
    # hard negatives: the Crawford summit, reported at the time
    ("hn-bp-crawford-en", "en", "2001-11-15T18:00", "bush-putin-crawford", False,
     "Bush hosts Putin at his Crawford ranch",
     "George W. Bush welcomed Vladimir Putin to his ranch in Crawford, Texas, on Wednesday. "
     "The two presidents discussed missile defence and the war on terrorism."),
    ("hn-bp-crawford-ru", "ru", "2001-11-15T20:00", "bush-putin-crawford", False,
     "Путин в гостях у Буша в Кроуфорде",
     "Владимир Путин прибыл на ранчо Джорджа Буша в Кроуфорде. Президенты обсудили "
     "противоракетную оборону и борьбу с терроризмом."),
    # -- Earthquake near Tabriz, 3 June 2025 ----------------------------------------------
    ("tq-fa", "fa", "2025-06-03T08:30", "tabriz-earthquake-2025", True,
     "زلزله ۵.۲ ریشتری تبریز را لرزاند",
     "زلزله‌ای به بزرگی ۵.۲ ریشتر بامداد سه‌شنبه تبریز را لرزاند. به گفته مسئولان، این "
     "زلزله خسارت جانی نداشته است."),
    ("tq-az", "az", "2025-06-03T10:00", "tabriz-earthquake-2025", False,
     "Təbrizdə 5,2 bal gücündə zəlzələ olub",
     "Cənubi Azərbaycanın Təbriz şəhərində 5,2 bal gücündə zəlzələ baş verib. Zəlzələ "
     "nəticəsində ölən olmayıb."),
    ("tq-tr", "tr", "2025-06-03T09:40", "tabriz-earthquake-2025", False,
     "Tebriz'de 5,2 büyüklüğünde deprem",
     "İran'ın Tebriz kentinde 5,2 büyüklüğünde deprem meydana geldi. Depremde can kaybı "
     "yaşanmadığı bildirildi."),
    ("tq-en", "en", "2025-06-03T07:15", "tabriz-earthquake-2025", False,
     "Magnitude 5.2 earthquake shakes Tabriz",
     "A magnitude 5.2 earthquake struck near Tabriz in north-western Iran early on Tuesday. "
     "Officials said there were no deaths."),
    ("tq-ar", "ar", "2025-06-03T11:00", "tabriz-earthquake-2025", False,
     "زلزال بقوة 5.2 درجات يضرب تبريز",
     "ضرب زلزال بقوة 5.2 درجات مدينة تبريز شمال غرب إيران فجر الثلاثاء. ولم تسجل وفيات."),
    ("tq-ru", "ru", "2025-06-03T10:30", "tabriz-earthquake-2025", False,
     "Землетрясение магнитудой 5,2 произошло в Тебризе",
     "Землетрясение магнитудой 5,2 произошло в районе Тебриза на северо-западе Ирана. "
     "Погибших нет."),
    # hard negatives: an earlier earthquake in the same city
    ("hn-tq-2024-fa", "fa", "2024-02-11T06:00", "tabriz-earthquake-2024", False,
     "زمین‌لرزه ۴.۱ ریشتری در تبریز",
     "زمین‌لرزه‌ای به بزرگی ۴.۱ ریشتر صبح امروز تبریز را لرزاند. گزارشی از خسارت "
     "دریافت نشده است."),
    ("hn-tq-2024-az", "az", "2024-02-11T08:00", "tabriz-earthquake-2024", False,
     "Təbrizdə zəif zəlzələ",
     "Təbriz şəhərində 4,1 bal gücündə zəlzələ qeydə alınıb. Dağıntı olmayıb."),
    # -- OPEC+ in Vienna, 5 March 2025 ----------------------------------------------------
    ("op-en", "en", "2025-03-05T15:00", "opec-vienna-march", True,
     "OPEC+ agrees output cut in Vienna",
     "OPEC+ ministers meeting in Vienna agreed to cut output by 500,000 barrels a day. "
     "Prince Abdulaziz bin Salman and Alexander Novak backed the deal."),
    ("op-ru", "ru", "2025-03-05T17:00", "opec-vienna-march", False,
     "ОПЕК+ договорилась о сокращении добычи",
     "Страны ОПЕК+ на встрече в Вене договорились сократить добычу нефти. Александр Новак "
     "назвал решение сбалансированным."),
    ("op-ar", "ar", "2025-03-05T18:30", "opec-vienna-march", False,
     "أوبك+ تتفق على خفض الإنتاج في فيينا",
     "اتفق وزراء أوبك+ في اجتماعهم في فيينا على خفض الإنتاج. وقال الأمير عبد العزيز بن سلمان "
     "إن القرار يدعم استقرار السوق."),
    ("op-az", "az", "2025-03-06T09:00", "opec-vienna-march", False,
     "OPEC+ hasilatı azaltmaq qərarına gəlib",
     "OPEC+ ölkələri Vyanada keçirilən görüşdə neft hasilatını azaltmağa razılaşıb. Aleksandr "
     "Novak qərarı dəstəkləyib."),
    ("op-tr", "tr", "2025-03-05T19:00", "opec-vienna-march", False,
     "OPEC+ Viyana'da üretim kesintisine gitti",
     "OPEC+ bakanları Viyana'daki toplantıda petrol üretimini azaltma kararı aldı. Kararı "
     "Abdulaziz bin Selman açıkladı."),
    # hard negatives: another OPEC+ meeting in Vienna in September
    ("hn-op-sep-ar", "ar", "2025-09-07T16:00", "opec-vienna-september", False,
     "أوبك+ ترفع الإنتاج في اجتماع فيينا",
     "قرر تحالف أوبك+ في اجتماعه في فيينا زيادة الإنتاج اعتبارا من أكتوبر. وأيد ألكسندر نوفاك "
     "القرار."),
    ("hn-op-sep-en", "en", "2025-09-07T14:00", "opec-vienna-september", False,
     "OPEC+ raises output again",
     "OPEC+ agreed in Vienna on Sunday to raise production from October. Prince Abdulaziz "
     "bin Salman said the market could absorb the extra barrels."),
    # -- new: Azerbaijan–Armenia border commissions in Gabala, 15 July 2025 ----------------
    ("new-gabala-az", "az", "2025-07-15T13:00", "border-commissions-gabala", False,
     "Sərhəd komissiyalarının iclası Qəbələdə keçirilib",
     "Azərbaycan və Ermənistanın sərhəd komissiyalarının növbəti iclası Qəbələdə keçirilib. "
     "İclasa Şahin Mustafayev və Mher Qriqoryan rəhbərlik ediblər."),
    ("new-gabala-ru", "ru", "2025-07-15T15:00", "border-commissions-gabala", False,
     "В Габале прошло заседание комиссий по делимитации",
     "В Габале прошло заседание комиссий Азербайджана и Армении по делимитации границы. "
     "Делегации возглавили Шахин Мустафаев и Мгер Григорян."),
    ("new-gabala-en", "en", "2025-07-16T08:00", "border-commissions-gabala", False,
     "Azerbaijan and Armenia border commissions meet in Gabala",
     "Shahin Mustafayev and Mher Grigoryan led their delegations at a meeting in Gabala on "
     "the delimitation of the border between Azerbaijan and Armenia."),
    ("new-gabala-fa", "fa", "2025-07-15T18:00", "border-commissions-gabala", False,
     "نشست کمیسیون‌های مرزی آذربایجان و ارمنستان",
     "نشست کمیسیون‌های تعیین مرز جمهوری آذربایجان و ارمنستان در قبله برگزار شد. شاهین "
     "مصطفایف و مهر گریگوریان ریاست هیئت‌ها را بر عهده داشتند."),
    # -- new: Iranian and Saudi foreign ministers in Riyadh, 2 November 2025 ----------------
    ("new-riyadh-ar", "ar", "2025-11-02T12:00", "araghchi-faisal-riyadh", False,
     "فيصل بن فرحان يستقبل عراقجي في الرياض",
     "استقبل وزير الخارجية الأمير فيصل بن فرحان نظيره الإيراني عباس عراقجي في الرياض. "
     "وبحث الجانبان العلاقات الثنائية."),
    ("new-riyadh-fa", "fa", "2025-11-02T14:00", "araghchi-faisal-riyadh", False,
     "دیدار عراقچی و فیصل بن فرحان در ریاض",
     "عباس عراقچی وزیر امور خارجه در ریاض با فیصل بن فرحان دیدار و گفت‌وگو کرد. دو طرف "
     "درباره روابط دوجانبه رایزنی کردند."),
    ("new-riyadh-en", "en", "2025-11-02T16:00", "araghchi-faisal-riyadh", False,
     "Araghchi meets Faisal bin Farhan in Riyadh",
     "Iran's foreign minister Abbas Araghchi held talks with Prince Faisal bin Farhan in "
     "Riyadh on Sunday."),
]

# -- reports shaped like the real ones the first set missed (added for cleaner 0.3.0) -------
# Serbian and Bulgarian Cyrillic, Italian elision, German romanisation; a date only in the
# address, a two-digit year, a month without a day, a day without a year; and negatives that
# share a city and a day with an event, or the people of an event on another day.
ARTICLES += [
    ("x-pa-sr", "sr", "2025-10-09T17:00", "putin-aliyev-dushanbe", False,
     "Путин и Алијев разговарали у Душанбеу",
     "Председник Русије Владимир Путин састао се у Душанбеу са председником Азербејџана "
     "Илхамом Алијевом. Разговарали су о паду авиона."),
    ("x-pa-bg", "bg", None, "putin-aliyev-dushanbe", False,
     "Путин и Алиев се срещнаха в Душанбе",
     "Руският президент Владимир Путин и азербайджанският лидер Илхам Алиев разговаряха в "
     "Душанбе за катастрофата със самолета."),
    ("x-pa-it", "it", None, "putin-aliyev-dushanbe", False,
     "Putin incontra il presidente dell'Azerbaigian a Dushanbe",
     "Giovedì 9 ottobre Vladimir Putin ha incontrato a Dushanbe il presidente dell'Azerbaigian "
     "Ilham Aliyev, al quale ha presentato le sue scuse per l'aereo abbattuto."),
    ("x-as-de", "de", None, "austin-shoigu-may-call", False,
     "Austin und Schoigu telefonieren erstmals seit Februar",
     "Am 13.05.22 telefonierte US-Verteidigungsminister Lloyd Austin mit seinem russischen "
     "Amtskollegen Sergej Schoigu. Das Gespräch dauerte rund eine Stunde."),
    ("x-as-month", "en", None, "austin-shoigu-may-call", False,
     "Austin and Shoigu spoke for the first time since the invasion",
     "In May 2022 Lloyd Austin spoke with Sergei Shoigu by telephone and urged an immediate "
     "ceasefire in Ukraine."),
    # -- Aliyev and Pashinyan in Abu Dhabi, 10 July 2025: a president and a prime minister
    ("ap-en", "en", "2025-07-10T17:30", "aliyev-pashinyan-abu-dhabi", True,
     "Aliyev and Pashinyan hold talks in Abu Dhabi",
     "Azerbaijani President Ilham Aliyev and Armenian Prime Minister Nikol Pashinyan held talks "
     "in Abu Dhabi on Thursday on a peace treaty between their countries."),
    ("hn-x-rahmon", "en", "2025-10-09T12:00", "putin-rahmon-dushanbe", False,
     "Putin holds talks with Emomali Rahmon in Dushanbe",
     "Vladimir Putin held talks with Tajik President Emomali Rahmon in Dushanbe on Thursday, "
     "discussing trade and the security of the Afghan border."),
    ("hn-x-october-call", "de", None, "austin-shoigu-october-call", False,
     "Austin und Schoigu telefonieren erneut",
     "Am 21.10.22 sprach Lloyd Austin erneut mit Sergej Schoigu. Es war ihr zweites Gespräch "
     "in diesem Jahr."),
]

# -- French, Dutch and Polish spellings, Arabic-script "g", background dates, and people the
# authority lacks written in Arabic and Persian (added with the romanisations by language) ---
ARTICLES += [
    ("x-pa-fr", "fr", None, "putin-aliyev-dushanbe", False,
     "Poutine présente ses excuses à Aliev à Douchanbé",
     "Vladimir Poutine a rencontré jeudi à Douchanbé le président azerbaïdjanais Ilham Aliev "
     "et lui a présenté ses excuses pour l'avion abattu."),
    ("x-pa-background", "en", "2025-10-10T09:00", "putin-aliyev-dushanbe", False,
     "Putin admits Russian air defences were firing",
     "Vladimir Putin told Ilham Aliyev in Dushanbe that Russian air defences were active during "
     "the crash of 25 December 2024, in which 38 people died."),
    ("x-as-fr", "fr", "2022-05-13T21:00", "austin-shoigu-may-call", False,
     "Lloyd Austin et Sergueï Choïgou se sont parlé",
     "Le secrétaire américain à la Défense Lloyd Austin s'est entretenu vendredi par téléphone "
     "avec son homologue russe Sergueï Choïgou, une première depuis février."),
    ("x-as-nl", "nl", "2022-05-13T22:00", "austin-shoigu-may-call", False,
     "Austin belt met Sjojgoe",
     "De Amerikaanse minister van Defensie Lloyd Austin heeft vrijdag met zijn Russische ambtgenoot "
     "Sergej Sjojgoe gebeld, voor het eerst sinds het begin van de oorlog."),
    ("x-as-ar-eg", "ar", "2022-05-14T08:00", "austin-shoigu-may-call", False,
     "أوستن يهاتف شويجو",
     "أجرى وزير الدفاع الأمريكي لويد أوستن اتصالا هاتفيا مع نظيره الروسي سيرجي شويجو، وهو "
     "الأول منذ بدء الحرب."),
    ("x-bp-pl", "pl", "2026-01-08T12:00", "bush-putin-transcripts", False,
     "Ujawniono zapisy rozmów Putina z Bushem",
     "Archiwum Bezpieczeństwa Narodowego opublikowało odtajnione zapisy rozmów Władimira Putina "
     "z George'em W. Bushem z lat 2001–2003."),
    ("hn-x-rahmon-ar", "ar", "2025-10-09T13:00", "putin-rahmon-dushanbe", False,
     "بوتين يبحث مع رحمن التعاون في دوشنبه",
     "بحث الرئيس الروسي فلاديمير بوتين مع الرئيس الطاجيكي إمام علي رحمن في دوشنبه التعاون "
     "التجاري وأمن الحدود الأفغانية."),
    ("hn-x-rahmon-fa", "fa", "2025-10-09T14:00", "putin-rahmon-dushanbe", False,
     "دیدار پوتین و رحمان در دوشنبه",
     "ولادیمیر پوتین با امامعلی رحمان، رئیس‌جمهور تاجیکستان، درباره همکاری تجاری و امنیت "
     "مرز افغانستان گفت‌وگو کرد."),
    ("hn-x-rahmon-fr", "fr", "2025-10-09T15:00", "putin-rahmon-dushanbe", False,
     "Poutine reçu par Emomali Rahmon",
     "Vladimir Poutine s'est entretenu jeudi à Douchanbé avec le président tadjik Emomali Rahmon "
     "du commerce et de la sécurité de la frontière afghane."),
    ("hn-x-azal-payout", "en", "2025-11-20T10:00", "azal-compensation", False,
     "Russia pays the first compensation to AZAL crash families",
     "The families of the victims of the AZAL crash received the first payments on Thursday, "
     "six weeks after Vladimir Putin apologised to Ilham Aliyev in Dushanbe."),
]

# Addresses of reports whose text carries no publication date.
URLS = {"x-pa-bg": "https://news.example.bg/2025/10/09/putin-aliev-dushanbe"}
