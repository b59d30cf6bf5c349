#!/usr/bin/env python3
"""Re-curation of data/kazakhstan onto dataset format version 2 (issue 11).

Reads the version-1 files from git (commit V1 below), applies the mechanical migration and the curator's
per-record decisions (all written out in this file, so every change can be reviewed and re-run), and writes the
version-2 files into data/kazakhstan/. Run from the repository root:

    python3 data/tools/kazakhstan_v2.py            # rewrite the five files
    python3 data/tools/kazakhstan_v2.py --check    # only the checks (near-duplicates, own words)

The rule for ranking an action is in docs/datasets/kazakhstan.md ("How we rank an action").
"""
import collections
import glob
import json
import re
import subprocess
import sys

from kazakhstan_records import fold, when

V1 = "bbbd8f4"
FILES = ["10-kz-2017-spring.json", "20-kz-2018-q1.json", "30-kz-2018-q3.json", "40-kz-2021-q1.json",
         "50-kz-2023-spring.json"]
DIR = "data/kazakhstan/"
SEEDS = "/work/shared/seeds/"

ACTIONS = {"detained", "fined", "warned", "questioned", "searched", "charged", "sentenced", "restricted", "attacked",
           "released", "acquitted", "case_closed", "tried", "appealed", "imprisoned", "banned"}

# ---------------------------------------------------------------- attribute vocabulary (docs/dataset-format.md)
ENTITY_ATTRS = {
    "person": {"role", "city", "region", "country", "citizenship", "gender", "birth_year", "ethnicity"},
    "organisation": {"kind", "city", "country"},
    "movement": {"kind", "city", "country"},
    "media": {"kind", "city", "country"},
    "company": {"kind", "city", "country"},
    "court": {"level", "city", "region"},
    "authority": {"kind", "city", "region"},
    "event": {"kind", "city"},
    "prosecution": {"charge", "city", "region", "in_absentia", "term_months", "suspended", "probation_months",
                    "fine_amount", "currency", "activity_ban_months", "facility", "sentence"},
    "unidentified": {"city", "count"},
}
SENTENCE_TERMS = {"term_months", "suspended", "probation_months", "fine_amount", "currency", "activity_ban_months",
                  "facility", "sentence"}
ACTION_ATTRS = SENTENCE_TERMS | {"appeal_outcome", "duration_days", "location", "reason"}
ROLE_ATTRS = {"role"}
TERM_ATTRS = SENTENCE_TERMS
# version-1 attributes whose fact is now a dated action (tried, appealed, imprisoned, released)
MOVED_TO_ACTIONS = {"trial_began", "trial_started", "trial_date", "appeal_decided", "appeal_outcome",
                    "sentence_changed", "decided_before"}


def load_v1(name):
    return json.loads(subprocess.check_output(["git", "show", f"{V1}:{DIR}{name}"]))


def say(value):
    if value is True:
        return "yes"
    if value is False:
        return "no"
    return str(value)


def append_note(obj, text, value=None):
    ev = obj["evidence"][0]
    if value is not None and set(re.findall(r"\w+", str(value).lower())) <= set(
            re.findall(r"\w+", ev.get("note", "").lower())):
        return  # the note says it already
    ev["note"] = (ev.get("note", "").rstrip(". ") + "; " + text) if ev.get("note") else text


def attribute_to_note(obj, k):
    """Moves attribute k of obj into its evidence note, as "k: value"."""
    v = obj["attributes"].pop(k)
    append_note(obj, f"{k.replace('_', ' ')}: {say(v)}", v)


def drop_empty_attributes(obj):
    if "attributes" in obj and not obj["attributes"]:
        del obj["attributes"]


# ---------------------------------------------------------------- helpers on the loaded files
class Data:
    def __init__(self):
        self.files = {n: load_v1(n) for n in FILES}
        self.reindex()

    def reindex(self):
        self.canon = {}
        seen = {}
        for n in FILES:
            for e in self.files[n].get("entities", []):
                keys = [(e["type"], fold(x)) for x in [e["name"]] + e.get("aliases", [])]
                first = next((seen[k] for k in keys if k in seen), e["id"])
                self.canon[e["id"]] = first
                for k in keys:
                    seen.setdefault(k, first)
        self.ent = {e["id"]: e for n in FILES for e in self.files[n].get("entities", [])}

    def c(self, ref):
        return self.canon.get(ref, ref)

    def rels(self, name):
        return self.files[name]["relations"]

    def find(self, name, source, rtype, target, date=..., many=False):
        out = [r for r in self.rels(name) if r["source"] == source and r["type"] == rtype and r["target"] == target
               and (date is ... or when(r) == date)]
        if many:
            return out
        if len(out) != 1:
            raise SystemExit(f"find {name} {source} {rtype} {target} {date}: {len(out)} matches")
        return out[0]

    def entity(self, eid):
        return self.ent[eid]


def set_date(r, date):
    r.pop("date", None)
    r.pop("start", None)
    r.pop("end", None)
    if date:
        r["date"] = date


def ev(source, para, note):
    return {"source": source, "locator": f"para {para}", "note": note}


SRC = {"10-kz-2017-spring.json": "kz-2017-spring", "20-kz-2018-q1.json": "kz-2018-q1",
       "30-kz-2018-q3.json": "kz-2018-q3", "40-kz-2021-q1.json": "kz-2021-q1",
       "50-kz-2023-spring.json": "kz-2023-spring"}
F17, F18A, F18C, F21, F23 = FILES


def drop(d, name, r, into=None, why=""):
    """Removes relation r; its evidence is appended to `into` (the relation that now states the fact)."""
    d.rels(name).remove(r)
    if into is not None:
        for e in r["evidence"]:
            e = dict(e)
            if why:
                e["note"] = why
            if e not in into["evidence"]:
                into["evidence"].append(e)


def rel(name, source, rtype, target, date, severity, evidence, attributes=None, prosecution=None, rid=None):
    r = {}
    if rid:
        r["id"] = rid
    r.update({"source": source, "target": target, "type": rtype})
    if date:
        r["date"] = date
    if severity:
        r["severity"] = severity
    if prosecution:
        r["prosecution"] = prosecution
    if attributes:
        r["attributes"] = attributes
    r["evidence"] = evidence
    return r


# ---------------------------------------------------------------- the curator's decisions, report by report
def curate(d):
    # ---- kz-2017-spring
    # Police the report places in Almaty (the protest outside Almaty City Court, para 15; Khalabuzar, head of an
    # Almaty NGO, searched at home and at the office and told not to leave Almaty, para 39) are Almaty's police.
    d.files[F17]["entities"].append({
        "id": "k17.auth.almaty-police", "type": "authority", "name": "Almaty police", "aliases": ["police in Almaty"],
        "attributes": {"kind": "police", "city": "Almaty"},
        "evidence": [ev("kz-2017-spring", 15, "police detained two of the Almaty City Court protesters and took "
                        "them to court"),
                     ev("kz-2017-spring", 39, "police investigating the Almaty NGO head summoned and searched her")]})
    for n in ("k17.case.sultaniyazova-2017", "k17.case.tillyabayeva-2017", "k17.case.khalabuzar-discord-2017"):
        d.entity(n)["prosecution"]["brought_by"] = ["k17.auth.almaty-police"]
    for r in d.rels(F17):
        if r["source"] == "k17.auth.police":
            r["source"] = "k17.auth.almaty-police"
    for who, p in (("sultaniyazova-sagida", "sultaniyazova-2017"), ("tillyabayeva-arzygul", "tillyabayeva-2017")):
        r = d.find(F17, "k17.auth.almaty-police", "detained", f"k17.p.{who}")
        r["severity"] = "questioning"  # held and brought to court the same day (para 15); the city is not stated
        r["prosecution"] = f"k17.case.{p}"
    # Khalabuzar: briefly held over WhatsApp plans, no court decision (para 39).
    r = d.find(F17, "k17.auth.almaty-police", "detained", "k17.p.khalabuzar-olesya")
    r["severity"] = "questioning"
    r.pop("attributes", None)
    # Khalabuzar: the travel ban belongs to the discord case; the search to the association case.
    r = d.find(F17, "k17.auth.almaty-police", "charged", "k17.p.khalabuzar-olesya")
    r["prosecution"] = "k17.case.khalabuzar-discord-2017"
    r = d.find(F17, "k17.auth.almaty-police", "searched", "k17.p.khalabuzar-olesya")
    r["prosecution"] = "k17.case.khalabuzar-association"
    # Seytkazy Matayev: the amnesty shortened his term, it did not release him (para 31).
    r = d.find(F17, "k17.auth.interior", "released", "k17.p.matayev-seytkazy")
    r["source"] = "k17.case.matayev-seytkazy"
    r["attributes"] = {"term_months": 32}
    # Yesergepov 2009 case: a sentence in 2009, served until 2012 (para 16).
    r = d.find(F17, "k17.case.yesergepov-2009", "sentenced", "k17.p.yesergepov-ramazan")
    set_date(r, "2009")
    # Bokayev and Ayan: the Supreme Court declined to consider the appeal on 14 April 2017 (para 35).
    hb = d.find(F17, "k17.case.bokayev-ayan-2016", "heard_by", "k17.court.supreme")
    set_date(hb, None)
    hb.pop("attributes", None)
    for who in ("bokayev-max", "ayan-talgat"):
        d.rels(F17).append(rel(F17, "k17.court.supreme", "appealed", f"k17.p.{who}", "2017-04-14", "appeal",
                               [ev("kz-2017-spring", 35, "the Supreme Court refused to review the 2016 conviction, "
                                   "which therefore stands")],
                               {"appeal_outcome": "upheld"}, "k17.case.bokayev-ayan-2016"))
    # Trials that opened: Ablyazov in absentia (para 30), Zhagiparov (para 42).
    d.rels(F17).append(rel(F17, "k17.case.ablyazov-absentia", "tried", "k17.p.ablyazov-mukhtar", "2017-04", "trial",
                           [ev("kz-2017-spring", 30, "his trial in absentia opened in April 2017")]))
    d.rels(F17).append(rel(F17, "k17.case.zhagiparov-defamation", "tried", "k17.p.zhagiparov-berik", "2017-05",
                           "trial", [ev("kz-2017-spring", 42, "the defamation trial began in May 2017")]))

    # CITUK: closed down by a decision the report dates only as before the January 2017 hunger strike (para 25).
    d.rels(F17).append(rel(F17, "k17.case.cituk-closure", "banned", "k17.tu.cituk", None, None,
                           [ev("kz-2017-spring", 25, "the confederation was closed down before the January 2017 "
                               "hunger strike; the report does not say by whom")], prosecution="k17.case.cituk-closure"))
    d.rels(F17)[-1].pop("date", None)
    d.rels(F17)[-1]["end"] = "2017-01"

    # ---- kz-2018-q1
    # Tobylova: held at home on 13 March as a suspect until the court chose house arrest (para 16): one charge row.
    det = d.find(F18A, "k18a.case.tobylova-2018", "detained", "k18a.p.tobylova-akmaral")
    chg = d.find(F18A, "k18a.case.tobylova-2018", "charged", "k18a.p.tobylova-akmaral")
    drop(d, F18A, det, chg, "held at her Almaty home on 13 March as a suspect in the financing case")
    r = d.find(F18A, "k18a.case.tobylova-2018", "restricted", "k18a.p.tobylova-akmaral")
    r["attributes"] = {"term_months": 2}
    # Akorda protesters: held by Astana police, then fined by a court (para 29): the police step is questioning.
    for who in ("aitbayeva-sholpan", "yerubaeva-lyubov", "rahimbaeva-kenzhenaish", "tsoi-vladlen"):
        r = d.find(F18A, "k18a.auth.astana-police", "detained", f"k18a.p.{who}")
        r["severity"] = "questioning"
        r.pop("attributes", None)
    for who in ("yerubaeva-lyubov", "rahimbaeva-kenzhenaish", "tsoi-vladlen"):
        r = d.find(F18A, "k18a.case.akorda-protesters-2018", "fined", f"k18a.p.{who}")
        set_date(r, "2018-02-14/")
        r["attributes"] = {"reason": "minor hooliganism"}
        r["prosecution"] = "k18a.case.akorda-protesters-2018"
    # Ashim: searched, held, questioned at the regional interior department and released the same day (para 35).
    det = d.find(F18A, "k18a.auth.shymkent-police", "detained", "k18a.p.ashim-ardak")
    det["severity"] = "questioning"
    det["prosecution"] = "k18a.case.ashim-2018"
    det["attributes"] = {"location": "regional department of the Ministry of Interior, Shymkent"}
    drop(d, F18A, d.find(F18A, "k18a.auth.mvd", "questioned", "k18a.p.ashim-ardak"), det,
         "questioned at the Interior Ministry's regional department")
    drop(d, F18A, d.find(F18A, "k18a.auth.mvd", "released", "k18a.p.ashim-ardak"), det,
         "let go after the questioning the same day")
    r = d.find(F18A, "k18a.auth.shymkent-police", "searched", "k18a.p.ashim-ardak")
    r["prosecution"] = "k18a.case.ashim-2018"
    r.pop("attributes", None)
    # Zhanabaeva: one assault by police officers together with akimat staff (para 26); the police are the actor.
    keep = d.find(F18A, "k18a.auth.almaty-police", "attacked", "k18a.p.zhanabaeva-sahib")
    drop(d, F18A, d.find(F18A, "k18a.auth.almaty-akimat", "attacked", "k18a.p.zhanabaeva-sahib"), keep,
         "staff of the mayor's office took part in grabbing and dragging her")
    keep["attributes"] = {"location": "spectator stand, Nowruz celebrations, Almaty"}
    # Fonova: warned at home by a police officer over the planned Almaty march (para 27): Almaty police.
    r = d.find(F18A, "k18a.auth.police", "warned", "k18a.p.fonova-veronica")
    r["source"] = "k18a.auth.almaty-police"
    r["attributes"] = {"reason": "planned KazFem march of 8 March 2018"}
    # Bokayev: moved to a stricter regime in the Petropavl colony (para 34): an imprisonment-side action.
    r = d.find(F18A, "k18a.auth.petropavl-colony", "restricted", "k18a.p.bokayev-max")
    r["type"] = "imprisoned"
    r["severity"] = "imprisonment"
    r["attributes"] = {"term_months": 6, "reason": "refused outdoor gymnastics in severe frost"}
    r["prosecution"] = "k17.case.bokayev-ayan-2016"
    # AMT v Tomilova and Sinyavsky: the trial opened in mid-February 2018 (para 22).
    for who in ("tomilova-nataliya", "sinyavsky-dimitry"):
        d.rels(F18A).append(rel(F18A, "k18a.case.amt-v-tomilova-sinyavsky", "tried", f"k18a.p.{who}", "2018-02",
                                "trial", [ev("kz-2018-q1", 22, "hearings in the company's lawsuit began in "
                                             "mid-February 2018")]))
    # Zhumagulov and Abishev: already in pre-trial detention by 16 February 2018 (para 28).

    # ---- kz-2018-q3
    # Semenova, 20 July: held and questioned for several hours (para 31): one row, questioning.
    det = d.find(F18C, "k18c.auth.police-unspecified", "detained", "k18c.p.semenova-elena")
    det["severity"] = "questioning"
    det.pop("attributes", None)
    drop(d, F18C, d.find(F18C, "k18c.auth.police-unspecified", "questioned", "k18c.p.semenova-elena"), det,
         "questioned during the same hours")
    r = d.find(F18C, "k18c.auth.pavlodar-police", "detained", "k18c.p.semenova-elena")
    r["severity"] = "questioning"
    r["prosecution"] = "k18c.case.semenova-demonstration"
    r.pop("attributes", None)
    r = d.find(F18C, "k18c.case.semenova-demonstration", "case_closed", "k18c.p.semenova-elena")
    r["date"] = "2018-09"
    r = d.find(F18C, "k18c.auth.kz-authorities", "searched", "k18c.p.semenova-elena")
    r["prosecution"] = "k18c.case.semenova-274"
    r.pop("attributes", None)
    # Mederov: the police who forged the evidence acted in his Taldykorgan case (para 34).
    d.files[F18C]["entities"].append({
        "id": "k18c.auth.taldykorgan-police", "type": "authority", "name": "Taldykorgan police",
        "aliases": ["police in Taldykorgan"], "attributes": {"kind": "police", "city": "Taldykorgan"},
        "evidence": [ev("kz-2018-q3", 34, "the police in the Taldykorgan picket case were found to have forged "
                        "evidence")]})
    d.entity("k18c.case.mederov")["prosecution"]["brought_by"] = ["k18c.auth.taldykorgan-police"]
    r = [x for x in d.rels(F18C) if x.get("id") == "k18c.rel.raikhanov-works-for-police"][0]
    r["target"] = "k18c.auth.taldykorgan-police"
    # Glushkova, Kumarbekov, Ospanova, Prado, Ismetova: police detentions without a court's arrest order.
    for src, who in (("k18c.auth.astana-police", "glushkova-svetlana"), ("k18c.auth.almaty-police", "kumarbekov-baklan"),
                     ("k18c.auth.almaty-police", "ospanova-galia"), ("k18c.auth.kz-authorities", "prado-vincent"),
                     ("k18c.auth.kz-authorities", "ismetova-danara")):
        r = d.find(F18C, src, "detained", f"k18c.p.{who}")
        r["severity"] = "questioning"
        r.pop("attributes", None)
    # Prado: fined and banned from filming in Mangystau in one decision (para 25).
    fine = d.find(F18C, "k18c.case.prado", "fined", "k18c.p.prado-vincent")
    fine["attributes"] = {"fine_amount": 60000, "currency": "KZT"}
    r = d.find(F18C, "k18c.case.prado", "restricted", "k18c.p.prado-vincent")
    r["attributes"] = {"location": "Mangystau Region", "reason": "ban on filming, photographing and recording"}
    # Gorokhovsky: police stopping the training is not a restriction of the trainer (para 24).
    drop(d, F18C, d.find(F18C, "k18c.auth.police-unspecified", "restricted", "k18c.p.gorokhovsky-aleksandr"))
    r = d.find(F18C, "k18c.case.gorokhovsky", "fined", "k18c.p.gorokhovsky-aleksandr")
    r["attributes"] = {"fine_amount": 42087, "currency": "KZT", "reason": "labour code violation"}
    r["date"] = "2018-09"
    # Atabek: two restrictions of 2018 (para 13): visits blocked in August, mail withheld for most of the year.
    r = d.find(F18C, "k18c.auth.kz-authorities", "restricted", "k18c.p.atabek-aron", "2018")
    set_date(r, None)
    r["start"], r["end"] = "2018-01", "2018-07"
    r["attributes"] = {"reason": "letters to and from prison withheld"}
    r = d.find(F18C, "k18c.auth.kz-authorities", "restricted", "k18c.p.atabek-aron", "2018-08")
    r["attributes"] = {"reason": "visits by MEPs and defenders blocked"}
    r = d.find(F18C, "k18c.case.atabek", "sentenced", "k18c.p.atabek-aron")
    set_date(r, "2006")
    # Ulasik: the 10 September review eased her forced treatment (para 22): an appeal-like review, not a new sentence.
    r = d.find(F18C, "k18c.court.zhezkazgan-city", "sentenced", "k18c.p.ulasik-nataliya")
    r["type"] = "appealed"
    r["severity"] = "appeal"
    r["prosecution"] = "k18c.case.ulasik"
    r["attributes"] = {"appeal_outcome": "reduced", "facility": "psychiatric institution"}
    hb = d.find(F18C, "k18c.case.ulasik", "heard_by", "k18c.court.zhezkazgan-city")
    set_date(hb, None)
    r = d.find(F18C, "k18c.case.ulasik", "sentenced", "k18c.p.ulasik-nataliya")
    set_date(r, None)
    r["start"] = "2016"
    r["type"] = "imprisoned"
    r["attributes"] = {"facility": "psychiatric institution", "reason": "forced psychiatric treatment"}
    # Khalelova: probation with bans, one verdict (para 27).
    # Mukhammedov: surveillance by Shymkent police is a restriction (para 35); May 2018 detention is court-ordered.
    r = d.find(F18C, "k18c.auth.shymkent-police", "restricted", "k18c.p.mukhammedov-murzhan")
    r["date"] = "2018-05/2018-07-10"
    r.pop("date")
    r["start"], r["end"] = "2018-05", "2018-07-10"
    r["attributes"] = {"reason": "police surveillance"}
    # Dorokhov: the search is part of the Ratel/Forbes investigation (para 18).
    r = d.find(F18C, "k18c.auth.police-unspecified", "searched", "k18c.p.dorokhov-yuri")
    r["prosecution"] = "k18c.case.ratel-forbes-investigation"
    set_date(r, None)
    r["end"] = "2018-07-12"
    # Kuramshin: arrested in 2012, paroled on 17 August 2018 (para 12).
    r = d.find(F18C, "k18c.case.kuramshin", "released", "k18c.p.kuramshin-vadim")
    r["severity"] = "parole"

    # ---- kz-2021-q1
    # The Street Party's ban: a court decision, neither court nor date given (para 12): an undated ban.
    d.files[F21]["entities"].append({
        "id": "k21.case.street-party-ban", "type": "prosecution", "name": "Ban of the Street Party as extremist",
        "prosecution": {"kind": "ban", "outcome": "banned"},
        "evidence": [ev("kz-2021-q1", 12, "a court decision banned the Street Party as extremist; the report gives "
                        "neither the court nor the date")]})
    d.rels(F21).append(rel(F21, "k21.case.street-party-ban", "concerns", "k21.mov.street-party", None, None,
                           [ev("kz-2021-q1", 12, "the ban is about the Street Party")]))
    d.rels(F21).append(rel(F21, "k21.case.street-party-ban", "banned", "k21.mov.street-party", None, None,
                           [ev("kz-2021-q1", 12, "banned as extremist by a court, undated in the report")],
                           prosecution="k21.case.street-party-ban"))
    # Bilash 2019: detained on the charges in March 2019, then house arrest (8) for over five months (para 17).
    chg = d.find(F21, "k21.case.bilash-2019", "charged", "k21.p.bilash-serikzhan")
    drop(d, F21, d.find(F21, "k21.case.bilash-2019", "detained", "k21.p.bilash-serikzhan"), chg,
         "detained on the incitement charges in March 2019, before the house arrest")
    r = d.find(F21, "k21.case.bilash-2019", "restricted", "k21.p.bilash-serikzhan", "2019")
    r["attributes"] = {"term_months": 5, "location": "the capital"}
    sent = d.find(F21, "k21.case.bilash-2019", "fined", "k21.p.bilash-serikzhan")
    sent["type"] = "sentenced"
    sent["severity"] = "fine"  # "eventually": after the house arrest; the report gives no date, so undated
    sent["attributes"] = {"activity_ban_months": 84}
    ban = d.find(F21, "k21.case.bilash-2019", "restricted", "k21.p.bilash-serikzhan", None)
    drop(d, F21, ban, sent, "the verdict also barred him from leading public organisations for seven years")
    # Baltabay 2019: a prison term turned into a fine (para 14): the sentence that stands is the fine.
    sent = d.find(F21, "k21.case.baltabay-2019", "sentenced", "k21.p.baltabay-yerlan")
    sent["severity"] = "fine"
    sent["attributes"] = {"sentence": "prison term converted to a fine"}
    drop(d, F21, d.find(F21, "k21.case.baltabay-2019", "fined", "k21.p.baltabay-yerlan"), sent,
         "the prison term was replaced by a fine")
    # Reikhert: held by police on 22 March 2021, no court decision reported (para 21).
    r = d.find(F21, "k21.auth.police", "detained", "k21.p.reikhert-roman")
    r["severity"] = "questioning"
    r["attributes"] = {"location": "Aktobe region", "reason": "head injury during the detention"}
    r = d.find(F21, "k21.case.reikhert-2020", "sentenced", "k21.p.reikhert-roman")
    r["attributes"] = {"suspended": True}
    # Nurmaganov: pre-trial custody of more than six months before 22 February 2021 (para 22).
    r = d.find(F21, "k21.case.nurmaganov-2021", "detained", "k21.p.nurmaganov-askar")
    set_date(r, None)
    r["end"] = "2021-02-22"
    # Ashtaev, Abildaev, Fayzullaev: trial opened at the Karatau District Court on 26 February 2021 (para 23).
    for who in ("ashtaev-zhanmurat", "abildaev-nurzhan", "fayzullaev-erlan"):
        d.rels(F21).append(rel(F21, "k21.court.shymkent-karatau", "tried", f"k21.p.{who}", "2021-02-26", "trial",
                               [ev("kz-2021-q1", 23, "first hearing of the three activists' extremism case")],
                               prosecution="k21.case.ashtaev-abildaev-fayzullaev-2021"))
    # Kanaliev: house arrest (8) from November 2020, changed by a court to pre-trial detention on 23 February 2021.
    # Korbakov: search on 18 November 2020 and custody after it (para 29).
    r = d.find(F21, "k21.case.korbakov-2020", "detained", "k21.p.korbakov-merey")
    set_date(r, None)
    r["start"] = "2020-11-18"
    # Yeseneyev: restricted freedom in January 2020, turned into imprisonment on 4 September 2020 (para 30).
    r = d.find(F21, "k21.case.yeseneyev-2020", "sentenced", "k21.p.yeseneyev-medet", "2020-09-04")
    r["type"] = "imprisoned"
    r["attributes"] = {"reason": "alleged breach of the restricted-freedom terms"}
    r = d.find(F21, "k21.case.yeseneyev-2020", "sentenced", "k21.p.yeseneyev-medet", "2020-01")
    r["attributes"] = {"term_months": 12}
    # Syzdykov: in pre-trial detention since 21 March 2021 (para 31).
    # Kunbolatuly: police detention near the consulate (no arrest order), court warning, then 10 days (para 38).
    r = d.find(F21, "k21.auth.almaty-police", "detained", "k21.p.kunbolatuly-baybolat")
    r["severity"] = "questioning"
    r["attributes"] = {"location": "near the Chinese Consulate, Almaty"}
    r["end"] = "2021-02-01"
    r = d.find(F21, "k21.court.almaty-administrative", "warned", "k21.p.kunbolatuly-baybolat")
    r["prosecution"] = "k21.case.kunbolatuly-warning-2021"
    # Bokayev 2016: held in 2016 (para 39); the court, fine and ban are one verdict.
    # Bokayev 2021: supervision requested by the penitentiary department before release, decided by the Atyrau
    # court; a second supervision order on 18 February requested by the city police; appeal rejected 16 March.
    r = d.find(F21, "k21.case.bokayev-supervision-prerelease", "restricted", "k21.p.bokayev-max")
    set_date(r, None)
    r["start"], r["end"] = "2020", "2021-02-04"
    r["evidence"][0]["note"] += "; the report says only that it came before his release, and tells it as recent " \
        "news, so we bound it from 2020"
    r["attributes"] = {"term_months": 36, "reason": "administrative supervision"}
    r = d.find(F21, "k21.court.atyrau-2nd-city", "restricted", "k21.p.bokayev-max", "2021-02-18")
    r["attributes"] = {"term_months": 36, "reason": "administrative supervision: curfew, no leaving Atyrau, no public "
                       "comment, police reporting"}
    r["prosecution"] = "k21.case.bokayev-supervision-2021"
    r = d.find(F21, "k21.auth.atyrau-penitentiary", "warned", "k21.p.bokayev-max")
    r["attributes"] = {"reason": "gave an interview after his release"}
    r["prosecution"] = "k21.case.bokayev-supervision-prerelease"
    d.rels(F21).append(rel(F21, "k21.court.atyrau-oblast-appeals", "appealed", "k21.p.bokayev-max", "2021-03-16",
                           "appeal", [ev("kz-2021-q1", 39, "the regional appeal court turned down his complaint "
                                         "against the supervision terms")],
                           {"appeal_outcome": "upheld"}, "k21.case.bokayev-supervision-2021"))
    # Bokayev, 28 February 2021: police tried to kettle his Atyrau demonstration, which was called off (para 35).
    # That is a fact about the event, not a restriction imposed on him.
    r = [x for x in d.rels(F21) if x.get("id") == "k21.rel.atyrau-police-restricted-bokayev-2021-02-28"][0]
    drop(d, F21, r)
    # Akhmedyarov: taken to the police station for questioning for over three hours (para 49).
    det = d.find(F21, "k21.auth.police", "detained", "k21.p.akhmedyarov-lukpan")
    det["severity"] = "questioning"
    det["prosecution"] = "k21.case.akhmedyarov-2021"
    det["attributes"] = {"reason": "questioning in the disclosure case"}
    drop(d, F21, d.find(F21, "k21.auth.police", "questioned", "k21.p.akhmedyarov-lukpan"), det,
         "kept over three hours at the station for questioning")
    # Akberdy: trial on 17 February 2021 (para 50).
    r = d.find(F21, "k21.case.akberdy-2021", "fined", "k21.p.akberdy-aigul")
    r["attributes"] = {"fine_amount": 525060, "currency": "KZT"}
    d.rels(F21).append(rel(F21, "k21.case.akberdy-2021", "tried", "k21.p.akberdy-aigul", "2021-02-17", "trial",
                           [ev("kz-2021-q1", 50, "her libel case was heard on 17 February 2021")]))
    # Agadil: died in police custody in early 2020 (para 46); the report gives no measure, so the row is unranked.

    # ---- kz-2023-spring
    # Mamai: appeal upheld on 29 June 2023 (para 47).
    d.rels(F23).append(rel(F23, "k23.case.mamai-2023", "appealed", "k23.p.mamai-zhanbolat", "2023-06-29", "appeal",
                           [ev("kz-2023-spring", 47, "his suspended sentence was left unchanged on appeal")],
                           {"appeal_outcome": "upheld"}))
    # Kaziev: appeal upheld, date not given (para 50).
    d.rels(F23).append(rel(F23, "k23.case.kaziev-2023", "appealed", "k23.p.kaziev-erkin", None, "appeal",
                           [ev("kz-2023-spring", 50, "the appeal left his two-year term unchanged")],
                           {"appeal_outcome": "upheld"}))
    # Kaziev, January 2022: stopped and held by officers in Kaskelen, with force (para 50).
    r = d.find(F23, "k23.unid.kaskelen-officers", "detained", "k23.p.kaziev-erkin")
    r["severity"] = "questioning"
    r.pop("attributes", None)
    # Tleuzhan and Nurpeisov: trial opened on 30 March 2023 (para 33).
    for who in ("tleuzhan-aigerim", "nurpeisov-kalas"):
        d.rels(F23).append(rel(F23, "k23.case.tleuzhan-nurpeisov-2023", "tried", f"k23.p.{who}", "2023-03-30",
                               "trial", [ev("kz-2023-spring", 33, "the airport case came to trial on 30 March 2023")]))
    # Ermolcheva: police held her at her picket on 25 March; the court's 15 days came on 7 May (para 38).
    r = d.find(F23, "k23.auth.almaty-police", "detained", "k23.p.ermolcheva-vlada")
    r["severity"] = "questioning"
    r["prosecution"] = "k23.case.ermolcheva-2023"
    r["attributes"] = {"reason": "solo picket about the elections"}
    # Zhylanbaev: pre-trial detention approved by a local court on 23 May; search by police (para 56).
    r = d.find(F23, "k23.case.zhylanbaev-405-2023", "detained", "k23.p.zhylanbaev-marat")
    r["attributes"] = {"term_months": 2}
    r = d.find(F23, "k23.case.zhylanbaev-405-2023", "searched", "k23.p.zhylanbaev-marat")
    r["attributes"] = {"location": "his home"}
    # Severny and Severnya: arrested by Almaty police on 20 April 2023; he stays in pre-trial custody (10), she is
    # held until the court puts her under house arrest (8) (para 70).
    chg = d.find(F23, "k23.case.severny-2023", "charged", "k23.p.severnya-nargiz")
    chg["date"] = "2023-04-20"
    drop(d, F23, d.find(F23, "k23.auth.almaty-police", "detained", "k23.p.severnya-nargiz"), chg,
         "arrested by Almaty police on 20 April 2023 on the extortion charge")
    chg["source"] = "k23.auth.almaty-police"
    chg["prosecution"] = "k23.case.severny-2023"
    r = d.find(F23, "k23.case.severny-2023", "restricted", "k23.p.severnya-nargiz")
    r["date"] = "2023-04"
    r = d.find(F23, "k23.auth.almaty-police", "detained", "k23.p.severny-vladimir")
    r["prosecution"] = "k23.case.severny-2023"
    r = d.find(F23, "k23.case.severny-2023", "charged", "k23.p.severny-vladimir")
    r["date"] = "2023-04-20"
    r["source"] = "k23.auth.almaty-police"
    r["prosecution"] = "k23.case.severny-2023"
    # Ashtaev: the Supreme Court quashed the 2022 riots conviction and freed him on 14 March 2023 (para 52).
    for t in ("acquitted", "released"):
        r = d.find(F23, "k23.court.supreme", t, "k23.p.ashtaev-zhanmurat")
        r["prosecution"] = "k23.case.shymkent-riots-2022"
    hb = d.find(F23, "k23.case.shymkent-riots-2022", "heard_by", "k23.court.supreme")
    hb.pop("attributes", None)
    # Rysbek Sarsenbayuly: fined almost EUR 700 (para 61).
    r = d.find(F23, "k23.case.pa-489-2023", "fined", "k23.p.sarsenbayuly-rysbek")
    r["attributes"] = {"fine_amount": 700, "currency": "EUR", "reason": "unregistered association"}


# ---------------------------------------------------------------- mechanical migration
PROSECUTION_ACTORS = {"sentenced", "acquitted", "tried", "appealed"}
SENTENCE_PARTS = {"fined", "restricted"}
NUM = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "ten": 10, "twelve": 12,
       "fifteen": 15, "twenty": 20, "one and a half": 1.5}


def number(s):
    s = s.strip().lower()
    if s in NUM:
        return NUM[s]
    return float(s) if "." in s else int(s)


def terms_from(text):
    """Structured terms read from a sentence written in words (the curator's string)."""
    t = text.lower()
    out = {}
    m = re.search(r"(\d+(?:\.\d+)?|one and a half|one|two|three|four|five|six|seven|eight|ten|twenty) years?"
                  r"(?: prison| imprisonment| in prison| suspended| restrict| restriction| probation|,| each|$| \()", t)
    if m:
        out["term_months"] = int(round(number(m.group(1)) * 12))
    m = re.search(r"(\d+|five|ten|twelve|fifteen|twenty|three)(?: days|-day| days')", t)
    if m and "administrative detention" in t or m and "arrest" in t or m and "detention" in t:
        out["duration_days"] = number(m.group(1))
    m = re.search(r"(\d+|one|two|three|five|six|seven)[- ]year (?:ban|bans)", t)
    if m:
        out["activity_ban_months"] = number(m.group(1)) * 12
    m = re.search(r"ban on [a-z ,]+?\((\d+) years?\)", t)
    if m:
        out["activity_ban_months"] = int(m.group(1)) * 12
    m = re.search(r"fine of ([\d,]+) kzt", t)
    if m:
        out["fine_amount"] = int(m.group(1).replace(",", ""))
        out["currency"] = "KZT"
    if "suspended" in t or "probation" in t:
        out["suspended"] = True
    return out


def migrate(d):
    # Prosecution facts merged across reports (the latest report wins), with canonical ids.
    pros = {}
    for n in FILES:
        for e in d.files[n]["entities"]:
            if e["type"] == "prosecution":
                p = pros.setdefault(d.c(e["id"]), {})
                for k, v in e["prosecution"].items():
                    p[k] = v
                if "court" in e["prosecution"]:
                    p["court_id"] = e["prosecution"]["court"]
    defendants = collections.defaultdict(set)
    for n in FILES:
        for r in d.rels(n):
            if r["type"] == "defendant_in":
                defendants[d.c(r["target"])].add(d.c(r["source"]))

    for n in FILES:
        for r in list(d.rels(n)):
            if r["type"] not in ACTIONS:
                continue
            src = d.c(r["source"])
            if src in pros:
                r.setdefault("prosecution", r["source"])
                # The court acted when the report (in this or another file) names it.
                if r["type"] in PROSECUTION_ACTORS | SENTENCE_PARTS and "court_id" in pros[src]:
                    court = pros[src]["court_id"]
                    if r["type"] in PROSECUTION_ACTORS or r.get("date") == pros[src].get("decided"):
                        r["source"] = court
            elif d.entity(src)["type"] == "court" and "prosecution" not in r:
                cases = [p for p, v in pros.items() if d.c(v.get("court_id", "")) == src
                         and d.c(r["target"]) in defendants[p]]
                if len(cases) > 1:
                    cases = [p for p in cases if pros[p].get("decided") == when(r)]
                if len(cases) == 1:
                    r["prosecution"] = cases[0]
            if "attributes" in r and "case" in r["attributes"]:
                r["prosecution"] = r["attributes"].pop("case")

    # Court-ordered administrative arrest: `detained`, administrative_detention, duration_days.
    for n in FILES:
        for r in d.rels(n):
            if r["type"] == "sentenced" and r.get("severity") == "administrative_detention":
                r["type"] = "detained"
                p = pros.get(d.c(r.get("prosecution", "")), {})
                terms = terms_from(p.get("sentence", ""))
                a = r.setdefault("attributes", {})
                for k in ("term", "sentence"):
                    if k in a:
                        terms = terms_from(a.pop(k)) or terms
                if "duration_days" in terms:
                    a["duration_days"] = terms["duration_days"]

    # Sentences: structured terms; a fine or ban handed down by the same verdict is part of the sentence row.
    for n in FILES:
        rels = d.rels(n)
        for r in [x for x in rels if x["type"] == "sentenced"]:
            fam = d.c(r.get("prosecution", r["source"]))
            p = pros.get(fam, {})
            a = r.setdefault("attributes", {})
            text = a.pop("sentence", None) or ""
            terms = terms_from(text) if text else {}
            if not terms:
                terms = terms_from(p.get("sentence", ""))
            for k, v in terms.items():
                a.setdefault(k, v)
            for part in [x for x in rels if x["type"] in SENTENCE_PARTS and x is not r
                         and x.get("severity") != "house_arrest"
                         and d.c(x["target"]) == d.c(r["target"]) and when(x) == when(r)
                         and d.c(x.get("prosecution", x["source"])) == fam]:
                pa = part.get("attributes", {})
                if part["type"] == "restricted":
                    txt = " ".join(str(v) for v in pa.values())
                    m = re.search(r"(\d+|one|two|three|five|six|seven)[- ]years?", txt)
                    if m:
                        a["activity_ban_months"] = number(m.group(1)) * 12
                    elif "activity_ban_months" not in a and "activity_ban_months" in terms:
                        pass
                    why = "the verdict added a ban: " + (pa.get("measure") or pa.get("restriction") or "activity ban")
                else:
                    why = "the verdict added a fine"
                drop(d, n, part, r, why)
            if not a:
                r.pop("attributes")


def fix_sentence_terms(d):
    """Terms the generic reader cannot get right, set by hand (report wording in the comment)."""
    def s(name, target, date, **kv):
        rs = [r for r in d.rels(name) if r["type"] == "sentenced" and r["target"] == target
              and (date is None or when(r) == date)]
        if len(rs) != 1:
            raise SystemExit(f"sentence {target} {date}: {len(rs)}")
        a = rs[0].setdefault("attributes", {})
        for k, v in kv.items():
            if v is None:
                a.pop(k, None)
            else:
                a[k] = v
    s(F17, "k17.p.yesergepov-ramazan", None, term_months=None, sentence="prison term served 2009-2012")
    s(F17, "k17.p.kushakbayev-nurbek", None, term_months=30, activity_ban_months=24)            # 2.5 years; 2-year ban
    s(F17, "k17.p.yeleusinov-amin", None, term_months=24, activity_ban_months=60)               # 2 years; 5-year ban
    s(F17, "k17.p.matayev-seytkazy", None, term_months=72)                                       # 6 years
    s(F17, "k17.p.matayev-asset", None, term_months=60)                                          # 5 years
    s(F17, "k17.p.akhmedov-teymur", None, term_months=60)                                        # 5 years
    s(F17, "k17.p.guliyev-asaf", None, term_months=60)                                           # 5 years restricted
    for f, who in ((F17, "k17.p.bokayev-max"), (F17, "k17.p.ayan-talgat"), (F18A, "k18a.p.bokayev-max"),
                   (F18A, "k18a.p.ayanov-talgat"), (F21, "k21.p.bokayev-max"), (F21, "k21.p.ayan-talgat")):
        s(f, who, "2016-11", term_months=60)
    for who in ("k21.p.bokayev-max", "k21.p.ayan-talgat"):                                      # ban and fine: para 39
        s(F21, who, "2016-11", activity_ban_months=36, fine_amount=530250, currency="KZT")
    s(F18A, "k18a.p.ablyazov-mukhtar", "2017-06", term_months=240)                               # 20 years
    s(F18A, "k18a.p.khalabuzar-olesya", "2017-08", term_months=24)                               # 2 years restricted
    s(F18C, "k18c.p.khalelova-bakiza", "2018-09-26", term_months=12, probation_months=12, suspended=True)
    s(F18C, "k18c.p.dzhumaev-ablovas", "2018-09-20", term_months=36)
    s(F21, "k21.p.lepesova-nazira", "2021-03-04", term_months=24, activity_ban_months=60)
    s(F21, "k21.p.lesova-nazira", "2021-03-04", term_months=24, activity_ban_months=60)
    s(F21, "k21.p.nurmaganov-askar", "2021-02-22", term_months=18, activity_ban_months=36)
    s(F21, "k21.p.kambarova-zhazira", "2021-03-02", term_months=24, activity_ban_months=60)
    s(F21, "k21.p.abishev-aset", "2018", term_months=48)
    s(F23, "k23.p.mamai-zhanbolat", "2023-04-10", term_months=72, suspended=True, activity_ban_months=72)
    s(F23, "k23.p.tleuzhan-aigerim", "2023-07-11", term_months=48)
    s(F23, "k23.p.nurpeisov-kalas", "2023-07-11", term_months=96)
    s(F23, "k23.p.kaziev-erkin", "2023-04-11", term_months=24)
    for who in ("ashtaev-zhanmurat", "dosmambetova-lyazzat", "sultanbek-kairat"):
        s(F23, f"k23.p.{who}", "2022-07", term_months=36)
    # Administrative arrests written as sentences in version 1 (now `detained`): days from the reports.
    for who in ("nurgaliev-nurlybek", "narenov-nurzhan", "ergazy-zhanbyr", "seilov-zholaman"):   # "15 to 20 days"
        r = d.find(F21, "k21.case.zhanaozen-four-2021", "detained", f"k21.p.{who}")
        r.get("attributes", {}).pop("duration_days", None)
        r.pop("attributes", None)
    days = {"k18a.p.bersalimov-ashat": 5, "k18c.p.mederov-bekbolat": 3, "k21.p.kunbolatuly-baybolat": 10,
            "k21.p.kurbanov-marat": 12, "k21.p.baitleu-daniyar": 5, "k21.p.kulbaev-yergali": 5,
            "k21.p.nurmagambetov-dias": 12, "k21.p.utebayev-bekbolat": 5, "k21.p.utekeeva-sholpan": 20,
            "k21.p.turdieva-uybolsyn": 20, "k23.p.zhylanbaev-marat": 20, "k23.p.ermolcheva-vlada": 15,
            "k23.p.sharipov-darhan": 15}
    for n in FILES:
        for r in d.rels(n):
            if r["type"] == "detained" and r.get("severity") == "administrative_detention":
                a = r.setdefault("attributes", {})
                if r["target"] in days:
                    a["duration_days"] = days[r["target"]]
                a.pop("duration", None)
                if not a:
                    r.pop("attributes")


def vocabulary(d):
    """Entities and relations keep only the attributes docs/dataset-format.md lists; the rest go into the note."""
    person_map = {"nationality": "citizenship"}
    kind_map = {"prosecutor's office": "prosecutor", "penitentiary": "penal", "penitentiary_colony": "penal",
                "tax_authority": "tax", "state committee": "ministry", "government": "government",
                "legislature": "legislature", "public holiday celebration": "gathering"}
    for n in FILES:
        for e in d.files[n]["entities"]:
            a = e.get("attributes", {})
            if a.pop("generic", False):
                e["generic"] = True
            if e["type"] == "unidentified":
                e["generic"] = True
            if e["type"] == "person":
                for old, new in person_map.items():
                    if old in a:
                        a[new] = a.pop(old)
            if e["type"] == "authority":
                if "kind" in a:
                    a["kind"] = kind_map.get(a["kind"], a["kind"])
                elif "police" in e["name"].lower() or "police" in str(a.get("role", "")):
                    a["kind"] = "police"
            if e["type"] == "court":
                nm = e["name"].lower()
                a["level"] = ("supreme" if "supreme" in nm else "specialised" if "specialised" in nm or "administrative"
                              in nm else "appeal" if "appeal" in nm else "district" if "district" in nm else "city"
                              if "city" in nm else "international" if "international" in nm else None)
                if a["level"] is None:
                    del a["level"]
            if e["type"] == "prosecution" and "charges" in a and "charge" not in a:
                a["charge"] = a.pop("charges")
            if e["type"] == "event" and "kind" in a:
                a["kind"] = kind_map.get(a["kind"], a["kind"])
            allowed = ENTITY_ATTRS.get(e["type"], set())
            for k in [k for k in a if k not in allowed]:
                if k in MOVED_TO_ACTIONS:
                    a.pop(k)
                else:
                    attribute_to_note(e, k)
            drop_empty_attributes(e)
        for r in d.rels(n):
            a = r.get("attributes", {})
            allowed = ACTION_ATTRS if r["type"] in ACTIONS else ROLE_ATTRS if r["type"] in (
                "member_of", "works_for", "leads") else TERM_ATTRS if r["type"] == "defendant_in" else set()
            if r["type"] in ACTIONS:
                for k in ("measure", "restriction", "detail", "method", "demand", "purpose"):
                    if k in a and "reason" not in a:
                        a["reason"] = str(a.pop(k))
                for k in ("city", "place"):
                    if k in a and "location" not in a:
                        a["location"] = str(a.pop(k))
            for k in [k for k in a if k not in allowed]:
                attribute_to_note(r, k)
            drop_empty_attributes(r)


def keep_first_values(obj, got):
    """An attribute of obj whose value differs from the one in got (the merged record's first values) goes to obj's
    note; the others are added to got."""
    a = obj.get("attributes", {})
    for k in list(a):
        if k in got and got[k] != a[k]:
            attribute_to_note(obj, k)
        else:
            got.setdefault(k, a[k])
    drop_empty_attributes(obj)


def no_conflicts(d):
    """Records the loader merges must not disagree on an attribute: a later record's differing value goes to its note."""
    first = {}
    for n in FILES:
        for e in d.files[n]["entities"]:
            keep_first_values(e, first.setdefault(d.c(e["id"]), {}))
    firstr = {}
    for n in FILES:
        for r in d.rels(n):
            keep_first_values(r, firstr.setdefault((r["type"], d.c(r["source"]), d.c(r["target"]), when(r)), {}))


def generic_and_sources(d):
    for eid in ("k17.auth.police", "k18a.auth.police", "k18c.auth.police-unspecified", "k21.auth.police",
                "k18c.auth.kz-authorities"):
        d.entity(eid)["generic"] = True
        d.entity(eid).get("attributes", {}).pop("generic", None)


PUBLISHED = {"kz-2017-spring": "2017-05-25", "kz-2018-q1": "2018-03-27", "kz-2018-q3": "2018-09-27",
             "kz-2021-q1": "2021-04-04", "kz-2023-spring": "2023-07-11"}


def write(d):
    src = json.loads(subprocess.check_output(["git", "show", f"{V1}:{DIR}00-sources.json"]))
    src["repnet_dataset"] = 2
    for s in src["sources"]:
        s["published"] = PUBLISHED[s["id"]]
    with open(DIR + "00-sources.json", "w") as f:
        f.write('{\n  "repnet_dataset": 2,\n  "sources": [\n')
        f.write(",\n".join("    " + json.dumps(s, ensure_ascii=True) for s in src["sources"]))
        f.write("\n  ]\n}\n")
    for n in FILES:
        out = {"repnet_dataset": 2}
        out.update({k: v for k, v in d.files[n].items() if k != "repnet_dataset"})
        for r in out["relations"]:
            # stable field order: id, source, target, type, date, severity, prosecution, attributes, evidence
            order = ["id", "source", "target", "type", "date", "start", "end", "severity", "prosecution", "weight",
                     "attributes", "evidence"]
            items = sorted(r.items(), key=lambda kv: order.index(kv[0]) if kv[0] in order else 99)
            r.clear()
            r.update(items)
        with open(DIR + n, "w") as f:
            json.dump(out, f, indent=1, ensure_ascii=False)
            f.write("\n")


def main():
    d = Data()
    curate(d)
    d.reindex()
    migrate(d)
    fix_sentence_terms(d)
    vocabulary(d)
    d.reindex()
    no_conflicts(d)
    generic_and_sources(d)
    if "--check" not in sys.argv:
        write(d)


if __name__ == "__main__":
    main()
