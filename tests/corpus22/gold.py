#!/usr/bin/env python3
"""Single source of the gold for src22: writes xNN.json next to xNN.txt.
Format and keys follow /work/shared/corpus/GOLD.md and the shared dev gold."""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))


def P(name, aliases, *positions):
    return {"name": name, "aliases": list(aliases), "positions": list(positions)}


def pos(title, country, org=None):
    d = {"title": title, "country": country}
    if org is not None:
        d["organization"] = org
    return d


def M(participants, date, location, occasion, kind, topics):
    return {"participants": list(participants), "date": date, "location": location,
            "occasion": occasion, "kind": kind, "topics": list(topics)}


def A(name, date, parties, signatories):
    return {"name": name, "date": date, "parties": list(parties), "signatories": list(signatories)}


def S(speaker, kind, addressee):
    return {"speaker": speaker, "kind": kind, "addressee": addressee}


def doc(persons, meetings, agreements, statements, countries, organizations):
    return {"persons": persons, "meetings": meetings, "agreements": agreements,
            "statements": statements, "countries": countries, "organizations": organizations}


G = {}

# ---------------------------------------------------------------- x01
QAS, TEK, YAL, RAH = ("Samir Adib Qassab", "Levent Orhun Tekinalp", "Necdet Yalcinkaya",
                      "Kazem Rahnavard")
G["x01"] = doc(
    [P(QAS, ["Qassab"], pos("Foreign Minister", "Syria")),
     P(YAL, ["Yalcinkaya"], pos("Prime Minister", "Turkey")),
     P(TEK, ["Tekinalp"], pos("Foreign Minister", "Turkey")),
     P(RAH, [], pos("Foreign Minister", "Iran"))],
    [M([QAS, TEK], "2003-05-05", "Foreign Ministry in Ankara",
       "three-day visit of the Syrian Foreign Minister to Turkey", "in-person",
       ["exchange of hydrological data on the Euphrates and Tigris rivers",
        "earthquake in Bingol province", "security vacuum in Iraq",
        "territorial integrity of Iraq", "role of the United Nations in Iraq's reconstruction",
        "security cooperation under the Adana Agreement"]),
     M([QAS, YAL], "2003-05-06", None,
       "three-day visit of the Syrian Foreign Minister to Turkey", "in-person",
       ["coordination among Iraq's neighbours", "letter from the Syrian president",
        "invitation to visit Damascus"]),
     M([TEK, RAH], "2003-05-04", None, None, "phone call",
       ["situation in Iraq", "return of refugees"])],
    [A("memorandum of understanding on the exchange of hydrological data on the Euphrates and Tigris rivers",
       "2003-05-05", ["Turkey", "Syria"], [QAS, TEK]),
     A("Adana Agreement", "1998", ["Turkey", "Syria"], [])],
    [S(QAS, "condolences", "Turkey"),
     S(TEK, "gratitude", "Syria"),
     S(QAS, "concern", "Iraq"),
     S(TEK, "concern", "Iraq"),
     S(QAS, "invitation", "Turkey")],
    ["Syria", "Turkey", "Iraq", "United States", "Iran"],
    ["United Nations", "PKK"])

# ---------------------------------------------------------------- x02
MEN, NIK, ASB, KOU = ("Akosua Darkwa Mensimah", "Adama Sawadogo Nikiema",
                      "Emmanuel Kofi Asante-Boateng", "Yao Bertin Kouassi")
G["x02"] = doc(
    [P(MEN, ["Mrs Mensimah"], pos("Minister for Foreign Affairs and Regional Integration", "Ghana")),
     P(NIK, ["Mr Nikiema"], pos("Minister of Foreign Affairs and Cooperation", "Burkina Faso")),
     P(ASB, [], pos("Minister for National Security", "Ghana")),
     P(KOU, [], pos("Minister of Foreign Affairs", "Côte d'Ivoire"))],
    [M([MEN, NIK], "2019-12-29", "ministry in Accra",
       "tour of Burkina Faso's southern neighbours by the Burkinabè Foreign Minister", "in-person",
       ["attack in Arbinda", "security situation in northern Burkina Faso and along the borders with Mali and Niger",
        "memorandum of understanding on cross-border security", "joint patrols",
        "intelligence sharing", "return of displaced persons"]),
     M([NIK, ASB], "2019-12-30", None, None, "in-person", []),
     M([MEN, KOU], "2019-12-31", None, None, "phone call",
       ["spread of extremist violence towards the coastal states of the Gulf of Guinea",
        "funding of the ECOWAS action plan"])],
    [A("memorandum of understanding on cross-border security", "2018-03",
       ["Ghana", "Burkina Faso"], [MEN, NIK])],
    [S(MEN, "support", "Burkina Faso"),
     S(MEN, "condolences", "Burkina Faso"),
     S(MEN, "condemnation", "Burkina Faso"),
     S(NIK, "gratitude", "Ghana"),
     S(MEN, "concern", None),
     S(KOU, "concern", None)],
    ["Ghana", "Burkina Faso", "Mali", "Niger", "Côte d'Ivoire"],
    ["ECOWAS", "African Union"])

# ---------------------------------------------------------------- x03
SIM, VAM, WIE, SOK, KAD, HRU = ("Juraj Šimko", "Gergely Vámosi", "Tomasz Wierzbicki",
                                "Andriy Sokolenko", "Vojtěch Kadlec", "Zuzana Hrušovská")
G["x03"] = doc(
    [P(VAM, ["Vámosi"], pos("Foreign Minister", "Hungary")),
     P(WIE, ["Wierzbicki"], pos("Foreign Minister", "Poland")),
     P(SOK, ["Sokolenko"], pos("Foreign Minister", "Ukraine")),
     P(KAD, ["Kadlec"], pos("Foreign Minister", "Czech Republic")),
     P(SIM, [], pos("Foreign Minister", "Slovakia")),
     P(HRU, [], pos("spokeswoman of the Foreign Ministry", "Slovakia"))],
    [M([SIM, KAD, VAM, WIE], "2019-03-14", "Bratislava Castle",
       "meeting of the Visegrad Group foreign ministers", "in-person",
       ["next EU budget", "enlargement to the Western Balkans", "relations with Ukraine",
        "crash of Ethiopian Airlines flight ET302"]),
     M([SIM, KAD, VAM, WIE, SOK], "2019-03-13", "Bratislava Castle",
       "working dinner of the Visegrad Group foreign ministers with the Ukrainian Foreign Minister",
       "in-person", ["reforms in Ukraine", "gas transit"]),
     M([SIM, VAM], "2019-03-14", "Foreign Ministry", None, "in-person",
       ["cross-border road projects", "Slovak presidency of the Visegrad Group"])],
    [],
    [S(SIM, "condolences", "Ethiopia"),
     S(KAD, "condolences", "Ethiopia"),
     S(VAM, "condolences", "Ethiopia"),
     S(WIE, "condolences", "Ethiopia"),
     S(WIE, "support", "Ukraine"),
     S(VAM, "concern", "Ukraine"),
     S(KAD, "invitation", "Ukraine")],
    ["Hungary", "Ukraine", "Poland", "Slovakia", "Czech Republic", "Ethiopia"],
    ["European Union", "Ethiopian Airlines", "Visegrad Group"])

# ---------------------------------------------------------------- x04
FUE, TOL, VAL, LEI = ("Rodrigo Ignacio Fuenzalida Prieto", "Graham Tolhurst",
                      "Cristián Valdivieso Marín", "Patricio Leiva Hunter")
G["x04"] = doc(
    [P(FUE, ["Ambassador Fuenzalida"], pos("Ambassador to New Zealand", "Chile")),
     P(TOL, ["Hon. Graham Tolhurst", "Minister Tolhurst"], pos("Minister of Foreign Affairs", "New Zealand")),
     P(VAL, ["Minister Valdivieso"], pos("Minister of Foreign Affairs", "Chile")),
     P(LEI, ["Mr Patricio Leiva Hunter"], pos("Honorary Consul in Christchurch", "Chile"))],
    [M([FUE, TOL], "2011-02-23", "Parliament Buildings in Wellington",
       "condolence call after the Christchurch earthquake", "in-person",
       ["condolences of the Government and people of Chile", "letter from the Chilean Foreign Minister",
        "rescue and reconstruction effort", "New Zealand's assistance to Chile after the 2010 earthquake",
        "Trans-Pacific Strategic Economic Partnership Agreement",
        "Chilean engineers with experience in seismic reconstruction"]),
     M([TOL, VAL], "2010-03", "Santiago",
       "visit after the earthquake of 27 February 2010", "in-person",
       ["New Zealand's first relief consignment"])],
    [A("Trans-Pacific Strategic Economic Partnership Agreement", "2005",
       ["Chile", "New Zealand", "Singapore", "Brunei"], [])],
    [S(VAL, "condolences", "New Zealand"),
     S(VAL, "support", "New Zealand"),
     S(FUE, "condolences", "New Zealand"),
     S(TOL, "gratitude", "Chile"),
     S(FUE, "gratitude", "New Zealand")],
    ["Chile", "New Zealand", "Singapore", "Brunei"],
    [])

# ---------------------------------------------------------------- x05
OYU, SEO, BAE, NAM = ("Damdinsuren Oyunbileg", "Seo Dong-kyu", "Baek Seung-ryul", "Nam Gi-cheol")
G["x05"] = doc(
    [P(OYU, ["D. Oyunbileg", "Minister Oyunbileg"], pos("Minister of Foreign Affairs", "Mongolia")),
     P(SEO, ["Minister Seo"], pos("Minister of Foreign Affairs", "South Korea")),
     P(BAE, [], pos("Prime Minister", "South Korea")),
     P(NAM, [], pos("Speaker of the National Assembly", "South Korea"))],
    [M([OYU, SEO], "2014-03-03", "Ministry of Foreign Affairs in Seoul",
       "official visit of the Mongolian Foreign Minister to the Republic of Korea", "in-person",
       ["trade and investment", "mining sector", "Employment Permit System for Mongolian workers",
        "cooperation in education", "Trust-building Process on the Korean Peninsula",
        "dialogue on Northeast Asian security", "ballistic missile launches by North Korea",
        "mutual recognition of driving licences"]),
     M([OYU, BAE], "2014-03-04", None,
       "official visit of the Mongolian Foreign Minister to the Republic of Korea", "in-person",
       ["Korean investment in Mongolian infrastructure", "renewable energy"]),
     M([OYU, NAM], "2014-03-05", None,
       "official visit of the Mongolian Foreign Minister to the Republic of Korea", "in-person", []),
     M([OYU, SEO], "2013-03-14", "Ulaanbaatar", None, "in-person", [])],
    [A("Agreement between the Government of Mongolia and the Government of the Republic of Korea on the Mutual Recognition of Driving Licences",
       "2014-03-03", ["Mongolia", "South Korea"], [OYU, SEO])],
    [S(OYU, "gratitude", "South Korea"),
     S(SEO, "gratitude", "Mongolia"),
     S(SEO, "other", "Mongolia"),
     S(OYU, "support", "South Korea"),
     S(OYU, "concern", "North Korea"),
     S(SEO, "concern", "North Korea"),
     S(OYU, "invitation", "South Korea")],
    ["Mongolia", "South Korea", "North Korea"],
    [])

# ---------------------------------------------------------------- x06
SAL, AND, MEJ, CAR = ("Manuel Ernesto Salaverry Tord", "Gabriela Andrade Cevallos",
                      "Santiago Mejía Arango", "Luis Fernando Cárdenas Vélez")
G["x06"] = doc(
    [P(SAL, ["Salaverry"], pos("Foreign Minister", "Peru")),
     P(AND, ["Andrade"], pos("Foreign Minister", "Ecuador")),
     P(MEJ, [], pos("Foreign Minister", "Colombia")),
     P(CAR, [], pos("Ambassador to Peru", "Colombia"))],
    [M([SAL, AND], "2008-03-03", None, None, "phone call",
       ["Colombian raid on a guerrilla camp inside Ecuadorian territory",
        "escalation of tension in the region", "emergency session of the Organization of American States"]),
     M([SAL, MEJ], "2008-03-03", None, None, "phone call",
       ["Colombian raid on a guerrilla camp inside Ecuadorian territory"]),
     M([SAL, CAR], "2008-03-02", "Torre Tagle Palace", None, "in-person",
       ["account of the Colombian military operation"])],
    [A("Brasilia Presidential Act", "1998-10-26", ["Peru", "Ecuador"], [])],
    [S(SAL, "support", "Ecuador"),
     S(SAL, "concern", None),
     S(AND, "other", "Colombia"),
     S(AND, "condemnation", "Colombia"),
     S(MEJ, "other", "Ecuador")],
    ["Peru", "Ecuador", "Colombia", "Venezuela"],
    ["Organization of American States", "OAS Permanent Council",
     "Revolutionary Armed Forces of Colombia", "Rio Group", "Andean Community"])

# ---------------------------------------------------------------- x07
CHE, BOU, KHI, MND, LIM, RAT, KAN, PRA = (
    "Chea Sovannarith", "Bounthavy Phommachanh", "Do Van Khiem", "Rodolfo Lazaro Mendiola",
    "Lim Kok Wah", "Ratna Widyaningsih", "Kanokwan Sirichai", "Prasert Wongsakul")
G["x07"] = doc(
    [P(CHE, [], pos("Foreign Minister", "Cambodia")),
     P(BOU, ["Mr Bounthavy"], pos("Foreign Minister", "Laos")),
     P(KHI, ["Mr Khiem"], pos("Foreign Minister", "Vietnam")),
     P(MND, ["Mr Mendiola"], pos("Secretary of Foreign Affairs", "Philippines")),
     P(LIM, ["Dr Lim"], pos("Foreign Minister", "Singapore")),
     P(RAT, ["Ms Ratna"], pos("Foreign Minister", "Indonesia")),
     P(KAN, [], pos("Foreign Ministry spokesperson", "Thailand")),
     P(PRA, ["Mr Prasert"], pos("Foreign Minister", "Thailand"))],
    [M([CHE, BOU], "2016-07-25", "Vientiane", None, "in-person",
       ["remaining unmarked sections of the Cambodia-Laos border",
        "demarcation of the border sections in Stung Treng and Champasak provinces",
        "low water levels on the Mekong"]),
     M([KHI, MND], "2016-07", "Vientiane", "ASEAN Foreign Ministers' Meeting", "in-person",
       ["arbitral award of 12 July", "incidents involving fishermen"]),
     M([LIM, RAT], "2016-07", "Singapore", "annual retreat of the Singaporean and Indonesian foreign ministers",
       "in-person", ["haze", "prevention of forest fires",
                     "Singaporean investment in the Batam and Bintan industrial zones"])],
    [A("protocol on the demarcation of the border sections in Stung Treng and Champasak provinces",
       "2016-07-26", ["Cambodia", "Laos"], [CHE, BOU])],
    [S(CHE, "concern", None),
     S(BOU, "concern", None),
     S(KHI, "congratulations", "Philippines"),
     S(KHI, "support", "Philippines"),
     S(LIM, "other", "Indonesia"),
     S(PRA, "condolences", "Afghanistan")],
    ["Cambodia", "Laos", "Vietnam", "Philippines", "Singapore", "Indonesia", "Thailand",
     "Afghanistan", "China"],
    ["ASEAN"])

# ---------------------------------------------------------------- x08
ARS, HAR, PEG, TRE = ("Geneviève Arsenault-Roy", "Desmond Alleyne Harewood",
                      "Ramón Antonio Peguero Batista", "Émilie Tremblay-Roux")
G["x08"] = doc(
    [P(ARS, ["Arsenault-Roy"], pos("Foreign Affairs Minister", "Canada")),
     P(HAR, ["Harewood"], pos("Minister of Foreign Affairs and Foreign Trade", "Barbados")),
     P(PEG, ["Peguero"], pos("Minister of Foreign Affairs", "Dominican Republic")),
     P(TRE, [], pos("spokesperson for the Foreign Affairs Minister", "Canada"))],
    [M([ARS, HAR, PEG], "2022-09-26", None, None, "video call",
       ["damage caused by Fiona", "Caribbean Catastrophe Risk Insurance Facility",
        "Hurricane Ian"]),
     M([PEG, ARS], "2022-09", None, None, "phone call", ["Fiona in Atlantic Canada"])],
    [],
    [S(PEG, "condolences", "Canada"),
     S(ARS, "support", "Dominican Republic"),
     S(HAR, "gratitude", "Canada")],
    ["Canada", "Barbados", "Dominican Republic", "Cuba"],
    ["Caribbean Catastrophe Risk Insurance Facility", "Caribbean Community"])

# ---------------------------------------------------------------- x09
BHA, MWA, MENO, KAS, MFI = ("Rajeev Kumar Bhardwaj", "Juma Salim Mwakasege", "Arvind Prakash Menon",
                            "Wilbrod Nsubuga Kasozi", "Zakaria Omari Mfinanga")
G["x09"] = doc(
    [P(BHA, ["Shri Rajeev Kumar Bhardwaj", "High Commissioner Bhardwaj"],
       pos("High Commissioner to Tanzania", "India")),
     P(MWA, ["Hon. Juma Salim Mwakasege", "Minister Mwakasege"],
       pos("Minister for Foreign Affairs and International Cooperation", "Tanzania")),
     P(MENO, ["Shri Arvind Prakash Menon"], pos("External Affairs Minister", "India")),
     P(KAS, ["Mr Wilbrod Nsubuga Kasozi"],
       pos("Secretary General of the East African Community", None, "East African Community")),
     P(MFI, ["Hon. Zakaria Omari Mfinanga"], pos("Minister for Finance", "Tanzania"))],
    [M([BHA, MWA], "2005-12-22", None, None, "in-person",
       ["general elections of 14 December", "India–Tanzania Joint Commission",
        "training under the Indian Technical and Economic Cooperation programme",
        "assistance in the water and health sectors", "Agreement on Cooperation in Agriculture"]),
     M([BHA, KAS], "2005-12-20", "headquarters of the Community, Arusha", None, "in-person",
       ["India's cooperation with the East African Community", "scholarships for young professionals",
        "India–EAC business forum"]),
     M([BHA, MFI], None, None, None, "in-person", ["Indian line of credit for rural water supply projects"])],
    [A("Agreement on Cooperation in Agriculture", "2003", ["India", "Tanzania"], [])],
    [S(BHA, "congratulations", "Tanzania"),
     S(MENO, "invitation", "Tanzania"),
     S(MWA, "gratitude", "India")],
    ["India", "Tanzania"],
    ["East African Community"])

# ---------------------------------------------------------------- x10
CAV, MOR, CAS = ("Duarte Lobo Carvalhais", "Francesca Moretti Grandi", "Joseph Cassar Zammit")
G["x10"] = doc(
    [P(CAV, ["Carvalhais"], pos("Minister of State and Foreign Affairs", "Portugal")),
     P(MOR, ["Moretti"], pos("Foreign Minister", "Italy")),
     P(CAS, [], pos("Minister for Foreign Affairs", "Malta"))],
    [M([CAV, MOR], "2013-10-08", "Palácio das Necessidades in Lisbon", "dinner", "in-person",
       ["Lampedusa shipwreck", "death toll in the Mediterranean", "Portuguese patrol vessels for Frontex",
        "EU resources for sea patrols", "conference on migration in the Mediterranean",
        "Italy-Libya coastguard cooperation"]),
     M([CAV, CAS], "2013-10-07", None, None, "phone call", ["migration burden on Malta"])],
    [A("Treaty of Friendship, Partnership and Cooperation between Italy and Libya", "2008",
       ["Italy", "Libya"], [])],
    [S(CAV, "condolences", "Italy"),
     S(MOR, "gratitude", "Portugal"),
     S(CAV, "concern", None),
     S(MOR, "concern", None),
     S(MOR, "invitation", "Portugal")],
    ["Portugal", "Italy", "Malta", "Libya"],
    ["European Union", "Frontex"])

# ---------------------------------------------------------------- x11
NDE, WAR, ONY, MUT, TES = ("Wanjiru Kamau Ndegwa", "Abdirahman Yusuf Warsame",
                           "Caroline Adhiambo Onyango", "Daniel Kiprotich Mutua",
                           "Tesfaye Gebremariam Alemu")
G["x11"] = doc(
    [P(NDE, ["CS Ndegwa"], pos("Cabinet Secretary for Foreign Affairs", "Kenya")),
     P(WAR, ["Warsame"], pos("Minister of Foreign Affairs and International Cooperation", "Somalia")),
     P(ONY, [], pos("Foreign Affairs spokesperson", "Kenya")),
     P(MUT, [], pos("Cabinet Secretary for Interior", "Kenya")),
     P(TES, ["Tesfaye"], pos("Foreign Minister", "Ethiopia"))],
    [M([NDE, WAR], "2021-06-12", "Old Treasury Building in Nairobi", None, "in-person",
       ["reopening of the Mandera border crossing", "resumption of cargo flights", "trade",
        "Somali refugees in the Dadaab camps", "electoral timetable in Somalia",
        "Somalia's transition and AMISOM"]),
     M([WAR, MUT], None, None, None, "in-person", ["border security", "movement of people"]),
     M([NDE, TES], "2021-06-11", None, None, "phone call",
       ["Ethiopia's general elections", "negotiations on the Grand Ethiopian Renaissance Dam",
        "regional security"])],
    [A("memorandum of understanding", "2009-04-07", ["Kenya", "Somalia"], [])],
    [S(WAR, "gratitude", "Kenya"),
     S(NDE, "other", "Somalia"),
     S(NDE, "support", "Somalia"),
     S(NDE, "concern", "al-Shabaab")],
    ["Kenya", "Somalia", "Ethiopia", "Egypt", "Sudan"],
    ["African Union Mission in Somalia", "African Union", "al-Shabaab",
     "International Court of Justice"])

# ---------------------------------------------------------------- x12
FAH, KUW, HAR2, OZK = ("Fahad Salem Al-Mutawa", "Hamad Nasser Al-Kuwari", "Salim Hamed Al-Harthy",
                       "Ahmet Tuncer Ozkan")
G["x12"] = doc(
    [P(FAH, ["Sheikh Fahad Salem Al-Mutawa", "Sheikh Fahad"],
       pos("Deputy Prime Minister", "Kuwait"), pos("Foreign Minister", "Kuwait")),
     P(KUW, ["Al-Kuwari"], pos("Foreign Minister", "Qatar")),
     P(HAR2, [], pos("Minister Responsible for Foreign Affairs", "Oman")),
     P(OZK, ["Ozkan"], pos("Foreign Minister", "Turkey"))],
    [M([FAH, KUW], "2017-06-13", "Doha", "Kuwaiti mediation in the Gulf rift", "in-person",
       ["rift between Qatar and Saudi Arabia, the United Arab Emirates, Bahrain and Egypt",
        "Kuwaiti mediation", "Kuwait's election to the UN Security Council"]),
     M([FAH, HAR2], "2017-06", "Kuwait City", None, "in-person", ["Kuwaiti mediation"]),
     M([FAH, OZK], "2017-06-14", None, None, "phone call",
       ["Kuwaiti mediation", "food supplies to Qatar"])],
    [A("Riyadh Agreement", "2013-11", ["Saudi Arabia", "Qatar", "Kuwait"], [])],
    [S(KUW, "gratitude", "Kuwait"),
     S(KUW, "congratulations", "Kuwait"),
     S(HAR2, "support", "Kuwait"),
     S(OZK, "support", "Kuwait")],
    ["Kuwait", "Qatar", "Saudi Arabia", "United Arab Emirates", "Bahrain", "Egypt", "Oman",
     "Turkey", "Iran"],
    ["UN Security Council", "Gulf Cooperation Council"])

# ---------------------------------------------------------------- x13
YUS, ABD, TUR, RYU, JEO, ERG = ("Nilufar Yusupova", "Dilshod Abdurakhmonov", "Ulugbek Tursunov",
                                "Ryu Seung-won", "Jeong Min-seo", "Sardor Ergashev")
G["x13"] = doc(
    [P(YUS, [], pos("spokesperson of the Ministry of Foreign Affairs", "Uzbekistan")),
     P(ABD, [], pos("Minister of Foreign Affairs", "Uzbekistan")),
     P(TUR, ["Ambassador Tursunov"], pos("Ambassador to South Korea", "Uzbekistan")),
     P(RYU, ["Mr Ryu Seung-won"],
       pos("Chairman of the Korea–Uzbekistan Friendship Association", None,
           "Korea–Uzbekistan Friendship Association")),
     P(JEO, ["Vice Minister Jeong"], pos("First Vice Minister of Foreign Affairs", "South Korea")),
     P(ERG, [], pos("Deputy Minister of Foreign Affairs", "Uzbekistan"))],
    [M([TUR, RYU], "2024-03", "Busan", None, "in-person",
       ["Navruz cultural events", "photo exhibition on Samarkand and Bukhara",
        "Uzbek language course at a Busan university"]),
     M([TUR, JEO], "2024-03-21", "Ministry of Foreign Affairs in Seoul", None, "in-person",
       ["outcome of the fifth round of political consultations", "high-level visits",
        "Joint Statement on the Special Strategic Partnership",
        "Uzbekistan's accession to the World Trade Organization"]),
     M([JEO, ERG], "2024-03-14", "Tashkent",
       "fifth round of political consultations between the two foreign ministries", "in-person", [])],
    [A("Joint Statement on the Special Strategic Partnership", "2019-04",
       ["Uzbekistan", "South Korea"], [])],
    [S(YUS, "condemnation", "Russia"),
     S(ABD, "condolences", "Russia"),
     S(TUR, "gratitude", "South Korea"),
     S(JEO, "support", "Uzbekistan"),
     S(TUR, "invitation", "South Korea")],
    ["Uzbekistan", "Russia", "South Korea"],
    ["Korea–Uzbekistan Friendship Association", "World Trade Organization"])

# ---------------------------------------------------------------- x14
ALB, DES, TSU, GUI, HOO = ("Katrin Albers-Möller", "Rohan Vikram Deshpande", "Haruka Tsujimoto",
                           "Marcelo Tavares Guimarães", "Pieter Hoogendijk")
G["x14"] = doc(
    [P(ALB, ["Albers-Möller"], pos("Foreign Minister", "Germany")),
     P(DES, ["Deshpande"], pos("External Affairs Minister", "India")),
     P(TSU, ["Tsujimoto"], pos("Foreign Minister", "Japan")),
     P(GUI, ["Guimarães"], pos("Foreign Minister", "Brazil")),
     P(HOO, [], pos("Foreign Minister", "Netherlands"))],
    [M([ALB, DES], "2026-02-12", "Berlin", None, "in-person",
       ["defence-industrial cooperation", "critical minerals", "Indo-Pacific",
        "humanitarian catastrophe in Sudan", "Russian drone strikes on Ukrainian cities",
        "Migration and Mobility Partnership Agreement"]),
     M([ALB, TSU], "2026-02-13", "Munich", "Munich Security Conference", "in-person",
       ["foreign and defence ministers' talks", "supply chains for semiconductors and rare earths"]),
     M([DES, GUI], "2026-02-14", "Munich", "Munich Security Conference", "in-person",
       ["BRICS summit hosted by India"]),
     M([DES, HOO], None, "Munich", "Munich Security Conference", "in-person", []),
     M([ALB, DES], "2019", "New Delhi", "Raisina Dialogue", "in-person", [])],
    [A("Migration and Mobility Partnership Agreement", "2022-12", ["Germany", "India"], [])],
    [S(ALB, "concern", "Sudan"),
     S(DES, "concern", "Sudan"),
     S(ALB, "condemnation", "Russia"),
     S(TSU, "invitation", "Germany"),
     S(GUI, "support", "India")],
    ["Germany", "India", "Sudan", "Russia", "Ukraine", "Japan", "Brazil", "Netherlands"],
    ["BRICS"])

# ---------------------------------------------------------------- x15
ROS, FIG, LLO, COR = ("Héctor Bienvenido Rosario Almonte", "Marie-Claude Fignolé",
                      "Soraya Llorente Beltrán", "Laura Ximena Cordero")
G["x15"] = doc(
    [P(ROS, ["Rosario"], pos("Foreign Minister", "Dominican Republic")),
     P(FIG, ["Fignolé"], pos("Foreign Minister", "Haiti")),
     P(LLO, [], pos("Secretary of State for International Cooperation", "Spain")),
     P(COR, [], pos("Secretary for Political Affairs of the Organization of American States", None,
                    "Organization of American States"))],
    [M([ROS, FIG], "2010-01-13", "Port-au-Prince airport", None, "in-person",
       ["earthquake in Haiti", "Dominican rescue teams and field kitchens", "border open for aid convoys"]),
     M([ROS, LLO], "2010-01-14", "Santo Domingo", None, "in-person",
       ["use of Dominican airports and roads as a corridor for international aid"]),
     M([ROS, COR], "2010-01-12", None, None, "phone call", ["Dominican logistics for the regional body"])],
    [A("1929 border treaty", "1929", ["Dominican Republic", "Haiti"], [])],
    [S(ROS, "condolences", "Haiti"),
     S(ROS, "support", "Haiti"),
     S(FIG, "gratitude", "Dominican Republic")],
    ["Dominican Republic", "Haiti", "Spain"],
    ["Organization of American States", "United Nations"])

# ---------------------------------------------------------------- x16
VAK, PIC, TAU, TUI = ("Josefa Vakaloloma", "Warren Pickering", "Kaliopate Taumoepeau",
                      "Siosaia Tu'ipulotu")
G["x16"] = doc(
    [P(VAK, ["Ratu Josefa Vakaloloma", "Ratu Josefa"], pos("Foreign Minister", "Fiji")),
     P(PIC, ["Pickering"], pos("Foreign Minister", "New Zealand")),
     P(TAU, ["Taumoepeau"], pos("Secretary General of the Pacific Islands Forum", None, "Pacific Islands Forum")),
     P(TUI, ["Tu'ipulotu"], pos("Foreign Minister", "Tonga"))],
    [M([VAK, PIC], "2007-10-17", None, "Pacific Islands Forum", "in-person",
       ["Fiji's election timetable"]),
     M([PIC, TUI], "2007-10-16", "Nuku'alofa", "Pacific Islands Forum", "in-person",
       ["Tonga's political reform process", "seasonal employment scheme", "coronation"]),
     M([TAU, VAK], "2007-10-15", None, None, "in-person", ["Fiji's roadmap"])],
    [A("memorandum of understanding on Tongan workers' participation in New Zealand's seasonal employment scheme",
       "2007-10-16", ["New Zealand", "Tonga"], [PIC, TUI])],
    [S(VAK, "other", "New Zealand"),
     S(PIC, "concern", "Fiji"),
     S(TAU, "gratitude", "Tonga"),
     S(PIC, "congratulations", "Tonga"),
     S(PIC, "support", "Tonga"),
     S(TUI, "invitation", "New Zealand")],
    ["Fiji", "New Zealand", "Tonga", "Australia"],
    ["Pacific Islands Forum"])


def main():
    for k, v in sorted(G.items()):
        with open(os.path.join(HERE, k + ".json"), "w", encoding="utf-8") as f:
            json.dump(v, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("wrote", len(G), "files")


if __name__ == "__main__":
    main()
