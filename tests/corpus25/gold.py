"""Single source of the gold annotations for src25 (a01..a16).

Run `python3 gold.py` to (re)write aNN.json next to this file.  Importing the
module only defines GOLD and writes nothing.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def pos(title, country, organization=None):
    p = {"title": title, "country": country}
    if organization is not None:
        p["organization"] = organization
    return p


def P(name, aliases, positions):
    return {"name": name, "aliases": list(aliases), "positions": list(positions)}


def M(participants, date, location, occasion, kind, topics):
    return {"participants": list(participants), "date": date, "location": location,
            "occasion": occasion, "kind": kind, "topics": list(topics)}


def A(name, date, parties, signatories):
    return {"name": name, "date": date, "parties": list(parties),
            "signatories": list(signatories)}


def S(speaker, kind, addressee):
    return {"speaker": speaker, "kind": kind, "addressee": addressee}


def doc(persons, meetings, agreements, statements, countries, organizations):
    return {"persons": persons, "meetings": meetings, "agreements": agreements,
            "statements": statements, "countries": countries,
            "organizations": organizations}


GOLD = {}

# ---------------------------------------------------------------- a01 Russian MFA
STR, CAS, KOV, SUR, MEN = ("Gennady Streltsov", "Baltazar Nzinga Cassule", "T.A. Kovrigin",
                           "O.V. Surikov", "Esmeralda Pitra Mendonça")
GOLD["a01"] = doc(
    [P(STR, ["G.P. Streltsov"], [pos("Minister of Foreign Affairs", "Russia")]),
     P(CAS, ["B. Nzinga Cassule"], [pos("Minister of External Relations", "Angola")]),
     P(KOV, [], [pos("Director of the Department of Africa of the Ministry of Foreign Affairs", "Russia")]),
     P(SUR, [], [pos("Deputy Minister of Foreign Affairs", "Russia")]),
     P(MEN, [], [pos("Secretary of State for External Relations", "Angola")])],
    [M([STR, CAS, KOV], "2019-03-14", "Moscow",
       "working visit of the Angolan Minister of External Relations to Russia", "in-person",
       ["bilateral cooperation",
        "implementation of agreements reached at the highest level",
        "next meeting of the Intergovernmental Russian-Angolan Commission on Economic, Scientific and Technical Cooperation",
        "geological exploration, diamond mining and energy",
        "training of Angolan national personnel at Russian higher educational institutions",
        "situation in the Central African Republic",
        "situation in the Democratic Republic of the Congo and the Great Lakes region",
        "coordination at the UN and its Security Council",
        "Angola's mediation efforts in Central Africa",
        "Russian government scholarships for Angolan students",
        "official visit to Angola"]),
     M([SUR, MEN], "2019-03-13", None, None, "in-person",
       ["forthcoming Russia-Africa summit", "situation in the Sahara-Sahel region"])],
    [A("Plan of Consultations between the Ministry of Foreign Affairs of the Russian Federation and the Ministry of External Relations of the Republic of Angola for 2019-2021",
       "2019-03-14", ["Russia", "Angola"], [STR, CAS]),
     A("Agreement between the Government of the Russian Federation and the Government of the Republic of Angola on mutual visa-free travel for holders of ordinary passports",
       "2017-05-26", ["Russia", "Angola"], [])],
    [S(STR, "support", "Angola"),
     S(CAS, "gratitude", "Russia"),
     S(CAS, "invitation", "Russia")],
    ["Russia", "Angola", "Central African Republic", "Democratic Republic of the Congo"],
    ["United Nations", "UN Security Council"])

# ---------------------------------------------------------------- a02 Chinese wire
MENG, GHI, GAO, LU, ADH = ("Meng Qingshan", "Narayan Prasad Ghimire", "Gao Wenjie",
                           "Lu Xiaoping", "Bishnu Raj Adhikari")
GOLD["a02"] = doc(
    [P(MENG, ["Meng"], [pos("State Councilor", "China")]),
     P(GHI, ["Ghimire"], [pos("Foreign Minister", "Nepal")]),
     P(GAO, ["Gao"], [pos("Foreign Minister", "China")]),
     P(LU, [], [pos("Assistant Minister of Commerce", "China")]),
     P(ADH, [], [pos("Ambassador to China", "Nepal")])],
    [M([MENG, GHI], "2011-06-09", "Beijing",
       "official visit of the Nepali Foreign Minister to China", "in-person",
       ["China-Nepal Comprehensive Partnership of Cooperation Featuring Ever-lasting Friendship",
        "high-level exchanges",
        "cooperation in trade, tourism, hydropower and infrastructure",
        "coordination in international and regional affairs",
        "Nepal's sovereignty and development path",
        "one-China policy and Tibet-related issues",
        "Chinese assistance to Nepal, including the Syaphrubesi-Rasuwagadhi highway",
        "Chinese investment in Nepal",
        "SAARC"]),
     M([GAO, GHI], "2011-06-08", "Diaoyutai State Guesthouse",
       "official visit of the Nepali Foreign Minister to China", "in-person",
       ["border management", "trans-Himalayan connectivity", "people-to-people exchanges",
        "agreement on economic and technical cooperation"])],
    [A("agreement on economic and technical cooperation", "2011-06-08", ["China", "Nepal"], [LU, ADH])],
    [S(MENG, "support", "Nepal"),
     S(GHI, "support", "China"),
     S(GHI, "gratitude", "China")],
    ["China", "Nepal"],
    ["South Asian Association for Regional Cooperation"])

# ---------------------------------------------------------------- a03 Saudi agency
HAR, PRA, SHE, MUH, FAH = ("Saleh bin Abdulmohsen Al-Harbi", "Bambang Hadi Prasetyo",
                           "Turki bin Nasser Al-Shehri", "Abdulrahman bin Ibrahim Al-Muhanna",
                           "Fahad Salem Al-Jarrah Al-Sabah")
GOLD["a03"] = doc(
    [P(HAR, ["Dr. Al-Harbi"], [pos("Minister of State for Foreign Affairs", "Saudi Arabia"),
                               pos("Member of the Council of Ministers", "Saudi Arabia")]),
     P(PRA, [], [pos("Ambassador to Saudi Arabia", "Indonesia")]),
     P(SHE, [], [pos("Director General of the Office of the Minister of State", "Saudi Arabia")]),
     P(MUH, ["Minister Al-Muhanna"], [pos("Minister of Foreign Affairs", "Saudi Arabia")]),
     P(FAH, ["Sheikh Fahad"], [pos("First Deputy Prime Minister", "Kuwait"),
                               pos("Minister of Foreign Affairs", "Kuwait")])],
    [M([HAR, PRA, SHE], "2016-01-13", "Riyadh", None, "in-person",
       ["bilateral relations between Saudi Arabia and Indonesia",
        "arrangements for Indonesian pilgrims for the Hajj season",
        "implementation of the Agreement on the Placement and Protection of Indonesian Domestic Workers",
        "attacks on the Saudi Embassy in Tehran and Consulate General in Mashhad",
        "Indonesia-Middle East Business Forum"]),
     M([MUH, FAH], "2016-01-12", None, None, "phone call",
       ["aggression against Saudi diplomatic missions in Iran",
        "Kuwait's recall of its ambassador from Tehran",
        "extraordinary meeting of the OIC Council of Foreign Ministers"])],
    [A("Agreement on the Placement and Protection of Indonesian Domestic Workers", "2014-02-19",
       ["Saudi Arabia", "Indonesia"], [])],
    [S(PRA, "condemnation", "Iran"),
     S(PRA, "invitation", "Saudi Arabia"),
     S(FAH, "condemnation", "Iran"),
     S(MUH, "gratitude", "Kuwait")],
    ["Saudi Arabia", "Indonesia", "Iran", "Kuwait"],
    ["Organisation of Islamic Cooperation"])

# ---------------------------------------------------------------- a04 Peruvian chancellery
SAL, QUI, RIV, CON, OGA = ("Julio Enrique Salcedo Ugarte", "Marco Antonio Quispe Mamani",
                           "Gonzalo Rivera Castañeda", "Hilda Condori Choque", "Kenji Ogasawara")
GOLD["a04"] = doc(
    [P(SAL, ["Chancellor Salcedo"], [pos("Chancellor", "Peru")]),
     P(QUI, ["Chancellor Quispe"], [pos("Minister of Foreign Affairs", "Bolivia")]),
     P(RIV, ["Vice Chancellor Rivera Castañeda"], [pos("Vice Chancellor", "Peru")]),
     P(CON, [], [pos("Vice Minister of Foreign Affairs", "Bolivia")]),
     P(OGA, [], [pos("Ambassador to Peru", "Japan")])],
    [M([SAL, QUI, RIV, CON], "2013-08-29", "Torre Tagle Palace",
       "official visit of the Bolivian Minister of Foreign Affairs to Peru", "in-person",
       ["bilateral agenda",
        "environmental recovery of Lake Titicaca",
        "strengthening of the Binational Autonomous Authority of Lake Titicaca",
        "border integration",
        "bioceanic railway corridor",
        "Bolivian facilities in the port of Ilo",
        "road accident in Potosí",
        "cooperation to combat illegal mining",
        "next meeting of the Mechanism of Political Consultations"]),
     M([RIV, OGA], "2013-08-28", None, None, "in-person",
       ["140th anniversary of diplomatic relations between Peru and Japan",
        "Japanese cooperation in disaster risk management",
        "reconstruction after the 2007 earthquake"])],
    [A("Memorandum of Understanding on Cooperation to Combat Illegal Mining and Related Crimes",
       "2013-08-29", ["Peru", "Bolivia"], [SAL, QUI]),
     A("Ilo Agreements", "1992-01-24", ["Peru", "Bolivia"], [])],
    [S(QUI, "gratitude", "Peru"),
     S(SAL, "condolences", "Bolivia"),
     S(QUI, "invitation", "Peru"),
     S(RIV, "gratitude", "Japan")],
    ["Peru", "Bolivia", "Brazil", "Japan"],
    ["Binational Autonomous Authority of Lake Titicaca"])

# ---------------------------------------------------------------- a05 Ivorian ministry
KOU, ALA, KON, VER, BAT = ("Yao Bertin Kouassi", "Youssef El Alaoui Mdaghri",
                           "KONAN Adjoua Mireille", "Koen Verhaegen", "Adama Bationo")
CI = "Côte d'Ivoire"
GOLD["a05"] = doc(
    [P(KOU, ["KOUASSI Yao Bertin", "Minister Kouassi"],
       [pos("Minister of State", CI), pos("Minister of Foreign Affairs", CI)]),
     P(ALA, ["Ambassador El Alaoui Mdaghri"], [pos("Ambassador to Côte d'Ivoire", "Morocco")]),
     P(KON, ["Mrs. Konan"],
       [pos("Minister Delegate to the Minister of State, Minister of Foreign Affairs, in charge of African Integration and Ivorians Abroad", CI)]),
     P(VER, [], [pos("Ambassador to Côte d'Ivoire", "Belgium")]),
     P(BAT, [], [pos("Minister of Foreign Affairs, Cooperation and Burkinabè Abroad", "Burkina Faso")])],
    [M([KOU, ALA], "2017-05-23", "Abidjan", None, "in-person",
       ["preparations for the 5th African Union-European Union Summit",
        "follow-up of bilateral cooperation projects",
        "Morocco's return to the African Union"]),
     M([KON, VER], "2017-05-23", None, "end of the Ambassador's mission", "in-person",
       ["Ivorian community in Belgium", "consular matters",
        "Ivorian-Belgian relations"]),
     M([KOU, BAT], "2017-05-22", None, None, "phone call",
       ["terrorist attack in the north of Burkina Faso",
        "operationalization of the Joint Force of the G5 Sahel",
        "6th Conference of Heads of State and Government under the Treaty of Friendship and Cooperation"])],
    [A("Treaty of Friendship and Cooperation between Côte d'Ivoire and Burkina Faso", "2008-07-29",
       [CI, "Burkina Faso"], [])],
    [S(KOU, "congratulations", "Morocco"),
     S(ALA, "gratitude", CI),
     S(KON, "gratitude", "Belgium"),
     S(KOU, "condolences", "Burkina Faso"),
     S(KOU, "condemnation", "Burkina Faso")],
    [CI, "Morocco", "Belgium", "Burkina Faso"],
    ["African Union", "European Union", "G5 Sahel"])

# ---------------------------------------------------------------- a06 Turkish wire
ERD, LOR, BAY, AYD = ("Halit Sinan Erdemoğlu", "Tamar Lortkipanidze", "Nurdan Bayraktaroğlu",
                      "Kemal Tahsin Aydemir")
GOLD["a06"] = doc(
    [P(ERD, ["Erdemoğlu", "Minister Erdemoğlu"], [pos("Foreign Minister", "Turkey")]),
     P(LOR, ["Lortkipanidze"], [pos("Foreign Minister", "Georgia")]),
     P(BAY, [], [pos("Deputy Undersecretary of the Ministry of Foreign Affairs", "Turkey")]),
     P(AYD, [], [pos("Prime Minister", "Turkey")])],
    [M([ERD, LOR, BAY], "2007-04-18", "Ankara",
       "working visit of the Georgian Foreign Minister to Turkey", "in-person",
       ["Baku-Tbilisi-Kars railway project", "energy transit",
        "situation in the Abkhazia and South Ossetia regions",
        "Georgia's aspiration to join NATO",
        "sovereignty and territorial integrity of Georgia",
        "Georgia's Euro-Atlantic integration",
        "cooperation between the diplomatic archives",
        "implementation of the Framework Agreement on the Baku-Tbilisi-Kars railway"]),
     M([AYD, LOR], "2007-04-18", None, None, "in-person", []),
     M([ERD, LOR], "2007-02-07", "Tbilisi",
       "signing of the Framework Agreement on the Baku-Tbilisi-Kars railway", "in-person", [])],
    [A("memorandum of understanding on cooperation between the diplomatic archives of the two foreign ministries",
       "2007-04-18", ["Turkey", "Georgia"], [ERD, LOR]),
     A("Framework Agreement on the Baku-Tbilisi-Kars railway", "2007-02-07",
       ["Turkey", "Azerbaijan", "Georgia"], [])],
    [S(ERD, "support", "Georgia"),
     S(LOR, "gratitude", "Turkey"),
     S(LOR, "invitation", "Turkey")],
    ["Turkey", "Georgia", "Azerbaijan"],
    ["NATO"])

# ---------------------------------------------------------------- a07 Iranian agency
SAD, HAR7, MIR, KLI, TAV, ONO = ("Hamid-Reza Sadeghinia", "Khalid bin Salim Al-Harthy",
                                 "Abbas Mirlohi-Fard", "Pavel Klimov", "Mohsen Tavakoli-Zarandi",
                                 "Takashi Onodera")
GOLD["a07"] = doc(
    [P(SAD, ["Sadeghinia"], [pos("Foreign Minister", "Iran")]),
     P(HAR7, ["Al-Harthy"], [pos("Minister Responsible for Foreign Affairs", "Oman")]),
     P(MIR, [], [pos("Secretary of the Supreme National Security Council", "Iran")]),
     P(KLI, [], [pos("Foreign Minister", "Russia")]),
     P(TAV, [], [pos("Deputy Foreign Minister for Asia-Pacific Affairs", "Iran")]),
     P(ONO, [], [pos("Ambassador to Tehran", "Japan")])],
    [M([SAD, HAR7], "2004-10-27", "Tehran", None, "in-person",
       ["bilateral ties", "ties with the Persian Gulf littoral states",
        "situation in Iraq ahead of the January elections",
        "security of navigation in the Strait of Hormuz",
        "memorandum of understanding on energy cooperation",
        "Iran's right to peaceful nuclear technology",
        "Iran's talks with Britain, France and Germany",
        "Tehran Declaration"]),
     M([MIR, HAR7], "2004-10-26", None, None, "in-person", []),
     M([SAD, KLI], "2004-10-26", None, None, "phone call",
       ["cooperation on the Bushehr nuclear power plant",
        "IAEA Board of Governors meeting in November"]),
     M([TAV, ONO], "2004-10-25", None, None, "in-person",
       ["earthquake in Niigata prefecture"])],
    [A("memorandum of understanding on energy cooperation", "2003-05", ["Iran", "Oman"], []),
     A("Tehran Declaration", "2003-10-21", ["Iran", "United Kingdom", "France", "Germany"], [])],
    [S(SAD, "gratitude", "Oman"),
     S(HAR7, "support", "Iran"),
     S(TAV, "condolences", "Japan")],
    ["Iran", "Oman", "Iraq", "United Kingdom", "France", "Germany", "Russia", "Japan"],
    ["International Atomic Energy Agency", "IAEA Board of Governors"])

# ---------------------------------------------------------------- a08 Korean MOFA
KWO, WIE, CHO, KAM = ("Kwon Tae-jun", "Tomasz Wierzbicki", "Cho Min-hyuk", "Ruth Wanjiru Kamau")
GOLD["a08"] = doc(
    [P(KWO, ["Vice Minister Kwon"], [pos("First Vice Minister of Foreign Affairs", "South Korea")]),
     P(WIE, ["Secretary of State Wierzbicki"],
       [pos("Secretary of State at the Ministry of Foreign Affairs", "Poland")]),
     P(CHO, ["Minister Cho"], [pos("Minister of Foreign Affairs", "South Korea")]),
     P(KAM, ["Cabinet Secretary Kamau"], [pos("Cabinet Secretary for Foreign and Diaspora Affairs", "Kenya")])],
    [M([KWO, WIE], "2023-06-01", "Seoul", "5th Korea-Poland Strategic Dialogue", "in-person",
       ["cooperation in the defense industry, nuclear energy and infrastructure",
        "strategic partnership",
        "Agreement on Social Security",
        "participation of Korean companies in the reconstruction of Ukraine",
        "North Korea's military reconnaissance satellite launch"]),
     M([WIE, CHO], "2023-05-31", None, None, "in-person",
       ["denuclearization of the Korean Peninsula"]),
     M([CHO, KAM], "2023-06-01", None,
       "visit of the Kenyan Cabinet Secretary for Foreign and Diaspora Affairs to Korea", "in-person",
       ["cooperation in ICT, e-government, agriculture and green energy",
        "first Korea-Africa Summit",
        "Korean humanitarian assistance to drought-affected communities in Kenya",
        "armed clashes in Sudan"])],
    [A("Agreement on Social Security", "2009", ["South Korea", "Poland"], [])],
    [S(KWO, "condemnation", "North Korea"),
     S(WIE, "condemnation", "North Korea"),
     S(CHO, "gratitude", "Poland"),
     S(CHO, "invitation", "Kenya"),
     S(KAM, "gratitude", "South Korea"),
     S(CHO, "concern", "Sudan"),
     S(KAM, "concern", "Sudan")],
    ["South Korea", "Poland", "Ukraine", "North Korea", "Kenya", "Sudan"],
    ["UN Security Council"])

# ---------------------------------------------------------------- a09 Japanese MOFA
TOM, HER, NAK, JAY, HAY, MUR = ("Hideaki Tominaga", "Chandana Ratnayake Herath", "Tetsuo Nakabayashi",
                                "Sarath Kumara Jayasekera", "Kenzo Hayashida", "Yoshitaka Murakoshi")
GOLD["a09"] = doc(
    [P(TOM, ["Minister Tominaga"], [pos("Minister for Foreign Affairs", "Japan")]),
     P(HER, ["Minister Herath"], [pos("Minister of Foreign Affairs", "Sri Lanka")]),
     P(NAK, [], [pos("Senior Vice-Minister for Foreign Affairs", "Japan")]),
     P(JAY, [], [pos("Ambassador to Japan", "Sri Lanka")]),
     P(HAY, [], [pos("Prime Minister", "Japan")]),
     P(MUR, [], [pos("Member of the House of Representatives", "Japan"),
                 pos("Chairman of the Japan-Sri Lanka Parliamentary Friendship League", "Japan")])],
    [M([TOM, HER], "2009-11-05", "Iikura Guest House",
       "visit of the Sri Lankan Minister of Foreign Affairs to Japan as a guest of the Ministry of Foreign Affairs",
       "in-person",
       ["end of the conflict in Sri Lanka",
        "national reconciliation and reconstruction of the North and the East",
        "Tokyo Conference on Reconstruction and Development of Sri Lanka",
        "internally displaced persons remaining in camps and their resettlement",
        "Japanese ODA loans and emergency grant aid",
        "situation in Myanmar",
        "cooperation within SAARC",
        "visit to Sri Lanka"]),
     M([HAY, HER], "2009-11-05", None, None, "in-person", []),
     M([MUR, HER], "2009-11-04", None, None, "in-person", [])],
    [A("Notes concerning the Japanese ODA loan for the Northern Road Connectivity Project", "2009-11-05",
       ["Japan", "Sri Lanka"], [NAK, JAY])],
    [S(TOM, "support", "Sri Lanka"),
     S(TOM, "concern", "Sri Lanka"),
     S(HER, "gratitude", "Japan"),
     S(HER, "invitation", "Japan")],
    ["Japan", "Sri Lanka", "Myanmar", "Norway", "United States"],
    ["South Asian Association for Regional Cooperation", "European Union"])

# ---------------------------------------------------------------- a10 Indonesian agency
RAT, FAI, SUH, MAR, HEN = ("Ratna Sekar Wulandari", "Faizal Azmi bin Mohd Nor", "Suhartono",
                           "Marçal de Jesus Soares", "Hendra Wijaya Santoso")
GOLD["a10"] = doc(
    [P(RAT, ["Minister Ratna", "Ibu Ratna", "Ratna"], [pos("Foreign Minister", "Indonesia")]),
     P(FAI, ["Dato' Seri Faizal"], [pos("Foreign Minister", "Malaysia")]),
     P(SUH, [], [pos("Director General for the Protection of Indonesian Citizens", "Indonesia")]),
     P(MAR, [], [pos("Minister of Foreign Affairs and Cooperation", "Timor-Leste")]),
     P(HEN, ["Pak Hendra"], [pos("Vice Foreign Minister", "Indonesia")])],
    [M([RAT, FAI], "2020-07-14", "Pancasila Building",
       "first in-person visit by a foreign minister to Indonesia since the COVID-19 pandemic", "in-person",
       ["protection of Indonesian migrant workers in Malaysia",
        "reciprocal green lane for essential business and official travel",
        "maritime boundary in the Sulawesi Sea",
        "immigration detention centres in Sabah",
        "repatriation of stranded Malaysian citizens",
        "review of the MoU on Indonesian domestic workers"]),
     M([RAT, MAR], "2020-07-13", None, None, "video call",
       ["unresolved segments of the land border",
        "Provisional Agreement on the Land Boundary",
        "reopening of border crossings",
        "Timor-Leste's application to join ASEAN"])],
    [A("MoU on the Recruitment and Placement of Indonesian Domestic Workers", "2006-05",
       ["Indonesia", "Malaysia"], []),
     A("Provisional Agreement on the Land Boundary", "2005-04-08", ["Indonesia", "Timor-Leste"], [])],
    [S(RAT, "concern", "Malaysia"),
     S(FAI, "gratitude", "Indonesia"),
     S(RAT, "support", "Timor-Leste"),
     S(RAT, "condolences", "Japan")],
    ["Indonesia", "Malaysia", "Timor-Leste", "Japan"],
    ["ASEAN"])

# ---------------------------------------------------------------- a11 Vietnamese agency
THI, KHA, KHU, ZUL = ("Le Quang Thinh", "Khamsing Phommachanh", "Truong Van Khuong",
                      "Zulkifli bin Ahmad Shukri")
GOLD["a11"] = doc(
    [P(THI, ["Deputy PM Thinh", "Thinh"], [pos("Deputy Prime Minister", "Vietnam"),
                                           pos("Foreign Minister", "Vietnam")]),
     P(KHA, ["Mr Khamsing", "Khamsing"], [pos("Deputy Prime Minister", "Laos"),
                                         pos("Minister of Foreign Affairs", "Laos")]),
     P(KHU, ["Khuong"], [pos("Politburo member", "Vietnam"),
                         pos("Permanent Member of the Party Central Committee's Secretariat", "Vietnam")]),
     P(ZUL, [], [pos("Ambassador to Vietnam", "Malaysia")])],
    [M([THI, KHA], "2006-05-17", "Hanoi",
       "official visit of the Lao Deputy Prime Minister and Minister of Foreign Affairs to Vietnam", "in-person",
       ["Vietnam-Laos special relationship",
        "Treaty of Amity and Cooperation",
        "8th National Congress of the Lao People's Revolutionary Party",
        "Vietnamese assistance in training Lao officials and students",
        "Lao socio-economic development plan for 2006-2010",
        "density of border markers",
        "East-West Economic Corridor",
        "coordination within ASEAN and the Mekong River Commission"]),
     M([KHU, KHA], "2006-05-17", "Party Central Committee's headquarters", None, "in-person",
       ["30th anniversary of the Treaty of Amity and Cooperation"]),
     M([THI, ZUL], "2006-05-17", None, "end of the Ambassador's tenure", "in-person",
       ["Vietnam-Malaysia relationship"])],
    [A("Treaty of Amity and Cooperation", "1977-07-18", ["Vietnam", "Laos"], []),
     A("Protocol amending the Consular Agreement", "2006-05-17", ["Vietnam", "Laos"], [THI, KHA])],
    [S(THI, "congratulations", "Laos"),
     S(THI, "support", "Laos"),
     S(KHA, "gratitude", "Vietnam")],
    ["Vietnam", "Laos", "Malaysia"],
    ["Lao People's Revolutionary Party", "ASEAN", "Mekong River Commission"])

# ---------------------------------------------------------------- a12 Kazakh MFA
DAU, DAM, SAR, TUR, ENK = ("Askar Dauletbayev", "Marius Dambrauskas", "Dinara Sarsenbayeva",
                           "Jasur Rustam ugli Tursunov", "Batbayaryn Enkhtuvshin")
GOLD["a12"] = doc(
    [P(DAU, ["Minister Dauletbayev"], [pos("Minister of Foreign Affairs", "Kazakhstan")]),
     P(DAM, ["Special Representative Dambrauskas"],
       [pos("European Union Special Representative for Central Asia", None, "European Union")]),
     P(SAR, [], [pos("Deputy Minister of Foreign Affairs", "Kazakhstan")]),
     P(TUR, ["Deputy Minister Tursunov"], [pos("Deputy Minister of Foreign Affairs", "Uzbekistan")]),
     P(ENK, ["Minister Enkhtuvshin"], [pos("Minister of Foreign Affairs", "Mongolia")])],
    [M([DAU, DAM], "2025-02-20", "Astana", None, "in-person",
       ["implementation of the Enhanced Partnership and Cooperation Agreement",
        "critical raw materials", "renewable hydrogen",
        "Trans-Caspian International Transport Route",
        "EU as Kazakhstan's largest trade and investment partner",
        "political and economic reforms in Kazakhstan",
        "situation in Afghanistan",
        "first EU-Central Asia Summit"]),
     M([SAR, TUR], "2025-02-19", "Astana",
       "political consultations between the foreign ministries of Kazakhstan and Uzbekistan", "in-person",
       ["implementation of the Declaration on Allied Relations",
        "water and energy cooperation",
        "demarcation of the state border",
        "electricity supply to southern Uzbekistan"]),
     M([DAU, ENK], "2025-02-18", None, None, "phone call",
       ["dzud in the western aimags of Mongolia", "official visit to Ulaanbaatar"])],
    [A("Enhanced Partnership and Cooperation Agreement", "2015-12-21", ["Kazakhstan", "European Union"], []),
     A("Declaration on Allied Relations", "2021-12-22", ["Kazakhstan", "Uzbekistan"], []),
     A("Programme of Cooperation between the Ministries of Foreign Affairs of the two countries for 2025-2026",
       "2025-02-19", ["Kazakhstan", "Uzbekistan"], [SAR, TUR])],
    [S(DAM, "support", "Kazakhstan"),
     S(TUR, "gratitude", "Kazakhstan"),
     S(DAU, "condolences", "Mongolia"),
     S(ENK, "invitation", "Kazakhstan")],
    ["Kazakhstan", "Uzbekistan", "Mongolia", "Afghanistan"],
    ["European Union"])

# ---------------------------------------------------------------- a13 Azerbaijani news site
TAH, CHE, YUC, HUS, FER = ("Rauf Tahirli", "Muhammad Arshad Cheema", "Mehmet Akif Yüceer",
                           "Leyla Vagif qizi Huseynova", "Matteo Ferrandi")
GOLD["a13"] = doc(
    [P(TAH, ["Minister Rauf Tahirli", "Minister Tahirli"], [pos("Minister of Foreign Affairs", "Azerbaijan")]),
     P(CHE, ["Deputy Prime Minister Cheema", "Cheema"], [pos("Deputy Prime Minister", "Pakistan"),
                                                         pos("Minister of Foreign Affairs", "Pakistan")]),
     P(YUC, ["Yüceer"],
       [pos("Chairman of the Foreign Affairs Committee of the Grand National Assembly of Türkiye", "Turkey")]),
     P(HUS, ["Deputy Minister Huseynova"], [pos("Deputy Minister of Foreign Affairs", "Azerbaijan")]),
     P(FER, [], [pos("NATO Secretary General's Special Representative for the Caucasus and Central Asia",
                     None, "NATO")])],
    [M([TAH, CHE], "2026-02-04", None, None, "phone call",
       ["terrorist attack in Balochistan province",
        "next trilateral meeting of the foreign ministers of Azerbaijan, Türkiye and Pakistan",
        "implementation of agreements reached at the highest level",
        "peace process between Azerbaijan and Armenia"]),
     M([TAH, YUC], "2026-02-03", "Baku", None, "in-person",
       ["\"one nation, two states\" principle",
        "Shusha Declaration on Allied Relations"]),
     M([HUS, FER], "2026-02-02", None, None, "in-person",
       ["Azerbaijan's participation in the Partnership for Peace programme",
        "humanitarian demining in the liberated territories",
        "regional connectivity projects"])],
    [A("Agreement on the Establishment of Peace and Interstate Relations", "2025-08-08",
       ["Azerbaijan", "Armenia"], []),
     A("Shusha Declaration on Allied Relations", "2021-06-15", ["Azerbaijan", "Turkey"], [])],
    [S(TAH, "condolences", "Pakistan"),
     S(TAH, "condemnation", "Pakistan"),
     S(CHE, "gratitude", "Azerbaijan"),
     S(CHE, "support", "Azerbaijan"),
     S(YUC, "invitation", "Azerbaijan"),
     S(HUS, "gratitude", "NATO")],
    ["Azerbaijan", "Pakistan", "Turkey", "Armenia"],
    ["NATO"])

# ---------------------------------------------------------------- a14 Brazilian press note
FON, CO, LIN, GAR = ("Antonio Cardoso Fontenelle", "Adelino Mendes Có", "Paulo Roberto Tavares Lins",
                     "Ricardo Esteban Garrido Paz")
GOLD["a14"] = doc(
    [P(FON, ["Minister Fontenelle"], [pos("Minister of External Relations", "Brazil")]),
     P(CO, ["Minister Có"],
       [pos("Minister of Foreign Affairs, International Cooperation and Communities", "Guinea-Bissau")]),
     P(LIN, [], [pos("Secretary-General of External Relations", "Brazil")]),
     P(GAR, ["Chancellor Garrido"], [pos("Foreign Minister", "Argentina")])],
    [M([FON, CO], "2010-11-10", "Itamaraty Palace",
       "official visit of the Minister of Foreign Affairs of Guinea-Bissau to Brazil", "in-person",
       ["technical cooperation in agriculture, health and professional training",
        "reform of the defence and security sector in Guinea-Bissau",
        "Guinea-Bissau configuration of the United Nations Peacebuilding Commission",
        "events of 1 April in Bissau",
        "consolidation of constitutional order in Guinea-Bissau",
        "training of Bissau-Guinean police officers",
        "cooperation within the CPLP"]),
     M([LIN, CO], "2010-11-09", None, None, "in-person", []),
     M([FON, GAR], "2010-11-08", None, None, "phone call",
       ["elections in Brazil on 31 October",
        "Mercosur Summit in Foz do Iguaçu",
        "cholera epidemic in Haiti",
        "MINUSTAH"])],
    [A("Complementary Adjustment to the Basic Agreement on Technical and Scientific Cooperation for the implementation of the project \"Support for the Security Forces Training Centre in Guinea-Bissau\"",
       "2010-11-10", ["Brazil", "Guinea-Bissau"], [FON, CO]),
     A("Basic Agreement on Technical and Scientific Cooperation", "1978-05-18",
       ["Brazil", "Guinea-Bissau"], [])],
    [S(FON, "concern", "Guinea-Bissau"),
     S(FON, "support", "Guinea-Bissau"),
     S(CO, "gratitude", "Brazil"),
     S(GAR, "congratulations", "Brazil"),
     S(FON, "concern", "Haiti"),
     S(GAR, "concern", "Haiti")],
    ["Brazil", "Guinea-Bissau", "Argentina", "Haiti"],
    ["United Nations Peacebuilding Commission", "United Nations",
     "Community of Portuguese Language Countries", "Mercosur", "MINUSTAH"])

# ---------------------------------------------------------------- a15 Cabo Verdean agency
FOR, VIL, LIM, NHA = ("Armindo Tavares Fortes", "Inês Marques Vilaça", "Jorge Humberto Lima Brito",
                      "Filipe Zacarias Nhantumbo")
CV = "Cabo Verde"
GOLD["a15"] = doc(
    [P(FOR, ["Minister Tavares Fortes", "Tavares Fortes"],
       [pos("Minister of Foreign Affairs and Communities", CV)]),
     P(VIL, ["Vilaça"], [pos("Secretary of State for Foreign Affairs and Cooperation", "Portugal")]),
     P(LIM, [], [pos("Prime Minister", CV)]),
     P(NHA, [], [pos("Minister of Foreign Affairs and Cooperation", "Mozambique")])],
    [M([FOR, VIL], "2015-07-21", "Praia",
       "working visit of the Portuguese Secretary of State for Foreign Affairs and Cooperation to Cabo Verde",
       "in-person",
       ["training of diplomats",
        "40th anniversary of the independence of Cabo Verde",
        "Special Partnership between Cabo Verde and the European Union",
        "Portuguese budget support",
        "Mobility Partnership between Cabo Verde and the European Union",
        "new Strategic Cooperation Programme",
        "consular issues",
        "Cabo Verdean community in Portugal"]),
     M([FOR, VIL], None, "Lisbon", "CPLP ministerial meeting", "in-person", []),
     M([LIM, VIL], "2015-07-21", None, None, "in-person",
       ["Praia-Lisbon air links", "next Portugal-Cabo Verde Summit"]),
     M([FOR, NHA], "2015-07-20", None, None, "phone call",
       ["40 years of independence of Cabo Verde",
        "political situation in Guinea-Bissau",
        "next meeting of the CPLP Council of Ministers"])],
    [A("memorandum of understanding on the training of diplomats", "2015-07-21", [CV, "Portugal"], [FOR, VIL]),
     A("Mobility Partnership between Cabo Verde and the European Union", "2008-06",
       [CV, "European Union"], [])],
    [S(VIL, "congratulations", CV),
     S(VIL, "support", CV),
     S(FOR, "gratitude", "Portugal"),
     S(NHA, "congratulations", CV)],
    [CV, "Portugal", "Mozambique", "Guinea-Bissau"],
    ["European Union", "Community of Portuguese Language Countries"])

# ---------------------------------------------------------------- a16 Ethiopian MFA
DES, AGH, ALM, MUL, ASA = ("Desta Woldemariam", "Abdulwahab Saleh Al-Aghbari", "Almaz Kidane",
                           "Mulugeta Tesfamariam", "Kwabena Asante-Mensah")
UNMEE = "United Nations Mission in Ethiopia and Eritrea"
GOLD["a16"] = doc(
    [P(DES, ["Ato Desta"], [pos("Foreign Minister", "Ethiopia")]),
     P(AGH, ["Dr. Al-Aghbari"], [pos("Minister of Foreign Affairs", "Yemen")]),
     P(ALM, [], [pos("Director-General of the Middle East Affairs Directorate", "Ethiopia")]),
     P(MUL, ["Ato Mulugeta"], [pos("State Minister of Foreign Affairs", "Ethiopia")]),
     P(ASA, [], [pos("Special Representative of the UN Secretary-General for Ethiopia and Eritrea",
                     None, "United Nations")])],
    [M([DES, AGH, ALM], "2003-12-01", "Addis Ababa",
       "preparation of the second summit of the Sana'a Forum for Cooperation", "in-person",
       ["agenda of the Sana'a Forum summit",
        "Somali National Reconciliation Conference",
        "security in the Red Sea",
        "trade between Ethiopia and Yemen",
        "Ethiopia-Eritrea boundary question",
        "political consultations between the foreign ministries"]),
     M([MUL, ASA], "2003-12-02", None, None, "in-person",
       ["Ethiopia's position on the work of the Ethiopia-Eritrea Boundary Commission",
        "Algiers Agreement",
        "role of UNMEE in the Temporary Security Zone"])],
    [A("Memorandum of Understanding on Political Consultations between the Ministries of Foreign Affairs of the two countries",
       "2003-12-01", ["Ethiopia", "Yemen"], [DES, AGH]),
     A("Algiers Agreement", "2000-12-12", ["Ethiopia", "Eritrea"], [])],
    [S(AGH, "support", "Ethiopia"),
     S(MUL, "gratitude", UNMEE),
     S(DES, "condolences", "Turkey"),
     S(DES, "condemnation", "Turkey")],
    ["Ethiopia", "Yemen", "Sudan", "Somalia", "Kenya", "Eritrea", "Turkey"],
    ["Sana'a Forum for Cooperation", "United Nations", UNMEE, "Ethiopia-Eritrea Boundary Commission"])


def write_all():
    for doc_id, data in sorted(GOLD.items()):
        path = os.path.join(HERE, doc_id + ".json")
        with open(path, "w", encoding="utf-8") as fh:
            json.dump(data, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
    print("wrote %d gold files to %s" % (len(GOLD), HERE))


if __name__ == "__main__":
    write_all()
