#!/usr/bin/env python3
"""Writes corpus.tsv, the variant corpus of tests/names/test_corpus.cpp, from the Kazakhstan dataset.

Each person of data/kazakhstan is queried the ways the five source reports (../shared/seeds) and Kazakh and Russian
media write them: the full name, reversed, upper/lower case with stray spaces, the surname alone, initials, a typo,
Cyrillic (Russian and, where it differs, Kazakh spelling), and the spellings the reports themselves use. The expected
answer is the id of the person the query was made from, or "ambiguous:" and the candidate ids when the query is a
surname several people share. Run from the repository root: python3 tests/names/make_corpus.py
"""
import glob
import json
import os

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

# Cyrillic as Russian (and, after a "|", Kazakh) media write the names.
CYRILLIC = {
    "k17.p.sultaniyazova-sagida": ["Сагида Султаниязова"],
    "k17.p.tillyabayeva-arzygul": ["Арзыгуль Тиллябаева"],
    "k17.p.yesergepov-ramazan": ["Рамазан Есергепов"],
    "k17.p.mamay-zhanbolat": ["Жанболат Мамай", "Мамай Жанболат"],
    "k17.p.kushakbayev-nurbek": ["Нурбек Кушакбаев"],
    "k17.p.yeleusinov-amin": ["Амин Елеусинов"],
    "k17.p.kharkova-larisa": ["Лариса Харькова"],
    "k17.p.ablyazov-mukhtar": ["Мухтар Аблязов"],
    "k17.p.bokayev-max": ["Макс Бокаев", "БОКАЕВ Макс"],
    "k17.p.ayan-talgat": ["Талгат Аян", "Талгат Аянов"],
    "k17.p.akhmedov-teymur": ["Теймур Ахмедов"],
    "k17.p.guliyev-asaf": ["Асаф Гулиев"],
    "k17.p.khalabuzar-olesya": ["Олеся Халабузар"],
    "k17.p.zhagiparov-berik": ["Берик Жагипаров"],
    "k18a.p.nazarbayev": ["Нурсултан Назарбаев", "Нұрсұлтан Назарбаев"],
    "k18a.p.abayev-erlan": ["Ерлан Абаев"],
    "k18a.p.tobylova-akmaral": ["Акмарал Тобылова"],
    "k18a.p.tomilova-nataliya": ["Наталья Томилова"],
    "k18a.p.zhanabaeva-sahib": ["Сахиб Жанабаева"],
    "k18a.p.bersalimov-ashat": ["Асхат Берсалимов"],
    "k18a.p.zhumagulov-almat": ["Алмат Жумагулов"],
    "k18a.p.abishev-kenzhebek": ["Кенжебек Абишев"],
    "k18a.p.aitbayeva-sholpan": ["Шолпан Айтбаева"],
    "k18a.p.yerubaeva-lyubov": ["Любовь Ерубаева"],
    "k18a.p.rahimbaeva-kenzhenaish": ["Кенженаиш Рахимбаева"],
    "k18a.p.tsoi-vladlen": ["Владлен Цой"],
    "k18a.p.ashim-ardak": ["Ардак Ашим"],
    "k18c.p.kuramshin-vadim": ["Вадим Курамшин"],
    "k18c.p.atabek-aron": ["Арон Атабек"],
    "k18c.p.azanov-bauyrzhan": ["Бауыржан Азанов"],
    "k18c.p.glushkova-svetlana": ["Светлана Глушкова"],
    "k18c.p.dorokhov-yuri": ["Юрий Дорохов"],
    "k18c.p.protsentov-vitaly": ["Виталий Процентов"],
    "k18c.p.kakimzhanov-zeinulla": ["Зейнулла Какимжанов"],
    "k18c.p.voitsekhovsky-stanislav": ["Станислав Войцеховский"],
    "k18c.p.ospanova-galia": ["Галия Оспанова"],
    "k18c.p.mederov-bekbolat": ["Бекболат Медеров"],
    "k21.p.baltabay-yerlan": ["Ерлан Балтабай"],
    "k21.p.akhmedyarov-lukpan": ["Лукпан Ахмедьяров", "Ахмедьяров Лукпан"],
    "k21.p.bilash-serikzhan": ["Серикжан Билаш", "Серікжан Біләш"],
    "k21.p.reikhert-roman": ["Роман Рейхерт"],
    "k21.p.nurmaganov-askar": ["Аскар Нурмаганов"],
    "k21.p.ashtaev-zhanmurat": ["Жанмурат Аштаев"],
    "k21.p.syzdykov-aidar": ["Айдар Сыздыков"],
    "k21.p.yeseneyev-medet": ["Медет Есенеев"],
    "k21.p.nurmagambetov-dias": ["Диас Нурмагамбетов"],
    "k21.p.kunbolatuly-baybolat": ["Байболат Кунболатулы", "Байболат Құнболатұлы"],
    "k21.p.baitleu-daniyar": ["Данияр Байтлеу"],
    "k23.p.tokayev-kassym-jomart": ["Касым-Жомарт Токаев", "Қасым-Жомарт Тоқаев"],
    "k23.p.tleuzhan-aigerim": ["Айгерим Тлеужан"],
    "k23.p.zhylanbaev-marat": ["Марат Жыланбаев"],
    "k23.p.severny-vladimir": ["Владимир Северный"],
    "k23.p.sutyagin-viktor": ["Виктор Сутягин"],
    "k23.p.sarsenbayuly-rysbek": ["Рысбек Сарсенбайулы", "Рысбек Сәрсенбайұлы"],
    "k23.p.putin": ["Путин"],
}

# Spellings used by the reports or by the issue that are not the dataset's own.
OTHER_SPELLINGS = {
    "k17.p.bokayev-max": ["Maks Bokaev", "Bokayev Max", "M. Bokayev", "Bokaev"],
    "k17.p.mamay-zhanbolat": ["Janbolat Mamai", "Dzhanbolat Mamay", "Zhanbolat Mamai", "Mamay", "Mamai", "Zh. Mamay"],
    "k21.p.bilash-serikzhan": ["Serikjan Bilash", "Bilash Serikjan"],
    "k21.p.reikhert-roman": ["Roman Reichert", "Roman Rejkhert"],
    "k21.p.akhmedyarov-lukpan": ["Akmedyarov", "Lukpan Akhmed'yarov", "Lukpan Ahmedyarov"],
    "k17.p.ayan-talgat": ["Talgat Ayanov", "Ayanov"],
    "k18a.p.nazarbayev": ["Nazarbaev", "President Nazarbayev", "Nursultan Abishuly Nazarbayev"],
    "k18a.p.rahimbaeva-kenzhenaish": ["Kenzhenaish Rakhimbayeva"],
    "k17.p.guliyev-asaf": ["Asaf Guliev"],
    "k18a.p.tsoi-vladlen": ["Vladlen Tsoy"],
    "k18c.p.dorokhov-yuri": ["Yuriy Dorokhov", "Yurii Dorokhov"],
    "k18a.p.sinyavsky-dimitry": ["Dmitry Sinyavsky", "Dmitriy Sinyavskiy"],
    "k18c.p.nurzhaubai-aset": ["Asset Nurzhaubay"],
    "k23.p.tokayev-kassym-jomart": ["Kassym-Zhomart Tokayev", "Tokayev"],
    "k23.p.sarsenbayuly-rysbek": ["Rysbek Sarsenbay uly"],
}


def persons():
    seen, out = {}, []
    for f in sorted(glob.glob(os.path.join(ROOT, "data/kazakhstan/*.json"))):
        for e in json.load(open(f, encoding="utf-8")).get("entities", []):
            if e["type"] != "person":
                continue
            keys = [e["name"].lower()] + [a.lower() for a in e.get("aliases", [])]
            target = next((seen[k] for k in keys if k in seen), None)
            if target is None:
                target = e["id"]
                out.append((e["id"], e["name"]))
            for k in keys:
                seen[k] = target
    return out


def typo(word):
    """Swaps two neighbouring letters in the middle of a long word (one Damerau-Levenshtein edit)."""
    if len(word) < 8:
        return None
    i = len(word) // 2
    if word[i] == word[i + 1]:
        i -= 1
    return word[:i] + word[i + 1] + word[i] + word[i + 2:]


def main():
    people = persons()
    by_surname = {}
    for pid, name in people:
        by_surname.setdefault(name.split()[-1].lower(), []).append(pid)
    rows = []

    def add(query, pid, kind):
        if all(r[0] != query for r in rows):
            rows.append((query, pid, kind))

    for pid, name in people:
        parts = name.split()
        surname = parts[-1]
        shared = by_surname[surname.lower()]
        add(name, pid, "exact")
        if len(parts) >= 2:
            add(" ".join(reversed(parts)), pid, "reversed")
            add("  " + name.upper().replace(" ", "   ") + " ", pid, "case and spacing")
            add(parts[0][0] + ". " + surname, pid, "initials")
            add(surname, "ambiguous:" + ",".join(sorted(shared)) if len(shared) > 1 else pid, "surname only")
            t = typo(surname)
            if t:
                add(parts[0] + " " + t, pid, "typo")
        for c in CYRILLIC.get(pid, []):
            add(c, pid, "Cyrillic")
        for s in OTHER_SPELLINGS.get(pid, []):
            add(s, pid, "report spelling")
    with open(os.path.join(ROOT, "tests/names/corpus.tsv"), "w", encoding="utf-8") as out:
        out.write("# query\texpected id, or ambiguous:ID,ID\tkind (generated by make_corpus.py)\n")
        for q, e, k in rows:
            out.write(f"{q}\t{e}\t{k}\n")
    print(len(rows), "queries")


if __name__ == "__main__":
    main()
