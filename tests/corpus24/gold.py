#!/usr/bin/env python3
"""Single source of the gold annotations for src24 (l01..l16).

Run `python3 gold.py` to (re)write lNN.json next to this file.
Importing the module only defines GOLD; nothing is written.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def pos(title, country, organization=None):
    d = {"title": title, "country": country}
    if organization is not None:
        d["organization"] = organization
    return d


def P(name, aliases, *positions):
    return {"name": name, "aliases": list(aliases), "positions": list(positions)}


def M(participants, date, location, occasion, kind, topics):
    return {"participants": list(participants), "date": date, "location": location,
            "occasion": occasion, "kind": kind, "topics": list(topics)}


def A(name, date, parties, signatories):
    return {"name": name, "date": date, "parties": list(parties), "signatories": list(signatories)}


def S(speaker, kind, addressee):
    return {"speaker": speaker, "kind": kind, "addressee": addressee}


def G(persons, meetings, agreements, statements, countries, organizations):
    return {"persons": persons, "meetings": meetings, "agreements": agreements,
            "statements": statements, "countries": countries, "organizations": organizations}


GOLD = {}

# ---------------------------------------------------------------- l01
AM, KZ, DW, AD, PE = ("Kwesi Baffour Amoako-Mensah", "Issouf Kaboré-Zida", "Iddrisu Salifu Dawuni",
                      "Akosua Frimpomaa Adjei", "Rolando Pérez Echemendía")
GOLD["l01"] = G(
    [P(AM, ["Mr Amoako-Mensah"], pos("Minister for Foreign Affairs", "Ghana")),
     P(KZ, ["Mr Kaboré-Zida"], pos("Minister for Foreign Affairs", "Burkina Faso")),
     P(DW, ["Alhaji Dawuni"], pos("Vice-President", "Ghana")),
     P(AD, ["Mrs Adjei"], pos("Deputy Minister for Foreign Affairs", "Ghana")),
     P(PE, [], pos("Ambassador to Ghana", "Cuba"))],
    [M([AM, KZ], "2004-03-11", "Accra",
       "two-day working visit of the Burkinabe Minister for Foreign Affairs to Ghana", "in-person",
       ["security situation in Côte d'Ivoire", "armed robbery along the common border",
        "movement of traders and goods through the Paga crossing",
        "ECOWAS Protocol on Free Movement of Persons, Residence and Establishment",
        "harmonisation of customs and immigration procedures at the border post"]),
     M([KZ, DW], "2004-03-10", "the Castle, Osu", "courtesy call", "in-person",
       ["message from the President of Burkina Faso to the President of Ghana",
        "Burkina Faso's preparations to host the Summit of La Francophonie"]),
     M([AD, PE], None, None, "presentation of copies of the letters of credence of the new Cuban Ambassador",
       "in-person", ["Cuban medical brigade in Ghana's district hospitals"])],
    [A("ECOWAS Protocol on Free Movement of Persons, Residence and Establishment", "1979-05",
       ["ECOWAS"], [])],
    [S(AM, "concern", "Côte d'Ivoire"),
     S(KZ, "gratitude", "Ghana"),
     S(DW, "support", "Burkina Faso"),
     S(AD, "gratitude", "Cuba")],
    ["Ghana", "Burkina Faso", "Côte d'Ivoire", "Cuba"],
    ["ECOWAS", "La Francophonie"])

# ---------------------------------------------------------------- l02
MO, RI, BR, VI, MA = ("Esteban Monge Arrieta", "Gonzalo Ríos Lagarrigue", "Manuel Antonio Brenes Solano",
                      "Ana Lucía Villalobos Mora", "Hugo Rolando Marroquín")
GOLD["l02"] = G(
    [P(MO, ["President Monge"], pos("President", "Costa Rica")),
     P(RI, ["Minister Ríos"], pos("Minister of Foreign Affairs", "Chile")),
     P(BR, ["Brenes"], pos("Minister of Foreign Affairs and Worship", "Costa Rica")),
     P(VI, [], pos("First Vice-President", "Costa Rica")),
     P(MA, [], pos("Secretary General", None, "Central American Integration System"))],
    [M([MO, RI, BR], "2014-09-17", "Casa Presidencial",
       "official visit of the Chilean Minister of Foreign Affairs to Costa Rica", "in-person",
       ["Costa Rica's accession to the Pacific Alliance", "trade and investment",
        "cooperation in seismology and emergency management"]),
     M([VI, MA], "2014-09-15", "Casa Presidencial", None, "in-person",
       ["agenda of the next meeting of Central American heads of state", "regional strategy on migration"])],
    [A("Agreement on Cooperation in Disaster Risk Management and Seismic Monitoring", "2014-09-17",
       ["Costa Rica", "Chile"], [BR, RI])],
    [S(MO, "gratitude", "Chile"),
     S(RI, "invitation", "Costa Rica"),
     S(MO, "condolences", "Mexico")],
    ["Costa Rica", "Chile", "Mexico", "Panama"],
    ["Pacific Alliance", "Central American Integration System"])

# ---------------------------------------------------------------- l03
SA, OS, QU, OR, MK = ("Yerlan Sadykbekov", "Temirbek Osmonaliev", "Shodmon Qurbonzoda",
                      "Daulet Orynbassarov", "Kenji Morikawa")
GOLD["l03"] = G(
    [P(SA, ["Minister Sadykbekov", "Y. Sadykbekov"], pos("Minister of Foreign Affairs", "Kazakhstan")),
     P(OS, ["T. Osmonaliev"], pos("Minister of Foreign Affairs", "Kyrgyzstan")),
     P(QU, [], pos("Foreign Minister", "Tajikistan")),
     P(OR, [], pos("Deputy Minister of Foreign Affairs", "Kazakhstan")),
     P(MK, [], pos("Ambassador Extraordinary and Plenipotentiary to Kazakhstan", "Japan"))],
    [M([SA, OS], "2013-04-24", "Astana",
       "official visit of the Kyrgyz Minister of Foreign Affairs to Kazakhstan", "in-person",
       ["Kazakh-Kyrgyz cooperation", "delimitation of the state border",
        "use of water-energy resources of the region",
        "accession of Kyrgyzstan to the Customs Union of Belarus, Kazakhstan and Russia",
        "mutual trade", "humanitarian aid to southern Kyrgyzstan"]),
     M([SA, QU], "2013-04-22", None, None, "phone call",
       ["victims of mudflows in Khatlon region",
        "preparations for the meeting of the CIS Council of Foreign Ministers"]),
     M([OR, MK], "2013-04-23", None, "presentation of copies of credentials", "in-person",
       ["EXPO-2017 in Astana", "next meeting of the Kazakhstan-Japan intergovernmental commission",
        "cooperation in nuclear energy"])],
    [A("Treaty on Eternal Friendship", "1997-04-08", ["Kazakhstan", "Kyrgyzstan"], []),
     A("Program of Cooperation between the Ministries of Foreign Affairs of the two countries for 2013-2014",
       "2013-04-24", ["Kazakhstan", "Kyrgyzstan"], [SA, OS])],
    [S(OS, "gratitude", "Kazakhstan"),
     S(OS, "invitation", "Kazakhstan"),
     S(SA, "condolences", "Tajikistan"),
     S(MK, "congratulations", "Kazakhstan")],
    ["Kazakhstan", "Kyrgyzstan", "Belarus", "Russia", "Tajikistan", "Japan"],
    ["Customs Union of Belarus, Kazakhstan and Russia", "CIS Council of Foreign Ministers"])

# ---------------------------------------------------------------- l04
HI, KH, RA, HO, MW = ("Salim bin Nasser Al Hinai", "Mohammad Reza Khorramshahi", "Ahmed bin Saif Al Rawahi",
                      "Anders Kvist Holm", "Hamisi Omari Mwinyimkuu")
GOLD["l04"] = G(
    [P(HI, ["Al Hinai"], pos("Minister Responsible for Foreign Affairs", "Oman")),
     P(KH, ["Dr. Khorramshahi"], pos("Deputy Foreign Minister for Political Affairs", "Iran")),
     P(RA, ["Sheikh Al Rawahi"], pos("Secretary-General of the Ministry of Foreign Affairs", "Oman")),
     P(HO, [], pos("Special Envoy of the United Nations Secretary-General for Yemen", None, "United Nations")),
     P(MW, [], pos("Ambassador to Oman", "Tanzania"))],
    [M([HI, KH, RA], "2019-11-18", "Ministry's General Diwan",
       "visit of the Iranian Deputy Foreign Minister to Oman", "in-person",
       ["bilateral relations between Oman and Iran", "situation in Yemen",
        "maritime security in the Strait of Hormuz"]),
     M([HI, HO], "2019-11-17", None, None, "phone call",
       ["latest developments in Yemen", "comprehensive political settlement in Yemen", "Riyadh Agreement"]),
     M([RA, MW], "2019-11-17", None, "end of the Ambassador's tenure", "in-person",
       ["relations between Oman and Tanzania"])],
    [A("Riyadh Agreement", "2019-11-05", ["Yemen", "Southern Transitional Council"], [])],
    [S(KH, "gratitude", "Oman"),
     S(HI, "support", "Yemen"),
     S(RA, "gratitude", "Tanzania")],
    ["Oman", "Iran", "Yemen", "Saudi Arabia", "Tanzania"],
    ["United Nations", "Southern Transitional Council"])

# ---------------------------------------------------------------- l05
LO, CA, NP, NA = ("Tevita Fusimalohi Lolohea", "Helen Carmody", "Samuel Ngata-Price", "Hiroyuki Nakagami")
GOLD["l05"] = G(
    [P(LO, ["Secretary General Lolohea", "SG Lolohea"],
       pos("Secretary General", None, "Pacific Islands Forum")),
     P(CA, ["Minister Carmody"], pos("Minister of Foreign Affairs", "New Zealand")),
     P(NP, [], pos("High Commissioner to Fiji", "New Zealand")),
     P(NA, ["State Minister Nakagami"], pos("State Minister for Foreign Affairs", "Japan"))],
    [M([LO, CA, NP], "2022-03-08", "Forum Secretariat, Suva", "courtesy call", "in-person",
       ["2050 Strategy for the Blue Pacific Continent", "climate finance", "recovery from COVID-19",
        "regional response to the Hunga Tonga-Hunga Ha'apai eruption", "Boe Declaration on Regional Security"]),
     M([LO, NA], "2022-03-10", None, None, "video call",
       ["Japan's relief assistance to Tonga", "Pacific Islands Leaders Meeting (PALM) process",
        "discharge of treated water from the Fukushima Daiichi nuclear power station"])],
    [A("Boe Declaration on Regional Security", "2018-09", ["Pacific Islands Forum"], [])],
    [S(CA, "support", "Pacific Islands Forum"),
     S(LO, "gratitude", "Japan"),
     S(LO, "concern", "Japan")],
    ["Fiji", "New Zealand", "Japan", "Tonga", "Nauru", "Solomon Islands"],
    ["Pacific Islands Forum", "International Atomic Energy Agency"])

# ---------------------------------------------------------------- l06
KB, HR, VT, LH, RD, VK = ("Ilze Kalniņa-Bērziņa", "Vasyl Hordiienko", "Jānis Vītols", "Katharina Lemberg-Holz",
                          "Mart Raudsepp", "Dalia Vaitkevičienė")
GOLD["l06"] = G(
    [P(KB, ["Kalniņa-Bērziņa"], pos("Speaker of the Saeima", "Latvia")),
     P(HR, ["Hordiienko"], pos("Chairman of the Verkhovna Rada", "Ukraine")),
     P(VT, ["Vītols"], pos("Chair of the Saeima Foreign Affairs Committee", "Latvia")),
     P(LH, ["Lemberg-Holz"],
       pos("Chair of the German-Baltic Parliamentary Friendship Group of the German Bundestag", "Germany")),
     P(RD, [], pos("President of the Riigikogu", "Estonia")),
     P(VK, [], pos("Speaker of the Seimas", "Lithuania"))],
    [M([KB, HR], "2016-11-14", "Riga",
       "official visit of the Chairman of the Verkhovna Rada of Ukraine to Latvia", "in-person",
       ["sovereignty and territorial integrity of Ukraine", "EU sanctions against Russia",
        "implementation of the Minsk agreements", "annexation of Crimea",
        "access for the OSCE Special Monitoring Mission", "reform agenda in Ukraine", "fight against corruption",
        "ratification of the EU-Ukraine Association Agreement",
        "medical rehabilitation of wounded Ukrainian soldiers", "decentralisation reform"]),
     M([VT, LH], "2016-11-14", "Riga", None, "in-person",
       ["NATO's enhanced forward presence in the Baltic states", "energy security",
        "Nord Stream 2 gas pipeline project"]),
     M([KB, RD, VK], "2016-11-09", None, None, "video call",
       ["coordination ahead of the session of the Baltic Assembly",
        "outcome of the presidential election in the United States"])],
    [A("Package of Measures for the Implementation of the Minsk Agreements", "2015-02-12",
       ["Ukraine", "Russia", "OSCE"], [])],
    [S(KB, "support", "Ukraine"),
     S(KB, "condemnation", "Russia"),
     S(HR, "gratitude", "Latvia"),
     S(HR, "invitation", "Latvia")],
    ["Latvia", "Ukraine", "Russia", "Germany", "Estonia", "Lithuania", "United States"],
    ["European Union", "OSCE Special Monitoring Mission", "OSCE", "NATO", "Baltic Assembly"])

# ---------------------------------------------------------------- l07
TA, KD, GH, HS, PO = ("Mahbubur Rahman Talukder", "Hari Bahadur Thapaliya", "Bishnu Prasad Ghimire",
                      "Nazmul Haque Bhuiyan", "Dinanath Pokharel")
GOLD["l07"] = G(
    [P(TA, ["Dr. Talukder", "Foreign Minister Dr. Talukder"], pos("Minister for Foreign Affairs", "Bangladesh")),
     P(KD, ["Minister Thapaliya"], pos("Minister for Foreign Affairs", "Nepal")),
     P(GH, [], pos("Foreign Secretary", "Nepal")),
     P(HS, [], pos("Ambassador to Nepal", "Bangladesh")),
     P(PO, [], pos("Prime Minister", "Nepal"))],
    [M([TA, KD], "2023-08-10", "Ministry of Foreign Affairs, Singha Durbar",
       "official visit of the Foreign Minister of Bangladesh to Nepal", "in-person",
       ["trade", "investment", "energy", "connectivity", "tourism", "education", "people-to-people contacts",
        "operationalization of the BBIN Motor Vehicles Agreement",
        "export of electricity from Nepal to Bangladesh through the Indian grid",
        "floods and landslides in Nepal", "Least Developed Countries issues at the United Nations"]),
     M([TA, PO], "2023-08-10", "Prime Minister's office, Singha Durbar", "courtesy call", "in-person", []),
     M([TA, KD], "2023-07-17", "Bangkok", "BIMSTEC Foreign Ministers' Retreat", "in-person", [])],
    [A("BBIN Motor Vehicles Agreement", "2015-06-15", ["Bangladesh", "Bhutan", "India", "Nepal"], []),
     A("Memorandum of Understanding on Cooperation between the Institute of Foreign Affairs of Nepal "
       "and the Foreign Service Academy of Bangladesh", "2023-08-10", ["Nepal", "Bangladesh"], [GH, HS])],
    [S(TA, "condolences", "Nepal"),
     S(KD, "gratitude", "Bangladesh"),
     S(TA, "invitation", "Nepal")],
    ["Nepal", "Bangladesh", "Bhutan", "India"],
    ["United Nations", "BIMSTEC"])

# ---------------------------------------------------------------- l08
SK, OT, YA, BA = ("Hideo Sakurazawa", "Dashdorj Otgonbayar", "Hiroshi Yamanobe", "Purevdorj Batsaikhan")
GOLD["l08"] = G(
    [P(SK, ["Minister Sakurazawa"], pos("Minister for Foreign Affairs", "Japan")),
     P(OT, ["Minister Otgonbayar"], pos("Minister for Foreign Affairs and Trade", "Mongolia")),
     P(YA, [], pos("Parliamentary Vice-Minister for Foreign Affairs", "Japan")),
     P(BA, [], pos("Ambassador to Japan", "Mongolia"))],
    [M([SK, OT], "2010-03-15", "Iikura Guest House",
       "visit of the Mongolian Minister for Foreign Affairs and Trade to Japan as a Guest of the Ministry of "
       "Foreign Affairs", "in-person",
       ["damage caused by the dzud in Mongolia", "Emergency Grant Aid", "invitation to visit Mongolia",
        "study on a Japan-Mongolia Economic Partnership Agreement", "development of mineral resources",
        "Tavan Tolgoi coal deposit", "situation in North Korea", "abduction issue", "Six-Party Talks"])],
    [A("Exchange of Notes concerning the Emergency Grant Aid", "2010-03-15", ["Japan", "Mongolia"], [YA, BA])],
    [S(SK, "condolences", "Mongolia"),
     S(OT, "gratitude", "Japan"),
     S(OT, "invitation", "Japan"),
     S(SK, "gratitude", "Mongolia"),
     S(OT, "support", "Japan")],
    ["Japan", "Mongolia", "North Korea"],
    ["Japan Business Federation (Keidanren)"])

# ---------------------------------------------------------------- l09
ST, LT, OM, WR, BO, OB = ("Henrik Stålberg", "Abdelkrim Lahlou Tazi", "Brahim Ould Sidi Mokhtar",
                          "Olga Wichmann-Reyes", "Lakhdar Bouziane", "Ahmed Salem Ould Cheikhna")
GOLD["l09"] = G(
    [P(ST, ["Mr. Stålberg"], pos("Personal Envoy of the Secretary-General for Western Sahara", None,
                                "United Nations")),
     P(LT, [], pos("Minister of Foreign Affairs and Cooperation", "Morocco")),
     P(OM, ["Mr. Ould Sidi Mokhtar"], pos("Secretary-General of the Frente POLISARIO", None, "Frente POLISARIO")),
     P(WR, [], pos("Special Representative of the Secretary-General for Western Sahara", None, "United Nations"),
       pos("Head of MINURSO", None, "MINURSO")),
     P(BO, [], pos("Minister of Foreign Affairs", "Algeria")),
     P(OB, [], pos("Minister of Foreign Affairs and Cooperation", "Mauritania"))],
    [M([ST, LT], "2012-10-27", "Rabat", None, "in-person",
       ["situation in the region", "way forward in the negotiating process",
        "Security Council resolution 2044 (2012)", "security situation in the Sahel"]),
     M([ST, OM, WR], "2012-10-29", "Rabouni", None, "in-person",
       ["negotiating process", "humanitarian assistance to the refugees", "security situation in the Sahel"]),
     M([ST, BO], "2012-10-31", "Algiers", None, "in-person",
       ["support to the refugee population in the camps", "security situation in the Sahel"]),
     M([ST, OB], "2012-11-01", "Nouakchott", None, "in-person", ["security situation in the Sahel"])],
    [],
    [S(ST, "concern", "Mali"),
     S(ST, "gratitude", "Algeria"),
     S(OM, "gratitude", "United Nations")],
    ["Morocco", "Algeria", "Mauritania", "Mali", "Spain", "France"],
    ["United Nations", "UN Security Council", "Frente POLISARIO", "MINURSO",
     "Office of the United Nations High Commissioner for Refugees"])

# ---------------------------------------------------------------- l10
VE, BD, RJ, MV, LG = ("Pradeep Kumar Venkataraman", "Marcia Baptiste-Ramdial", "Desmond Rampersad-Joseph",
                      "Anjali Menon-Vaidya", "Everton Lashley-Griffith")
GOLD["l10"] = G(
    [P(VE, ["High Commissioner Venkataraman"], pos("High Commissioner to Trinidad and Tobago", "India")),
     P(BD, ["Minister Baptiste-Ramdial"], pos("Minister of Foreign and CARICOM Affairs", "Trinidad and Tobago"),
       pos("Senator", "Trinidad and Tobago")),
     P(RJ, ["Speaker Rampersad-Joseph"], pos("Speaker of the House of Representatives", "Trinidad and Tobago")),
     P(MV, [], pos("Secretary (East)", "India")),
     P(LG, [], pos("Secretary-General", None, "CARICOM"))],
    [M([VE, BD], "2026-01-22", "Ministry of Foreign and CARICOM Affairs headquarters, Port of Spain", None,
       "in-person",
       ["preparations for the next session of the India-Trinidad and Tobago Joint Commission",
        "cooperation in health", "digital public infrastructure", "capacity building under the ITEC programme",
        "Quick Impact Projects"]),
     M([VE, MV], "2026-01-15", None, "video conference of Heads of Mission in the Caribbean", "video call",
       ["India-CARICOM Summit process"]),
     M([VE, LG], "2026-01", "Georgetown", "courtesy call", "in-person",
       ["CARICOM Single Market and Economy"])],
    [A("Memorandum of Understanding on Indian Grant Assistance for the Implementation of Quick Impact Projects",
       "2026-01-22", ["India", "Trinidad and Tobago"], [VE, BD])],
    [S(BD, "gratitude", "India"),
     S(RJ, "congratulations", "India"),
     S(VE, "support", "CARICOM")],
    ["India", "Trinidad and Tobago", "Guyana"],
    ["CARICOM"])

# ---------------------------------------------------------------- l11
BS, IC, RO, CO, GN = ("Ernesto Basualdo", "Marcela Irarrázabal Cox", "Jaime Rocabado Quiroga",
                      "Silvia Cáceres de Olmedo", "Paulo Roberto Guimarães Neto")
GOLD["l11"] = G(
    [P(BS, ["Basualdo"], pos("Foreign Minister", "Argentina")),
     P(IC, [], pos("Foreign Minister", "Chile")),
     P(RO, ["Rocabado"], pos("Foreign Minister", "Bolivia")),
     P(CO, [], pos("Deputy Foreign Minister", "Argentina")),
     P(GN, [], pos("Ambassador", "Brazil"))],
    [M([BS, IC], "2005-01-02", None, None, "phone call",
       ["fire at the República Cromañón nightclub", "restrictions on natural gas exports to Chile",
        "meeting of technical teams in Santiago", "Treaty of Peace and Friendship"]),
     M([BS, RO], "2004-12-29", "Foreign Ministry", None, "in-person",
       ["gas pipeline from southern Bolivia to northeastern Argentina", "situation of Bolivian migrant workers",
        "migratory regularisation programme"]),
     M([CO, GN], "2005-01-03", "San Martín Palace", None, "in-person",
       ["agenda of Mercosur's Common Market Council under the Paraguayan pro tempore presidency",
        "Argentine safeguard measures on household appliances"])],
    [A("Treaty of Peace and Friendship", "1984-11", ["Argentina", "Chile"], [])],
    [S(IC, "condolences", "Argentina"),
     S(RO, "gratitude", "Argentina"),
     S(BS, "condolences", "Sri Lanka"),
     S(GN, "concern", "Argentina")],
    ["Argentina", "Chile", "Bolivia", "Sri Lanka", "Thailand", "Indonesia", "Brazil", "Paraguay"],
    ["Mercosur", "Common Market Council"])

# ---------------------------------------------------------------- l12
MU, HM, HD, RK, OA = ("Adnan Jasim al-Mousawi", "Walid Sameer al-Hmoud", "Pavel Hrdlička",
                      "Qasim Hamoudi al-Rikabi", "Fahad bin Abdulaziz al-Otaibi")
GOLD["l12"] = G(
    [P(MU, ["Al-Mousawi"], pos("Minister of Foreign Affairs", "Iraq")),
     P(HM, [], pos("Minister of Foreign Affairs and Expatriates", "Jordan")),
     P(HD, ["Mr. Hrdlička"], pos("Special Representative of the United Nations Secretary-General for Iraq", None,
                                "United Nations")),
     P(RK, [], pos("Undersecretary of the Ministry for Bilateral Relations", "Iraq")),
     P(OA, [], pos("Ambassador to Iraq", "Saudi Arabia"))],
    [M([MU, HM], "2017-07-10", None, None, "phone call",
       ["liberation of Mosul", "reopening of the Trebil border crossing", "resumption of trade",
        "reconstruction and return of the displaced people"]),
     M([MU, HD], "2017-07-11", "minister's office in Baghdad", None, "in-person",
       ["humanitarian situation in the liberated areas", "needs of the displaced families",
        "UN plans for the stabilization of Mosul"]),
     M([RK, OA], "2017-07-09", None, None, "in-person",
       ["preparations for the first meeting of the Saudi-Iraqi Coordination Council",
        "opening of the Arar border crossing"])],
    [],
    [S(HM, "congratulations", "Iraq"),
     S(HM, "support", "Iraq"),
     S(MU, "gratitude", "Jordan"),
     S(HD, "congratulations", "Iraq"),
     S(MU, "other", None),
     S(MU, "concern", "Turkey"),
     S(OA, "condolences", "Iraq")],
    ["Iraq", "Jordan", "Turkey", "Saudi Arabia"],
    ["ISIS", "United Nations"])

# ---------------------------------------------------------------- l13
GE, LI, WI, CH, DE = ("Irakli Gelashvili", "Stefan Lindahl", "Tomasz Wierzbicki", "Tamar Chikvaidze",
                      "Olena Demydiuk")
GOLD["l13"] = G(
    [P(GE, ["Minister Gelashvili"], pos("Minister of Foreign Affairs", "Georgia")),
     P(LI, [], pos("European Commissioner for Neighbourhood and Enlargement", None, "European Union")),
     P(WI, [], pos("Minister of Foreign Affairs", "Poland")),
     P(CH, [], pos("Deputy Foreign Minister", "Georgia")),
     P(DE, [], pos("Deputy Minister of Foreign Affairs", "Ukraine"))],
    [M([GE, LI], "2020-04-23", None,
       "video conference of the foreign ministers of the Eastern Partnership countries", "video call",
       ["response to the COVID-19 pandemic", "EU support package for the eastern partners",
        "future of the Eastern Partnership beyond 2020", "EU-Georgia Association Agreement"]),
     M([GE, WI], "2020-04-22", None, None, "phone call",
       ["coordination of repatriation flights", "transit of Georgian citizens through Polish airports",
        "political consultations"]),
     M([GE, WI], "2020-02", "Warsaw", None, "in-person", []),
     M([CH, DE], "2020-04-22", None, None, "video call",
       ["security situation in the occupied territories", "Geneva International Discussions",
        "borderization in the Tskhinvali region", "militarization of Crimea"])],
    [A("EU-Georgia Association Agreement", "2014-06-27", ["European Union", "Georgia"], [])],
    [S(GE, "gratitude", "European Union"),
     S(GE, "gratitude", "Poland"),
     S(CH, "concern", "Russia"),
     S(DE, "concern", "Russia")],
    ["Georgia", "Poland", "Ukraine", "Russia"],
    ["European Union", "NATO"])

# ---------------------------------------------------------------- l14
SR, BK, QH, FU, SV, HK = ("Ramon Miguel Sarmiento", "Bounkham Phommachanh", "Qian Haoming", "Naoko Fujisaki",
                          "Ma. Lourdes Santos-Villanueva", "Hendra Kusumadewa")
AMM = "57th ASEAN Foreign Ministers' Meeting and Related Meetings"
GOLD["l14"] = G(
    [P(SR, ["Secretary Sarmiento"], pos("Secretary of Foreign Affairs", "Philippines")),
     P(BK, ["Deputy Prime Minister Bounkham"], pos("Deputy Prime Minister", "Laos"),
       pos("Minister of Foreign Affairs", "Laos")),
     P(QH, [], pos("Foreign Minister", "China")),
     P(FU, ["Foreign Minister Fujisaki"], pos("Foreign Minister", "Japan")),
     P(SV, [], pos("Foreign Affairs Undersecretary for Bilateral Relations and ASEAN Affairs", "Philippines")),
     P(HK, [], pos("Secretary-General", None, "ASEAN"))],
    [M([SR, BK], "2024-07-25", "Vientiane", AMM, "in-person",
       ["Lao chairmanship of ASEAN", "theme of Lao PDR's chairmanship"]),
     M([SR, QH], "2024-07-26", "Vientiane", AMM, "in-person",
       ["provisional understanding on rotation and resupply missions to the BRP Sierra Madre",
        "Bilateral Consultation Mechanism on the South China Sea",
        "actions of Chinese vessels in the West Philippine Sea"]),
     M([SR, FU], "2024-07-26", "Vientiane", AMM, "in-person",
       ["Philippines-Japan Reciprocal Access Agreement", "rule of law at sea", "2016 Arbitral Award",
        "multi-role response vessels for the Philippine Coast Guard"]),
     M([SV, HK], "2024-07-26", "Vientiane", AMM, "in-person",
       ["preparations for the Philippines' chairmanship of ASEAN in 2026"])],
    [A("provisional understanding on the rotation and resupply missions to the BRP Sierra Madre in Ayungin Shoal",
       "2024-07-21", ["Philippines", "China"], []),
     A("Philippines-Japan Reciprocal Access Agreement", "2024-07-08", ["Philippines", "Japan"], [])],
    [S(SR, "congratulations", "Laos"),
     S(BK, "gratitude", "Philippines"),
     S(SR, "concern", "China"),
     S(FU, "support", "Philippines"),
     S(SR, "gratitude", "Japan")],
    ["Philippines", "Laos", "China", "Japan", "South Korea", "New Zealand"],
    ["ASEAN"])

# ---------------------------------------------------------------- l15
MT, MN, MR, MC, SF = ("Armando Fernando Matsinhe", "Chikondi Mwale-Nyirenda", "Thandiwe Mokoena-Radebe",
                      "Eduardo Jaime Muchanga", "António Sequeira Falcão")
GOLD["l15"] = G(
    [P(MT, ["Matsinhe"], pos("Minister of Foreign Affairs and Cooperation", "Mozambique")),
     P(MN, [], pos("Minister of Foreign Affairs", "Malawi")),
     P(MR, [], pos("Minister of International Relations and Cooperation", "South Africa")),
     P(MC, ["Muchanga"], pos("Deputy Minister of Foreign Affairs and Cooperation", "Mozambique")),
     P(SF, [], pos("Ambassador to Mozambique", "Portugal"))],
    [M([MT, MN], "2009-08-18", "Maputo", None, "in-person",
       ["navigation on the Shire and Zambezi rivers", "Nacala development corridor",
        "joint technical team on the waterway", "Malawian cargo in the ports of Beira and Nacala"]),
     M([MT, MR], "2009-08-19", None, None, "phone call",
       ["preparations for the SADC Summit of Heads of State and Government in Kinshasa",
        "situation in Madagascar", "SADC mediation in Madagascar"]),
     M([MC, SF], None, None, "end of the Ambassador's mission in Mozambique", "in-person",
       ["support to the Mozambican budget", "cooperation in education"])],
    [A("SADC Protocol on Trade", "1996-08", ["SADC"], [])],
    [S(MN, "gratitude", "Mozambique"),
     S(MT, "support", "Madagascar"),
     S(MT, "concern", "Madagascar"),
     S(MC, "gratitude", "Portugal")],
    ["Mozambique", "Malawi", "South Africa", "Democratic Republic of the Congo", "Madagascar", "Portugal"],
    ["SADC"])

# ---------------------------------------------------------------- l16
PC, KS, PT, MKI = ("Prasert Chaiyakul", "Keo Sophanith", "Pongsak Thanarat", "Masaru Kitamura")
GOLD["l16"] = G(
    [P(PC, ["Prasert"], pos("Foreign Minister", "Thailand")),
     P(KS, [], pos("Foreign Minister", "Cambodia")),
     P(PT, [], pos("Deputy Foreign Minister", "Thailand")),
     P(MKI, ["Kitamura"], pos("Ambassador", "Japan"))],
    [M([PC, KS], "2003-02-21", "Sa Kaeo provincial guest house, Aranyaprathet", None, "in-person",
       ["compensation for the Royal Thai Embassy and Thai-owned businesses", "reopening of border checkpoints",
        "resumption of flights between Bangkok and Phnom Penh", "safety of Thai nationals in Cambodia",
        "survey and demarcation of the land boundary"]),
     M([PC, KS], "2003-01-30", None, None, "phone call", []),
     M([PT, MKI], "2003-02-20", None, None, "in-person",
       ["restoration of normal relations between Thailand and Cambodia",
        "joint development projects in the border provinces"])],
    [A("memorandum of understanding on compensation for the Royal Thai Embassy and Thai-owned businesses",
       "2003-02-21", ["Thailand", "Cambodia"], [PC, KS]),
     A("Memorandum of Understanding on the Survey and Demarcation of Land Boundary", "2000-06",
       ["Thailand", "Cambodia"], [])],
    [S(KS, "other", "Thailand"),
     S(PC, "gratitude", "Cambodia"),
     S(PC, "concern", "Iraq"),
     S(MKI, "support", "Thailand")],
    ["Thailand", "Cambodia", "Japan", "Iraq"],
    ["United Nations Security Council"])


def write_all():
    for doc_id, gold in sorted(GOLD.items()):
        with open(os.path.join(HERE, doc_id + ".json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    return len(GOLD)


if __name__ == "__main__":
    print("wrote", write_all(), "gold files to", HERE)
