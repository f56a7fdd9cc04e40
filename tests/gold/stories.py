"""Stories for the cleaning gold set: the text a cleaned article must hold, per language.

Written for this project (fictional events, fictional outlets). Each story has a headline, a
printed date with its ISO value, paragraphs, and optionally a subheading and a list, which the
cleaner must keep.
"""

from __future__ import annotations

STORIES = {
    "az": {
        "title": "Gəncədə yeni su anbarının tikintisinə başlanılıb",
        "printed": "12 Mart 2025 14:20",
        "iso": "2025-03-12T14:20",
        "paragraphs": [
            "Gəncə şəhərinin cənubunda yeni su anbarının tikintisinə başlanılıb, layihə üç il ərzində başa çatdırılmalıdır.",
            "İcra hakimiyyətinin məlumatına görə, anbar şəhərin yüz min sakinini içməli su ilə təmin edəcək və yay aylarında yaranan çatışmazlığı aradan qaldıracaq.",
            "Layihənin dəyəri qırx milyon manat qiymətləndirilir, vəsaitin bir hissəsi beynəlxalq kreditlər hesabına ödəniləcək.",
            "Mütəxəssislər bildirir ki, tikinti zamanı ətraf ərazilərdəki kənd təsərrüfatı sahələrinə ziyan dəyməyəcək.",
        ],
        "subheading": "LAYİHƏNİN MƏRHƏLƏLƏRİ",
        "items": ["torpaq işlərinin aparılması", "bəndin inşası", "boru kəmərlərinin çəkilməsi"],
        "after": "Sakinlər layihənin vaxtında başa çatacağına ümid etdiklərini deyirlər.",
    },
    "tr": {
        "title": "İzmir'de tarihi çarşının restorasyonu tamamlandı",
        "printed": "05.06.2024 09:45",
        "iso": "2024-06-05T09:45",
        "paragraphs": [
            "İzmir'in Kemeraltı bölgesindeki tarihi çarşının iki yıl süren restorasyon çalışmaları tamamlandı.",
            "Belediye yetkilileri, çarşıdaki yüz yirmi dükkânın özgün cephelerine kavuştuğunu ve esnafın yeniden kapılarını açtığını açıkladı.",
            "Restorasyon sırasında bulunan Osmanlı dönemine ait su kanalları, koruma altına alınarak ziyaretçilere açılacak.",
            "Esnaf temsilcileri, çalışmaların turist sayısını artırmasını beklediklerini söyledi.",
        ],
        "subheading": "ÇALIŞMALARDA NELER YAPILDI?",
        "items": ["çatılar yenilendi", "cepheler aslına uygun onarıldı", "altyapı yeraltına alındı"],
        "after": "Çarşının resmi açılışı önümüzdeki hafta yapılacak.",
    },
    "ar": {
        "title": "افتتاح أكبر محطة لتحلية المياه على ساحل البحر الأحمر",
        "printed": "الخميس، 14 نوفمبر 2024",
        "iso": "2024-11-14",
        "paragraphs": [
            "افتتحت السلطات يوم الخميس أكبر محطة لتحلية مياه البحر على ساحل البحر الأحمر، بطاقة إنتاجية تبلغ مليون متر مكعب يومياً.",
            "وقال وزير المياه في كلمة خلال حفل الافتتاح إن المحطة ستغطي احتياجات ثلاث مدن ساحلية، وإنها تعمل جزئياً بالطاقة الشمسية.",
            "وأضاف أن المشروع استغرق أربع سنوات من العمل، وشارك فيه أكثر من ألفي مهندس وعامل.",
            "ويرى خبراء أن المحطة ستخفف الضغط على المياه الجوفية التي تراجع منسوبها في السنوات الأخيرة.",
        ],
        "after": "ومن المقرر افتتاح محطة ثانية مماثلة في العام المقبل.",
    },
    "fa": {
        "title": "آغاز ساخت کتابخانه مرکزی جدید در تبریز",
        "printed": "۱۸ مهر ۱۴۰۳",
        "iso": "2024-10-09",
        "paragraphs": [
            "عملیات ساخت کتابخانه مرکزی جدید تبریز روز چهارشنبه با حضور مسئولان استانی آغاز شد.",
            "به گفته مدیرکل کتابخانه‌های عمومی استان، این کتابخانه گنجایش نیم میلیون جلد کتاب و هزار نفر مراجعه‌کننده در روز را خواهد داشت.",
            "ساختمان کتابخانه در زمینی به مساحت هشت هزار متر مربع ساخته می‌شود و بخشی از آن به نسخه‌های خطی اختصاص می‌یابد.",
            "پیش‌بینی می‌شود ساخت این بنا تا دو سال آینده به پایان برسد.",
        ],
        "after": "شهروندان تبریزی از آغاز این طرح استقبال کرده‌اند.",
    },
    "ru": {
        "title": "В Казани открылся новый мост через Казанку",
        "printed": "21 августа 2023, 16:30",
        "iso": "2023-08-21T16:30",
        "paragraphs": [
            "В Казани в понедельник открылось движение по новому мосту через реку Казанку, строительство которого продолжалось три года.",
            "По словам мэра города, мост длиной восемьсот метров позволит разгрузить центральные улицы и сократит время в пути для жителей северных районов.",
            "На мосту предусмотрены отдельные полосы для общественного транспорта и велосипедные дорожки с обеих сторон.",
            "Общая стоимость проекта составила двенадцать миллиардов рублей.",
        ],
        "subheading": "ЧТО ИЗМЕНИТСЯ ДЛЯ ВОДИТЕЛЕЙ",
        "items": ["две новые развязки", "выделенная полоса для автобусов", "освещение по всей длине"],
        "after": "Движение грузового транспорта по мосту будет ограничено.",
    },
    "en": {
        "title": "Harbour town votes to ban cars from its old quarter",
        "printed": "Tuesday 3 September 2024 18.05 BST",
        "iso": "2024-09-03T18:05",
        "paragraphs": [
            "Residents of a small harbour town have voted by a narrow margin to ban private cars from its medieval quarter from next spring.",
            "The council said that delivery vans would still be allowed in the early morning, and that residents with mobility needs would receive permits.",
            "Shopkeepers were divided: some expect more visitors on foot, while others fear that customers from nearby villages will stay away.",
            "The ban will be reviewed after a trial year, the mayor told reporters outside the town hall.",
        ],
        "subheading": "What happens next",
        "items": ["new parking at the edge of town", "a free shuttle bus", "permits for residents"],
        "after": "The council will publish the final map of the car-free zone in October.",
    },
}
