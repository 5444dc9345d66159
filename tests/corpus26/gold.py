"""Single source of the gold for src26 (b01-b16).

Run `python3 gold.py` to (re)write bNN.json next to this file.
Importing the module only defines GOLD; it writes nothing.
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))


def P(name, aliases=(), positions=()):
    return {"name": name, "aliases": list(aliases), "positions": [dict(p) for p in positions]}


def pos(title, country, organization=None):
    d = {"title": title, "country": country}
    if organization:
        d["organization"] = organization
    return d


def M(participants, date, location, occasion, kind, topics=()):
    return {"participants": list(participants), "date": date, "location": location,
            "occasion": occasion, "kind": kind, "topics": list(topics)}


def A(name, date, parties, signatories=()):
    return {"name": name, "date": date, "parties": list(parties), "signatories": list(signatories)}


def S(speaker, kind, addressee):
    return {"speaker": speaker, "kind": kind, "addressee": addressee}


def doc(persons, meetings, agreements, statements, countries, organizations):
    return {"persons": persons, "meetings": meetings, "agreements": agreements,
            "statements": statements, "countries": countries, "organizations": organizations}


GOLD = {}

# ---------------------------------------------------------------- b01
SAD, NAZ, TEM, TUR, ESE, SAI, VOL = ("Nurbol Sadykbekov", "Rustam Nazirkhodjaev", "Askar Temirgaliyev",
                                     "Almazbek Tursunaliev", "Bolot Esenkulov", "Farrukh Saidmuradov",
                                     "Heinrich Vollrath")
TOUR01 = "tour of Uzbekistan, Kyrgyzstan and Tajikistan ahead of the SCO summit"
GOLD["b01"] = doc(
    persons=[
        P(SAD, ["Sadykbekov", "Minister Sadykbekov"], [pos("Minister of Foreign Affairs", "Kazakhstan")]),
        P(NAZ, ["Nazirkhodjaev"], [pos("Foreign Minister", "Uzbekistan")]),
        P(TEM, [], [pos("Deputy Foreign Minister", "Kazakhstan")]),
        P(TUR, ["Tursunaliev"], [pos("Foreign Minister", "Kyrgyzstan")]),
        P(ESE, [], [pos("Prime Minister", "Kyrgyzstan")]),
        P(SAI, [], [pos("Foreign Minister", "Tajikistan")]),
        P(VOL, [], [pos("Head of the OSCE Centre in Dushanbe", None, "OSCE")]),
    ],
    meetings=[
        M([SAD, NAZ, TEM], "2004-06-07", "Tashkent", TOUR01, "in-person",
          ["use of water in the Syr Darya basin", "demarcation of the common border",
           "railway transit tariffs", "Programme of Cooperation between the Foreign Ministries"]),
        M([SAD, NAZ], "2004-02", "Almaty", None, "in-person", []),
        M([SAD, TUR, ESE], "2004-06-08", "Bishkek", TOUR01, "in-person",
          ["work of the Collective Security Treaty Organization", "fight against drug trafficking",
           "opium production in Afghanistan", "humanitarian aid after the mudslides in Jalal-Abad"]),
        M([SAD, SAI], "2004-06-10", "Dushanbe", TOUR01, "in-person",
          ["preparations for the SCO summit", "cooperation in hydropower",
           "situation on the Tajik-Afghan border", "official visit of the President of Tajikistan to Astana"]),
        M([SAD, VOL], None, "Dushanbe", None, "in-person", ["OSCE border management projects"]),
    ],
    agreements=[
        A("Programme of Cooperation between the Foreign Ministries for 2004-2005", "2004-06-07",
          ["Kazakhstan", "Uzbekistan"], [SAD, NAZ]),
    ],
    statements=[
        S(SAD, "concern", "Afghanistan"),
        S(TUR, "gratitude", "Kazakhstan"),
        S(SAD, "invitation", "Tajikistan"),
    ],
    countries=["Kazakhstan", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Afghanistan"],
    organizations=["Shanghai Cooperation Organisation", "Collective Security Treaty Organization",
                   "OSCE", "OSCE Centre in Dushanbe"],
)

# ---------------------------------------------------------------- b02
COS, VAL, VEI, MAC, CAR, CHO, FON, ALB = ("Eduardo Cossa", "Henrique Serpa Valadares", "Tomás Veiga Antunes",
                                          "Luísa Macuácua", "Helena Carrilho", "Mário Chongo",
                                          "Augusto Fonseca Leal", "Rui Albergaria")
SV02 = "state visit of the President of Mozambique to Portugal"
TOP02 = ["reconstruction after cyclones Idai and Kenneth", "peace process with Renamo",
         "security in Cabo Delgado province"]
GOLD["b02"] = doc(
    persons=[
        P(COS, ["Cossa"], [pos("President", "Mozambique")]),
        P(VAL, ["Valadares"], [pos("President", "Portugal")]),
        P(VEI, ["Veiga Antunes"], [pos("Foreign Minister", "Portugal")]),
        P(MAC, ["Macuácua"], [pos("Minister of Foreign Affairs and Cooperation", "Mozambique")]),
        P(CAR, [], [pos("Minister of Labour, Solidarity and Social Security", "Portugal")]),
        P(CHO, [], [pos("Minister of Labour", "Mozambique")]),
        P(FON, ["Fonseca Leal"], [pos("President of the Assembly of the Republic", "Portugal")]),
        P(ALB, [], [pos("Prime Minister", "Portugal")]),
    ],
    meetings=[
        M([COS, VAL], "2019-07-08", "Belém Palace", SV02, "in-person", TOP02),
        M([COS, VAL, VEI, MAC], "2019-07-08", "Belém Palace", SV02, "in-person",
          TOP02 + ["emergency aid after the cyclones"]),
        M([COS, FON], "2019-07-09", "Assembly of the Republic", SV02, "in-person",
          ["visit of a Mozambican parliamentary delegation to Lisbon"]),
        M([COS, ALB, VEI], "2019-07-10", None, SV02, "in-person",
          ["next bilateral summit in Maputo"]),
        M([COS, VAL], "2017-06", "Maputo", "state visit of the Portuguese President to Mozambique",
          "in-person", []),
    ],
    agreements=[
        A("Strategic Cooperation Programme 2020-2024", "2019-07-08", ["Portugal", "Mozambique"], [VEI, MAC]),
        A("agreement on social security", "2019-07-08", ["Portugal", "Mozambique"], [CAR, CHO]),
    ],
    statements=[
        S(VAL, "support", "Mozambique"),
        S(COS, "gratitude", "Portugal"),
        S(VAL, "condolences", "Mozambique"),
        S(FON, "invitation", "Mozambique"),
    ],
    countries=["Mozambique", "Portugal"],
    organizations=["Renamo", "Portugal-Mozambique Chamber of Commerce"],
)

# ---------------------------------------------------------------- b03
DEL, TSU, PHA, HAD, HAM, OCA, FER, DIM = ("Ramon Tuazon Delfino", "Hideaki Tsurumaki", "Pham Quoc Tuan",
                                          "Wahyu Hadisoebroto", "Rosli Hamidon", "Eduardo Ocampo",
                                          "Callum Ferrier", "Maria Luisa Dimaculangan")
ASE = "27th ASEAN Summit and related summits"
GOLD["b03"] = doc(
    persons=[
        P(DEL, ["Delfino"], [pos("Foreign Affairs Secretary", "Philippines")]),
        P(TSU, ["Tsurumaki"], [pos("Foreign Minister", "Japan")]),
        P(PHA, ["Deputy PM Tuan"], [pos("Deputy Prime Minister", "Vietnam"), pos("Foreign Minister", "Vietnam")]),
        P(HAD, [], [pos("Foreign Minister", "Indonesia")]),
        P(HAM, [], [pos("Foreign Minister", "Malaysia")]),
        P(OCA, ["Ocampo"], [pos("President", "Philippines")]),
        P(FER, ["Ferrier"], [pos("Prime Minister", "New Zealand")]),
        P(DIM, [], [pos("Department of Foreign Affairs spokesperson", "Philippines")]),
    ],
    meetings=[
        M([DEL, TSU], "2015-11-20", "Kuala Lumpur", ASE, "in-person",
          ["patrol vessels for the Philippine Coast Guard", "arbitration case on the South China Sea",
           "rebuilding after typhoon Yolanda"]),
        M([DEL, TSU], "2015-06-04", "Tokyo", "state visit of the Philippine President to Japan", "in-person", []),
        M([DEL, PHA], "2015-11-20", "Kuala Lumpur", ASE, "in-person",
          ["planned strategic partnership", "fisheries cooperation",
           "land reclamation and construction in the disputed waters"]),
        M([DEL, HAD, HAM], "2015-11-21", "Kuala Lumpur Convention Centre", ASE, "in-person",
          ["kidnappings at sea", "abduction of seafarers by the Abu Sayyaf group",
           "coordinated patrols in the Sulu Sea"]),
        M([OCA, DEL, FER], "2015-11-21", "Kuala Lumpur", ASE, "in-person",
          ["APEC meeting in Manila", "dairy trade", "working holiday scheme"]),
    ],
    agreements=[
        A("Kuala Lumpur Declaration on ASEAN 2025", "2015-11-22", ["ASEAN"], [OCA]),
    ],
    statements=[
        S(TSU, "support", "Philippines"),
        S(DEL, "gratitude", "Japan"),
        S(PHA, "concern", None),
        S(DEL, "condemnation", "Abu Sayyaf"),
        S(HAD, "condemnation", "Abu Sayyaf"),
        S(HAM, "condemnation", "Abu Sayyaf"),
        S(FER, "congratulations", "Philippines"),
    ],
    countries=["Philippines", "Japan", "Vietnam", "Indonesia", "Malaysia", "New Zealand", "China"],
    organizations=["ASEAN", "APEC", "Abu Sayyaf"],
)

# ---------------------------------------------------------------- b04
KPA, DUR, TIE, SAL, BEL, AME, SOU = ("Aurélien Kpadonou", "Claire Durandet", "Moussa Tiendrébéogo",
                                     "Harouna Djibo Salifou", "Yusuf Danladi Bello", "Kossi Amégnran",
                                     "Amadou Kaka Souley")
SUM04 = "extraordinary ECOWAS summit"
GOLD["b04"] = doc(
    persons=[
        P(KPA, ["Kpadonou"], [pos("Minister of Foreign Affairs", "Benin")]),
        P(DUR, [], [pos("Minister for Europe and Foreign Affairs", "France")]),
        P(TIE, ["Tiendrébéogo"], [pos("President of the ECOWAS Commission", None, "ECOWAS Commission")]),
        P(SAL, [], []),
        P(BEL, [], [pos("Minister of Foreign Affairs", "Nigeria")]),
        P(AME, [], [pos("Foreign Minister", "Togo")]),
        P(SOU, ["Souley"], [pos("Minister of Foreign Affairs", "Niger")]),
    ],
    meetings=[
        M([KPA, DUR], "2023-07-27", None, None, "phone call",
          ["safety of the detained President of Niger", "possible evacuation of foreign nationals"]),
        M([KPA, TIE], "2023-07-28", None, None, "phone call", ["ECOWAS mediation efforts in Niger"]),
        M([KPA, BEL], "2023-07-30", "Abuja", SUM04, "in-person",
          ["Benin's border with Niger", "humanitarian cargo"]),
        M([KPA, AME, TIE], "2023-07-30", "Abuja", SUM04, "in-person",
          ["implementation of the summit's decisions", "closure of borders",
           "suspension of financial transactions"]),
        M([KPA, SOU], "2023-06-12", "Niamey", None, "in-person",
          ["security along the shared border", "Benin-Niger oil pipeline"]),
    ],
    agreements=[],
    statements=[
        S(KPA, "condemnation", "Niger"),
        S(KPA, "concern", "Niger"),
        S(DUR, "concern", "Niger"),
        S(KPA, "support", "ECOWAS"),
        S(BEL, "gratitude", "Benin"),
    ],
    countries=["Benin", "Niger", "France", "Nigeria", "Togo"],
    organizations=["ECOWAS", "ECOWAS Commission"],
)

# ---------------------------------------------------------------- b05
SOL, LUK, DAW, NDE, ELA = ("Karim Abdel-Wahab Soliman", "Bernard Kasongo Lukusa", "Dawit Alemayehu Bekele",
                           "Wanjiru Ndegwa", "Hashim Osman Elamin")
GOLD["b05"] = doc(
    persons=[
        P(SOL, ["Soliman"], [pos("Foreign Minister", "Egypt")]),
        P(LUK, ["Lukusa"], [pos("Special Envoy for the Nile", None, "African Union")]),
        P(DAW, ["Dawit"], [pos("Foreign Minister", "Ethiopia")]),
        P(NDE, ["Ndegwa"], [pos("Foreign Affairs Cabinet Secretary", "Kenya")]),
        P(ELA, ["Elamin"], [pos("Foreign Minister", "Sudan")]),
    ],
    meetings=[
        M([SOL, LUK], "2026-03-10", "Cairo", None, "in-person",
          ["Nile negotiations", "the envoy's consultations in Addis Ababa",
           "meeting of the three heads of government"]),
        M([SOL, DAW, NDE], "2025-05-03", "Nairobi", None, "in-person",
          ["filling of the Grand Ethiopian Renaissance Dam reservoir", "African-led solution"]),
        M([ELA, SOL, DAW], "2025-07", "Addis Ababa", None, "in-person",
          ["revival of the technical committees"]),
        M([ELA, SOL], "2026-03-08", None, None, "phone call",
          ["Sudanese refugees in Egypt", "coordination between the downstream countries"]),
        M([LUK, DAW], "2026-03", "Addis Ababa", None, "in-person", []),
    ],
    agreements=[
        A("Declaration of Principles", "2015-03-23", ["Egypt", "Ethiopia", "Sudan"], []),
    ],
    statements=[
        S(SOL, "concern", "Ethiopia"),
        S(NDE, "support", "African Union"),
        S(SOL, "invitation", "Ethiopia"),
        S(ELA, "gratitude", "Egypt"),
    ],
    countries=["Egypt", "Ethiopia", "Kenya", "Sudan"],
    organizations=["African Union"],
)

# ---------------------------------------------------------------- b06
VIT, TAN, CEB, JAN, PIH, STE, SEI, KRA = ("Ilze Vītola", "Hiroshi Tanabe", "Ion Cebotaru", "Vytautas Jankūnas",
                                          "Margus Pihlak", "Uldis Šteinbergs", "Daniyar Seitkazin",
                                          "Bohdan Kravets")
GOLD["b06"] = doc(
    persons=[
        P(VIT, ["Ms Vītola", "Minister Vītola"], [pos("Foreign Minister", "Latvia")]),
        P(TAN, [], [pos("Ambassador to Latvia", "Japan")]),
        P(CEB, [], [pos("Minister of Foreign Affairs", "Moldova")]),
        P(JAN, ["Minister Jankūnas"], [pos("Foreign Minister", "Lithuania")]),
        P(PIH, [], [pos("Foreign Minister", "Estonia")]),
        P(STE, [], [pos("State Secretary", "Latvia")]),
        P(SEI, [], [pos("Deputy Minister of Foreign Affairs", "Kazakhstan")]),
        P(KRA, ["Ambassador Kravets"], [pos("Ambassador to Latvia", "Ukraine")]),
    ],
    meetings=[
        M([VIT, TAN], "2024-05-13", None, "presentation of a copy of credentials", "in-person",
          ["Japan's support to Ukraine", "consultations on cyber security"]),
        M([VIT, CEB], "2024-05-14", None, None, "phone call",
          ["Moldova's path to EU membership", "opening of accession negotiations", "energy security",
           "fight against disinformation"]),
        M([VIT, JAN, PIH], "2024-05-15", "Vilnius", "meeting of the Baltic foreign ministers", "in-person",
          ["preparation of the NATO summit in Washington", "Russian strikes on Ukraine's energy infrastructure",
           "air defence systems for Ukraine"]),
        M([STE, SEI], "2024-05-16", "Riga", "political consultations", "in-person",
          ["transit through Latvian ports", "cooperation in higher education", "intergovernmental commission"]),
        M([VIT, KRA], "2024-05-03", None, None, "in-person",
          ["Latvia's assistance to the Zhytomyr region", "text of the memorandum of understanding"]),
    ],
    agreements=[
        A("memorandum of understanding on Latvia's participation in the reconstruction of the Zhytomyr region",
          "2024-05-17", ["Latvia", "Ukraine"], [VIT, KRA]),
    ],
    statements=[
        S(VIT, "gratitude", "Japan"),
        S(VIT, "support", "Moldova"),
        S(VIT, "condemnation", "Russia"),
        S(JAN, "condemnation", "Russia"),
        S(PIH, "condemnation", "Russia"),
        S(JAN, "invitation", None),
    ],
    countries=["Latvia", "Japan", "Ukraine", "Moldova", "Lithuania", "Estonia", "Russia", "Kazakhstan",
               "Armenia", "Georgia", "Poland"],
    organizations=["European Union", "NATO", "Foreign Affairs Council"],
)

# ---------------------------------------------------------------- b07
FRS, QUI, BEN, SAO, AND, LOZ = ("Gonzalo Ferrés Arismendi", "Rafael Quiroz Valdivia", "Ana Laura Bentancor",
                                "Jorge Salazar Oré", "Patricio Andrade Salvador", "María Teresa Lozano Rivas")
TOUR07 = "tour of Peru, Ecuador and Colombia by the Uruguayan Foreign Minister"
GOLD["b07"] = doc(
    persons=[
        P(FRS, ["Ferrés", "Minister Ferrés"], [pos("Minister of Foreign Affairs", "Uruguay")]),
        P(QUI, ["Quiroz"], [pos("Foreign Minister", "Peru")]),
        P(BEN, [], [pos("Undersecretary of Foreign Affairs", "Uruguay")]),
        P(SAO, [], [pos("Vice Minister of Foreign Affairs", "Peru")]),
        P(AND, [], [pos("Minister of Foreign Affairs, Trade and Integration", "Ecuador")]),
        P(LOZ, ["Lozano"], [pos("Foreign Minister", "Colombia")]),
    ],
    meetings=[
        M([FRS, QUI], "2012-09-10", "Lima", TOUR07, "in-person",
          ["trade", "Pacific Alliance", "Uruguayan fishing fleet in the South Pacific", "consular cooperation"]),
        M([FRS, QUI], "2012-06-04", "Cochabamba", "OAS General Assembly", "in-person", []),
        M([FRS, AND], "2012-09-11", "Quito", TOUR07, "in-person",
          ["regional arbitration centre for investment disputes within UNASUR",
           "Ecuador's candidacy to the Human Rights Council"]),
        M([FRS, LOZ], "2012-09-13", "Bogotá", TOUR07, "in-person",
          ["peace talks between the Colombian Government and the FARC", "venues for technical meetings",
           "bilateral commission on drug trafficking"]),
    ],
    agreements=[
        A("memorandum of understanding on consular cooperation", "2012-09-10", ["Uruguay", "Peru"], [FRS, QUI]),
        A("agreement on the mutual recognition of university degrees", "2012-09-10", ["Uruguay", "Peru"],
          [BEN, SAO]),
    ],
    statements=[
        S(AND, "invitation", "Uruguay"),
        S(AND, "gratitude", "Uruguay"),
        S(FRS, "support", "Colombia"),
        S(LOZ, "gratitude", "Uruguay"),
    ],
    countries=["Uruguay", "Peru", "Ecuador", "Colombia"],
    organizations=["Mercosur", "Pacific Alliance", "OAS", "UNASUR", "Human Rights Council", "FARC"],
)

# ---------------------------------------------------------------- b08
CRS, FAK, WHI, VAT, HOR = ("Helen Carstairs", "Sione Fakatava", "Gareth Whitcombe", "Losana Vatuvei",
                           "Takuya Horikawa")
PIF = "Pacific Islands Forum Leaders Meeting"
GOLD["b08"] = doc(
    persons=[
        P(CRS, ["Carstairs"], [pos("Foreign Minister", "Australia")]),
        P(FAK, [], [pos("Prime Minister", "Tonga")]),
        P(WHI, ["Whitcombe"], [pos("Foreign Minister", "New Zealand")]),
        P(VAT, [], [pos("Secretary General of the Pacific Islands Forum Secretariat", None,
                        "Pacific Islands Forum Secretariat")]),
        P(HOR, [], [pos("State Minister for Foreign Affairs", "Japan")]),
    ],
    meetings=[
        M([CRS, FAK], "2018-09-04", "Nauru", PIF, "in-person",
          ["reconstruction after Cyclone Gita", "labour mobility", "Tonga's debt"]),
        M([CRS, WHI, VAT], "2018-09-04", "Nauru", PIF, "in-person",
          ["Forum budget", "fisheries surveillance"]),
        M([CRS, WHI], "2018-02", "Sydney", "annual Australia-New Zealand Foreign Ministers' Consultations",
          "in-person", []),
        M([CRS, HOR], "2018-09-06", "Nauru", "Post-Forum Dialogue", "in-person",
          ["support for undersea cable projects in the region"]),
    ],
    agreements=[
        A("Boe Declaration on Regional Security", "2018-09-05", ["Pacific Islands Forum"], []),
    ],
    statements=[
        S(FAK, "gratitude", "Australia"),
        S(CRS, "congratulations", "Nauru"),
        S(CRS, "invitation", "Solomon Islands"),
    ],
    countries=["Australia", "Nauru", "Tonga", "New Zealand", "Solomon Islands", "Japan"],
    organizations=["Pacific Islands Forum", "Pacific Islands Forum Secretariat", "United Nations General Assembly"],
)

# ---------------------------------------------------------------- b09
HYV, ARA, LAA, HAY, KUR, HAN = ("Marjatta Hyvönen", "Kenzo Aramaki", "Pertti Laaksonen", "Natsuko Hayami",
                                "Tadashi Kuroyanagi", "Shoichiro Hanabusa")
SV09 = "state visit of the President of Finland to Japan"
GOLD["b09"] = doc(
    persons=[
        P(HYV, ["Hyvönen", "President Hyvönen"], [pos("President", "Finland")]),
        P(ARA, ["Aramaki"], [pos("Prime Minister", "Japan")]),
        P(LAA, ["Laaksonen"], [pos("Minister for Foreign Trade and Development", "Finland")]),
        P(HAY, ["Hayami"], [pos("Foreign Minister", "Japan")]),
        P(KUR, [], [pos("Speaker of the House of Representatives", "Japan")]),
        P(HAN, [], [pos("chairman of Keidanren", "Japan")]),
    ],
    meetings=[
        M([HYV, ARA, LAA], "2003-11-11", "Prime Minister's Office", SV09, "in-person",
          ["trade", "research cooperation", "future of the Kyoto Protocol", "situation in Iraq",
           "Japan's bid for a permanent seat on the UN Security Council", "visit of the Prime Minister to Finland"]),
        M([HAY, LAA], "2003-11-11", None, SV09, "in-person",
          ["memorandum on cooperation in science and technology"]),
        M([HYV, KUR], "2003-11-12", "National Diet", SV09, "in-person", []),
        M([HYV, HAN], "2003-11-12", None, "seminar on information technology", "in-person",
          ["information technology"]),
        M([HYV, ARA], "2002-09", "Copenhagen", "summit of the Asia-Europe Meeting", "in-person",
          ["Finnish-Japanese forum on the information society"]),
    ],
    agreements=[
        A("memorandum on cooperation in science and technology", "2003-11-11", ["Finland", "Japan"], [LAA, HAY]),
    ],
    statements=[
        S(ARA, "gratitude", "Finland"),
        S(HYV, "invitation", "Japan"),
    ],
    countries=["Finland", "Japan", "Iraq"],
    organizations=["UN Security Council", "Keidanren", "Asia-Europe Meeting"],
)

# ---------------------------------------------------------------- b10
ROU, KUW, HAR, MHE, HAL, RAW = ("Abdulaziz Nasser Al-Roumi", "Khalid bin Jassim Al-Kuwari", "Faisal Al-Harbi",
                                "Saeed Rashid Al-Mheiri", "Robert Hallorann", "Salim bin Hamad Al-Rawahi")
CR10 = "Kuwaiti mediation in the Gulf crisis"
GOLD["b10"] = doc(
    persons=[
        P(ROU, ["Al-Roumi"], [pos("Foreign Minister", "Kuwait")]),
        P(KUW, [], [pos("Foreign Minister", "Qatar")]),
        P(HAR, [], [pos("Foreign Minister", "Saudi Arabia")]),
        P(MHE, [], [pos("Minister of State for Foreign Affairs", "United Arab Emirates")]),
        P(HAL, [], [pos("Secretary of State", "United States")]),
        P(RAW, [], [pos("Minister Responsible for Foreign Affairs", "Oman")]),
    ],
    meetings=[
        M([ROU, KUW], "2017-06-05", None, CR10, "phone call",
          ["severing of diplomatic ties with Qatar", "Kuwaiti offer to mediate", "escalation among GCC states"]),
        M([ROU, HAR], "2017-06-06", None, CR10, "in-person",
          ["Saudi demands", "Riyadh Agreement"]),
        M([ROU, HAR], "2017-05-21", "Riyadh", "Arab Islamic American Summit", "in-person", []),
        M([ROU, MHE], "2017-06-07", "Abu Dhabi", CR10, "in-person", []),
        M([ROU, KUW], "2017-06-07", "Doha", CR10, "in-person", []),
        M([ROU, HAL], "2017-06-08", None, CR10, "phone call",
          ["Kuwaiti mediation", "fight against terrorism"]),
        M([ROU, RAW], "2017-06-09", "Kuwait City", CR10, "in-person", ["Kuwait's mediation efforts"]),
    ],
    agreements=[
        A("Riyadh Agreement", "2013-11", ["Saudi Arabia", "Qatar", "Kuwait"], []),
    ],
    statements=[
        S(KUW, "gratitude", "Kuwait"),
        S(ROU, "concern", "Gulf Cooperation Council"),
        S(HAL, "support", "Kuwait"),
        S(RAW, "support", "Kuwait"),
    ],
    countries=["Kuwait", "Saudi Arabia", "United Arab Emirates", "Bahrain", "Egypt", "Qatar", "United States",
               "Oman"],
    organizations=["Gulf Cooperation Council"],
)

# ---------------------------------------------------------------- b11
THA, KHO, RAG, ADH = ("Bishnu Kumar Thapaliya", "Anjali Khosla", "Vikram Raghunathan", "Shankar Prasad Adhikary")
GOLD["b11"] = doc(
    persons=[
        P(THA, ["Thapaliya"], [pos("Ambassador to India", "Nepal")]),
        P(KHO, ["Khosla"], [pos("Foreign Secretary", "India")]),
        P(RAG, ["Raghunathan"], [pos("External Affairs Minister", "India")]),
        P(ADH, ["Adhikary"], [pos("Foreign Minister", "Nepal")]),
    ],
    meetings=[
        M([THA, KHO], "2020-07-20", "New Delhi", None, "in-person",
          ["boundary dispute", "timing of boundary talks"]),
        M([RAG, ADH], "2019-08-21", "Kathmandu", "fifth meeting of the Nepal-India Joint Commission", "in-person",
          ["Motihari-Amlekhgunj petroleum pipeline", "meeting of the foreign secretaries on the boundary issues"]),
        M([THA, KHO], "2019-12-09", None, None, "in-person", ["diplomatic note on the new political map"]),
    ],
    agreements=[
        A("Treaty of Sugauli", "1816", ["Nepal", "East India Company"], []),
        A("Treaty of Peace and Friendship", "1950", ["India", "Nepal"], []),
    ],
    statements=[
        S(ADH, "concern", "India"),
        S(ADH, "invitation", "India"),
    ],
    countries=["Nepal", "India", "China"],
    organizations=["East India Company"],
)

# ---------------------------------------------------------------- b12
VRH, CAU, LUC, RAD, BUL, STF, DER = ("Andrej Vrhovnik", "Mirsad Čaušević", "Zoran Lukač", "Ivana Radonjić",
                                     "Vuksan Bulatović", "Nenad Stefanović", "Ilir Dervishi")
TOUR12 = "Western Balkans tour of the Slovenian Foreign Minister"
GOLD["b12"] = doc(
    persons=[
        P(VRH, ["Vrhovnik"], [pos("Foreign Minister", "Slovenia")]),
        P(CAU, [], [pos("Minister of Foreign Affairs", "Bosnia and Herzegovina")]),
        P(LUC, [], [pos("Chairman of the Council of Ministers", "Bosnia and Herzegovina")]),
        P(RAD, [], [pos("Foreign Minister", "Montenegro")]),
        P(BUL, [], [pos("Prime Minister", "Montenegro")]),
        P(STF, ["Stefanović"], [pos("Foreign Minister", "Serbia")]),
        P(DER, [], [pos("Foreign Minister", "Albania")]),
    ],
    meetings=[
        M([VRH, CAU], "2010-04-12", "Sarajevo", TOUR12, "in-person",
          ["Euro-Atlantic integration of Bosnia and Herzegovina", "constitutional reform"]),
        M([VRH, LUC], "2010-04-12", "Sarajevo", TOUR12, "in-person",
          ["Euro-Atlantic integration of Bosnia and Herzegovina", "constitutional reform"]),
        M([VRH, RAD], "2010-04-13", "Podgorica", TOUR12, "in-person",
          ["cooperation in European integration", "translation of EU legislation"]),
        M([VRH, BUL], None, None, TOUR12, "in-person", []),
        M([VRH, STF], "2010-04-14", "Belgrade", TOUR12, "in-person",
          ["succession issues of the former Yugoslavia", "Brdo process of regional cooperation",
           "visa-free travel for Serbian citizens"]),
        M([VRH, DER], "2010-04-15", None, None, "phone call", ["rescheduling of the visit to Tirana"]),
    ],
    agreements=[
        A("agreement on cooperation in European integration", "2010-04-13", ["Slovenia", "Montenegro"], [VRH, RAD]),
    ],
    statements=[
        S(VRH, "condolences", "Poland"),
        S(VRH, "support", "Bosnia and Herzegovina"),
        S(STF, "gratitude", "Slovenia"),
        S(VRH, "invitation", "Serbia"),
    ],
    countries=["Slovenia", "Iceland", "Albania", "Poland", "Bosnia and Herzegovina", "Montenegro", "Serbia"],
    organizations=["European Union"],
)

# ---------------------------------------------------------------- b13
BEC, DOO, LIN, DES, REN, BAS = ("Audley Beckford", "Ravi Doodnath", "Marcia Lindo-Haughton",
                                "Jean-Robert Désinor", "Aníbal Rengifo", "Leroy Bascombe")
CHG = "34th Regular Meeting of the Conference of Heads of Government of CARICOM"
GOLD["b13"] = doc(
    persons=[
        P(BEC, ["Beckford"], [pos("Prime Minister", "Jamaica")]),
        P(DOO, [], [pos("Prime Minister", "Trinidad and Tobago")]),
        P(LIN, ["Mrs Lindo-Haughton"], [pos("Minister of Foreign Affairs and Foreign Trade", "Jamaica")]),
        P(DES, [], [pos("President", "Haiti")]),
        P(REN, ["Rengifo"], [pos("Foreign Minister", "Venezuela")]),
        P(BAS, [], [pos("Secretary-General", None, "CARICOM")]),
    ],
    meetings=[
        M([BEC, DOO, LIN], "2013-07-04", "Port of Spain", CHG, "in-person",
          ["access for Jamaican manufactured goods to the Trinidad market", "technical team on trade complaints"]),
        M([BEC, DES], "2013-07-05", "Port of Spain", CHG, "in-person", ["training of Haitian police officers"]),
        M([BEC, DES], "2013-02", "Port-au-Prince", "intersessional meeting of the Conference of Heads of Government",
          "in-person", []),
        M([BEC, LIN, REN], "2013-07-06", "Port of Spain", CHG, "in-person", ["PetroCaribe shipments"]),
        M([LIN, BAS], None, None, None, "in-person",
          ["financing of the CARICOM Secretariat", "arrears owed by member states"]),
    ],
    agreements=[
        A("Revised Treaty of Chaguaramas", "2001-07-05", ["CARICOM"], []),
    ],
    statements=[
        S(BEC, "congratulations", "Trinidad and Tobago"),
        S(DES, "gratitude", "Jamaica"),
        S(BEC, "gratitude", "Venezuela"),
    ],
    countries=["Jamaica", "Trinidad and Tobago", "Haiti", "Venezuela", "Barbados", "Antigua and Barbuda"],
    organizations=["CARICOM", "PetroCaribe"],
)

# ---------------------------------------------------------------- b14
BNT, MON, CAB, LEF, KUI = ("Driss Bennani Tazi", "Álvaro Montes Ibarra", "Elena Cabrera Soler",
                           "Bertrand Lefeuvre", "Maarten Kuipersma")
GOLD["b14"] = doc(
    persons=[
        P(BNT, ["Bennani"], [pos("Minister of Foreign Affairs and Cooperation", "Morocco")]),
        P(MON, ["Montes"], [pos("Minister of Foreign Affairs and Cooperation", "Spain")]),
        P(CAB, [], [pos("First Vice-President", "Spain")]),
        P(LEF, ["Lefeuvre"], [pos("Minister of Foreign Affairs", "France")]),
        P(KUI, ["Kuipersma"], [pos("Personal Envoy of the UN Secretary-General for Western Sahara", None,
                                   "United Nations")]),
    ],
    meetings=[
        M([BNT, MON], "2006-02-20", "Madrid", None, "in-person",
          ["joint management of migration", "attempts to cross the border fences at Ceuta and Melilla",
           "next Moroccan-Spanish high-level meeting", "fight against irregular migration"]),
        M([BNT, CAB], None, None, None, "in-person", []),
        M([BNT, MON], "2005-10-09", "Rabat", None, "in-person", ["events at the Ceuta and Melilla fences"]),
        M([BNT, LEF], "2006-02-22", "Quai d'Orsay", None, "in-person",
          ["framework partnership document 2006-2010", "advanced status in relations with the European Union",
           "cartoons of the Prophet"]),
        M([BNT, KUI], "2006-02-23", "Rabat", None, "in-person",
          ["Western Sahara", "autonomy for the territory within Moroccan sovereignty"]),
    ],
    agreements=[
        A("framework partnership document for 2006-2010", "2006-02-22", ["France", "Morocco"], [BNT, LEF]),
        A("Association Agreement", "1996", ["Morocco", "European Union"], []),
    ],
    statements=[
        S(MON, "gratitude", "Morocco"),
        S(LEF, "support", "Morocco"),
        S(BNT, "condemnation", "Denmark"),
        S(BNT, "condemnation", None),
    ],
    countries=["Morocco", "Spain", "France", "Denmark", "Norway", "Italy"],
    organizations=["European Union", "United Nations", "UN Security Council"],
)

# ---------------------------------------------------------------- b15
MWA, NSE, MBI, NIY, BIG, MUK = ("Esther Mwakalinga", "Vincent Nsengimana", "Joseph Mbilinyi", "Albert Niyonkuru",
                                "Prosper Bigirimana", "Henry Ssekandi Mukasa")
TOUR15 = "regional tour of the Tanzanian Foreign Minister"
GOLD["b15"] = doc(
    persons=[
        P(MWA, ["Mwakalinga"], [pos("Minister for Foreign Affairs and East African Cooperation", "Tanzania")]),
        P(NSE, ["Nsengimana"], [pos("Minister of Foreign Affairs", "Rwanda")]),
        P(MBI, [], [pos("Permanent Secretary", "Tanzania")]),
        P(NIY, ["Niyonkuru"], [pos("Minister of Foreign Affairs and Development Cooperation", "Burundi")]),
        P(BIG, [], [pos("Vice-President", "Burundi")]),
        P(MUK, ["Mukasa"], [pos("Minister of Foreign Affairs", "Uganda")]),
    ],
    meetings=[
        M([MWA, NSE, MBI], "2021-03-15", "Kigali", TOUR15, "in-person",
          ["financing of the Isaka-Kigali standard gauge railway", "reopening of border posts closed by COVID-19"]),
        M([MWA, NSE], "2021-01-14", "Dodoma", None, "in-person", ["work on the railway"]),
        M([MWA, NIY], "2021-03-16", "Bujumbura", TOUR15, "in-person",
          ["voluntary return of Burundian refugees from Kigoma region"]),
        M([MWA, BIG], None, None, TOUR15, "in-person", []),
        M([MUK, MWA], "2021-03-18", None, None, "phone call",
          ["death of the President of Tanzania", "rescheduling of the Kampala talks"]),
    ],
    agreements=[
        A("memorandum of understanding on financing the Isaka-Kigali standard gauge railway", "2021-03-15",
          ["Tanzania", "Rwanda"], [MWA, NSE]),
        A("tripartite agreement", "2001", ["Tanzania", "Burundi", "UNHCR"], []),
    ],
    statements=[
        S(NIY, "gratitude", "Tanzania"),
        S(MUK, "condolences", "Tanzania"),
        S(NSE, "condolences", "Tanzania"),
    ],
    countries=["Tanzania", "Rwanda", "Burundi", "Uganda"],
    organizations=["UNHCR", "East African Community"],
)

# ---------------------------------------------------------------- b16
KGO, RAM, MHL, KAP, RMK, BAN = ("Tebogo Kgosiemang", "Kagiso Ramotswa", "Tendai Mhlanga", "Fortunata Kapinga",
                                "Palesa Ramakoae", "Chimwemwe Banda")
SADC = "34th Summit of the Southern African Development Community"
GOLD["b16"] = doc(
    persons=[
        P(KGO, ["Kgosiemang"], [pos("Vice-President", "Botswana")]),
        P(RAM, ["Ramotswa"], [pos("Minister of Foreign Affairs and International Cooperation", "Botswana")]),
        P(MHL, ["Mhlanga"], [pos("Minister of Foreign Affairs and International Cooperation", "Zimbabwe")]),
        P(KAP, [], [pos("Executive Secretary", None, "Southern African Development Community")]),
        P(RMK, [], [pos("Foreign Minister", "Lesotho")]),
        P(BAN, [], [pos("Foreign Minister", "Malawi")]),
    ],
    meetings=[
        M([RAM, MHL], "2014-08-15", "Victoria Falls", "SADC Council of Ministers", "in-person",
          ["delays at the Ramokgwebana and Plumtree border posts", "Joint Permanent Commission in Harare"]),
        M([RAM, KAP], "2014-08-16", "Victoria Falls", SADC, "in-person",
          ["hosting of the SADC Secretariat in Gaborone", "payment of contributions"]),
        M([KGO, RAM, RMK], "2014-08-17", "Victoria Falls", SADC, "in-person", ["political tensions in Lesotho"]),
        M([KGO, BAN], "2014-08-18", "Victoria Falls", SADC, "in-person", ["elections in Malawi"]),
    ],
    agreements=[
        A("SADC Protocol on Employment and Labour", "2014-08-18", ["Southern African Development Community"], [KGO]),
        A("SADC Treaty", "1992-08-17", ["Southern African Development Community"], []),
    ],
    statements=[
        S(MHL, "invitation", "Botswana"),
        S(KAP, "gratitude", "Botswana"),
        S(RAM, "concern", "Lesotho"),
        S(KGO, "congratulations", "Malawi"),
    ],
    countries=["Botswana", "Zimbabwe", "Lesotho", "Malawi", "South Africa"],
    organizations=["Southern African Development Community"],
)


def write_all():
    for did, g in sorted(GOLD.items()):
        with open(os.path.join(HERE, did + ".json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("wrote %d gold files to %s" % (len(GOLD), HERE))


if __name__ == "__main__":
    write_all()
