"""Words and phrases of page furniture, by role, in many languages (data for the cleaner).

Entries are matched on folded text (lower case, Arabic/Persian letter forms unified, Turkish
dotted/dotless i folded), as whole words. Keep entries short and characteristic: a phrase here
must be one that a news story's own text would hardly ever use as a whole line.
"""

from __future__ import annotations

import re
from collections.abc import Callable


def alternation(phrases: list[str], fold: Callable[[str], str]) -> str:
    """A regular expression's alternation of ``phrases`` as ``fold`` shows them (the folding
    of the text they are looked for in), the longest first ("à lire aussi" before "lire
    aussi")."""
    folded = sorted({fold(p) for p in phrases}, key=len, reverse=True)
    # a capital I folds to a Turkish dotless ı where the fold keeps Turkish month names
    # ("KASIM"): "LEGGI ANCHE" must still be "leggi anche"
    return "|".join(re.sub("[iı]", "[iı]", re.escape(p)) for p in folded)

# A line that *is* one of these (alone or with counts/punctuation) ends the story: what follows
# is comments, related lists, author biographies or site footer.
# The heading of a page's comments: a line of its own after the story, and what follows it is
# readers', not the story's.
COMMENT_HEADINGS = [
    "коментари", "коментирай", "komentari", "komentariši", "коментариши",
    "comments", "leave a comment", "post a comment", "add comment", "no comments", "yorumlar",
    "التعليقات", "آخر التعليقات",
    "yorum yap", "yorum yaz", "şərhlər", "şərh yaz", "комментарии", "комментарий",
    "оставить комментарий", "تعليقات", "ليست هناك تعليقات", "إرسال تعليق", "اضف تعليق",
    "أضف تعليق", "نظرات", "ارسال نظر", "دیدگاه", "kommentare", "commentaires", "comentarios",
    "komentarze", "kommentar schreiben", "leserkommentare", "laisser un commentaire",
    "deja un comentario", "deixe um comentário", "comentários", "lascia un commento",
    "commenti", "reacties", "dodaj komentarz", "komentáře", "kommentarer", "коментарі",
    "comentarii", "hozzászólások", "σχόλια", "评论", "网友评论", "コメント", "댓글", "bình luận",
    "टिप्पणियाँ", "תגובות",
]
TERMINATORS = [
    *COMMENT_HEADINGS,
    # related and more
    "related", "related news", "related articles", "related posts", "read also", "see also",
    "more news", "more stories", "you may also like", "recommended", "most read", "most viewed",
    "latest news", "ilginizi çekebilir", "ilgili haberler", "benzer haberler", "diğer haberler",
    "son dakika", "çok okunanlar", "oxşar xəbərlər", "oxşar xəbərər", "digər xəbərlər",
    "xəbər lenti", "son xəbərlər", "ən çox oxunanlar", "читайте также", "смотрите также",
    "похожие новости", "другие новости", "последние новости", "популярное", "اقرأ أيضا",
    "اقرأ ايضا", "اقرأ أيضاً", "مواضيع ذات صلة", "أخبار ذات صلة", "الأكثر قراءة", "الأكثر مشاهدة",
    "آخر الأخبار", "اخبار مرتبط", "مطالب مرتبط", "مطالب پیشنهادی", "پربازدید ها", "پربازدیدها",
    "پربحث ترین ها", "پر بحث ترین ها", "آخرین اخبار", "mehr zum thema", "lire aussi",
    "à lire aussi", "leer también", "czytaj także", "czytaj też",
    # the same in more of the web's common languages
    "weitere artikel", "ähnliche artikel", "das könnte sie auch interessieren", "auch interessant",
    "meistgelesen", "meistgelesene artikel", "neueste artikel", "zum thema", "verwandte themen",
    "sur le même sujet", "à lire également", "articles similaires", "les plus lus",
    "dernières actualités", "vous aimerez aussi", "noticias relacionadas", "te puede interesar",
    "lo más leído", "más noticias", "últimas noticias", "artículos relacionados",
    "notícias relacionadas", "leia também", "leia mais", "mais lidas", "veja também",
    "últimas notícias", "articoli correlati", "leggi anche", "i più letti", "potrebbe interessarti",
    "ultime notizie", "gerelateerde artikelen", "lees ook", "meest gelezen", "meer nieuws",
    "powiązane artykuły", "najczęściej czytane", "zobacz też", "zobacz także", "najnowsze",
    "související články", "nejčtenější", "mohlo by vás zanímat", "relaterade artiklar",
    "läs också", "mest läst", "relaterte artikler", "les også", "relaterede artikler",
    "læs også", "berita terkait", "baca juga", "terpopuler", "haberin devamı", "схожі новини",
    "читайте також", "останні новини", "articole similare", "citește și", "cele mai citite",
    "kapcsolódó cikkek", "legolvasottabb", "σχετικά άρθρα", "διαβάστε επίσης", "δημοφιλή",
    "相关新闻", "相关阅读", "相关文章", "热门文章", "推荐阅读", "更多新闻", "延伸阅读", "热门评论",
    "関連記事", "関連ニュース", "人気記事", "おすすめ記事", "관련기사", "관련 기사", "많이 본 뉴스",
    "tin liên quan", "bài viết liên quan", "đọc nhiều nhất", "संबंधित खबरें", "यह भी पढ़ें",
    "קראו עוד", "כתבות נוספות", "संबंधित लेख",
    "kommentar schreiben", "leserkommentare", "laisser un commentaire", "réagir",
    "deja un comentario", "deixe um comentário", "comentários", "lascia un commento",
    "commenti", "reacties", "dodaj komentarz", "komentáře", "kommentarer", "komentar",
    "коментарі", "comentarii", "hozzászólások", "σχόλια", "评论", "网友评论", "コメント", "댓글",
    "bình luận", "टिप्पणियाँ", "תגובות",
    "още по темата", "най-четени", "последни новини", "свързани новини", "най-новото",
    "повезане вести", "povezane vesti", "najnovije", "најновије", "najčitanije", "најчитаније",
    "pročitajte još", "прочитајте још", "ostale vesti", "остале вести",
    # author biographies
    "about the author", "über den autor", "à propos de l'auteur", "sobre el autor",
    "sobre o autor", "sull'autore", "o autorze", "editör hakkında", "yazar hakkında", "müəllif haqqında", "об авторе",
    "عن الكاتب", "درباره نویسنده",
    # end markers
    "انتهای پیام", "انتهای خبر", "نهاية الخبر", "-- end --",
]

# A line that contains one of these, and is short, is furniture (share rows, buttons, footers).
FURNITURE = [
    "facebook", "twitter", "linkedin", "pinterest", "telegram", "whatsapp", "tumblr", "youtube",
    "instagram", "vkontakte", "copy link", "share", "paylaş", "paylaşın", "paylaş:", "поделиться",
    "مشاركة", "شارك", "اشتراک", "subscribe", "abone ol", "abunə ol", "подписаться", "اشترك",
    "عضویت", "reply", "cevapla", "yanıtla", "cavab ver", "ответить", "رد", "پاسخ", "şikayet et",
    "report", "log in", "sign in", "giriş yap", "daxil ol", "войти", "تسجيل الدخول", "ورود",
    "all rights reserved", "copyright", "©", "tüm hakları saklıdır", "bütün hüquqlar qorunur",
    "все права защищены", "جميع الحقوق محفوظة", "کلیه حقوق محفوظ است", "تمامی حقوق",
    "privacy policy", "terms of use", "cookie", "gizlilik politikası", "məxfilik siyasəti",
    "istifadə şərtləri", "политика конфиденциальности", "سياسة الخصوصية", "حریم خصوصی",
    "حفظ حریم شخصی", "contact us", "about us", "bize ulaşın", "künye", "əlaqə", "haqqımızda",
    "контакты", "اتصل بنا", "تماس با ما", "درباره ما", "advertisement", "reklam", "реклама",
    "إعلان", "تبلیغات", "close menu", "menu", "menü", "меню", "القائمة", "منو", "search",
    "axtarış", "arama", "поиск", "بحث", "جستجو", "home page", "ana sayfa", "ana səhifə",
    "главная", "الرئيسية", "صفحه اصلی", "logo", "daha fazla yorum", "load more", "show more",
    "daha fazla", "devamını oku", "ətraflı", "подробнее", "المزيد", "بیشتر", "bizi buradan izləyin",
    "teilen", "impressum", "datenschutz", "nutzungsbedingungen", "alle rechte vorbehalten",
    "partager", "mentions légales", "tous droits réservés", "compartir", "aviso legal",
    "todos los derechos reservados", "compartilhar", "todos os direitos reservados",
    "condividi", "tutti i diritti riservati", "delen", "alle rechten voorbehouden",
    "udostępnij", "wszelkie prawa zastrzeżone", "sdílet", "všechna práva vyhrazena",
    "dela", "bagikan", "hak cipta", "поширити", "distribuie", "megosztás",
    "κοινοποίηση", "分享", "分享到", "版权所有", "シェア", "ツイート", "공유", "chia sẻ", "शेयर",
    "שתפו", "vkontakte", "вконтакте", "одноклассники", "فيسبوك", "واتساب", "تويتر", "تلگرام",
    "bizə yazın", "follow us", "bizi takip edin", "مسئولیتی در قبال",
    # subscribe and newsletter buttons
    "newsletter", "abonnieren", "jetzt abonnieren", "s'abonner", "abonnez-vous", "suscríbete",
    "suscribirse", "assine", "assinar", "abbonati", "iscriviti", "abonneren", "prenumerera",
    "subskrybuj", "zapisz się", "odebírat", "підписатися", "订阅", "訂閱", "購読", "購読する", "登録する",
    "구독", "đăng ký",
]

# Section names of news sites' menus, by language: a line made of them is a navigation row
# ("Главная Политика Экономика Общество", "الرئيسية سياسة اقتصاد رياضة"), never a headline.
SECTIONS = [
    # en
    "home", "news", "world", "politics", "business", "economy", "markets", "sport", "sports",
    "culture", "opinion", "science", "tech", "technology", "health", "entertainment",
    "lifestyle", "travel", "video", "videos", "photos", "society", "regions", "local",
    "national", "international", "weather", "life", "style", "arts", "books", "food", "music",
    "education", "environment", "climate", "latest", "live", "podcasts", "europe", "asia",
    "africa", "americas", "middle east", "us", "uk", "money", "analysis", "features",
    # ru, uk, bg, sr (Cyrillic)
    "главная", "новости", "политика", "экономика", "общество", "происшествия", "спорт",
    "культура", "наука", "технологии", "мир", "в мире", "россия", "армия", "авто", "здоровье",
    "видео", "фото", "мнения", "бизнес", "финансы", "регионы", "туризм", "недвижимость",
    "криминал", "шоу-бизнес", "стиль", "религия", "снг", "головна", "новини", "політика",
    "економіка", "суспільство", "світ", "культура", "здоров'я", "відео", "регіони", "україна",
    "начало", "икономика", "свят", "култура", "здраве", "снимки", "регионални", "българия",
    "криминални", "почетна", "вести", "економија", "друштво", "свет", "хроника", "србија",
    # sr, hr, bs (Latin), pl, cs
    "naslovna", "vesti", "vijesti", "politika", "ekonomija", "društvo", "svet", "svijet",
    "kultura", "nauka", "hronika", "zabava", "region", "srbija", "strona główna",
    "wiadomości", "polityka", "gospodarka", "świat", "zdrowie", "kraj", "opinie", "biznes",
    "zprávy", "domácí", "zahraničí", "ekonomika",
    # tr, az, uz
    "gündem", "ekonomi", "dünya", "spor", "yazarlar", "foto", "galeri", "sağlık", "kültür",
    "sanat", "teknoloji", "yaşam", "eğitim", "magazin", "son dakika", "ana sayfa", "türkiye",
    "haberler", "siyaset", "finans", "bilim", "otomobil", "emlak", "əsas", "siyasət",
    "iqtisadiyyat", "cəmiyyət", "idman", "mədəniyyət", "xəbərlər", "hadisə", "sağlamlıq",
    "texnologiya", "analitika", "bosh sahifa", "yangiliklar", "siyosat", "iqtisodiyot",
    "jahon", "jamiyat", "madaniyat",
    # ar, fa
    "الرئيسية", "أخبار", "سياسة", "اقتصاد", "رياضة", "منوعات", "تكنولوجيا", "ثقافة", "فن",
    "صحة", "العالم", "عربي", "دولي", "محليات", "مقالات", "رأي", "فيديو", "صور", "علوم", "سياحة",
    "مجتمع", "صفحه اصلی", "سیاسی", "سیاست", "اقتصادی", "اجتماعی", "فرهنگی", "ورزشی", "ورزش",
    "بین‌الملل", "بین الملل", "جهان", "علمی", "فناوری", "ویدئو", "عکس", "استان‌ها", "حوادث",
    # de, fr, es, it, pt
    "startseite", "politik", "wirtschaft", "panorama", "kultur", "wissen", "ausland", "inland",
    "meinung", "gesellschaft", "digital", "reise", "gesundheit", "auto", "regional", "welt",
    "deutschland", "finanzen", "leben", "karriere", "feuilleton", "lokales", "accueil",
    "politique", "économie", "société", "sciences", "santé", "monde", "france", "opinions",
    "vidéos", "médias", "planète", "idées", "portada", "internacional", "nacional", "política",
    "economía", "sociedad", "deportes", "ciencia", "salud", "opinión", "tecnología", "españa",
    "mundo", "vídeos", "espectáculos", "cronaca", "economia", "mondo", "esteri", "spettacoli",
    "tecnologia", "salute", "scienza", "motori", "italia", "opinioni", "início", "desporto",
    "esportes", "sociedade", "país", "opinião", "ciência", "saúde",
]

# Labels that open a link to another story inside a story's text ("READ MORE: <its headline>",
# "Читайте также: …", "اقرأ أيضا: …"): the line is a link, and the story goes on after it.
RELATED_LINK_LABELS = [
    "read more", "read also", "also read", "see also", "related", "related story", "watch",
    "more", "more on this", "читайте также", "читайте", "смотрите также", "по теме",
    "читать также", "читайте також", "дивіться також", "прочетете още", "вижте още",
    "още по темата", "прочитајте још", "прочитајте и", "pročitajte još", "pročitajte i",
    "pročitajte", "ayrıca okuyun", "bu haberi de okuyun", "ilgili haber", "ayrıca bakınız",
    "həmçinin oxuyun", "oxu", "oxuyun", "əlaqəli xəbər", "اقرأ أيضا", "اقرأ أيضاً",
    "اقرأ ايضا", "طالع أيضا", "شاهد أيضا", "اقرأ المزيد", "اقرأ", "بیشتر بخوانید",
    "بخوانید", "همچنین بخوانید", "مطلب مرتبط", "lesen sie auch", "mehr zum thema",
    "auch interessant", "lesen sie mehr", "siehe auch", "lire aussi", "à lire aussi",
    "voir aussi", "lire également", "lee también", "leer también", "lea también",
    "te puede interesar", "ver también", "leggi anche", "leggi pure", "vedi anche",
    "leia também", "veja também", "leia mais", "czytaj także", "czytaj też", "zobacz także",
    "čtěte také", "přečtěte si také",
]

# Labels that introduce the update time rather than the publication time.
UPDATE_LABELS = [
    "updated", "update", "last updated", "güncelleme", "güncellendi", "yenilənib", "yeniləndi",
    "обновлено", "обновлён", "تحديث", "آخر تحديث", "به‌روزرسانی", "بروزرسانی", "aktualisiert",
    "mis à jour", "actualizado", "zaktualizowano",
]

# Labels that introduce the publication time.
PUBLISHED_LABELS = [
    "published", "posted", "giriş", "yayınlanma", "yayımlanıb", "tarix", "опубликовано",
    "نشر", "نشر في", "تاريخ النشر", "تاریخ انتشار", "انتشار", "date", "veröffentlicht",
    "publié", "publicado", "opublikowano",
]

# Words that introduce a byline.
BYLINE_LABELS = [
    "by", "author", "yazar", "muhabir", "editör", "müəllif", "автор", "текст", "بقلم", "كتب",
    "نویسنده", "von", "par", "por", "autor", "di", "door", "记者", "記者", "撰文",
]
