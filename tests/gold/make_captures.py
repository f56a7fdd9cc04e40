"""Make the gold captures: ``python -m tests.gold.make_captures``.

Each story (stories.py) is put into five page templates of fictional sites in its language:
a news portal and a site with comments saved as text dumps, the portal's page dumped with its
lines wrapped at 80 columns, a page saved as HTML, and a crawl saved as a WARC file, some in
legacy encodings. The gold (tests/gold/captures.json) is taken
from the story and the templates, never from the cleaner: what the article must contain, what
it must not, and the metadata.
"""

from __future__ import annotations

import html
import json
import unicodedata
from io import BytesIO
from pathlib import Path

from .stories import STORIES

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "fixtures" / "captures" / "gold"

SITES = {
    "az": {
        "portal": ("gence-xeber.az", "Gəncə Xəbər"), "forum": ("qafqaz-gundem.az", "Qafqaz Gündəm"),
        "html": ("yeni-xeber.az", "Yeni Xəbər"), "warc": ("araz-media.az", "Araz Media"),
        "menu": ["Əsas səhifə", "Siyasət", "İqtisadiyyat", "Cəmiyyət", "İdman"],
        "related": "Oxşar xəbərlər", "latest": "Son xəbərlər",
        "headlines": ["Bakıda yeni metro stansiyası açılacaq", "Neftin qiyməti yenidən bahalaşıb",
                      "Qış mövsümünə hazırlıq davam edir"],
        "comments": "Şərhlər", "reply": "Cavab ver",
        "remarks": ["Çox gözəl xəbərdir, uğurlar olsun!", "Bəs kəndlərə nə vaxt su çəkiləcək?"],
        "footer": "Bütün hüquqlar qorunur. Materiallardan istifadə zamanı istinad mütləqdir.",
        "subscribe": "Abunə ol", "byline": "Müəllif: Elvin Məmmədov", "author": "Elvin Məmmədov",
        "updated": "Yenilənib", "encodings": ("utf-8", "utf-8"),
    },
    "tr": {
        "portal": ("ege-postasi.com.tr", "Ege Postası"), "forum": ("kent-haber.com.tr", "Kent Haber"),
        "html": ("liman-gazetesi.com.tr", "Liman Gazetesi"), "warc": ("anadolu-gunluk.com.tr", "Anadolu Günlük"),
        "menu": ["Ana Sayfa", "Gündem", "Ekonomi", "Spor", "Yaşam"],
        "related": "İlgili Haberler", "latest": "Son Dakika",
        "headlines": ["Körfez'de deniz otobüsü seferleri artırıldı", "Üzüm hasadı başladı",
                      "Kordon'da bisiklet yolu genişletiliyor"],
        "comments": "Yorumlar", "reply": "Yanıtla",
        "remarks": ["Emeği geçenlere teşekkürler.", "Otopark sorunu ne olacak peki?"],
        "footer": "Copyright © 2024 Tüm hakları saklıdır.",
        "subscribe": "Abone Ol", "byline": "Muhabir: Deniz Yılmaz", "author": "Deniz Yılmaz",
        "updated": "Güncelleme", "encodings": ("cp1254", "iso-8859-9"),
    },
    "ar": {
        "portal": ("al-sahil.example.com", "الساحل"), "forum": ("akhbar-al-yawm.example.net", "أخبار اليوم"),
        "html": ("al-bawaba.example.org", "البوابة"), "warc": ("al-mirsad.example.info", "المرصاد"),
        "menu": ["الرئيسية", "سياسة", "اقتصاد", "رياضة", "منوعات"],
        "related": "أخبار ذات صلة", "latest": "الأكثر قراءة",
        "headlines": ["ارتفاع أسعار الذهب في الأسواق المحلية", "انطلاق معرض الكتاب الدولي",
                      "توقعات بأمطار غزيرة نهاية الأسبوع"],
        "comments": "التعليقات", "reply": "رد",
        "remarks": ["خطوة ممتازة طال انتظارها", "نتمنى أن تصل المياه إلى القرى أيضاً"],
        "footer": "جميع الحقوق محفوظة © 2024",
        "subscribe": "اشترك الآن", "byline": "كتب: سامر الخطيب", "author": "سامر الخطيب",
        "updated": "آخر تحديث", "encodings": ("cp1256", "cp1256"),
    },
    "fa": {
        "portal": ("tabriz-news.example.ir", "خبر تبریز"), "forum": ("azar-press.example.ir", "آذر پرس"),
        "html": ("shahr-online.example.ir", "شهر آنلاین"), "warc": ("asr-khabar.example.ir", "عصر خبر"),
        "menu": ["صفحه اصلی", "سیاسی", "اقتصادی", "فرهنگی", "ورزشی"],
        "related": "اخبار مرتبط", "latest": "پربازدیدها",
        "headlines": ["افزایش پروازهای فرودگاه تبریز", "جشنواره فیلم کودک آغاز شد",
                      "بارش برف در ارتفاعات سهند"],
        "comments": "نظرات", "reply": "پاسخ",
        "remarks": ["خبر بسیار خوبی است، امیدوارم زودتر تمام شود.", "بودجه این طرح از کجا تامین شده؟"],
        "footer": "کلیه حقوق این سایت محفوظ است.",
        "subscribe": "عضویت در خبرنامه", "byline": "نویسنده: مریم رضایی", "author": "مریم رضایی",
        "updated": "به‌روزرسانی", "encodings": ("utf-16", "utf-8"),
    },
    "ru": {
        "portal": ("kazan-vesti.example.ru", "Казанские вести"), "forum": ("volga-info.example.ru", "Волга-Инфо"),
        "html": ("gorod-online.example.ru", "Город онлайн"), "warc": ("tatar-news.example.ru", "Татар-Ньюс"),
        "menu": ["Главная", "Политика", "Экономика", "Общество", "Спорт"],
        "related": "Читайте также", "latest": "Популярное",
        "headlines": ["В метро появятся новые поезда", "Курс рубля снова изменился",
                      "Синоптики обещают тёплую осень"],
        "comments": "Комментарии", "reply": "Ответить",
        "remarks": ["Наконец-то построили, ждали много лет.", "А пробки всё равно останутся."],
        "footer": "© 2023 Все права защищены. Использование материалов разрешено при наличии ссылки.",
        "subscribe": "Подписаться", "byline": "Автор: Алексей Смирнов", "author": "Алексей Смирнов",
        "updated": "Обновлено", "encodings": ("cp1251", "koi8-r"),
    },
    "en": {
        "portal": ("coastal-times.example.co.uk", "The Coastal Times"), "forum": ("harbour-herald.example.com", "Harbour Herald"),
        "html": ("the-tidings.example.org", "The Tidings"), "warc": ("county-post.example.net", "County Post"),
        "menu": ["Home", "News", "Politics", "Business", "Sport"],
        "related": "Related stories", "latest": "Most read",
        "headlines": ["Ferry timetable changes for the winter", "Lifeboat crew rescue two fishermen",
                      "Fish market to reopen after repairs"],
        "comments": "Comments", "reply": "Reply",
        "remarks": ["About time, the traffic has been unbearable.", "What about the people who work there?"],
        "footer": "© 2024 All rights reserved. Privacy policy. Terms of use.",
        "subscribe": "Subscribe", "byline": "By Hannah Clarke", "author": "Hannah Clarke",
        "updated": "Updated", "encodings": ("utf-8", "latin-1"),
    },
    "de": {
        "portal": ("rheinblick.example", "Rheinblick"), "forum": ("stadtanzeiger-sued.example", "Stadtanzeiger Süd"),
        "html": ("weserkurier-online.example", "Weserkurier Online"), "warc": ("alpenbote.example", "Alpenbote"),
        "menu": ["Startseite", "Lokales", "Politik", "Wirtschaft", "Sport"],
        "related": "Das könnte Sie auch interessieren", "latest": "Meistgelesen",
        "headlines": ["Neues Hallenbad öffnet im Herbst", "Wochenmarkt zieht auf den Rathausplatz",
                      "Feuerwehr rückt zu Großbrand aus"],
        "comments": "Kommentare", "reply": "Antworten",
        "remarks": ["Endlich passiert hier mal etwas!", "Und wer soll das alles bezahlen?"],
        "footer": "© 2025 Rheinblick Medien GmbH. Alle Rechte vorbehalten. Impressum. Datenschutz.",
        "subscribe": "Newsletter abonnieren", "byline": "Von Katrin Weber", "author": "Katrin Weber",
        "updated": "Aktualisiert", "encodings": ("cp1252", "iso-8859-15"),
    },
    "fr": {
        "portal": ("le-courrier-du-val.example", "Le Courrier du Val"), "forum": ("la-voix-locale.example", "La Voix locale"),
        "html": ("ouest-matin.example", "Ouest Matin"), "warc": ("le-petit-lyonnais.example", "Le Petit Lyonnais"),
        "menu": ["Accueil", "Actualité", "Politique", "Économie", "Sports"],
        "related": "À lire aussi", "latest": "Les plus lus",
        "headlines": ["Une nouvelle piste cyclable le long du canal", "Le festival de jazz affiche complet",
                      "Fermeture temporaire de la piscine municipale"],
        "comments": "Commentaires", "reply": "Répondre",
        "remarks": ["Enfin une bonne nouvelle pour le quartier !", "Et le stationnement, on en parle ?"],
        "footer": "© 2025 Le Courrier du Val. Tous droits réservés. Mentions légales.",
        "subscribe": "S'abonner", "byline": "Par Camille Durand", "author": "Camille Durand",
        "updated": "Mis à jour le", "encodings": ("utf-8", "cp1252"),
    },
    "es": {
        "portal": ("diario-del-litoral.example", "Diario del Litoral"), "forum": ("la-gaceta-local.example", "La Gaceta Local"),
        "html": ("noticias-del-sur.example", "Noticias del Sur"), "warc": ("el-faro-costero.example", "El Faro Costero"),
        "menu": ["Portada", "Local", "Política", "Economía", "Deportes"],
        "related": "Noticias relacionadas", "latest": "Lo más leído",
        "headlines": ["Abre el nuevo mercado de abastos", "La ciudad amplía el carril bici",
                      "Cortes de agua en el centro esta semana"],
        "comments": "Comentarios", "reply": "Responder",
        "remarks": ["Ya era hora de que hicieran algo así.", "¿Y quién va a pagar el mantenimiento?"],
        "footer": "© 2025 Diario del Litoral. Todos los derechos reservados. Aviso legal.",
        "subscribe": "Suscríbete", "byline": "Por Lucía Martín", "author": "Lucía Martín",
        "updated": "Actualizado", "encodings": ("cp1252", "iso-8859-1"),
    },
    "pt": {
        "portal": ("jornal-da-ribeira.example", "Jornal da Ribeira"), "forum": ("voz-do-norte.example", "Voz do Norte"),
        "html": ("diario-do-tejo.example", "Diário do Tejo"), "warc": ("gazeta-minhota.example", "Gazeta Minhota"),
        "menu": ["Início", "País", "Política", "Economia", "Desporto"],
        "related": "Leia também", "latest": "Mais lidas",
        "headlines": ["Nova ciclovia liga a cidade à praia", "Festival de folclore regressa em agosto",
                      "Obras fecham avenida durante um mês"],
        "comments": "Comentários", "reply": "Responder",
        "remarks": ["Finalmente uma boa notícia para a cidade.", "E o estacionamento, como fica?"],
        "footer": "© 2025 Jornal da Ribeira. Todos os direitos reservados. Estatuto editorial.",
        "subscribe": "Assine já", "byline": "Por João Ferreira", "author": "João Ferreira",
        "updated": "Atualizado", "encodings": ("utf-8", "iso-8859-1"),
    },
    "it": {
        "portal": ("gazzetta-del-lago.example", "Gazzetta del Lago"), "forum": ("il-corriere-locale.example", "Il Corriere Locale"),
        "html": ("la-voce-del-borgo.example", "La Voce del Borgo"), "warc": ("eco-di-provincia.example", "Eco di Provincia"),
        "menu": ["Home", "Cronaca", "Politica", "Economia", "Sport"],
        "related": "Potrebbe interessarti anche", "latest": "I più letti",
        "headlines": ["Nuova pista ciclabile lungo il fiume", "Sagra del tartufo da record",
                      "Lavori sulla statale, traffico deviato"],
        "comments": "Commenti", "reply": "Rispondi",
        "remarks": ["Finalmente una decisione coraggiosa.", "E i parcheggi per chi lavora in centro?"],
        "footer": "© 2025 Gazzetta del Lago. Tutti i diritti riservati. P.IVA 01234567890.",
        "subscribe": "Abbonati", "byline": "Di Marco Rossi", "author": "Marco Rossi",
        "updated": "Aggiornato", "encodings": ("cp1252", "utf-8"),
    },
    "pl": {
        "portal": ("gazeta-nadwislanska.example", "Gazeta Nadwiślańska"), "forum": ("echo-miasta.example", "Echo Miasta"),
        "html": ("kurier-poranny.example", "Kurier Poranny"), "warc": ("glos-regionu.example", "Głos Regionu"),
        "menu": ["Strona główna", "Wiadomości", "Polityka", "Gospodarka", "Sport"],
        "related": "Czytaj także", "latest": "Najczęściej czytane",
        "headlines": ["Nowa linia autobusowa do lotniska", "Rusza remont dworca kolejowego",
                      "Festiwal pierogów przyciągnął tłumy"],
        "comments": "Komentarze", "reply": "Odpowiedz",
        "remarks": ["Wreszcie coś się dzieje w tym mieście!", "A kto za to wszystko zapłaci?"],
        "footer": "© 2025 Gazeta Nadwiślańska. Wszelkie prawa zastrzeżone. Polityka prywatności.",
        "subscribe": "Zapisz się do newslettera", "byline": "Autor: Anna Nowak", "author": "Anna Nowak",
        "updated": "Aktualizacja", "encodings": ("cp1250", "iso-8859-2"),
    },
    "zh": {
        "portal": ("jiangnan-ribao.example", "江南日报"), "forum": ("chengshi-kuaixun.example", "城市快讯"),
        "html": ("huanan-xinwen.example", "华南新闻网"), "warc": ("beifang-shibao.example", "北方时报"),
        "menu": ["首页", "国内", "国际", "财经", "体育"],
        "related": "相关新闻", "latest": "热门排行",
        "headlines": ["地铁三号线延长段年底通车", "本市今年将新建五十个口袋公园",
                      "秋季招聘会吸引数万求职者"],
        "comments": "网友评论", "reply": "回复",
        "remarks": ["太好了，周末带孩子去看看！", "希望停车位能多一些。"],
        "footer": "版权所有 © 2025 江南日报社 未经授权禁止转载",
        "subscribe": "订阅", "byline": "记者 王晓明", "author": "王晓明",
        "updated": "更新时间", "encodings": ("gb18030", "gbk"),
    },
    "ja": {
        "portal": ("minato-shimbun.example", "みなと新聞"), "forum": ("chiiki-news.example", "地域ニュース"),
        "html": ("kaigan-times.example", "海岸タイムズ"), "warc": ("yamate-nippo.example", "山手日報"),
        "menu": ["トップ", "社会", "政治", "経済", "スポーツ"],
        "related": "関連記事", "latest": "アクセスランキング",
        "headlines": ["駅前再開発、来春に着工へ", "秋祭りに三万人の人出",
                      "市営バスの新路線が運行開始"],
        "comments": "コメント", "reply": "返信",
        "remarks": ["子どもの頃によく遊んだ場所なので嬉しいです。", "駐車場はあるのでしょうか。"],
        "footer": "Copyright (C) 2024 みなと新聞社 All rights reserved. 無断転載を禁じます。",
        "subscribe": "購読する", "byline": "記者 佐藤花子", "author": "佐藤花子",
        "updated": "更新", "encodings": ("utf-8", "shift_jis"),
    },
}


def story_lines(story: dict) -> list[str]:
    lines = list(story["paragraphs"][:2])
    if story.get("subheading"):
        lines.append(story["subheading"])
    lines += story["paragraphs"][2:]
    if story.get("items"):
        lines += [f"• {item}" for item in story["items"]]
    lines.append(story["after"])
    return lines


def must_contain(story: dict) -> list[str]:
    segments = list(story["paragraphs"]) + [story["after"]]
    if story.get("subheading"):
        segments.append(f"## {story['subheading']}")
    segments += [f"- {item}" for item in story.get("items", [])]
    return segments


def furniture(site: dict) -> list[str]:
    return (site["menu"] + site["headlines"] + site["remarks"]
            + [site["footer"], site["subscribe"], site["related"], site["comments"]])


def portal_text(story: dict, site: dict) -> str:
    name = site["portal"][1]
    lines = [f"{name} Logo", "Facebook Twitter Instagram YouTube"] + [f"• {m}" for m in site["menu"]]
    lines += ["", site["menu"][3], "", story["title"], "", story["printed"],
              "Facebook Twitter WhatsApp Telegram Email", "", site["byline"], ""]
    lines += [line for body in story_lines(story) for line in (body, "")]
    lines += ["Facebook Twitter WhatsApp Telegram", "", site["related"], ""]
    for number, headline in enumerate(site["headlines"]):
        lines += [headline, f"{10 + number}:3{number}", ""]
    lines += [site["latest"]] + site["headlines"][::-1] + ["", f"{site['footer']}"]
    lines += [f"• {m}" for m in site["menu"][:3]]
    return "\n".join(lines) + "\n"


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def wrapped(text: str, width: int = 80) -> str:
    """The text as a browser's "save as text" or a terminal dump gives it: lines cut at a margin."""
    out = []
    for line in text.split("\n"):
        while _width(line) > width:
            cut, used = 0, 0
            for index, char in enumerate(line):
                if char == " ":
                    cut = index  # what stands before this space fits
                used += _width(char)
                if used > width:
                    break
            if cut == 0:  # no space (Chinese, Japanese): cut at the margin
                cut = index
                out.append(line[:cut])
                line = line[cut:]
            else:
                out.append(line[:cut])
                line = line[cut + 1:]
        out.append(line)
    return "\n".join(out)


def comments_text(story: dict, site: dict) -> str:
    lines = [story["title"], "", story["paragraphs"][0], "", site["subscribe"],
             f"{story['printed']} | {site['updated']}: {story['printed']}", story["title"], ""]
    lines += [line for body in story_lines(story)[1:] for line in (body, "")]
    lines += [site["byline"], "", f"{site['comments']} (2)"]
    for number, remark in enumerate(site["remarks"]):
        lines += [f"• Ali{number} 2 saat / 2 hours", remark, site["reply"]]
    lines += ["", site["related"], *site["headlines"], "", site["footer"]]
    return "\n".join(lines) + "\n"


def page_html(story: dict, site: dict, domain: str, name: str, url: str) -> str:
    def e(text: str) -> str:
        return html.escape(text, quote=True)

    paragraphs = []
    for line in story_lines(story)[:-1]:
        if line == story.get("subheading"):
            paragraphs.append(f"<h2>{e(line)}</h2>")
        elif line.startswith("• "):
            continue
        else:
            paragraphs.append(f"<p>{e(line)}</p>")
    if story.get("items"):
        index = paragraphs.index(f"<p>{e(story['paragraphs'][-1])}</p>") + 1
        items = "".join(f"<li>{e(item)}</li>" for item in story["items"])
        paragraphs.insert(index, f"<ul>{items}</ul>")
    paragraphs.append(f"<p>{e(story['after'])}</p>")
    menu = "".join(f'<li><a href="/{n}">{e(m)}</a></li>' for n, m in enumerate(site["menu"]))
    related = "".join(f'<li><a href="/r/{n}">{e(h)}</a></li>' for n, h in enumerate(site["headlines"]))
    iso = story["iso"]
    return f"""<!DOCTYPE html>
<html lang="{story['lang']}"><head><meta charset="{{charset}}">
<title>{e(story['title'])} | {e(name)}</title>
<meta property="og:title" content="{e(story['title'])}">
<meta property="og:site_name" content="{e(name)}">
<meta property="og:url" content="{e(url)}">
<meta name="author" content="{e(site['author'])}">
<meta property="article:published_time" content="{iso}">
</head><body>
<header><a class="logo" href="/">{e(name)}</a><nav><ul>{menu}</ul></nav>
<form><input name="q"><button>{e(site['subscribe'])}</button></form></header>
<main><article>
<h1>{e(story['title'])}</h1>
<div class="meta"><time datetime="{iso}">{e(story['printed'])}</time> <span class="author">{e(site['byline'])}</span></div>
<div class="share"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a></div>
<div class="content">{''.join(paragraphs)}</div>
</article>
<aside><h3>{e(site['related'])}</h3><ul>{related}</ul></aside>
<section class="comments"><h3>{e(site['comments'])}</h3>
<div class="comment"><p>{e(site['remarks'][0])}</p><a href="#">{e(site['reply'])}</a></div></section>
</main><footer><p>{e(site['footer'])}</p></footer></body></html>
"""


def write_warc(path: Path, url: str, body: bytes, charset: str) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=True)
        robots = StatusAndHeaders("200 OK", [("Content-Type", "text/plain")], protocol="HTTP/1.1")
        root = url.split("/", 3)[:3]
        writer.write_record(writer.create_warc_record(
            "/".join(root) + "/robots.txt", "response", payload=BytesIO(b"User-agent: *\n"),
            http_headers=robots))
        headers = StatusAndHeaders("200 OK", [("Content-Type", f"text/html; charset={charset}")],
                                   protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record(url, "response", payload=BytesIO(body),
                                                      http_headers=headers))


def outlet_id(domain: str) -> str:
    from generator.ingest.detect import outlet_id_for

    return outlet_id_for(domain)


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    gold: dict[str, dict] = {}
    manifest = ["file,url"]
    for lang, story in STORIES.items():
        story = {**story, "lang": lang}
        site = SITES[lang]
        text_encoding, html_encoding = site["encodings"]
        common = {
            "language": lang, "published": story["iso"], "title": story["title"],
            "must_contain": must_contain(story), "must_not_contain": furniture(site),
        }
        for kind in ("portal", "forum", "html", "warc", "wrapped"):
            domain, name = site[kind] if kind != "wrapped" else (
                "text-" + site["portal"][0], site["portal"][1])
            url = f"https://www.{domain}/news/2024/{lang}-{kind}-story"
            suffix = {"portal": "txt", "forum": "txt", "html": "html", "warc": "warc.gz",
                      "wrapped": "txt"}[kind]
            file_name = f"{lang}_{kind}.{suffix}"
            if kind == "portal":
                data = portal_text(story, site).encode(text_encoding)
            elif kind == "wrapped":
                data = wrapped(portal_text(story, site)).encode("utf-8")
            elif kind == "forum":
                data = comments_text(story, site).encode("utf-8")
            else:
                page = page_html(story, site, domain, name, url)
                charset = html_encoding
                data = page.replace("{charset}", charset).encode(charset, "xmlcharrefreplace")
            if kind == "warc":
                write_warc(OUT / file_name, url, data, html_encoding)
            else:
                (OUT / file_name).write_bytes(data)
            if kind != "warc":
                manifest.append(f"{file_name},{url}")
            gold[file_name] = {**common, "outlet": outlet_id(domain), "url": url,
                               "author": site["author"]}
    (OUT / "manifest.csv").write_text("\n".join(manifest) + "\n", encoding="utf-8")
    (HERE / "captures.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                        encoding="utf-8")
    print(f"{len(gold)} captures written to {OUT}")


if __name__ == "__main__":
    main()
