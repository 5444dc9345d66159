#!/usr/bin/env python3
"""Single source of the gold for src23 (y01..y16). Run: python3 gold.py  -> writes yNN.json"""
import json, os

HERE = os.path.dirname(os.path.abspath(__file__))


def P(name, aliases, *positions):
    pos = []
    for p in positions:
        d = {"title": p[0], "country": p[1]}
        if len(p) > 2:
            d["organization"] = p[2]
        pos.append(d)
    return {"name": name, "aliases": list(aliases), "positions": pos}


def M(participants, date, location, occasion, kind, topics):
    return {"participants": list(participants), "date": date, "location": location,
            "occasion": occasion, "kind": kind, "topics": list(topics)}


def A(name, date, parties, signatories):
    return {"name": name, "date": date, "parties": list(parties), "signatories": list(signatories)}


def S(speaker, kind, addressee):
    return {"speaker": speaker, "kind": kind, "addressee": addressee}


G = {}

# ---------------------------------------------------------------- y01
G["y01"] = {
 "persons": [
  P("Kwabena Asante-Darko", ["Mr Asante-Darko"], ("Minister of Foreign Affairs", "Ghana")),
  P("Issaka Zongo", ["Mr Zongo"], ("Minister of Foreign Affairs and Regional Cooperation", "Burkina Faso")),
  P("Akosua Frimpong-Mensah", ["Mrs Frimpong-Mensah"], ("Minister of Trade and Industry", "Ghana")),
  P("Yaw Boateng Ofori", [], ("Ambassador to Burkina Faso", "Ghana")),
  P("Alimata Nikiema", [], ("Minister of Trade and Industry", "Burkina Faso")),
  P("Lassane Ilboudo", [], ("Prime Minister", "Burkina Faso")),
 ],
 "meetings": [
  M(["Kwabena Asante-Darko", "Issaka Zongo", "Akosua Frimpong-Mensah", "Yaw Boateng Ofori"],
    "2004-11-18", "Ouagadougou",
    "eighth session of the Ghana-Burkina Faso Permanent Joint Commission for Cooperation", "in-person",
    ["implementation of the decisions of the seventh session", "Ouagadougou-Kumasi road corridor",
     "supply of electricity from Ghana to Burkina Faso", "free movement of persons and goods under ECOWAS rules",
     "cooperation agreements"]),
  M(["Akosua Frimpong-Mensah", "Alimata Nikiema"], None, "Ouagadougou",
    "eighth session of the Ghana-Burkina Faso Permanent Joint Commission for Cooperation", "in-person",
    ["harmonisation of customs procedures at the Paga border post", "joint committee of traders"]),
  M(["Kwabena Asante-Darko", "Lassane Ilboudo"], None, None, None, "in-person",
    ["message from the Ghanaian head of state",
     "Burkina Faso's candidature for a non-permanent seat on the UN Security Council"]),
 ],
 "agreements": [
  A("Memorandum of Understanding on Cross-Border Trade", "2004-11-18", ["Ghana", "Burkina Faso"],
    ["Kwabena Asante-Darko", "Issaka Zongo"]),
  A("Convention for the Avoidance of Double Taxation", "2004-11-18", ["Ghana", "Burkina Faso"],
    ["Kwabena Asante-Darko", "Issaka Zongo"]),
  A("General Agreement on Economic, Cultural and Technical Cooperation", "1992", ["Ghana", "Burkina Faso"], []),
 ],
 "statements": [
  S("Kwabena Asante-Darko", "support", "Burkina Faso"),
  S("Issaka Zongo", "gratitude", "Ghana"),
 ],
 "countries": ["Ghana", "Burkina Faso"],
 "organizations": ["ECOWAS", "UN Security Council"],
}

# ---------------------------------------------------------------- y02
VISIT02 = "state visit of the President of South Korea to Uzbekistan"
G["y02"] = {
 "persons": [
  P("Akmal Nurmatov", ["President Nurmatov"], ("President", "Uzbekistan")),
  P("Baek Seung-cheol", ["President Baek"], ("President", "South Korea")),
  P("Bakhodir Tursunov", [], ("Minister of Foreign Affairs", "Uzbekistan")),
  P("Doniyor Rakhimberdiev", ["Mr Rakhimberdiev"], ("Deputy Prime Minister", "Uzbekistan")),
  P("Yoon Jae-hyuk", [], ("Minister of Foreign Affairs and Trade", "South Korea")),
  P("Kwon Tae-sik", ["Mr Kwon"], ("Minister of Knowledge Economy", "South Korea")),
  P("Anvar Yusupov", [], ("Prime Minister", "Uzbekistan")),
 ],
 "meetings": [
  M(["Akmal Nurmatov", "Baek Seung-cheol"], "2010-02-11", "Kuksaroy residence", VISIT02, "in-person",
    ["state and prospects of bilateral relations", "regional security", "situation in Afghanistan"]),
  M(["Akmal Nurmatov", "Baek Seung-cheol", "Bakhodir Tursunov", "Doniyor Rakhimberdiev", "Yoon Jae-hyuk",
     "Kwon Tae-sik"], "2010-02-11", "Kuksaroy residence", VISIT02, "in-person",
    ["energy", "textile industry", "automotive industry", "chemical industry", "information technology",
     "Navoi free industrial and economic zone"]),
  M(["Baek Seung-cheol", "Anvar Yusupov"], "2010-02-11", None, VISIT02, "in-person",
    ["joint projects in the oil and gas sector", "gas chemical complex based on the Surgil field"]),
 ],
 "agreements": [
  A("Joint Declaration on the Further Deepening of the Strategic Partnership", "2010-02-11",
    ["Uzbekistan", "South Korea"], ["Akmal Nurmatov", "Baek Seung-cheol"]),
  A("Intergovernmental Agreement on Cooperation in the Field of Information and Communication Technologies",
    "2010-02-11", ["Uzbekistan", "South Korea"], ["Kwon Tae-sik", "Doniyor Rakhimberdiev"]),
  A("Memorandum of Understanding on Consultations between the Ministries of Foreign Affairs", "2010-02-11",
    ["Uzbekistan", "South Korea"], ["Bakhodir Tursunov", "Yoon Jae-hyuk"]),
  A("Programme of Cooperation in Culture and Tourism for 2010-2012", "2010-02-11",
    ["Uzbekistan", "South Korea"], []),
  A("Joint Declaration on Strategic Partnership", "2006", ["Uzbekistan", "South Korea"], []),
 ],
 "statements": [
  S("Baek Seung-cheol", "gratitude", "Uzbekistan"),
  S("Baek Seung-cheol", "invitation", "Uzbekistan"),
  S("Akmal Nurmatov", "support", "South Korea"),
 ],
 "countries": ["Uzbekistan", "South Korea", "Afghanistan"],
 "organizations": [],
}

# ---------------------------------------------------------------- y03
ASEAN03 = "28th and 29th ASEAN Summits"
G["y03"] = {
 "persons": [
  P("Hendra Wiratmaja", ["Hendra"], ("Foreign Minister", "Indonesia")),
  P("Kamaruddin Yusof", [], ("Foreign Minister", "Malaysia")),
  P("Ramon Dizon Arcilla", [], ("Secretary of Foreign Affairs", "Philippines")),
  P("Somphet Inthavong", [], ("Foreign Minister", "Laos")),
  P("Kenji Morikawa", ["Morikawa"], ("Foreign Minister", "Japan")),
  P("Awang Rosli Jaafar", [], ("Second Minister of Foreign Affairs and Trade", "Brunei")),
  P("Vikram Ranade", [], ("External Affairs Minister", "India")),
 ],
 "meetings": [
  M(["Hendra Wiratmaja", "Kamaruddin Yusof", "Ramon Dizon Arcilla"], "2016-09-07", "Vientiane", ASEAN03,
    "in-person",
    ["coordinated maritime patrols in the Sulu-Sulawesi Seas", "kidnapping of sailors by the Abu Sayyaf group",
     "hotline between the navies"]),
  M(["Hendra Wiratmaja", "Somphet Inthavong"], "2016-09-07", None, ASEAN03, "in-person",
    ["Joint Commission for Bilateral Cooperation", "Laos' ASEAN chairmanship"]),
  M(["Hendra Wiratmaja", "Kenji Morikawa"], "2016-09-07", None, ASEAN03, "in-person",
    ["Patimban port project in West Java", "Japanese investment in the Jakarta mass rapid transit system"]),
  M(["Hendra Wiratmaja", "Ramon Dizon Arcilla", "Awang Rosli Jaafar"], "2016-09-08", "Vientiane", ASEAN03,
    "in-person", ["BIMP-EAGA growth area"]),
 ],
 "agreements": [
  A("joint statement on coordinated maritime patrols in the Sulu-Sulawesi Seas", "2016-09-07",
    ["Indonesia", "Malaysia", "Philippines"], ["Hendra Wiratmaja", "Kamaruddin Yusof", "Ramon Dizon Arcilla"]),
  A("Joint Declaration", "2016-05-05", ["Indonesia", "Malaysia", "Philippines"], []),
  A("Memorandum of Understanding on the Establishment of a Joint Commission for Bilateral Cooperation",
    "2016-09-07", ["Indonesia", "Laos"], ["Hendra Wiratmaja", "Somphet Inthavong"]),
 ],
 "statements": [
  S("Hendra Wiratmaja", "condemnation", "Abu Sayyaf"),
  S("Kamaruddin Yusof", "condemnation", "Abu Sayyaf"),
  S("Ramon Dizon Arcilla", "condemnation", "Abu Sayyaf"),
  S("Hendra Wiratmaja", "gratitude", "Laos"),
  S("Kenji Morikawa", "invitation", "Indonesia"),
 ],
 "countries": ["Indonesia", "Malaysia", "Philippines", "Laos", "Japan", "Brunei", "India"],
 "organizations": ["ASEAN", "Abu Sayyaf", "BIMP-EAGA"],
}

# ---------------------------------------------------------------- y04
G["y04"] = {
 "persons": [
  P("Ignacio Valderrama Solís", ["Minister Valderrama"], ("Foreign Minister", "Chile")),
  P("Hana Whitcombe", ["Minister Whitcombe"], ("Minister of Foreign Affairs", "New Zealand")),
  P("Macarena Fuenzalida Rojas", [], ("Undersecretary of Social Security", "Chile")),
  P("Callum Petersen", [], ("Deputy Chief Executive of the Ministry of Social Development", "New Zealand")),
  P("Martín Echagüe", [], ("Foreign Minister", "Argentina")),
 ],
 "meetings": [
  M(["Ignacio Valderrama Solís", "Hana Whitcombe"], "2021-04-13", None, None, "video call",
    ["bilateral agenda", "Social Security Agreement", "assistance to Chilean citizens stranded in New Zealand",
     "Digital Economy Partnership Agreement", "Trans-Pacific Strategic Economic Partnership Agreement",
     "Antarctic cooperation", "Pacific Alliance", "New Zealand's APEC host year",
     "Chile's COVID-19 vaccination campaign", "roadmap for cooperation in renewable energy and green hydrogen"]),
  M(["Ignacio Valderrama Solís", "Hana Whitcombe"], "2019", "Auckland", None, "in-person", []),
  M(["Ignacio Valderrama Solís", "Martín Echagüe"], "2021-04-13", None, None, "phone call",
    ["reopening of the Cristo Redentor border crossing", "vaccination of residents of border communities"]),
 ],
 "agreements": [
  A("Social Security Agreement", "2021-04-13", ["Chile", "New Zealand"],
    ["Macarena Fuenzalida Rojas", "Callum Petersen"]),
  A("Digital Economy Partnership Agreement (DEPA)", "2020-06-12", ["Chile", "New Zealand", "Singapore"], []),
  A("Trans-Pacific Strategic Economic Partnership Agreement", "2005",
    ["Chile", "New Zealand", "Singapore", "Brunei"], []),
 ],
 "statements": [
  S("Ignacio Valderrama Solís", "gratitude", "New Zealand"),
  S("Hana Whitcombe", "congratulations", "Chile"),
 ],
 "countries": ["Chile", "New Zealand", "Singapore", "Brunei", "Argentina"],
 "organizations": ["Pacific Alliance", "APEC"],
}

# ---------------------------------------------------------------- y05
CRED = "presentation of credentials"
G["y05"] = {
 "persons": [
  P("Clifton Barrett", [], ("Governor-General", "Jamaica")),
  P("Luis Fernando Arriaga Montes", ["Mr Arriaga"], ("Ambassador", "Mexico")),
  P("Margaret Ellsworth", ["High Commissioner Ellsworth"], ("High Commissioner", "Canada")),
  P("Shinichi Kubota", ["Ambassador Kubota"], ("Ambassador", "Japan")),
  P("Dorothy Whyte-Hanson", ["Minister Whyte-Hanson"], ("Minister of Foreign Affairs and Foreign Trade", "Jamaica")),
 ],
 "meetings": [
  M(["Clifton Barrett", "Luis Fernando Arriaga Montes"], "2008-03-11", "King's House", CRED, "in-person",
    ["air links between Mexico and Jamaica"]),
  M(["Clifton Barrett", "Margaret Ellsworth"], "2008-03-11", "King's House", CRED, "in-person",
    ["Jamaica's efforts to strengthen its justice system", "Canada-CARICOM trade negotiations"]),
  M(["Clifton Barrett", "Shinichi Kubota"], "2008-03-11", "King's House", CRED, "in-person", []),
  M(["Shinichi Kubota", "Dorothy Whyte-Hanson"], "2008-03-12", "New Kingston", "courtesy call", "in-person",
    ["Japan's assistance to the fisheries sector", "scholarships for Jamaican students",
     "cooperation at the United Nations", "grant for fishery facilities in Old Harbour Bay"]),
 ],
 "agreements": [
  A("Air Services Agreement", "2005", ["Jamaica", "Mexico"], []),
  A("Exchange of Notes on a grant for the Project for the Improvement of Fishery Facilities in Old Harbour Bay",
    "2008-03-12", ["Jamaica", "Japan"], ["Dorothy Whyte-Hanson", "Shinichi Kubota"]),
 ],
 "statements": [
  S("Margaret Ellsworth", "support", "Jamaica"),
  S("Dorothy Whyte-Hanson", "gratitude", "Japan"),
 ],
 "countries": ["Jamaica", "Mexico", "Canada", "Japan"],
 "organizations": ["CARICOM", "United Nations"],
}

# ---------------------------------------------------------------- y06
G["y06"] = {
 "persons": [
  P("Kazuhiro Takemura", ["Mr. Kazuhiro Takemura", "Minister Takemura"],
    ("Minister for Foreign Affairs", "Japan")),
  P("Horácio Muianga", ["H.E. Mr. Horácio Muianga", "Minister Muianga"],
    ("Minister of Foreign Affairs and Cooperation", "Mozambique")),
  P("Tetsuo Ishizaka", ["Mr. Tetsuo Ishizaka"], ("Ambassador to Mozambique", "Japan")),
  P("Eulália Macuácua", ["H.E. Ms. Eulália Macuácua"],
    ("Vice Minister of Foreign Affairs and Cooperation", "Mozambique")),
  P("Jun Okabe", ["Mr. Jun Okabe"], ("State Minister for Foreign Affairs", "Japan")),
  P("Amade Sumail", ["H.E. Mr. Amade Sumail"], ("Ambassador to Japan", "Mozambique")),
 ],
 "meetings": [
  M(["Kazuhiro Takemura", "Horácio Muianga"], "2013-10-22", None, None, "phone call",
    ["Japan's assistance to Mozambique", "development of the Nacala Corridor",
     "clashes between Government forces and RENAMO in Sofala Province",
     "negotiations on a tax convention"]),
  M(["Kazuhiro Takemura", "Horácio Muianga"], "2013-06", "Yokohama",
    "Fifth Tokyo International Conference on African Development (TICAD V)", "in-person", []),
  M(["Jun Okabe", "Amade Sumail"], "2013-10-22", None, "courtesy call", "in-person",
    ["Japanese private investment in the natural gas and coal sectors",
     "safety of Japanese nationals working in Mozambique"]),
 ],
 "agreements": [
  A("Exchange of Notes concerning grant aid for the Project for Improvement of Water Supply in Nampula City",
    "2013-10-21", ["Japan", "Mozambique"], ["Tetsuo Ishizaka", "Eulália Macuácua"]),
 ],
 "statements": [
  S("Horácio Muianga", "gratitude", "Japan"),
  S("Kazuhiro Takemura", "concern", "Mozambique"),
 ],
 "countries": ["Japan", "Mozambique"],
 "organizations": ["RENAMO"],
}

# ---------------------------------------------------------------- y07
PIF07 = "50th Pacific Islands Forum Leaders Meeting"
G["y07"] = {
 "persons": [
  P("Jone Vakaloloma", ["PM Vakaloloma", "Vakaloloma"], ("Prime Minister", "Fiji")),
  P("Kila Rapilla", [], ("Prime Minister", "Papua New Guinea")),
  P("Francis Tagabasoe", [], ("Prime Minister", "Solomon Islands")),
  P("Jotham Moli", ["Moli"], ("Prime Minister", "Vanuatu")),
  P("Inia Batikoto", [], ("Minister for Defence and National Security", "Fiji")),
  P("Moses Kalorib", [], ("Minister of Foreign Affairs", "Vanuatu")),
  P("Claire Pemberton", ["Prime Minister Pemberton"], ("Prime Minister", "New Zealand")),
 ],
 "meetings": [
  M(["Jone Vakaloloma", "Kila Rapilla", "Francis Tagabasoe", "Jotham Moli"], "2019-08-15", "Funafuti", PIF07,
    "in-person", ["labour mobility", "Melanesian Spearhead Group secretariat budget",
                  "common Melanesian position on climate finance"]),
  M(["Jone Vakaloloma", "Claire Pemberton"], "2019-08-14", None, PIF07, "in-person",
    ["seasonal work schemes", "recovery of Fiji's sugar industry",
     "preparations for the Commonwealth Heads of Government Meeting"]),
  M(["Jone Vakaloloma", "Claire Pemberton"], "2018-02", "Suva", None, "in-person", []),
 ],
 "agreements": [
  A("Kainaki II Declaration for Urgent Climate Change Action Now", "2019-08-15", ["Pacific Islands Forum"], []),
  A("Memorandum of Understanding on Maritime Surveillance Cooperation", "2019-08-15", ["Fiji", "Vanuatu"],
    ["Inia Batikoto", "Moses Kalorib"]),
 ],
 "statements": [
  S("Claire Pemberton", "invitation", "Fiji"),
  S("Jone Vakaloloma", "gratitude", "Tuvalu"),
 ],
 "countries": ["Fiji", "Tuvalu", "Papua New Guinea", "Solomon Islands", "Vanuatu", "New Zealand"],
 "organizations": ["Pacific Islands Forum", "Melanesian Spearhead Group", "Commonwealth"],
}

# ---------------------------------------------------------------- y08
G["y08"] = {
 "persons": [
  P("Nader Haddadin", ["Haddadin"], ("Prime Minister", "Jordan")),
  P("Abdul-Karim al-Saadi", ["al-Saadi"], ("Minister of Trade", "Iraq")),
  P("Takeshi Hamura", ["Hamura"], ("Senior Vice-Minister for Foreign Affairs", "Japan")),
  P("Johan Ekström", ["Ekström"], ("Commissioner-General", None, "UNRWA")),
  P("Ziad Rawashdeh", ["Rawashdeh"], ("Minister of Industry and Trade", "Jordan")),
  P("Ali Kadhim al-Musawi", [], ("Ambassador to Jordan", "Iraq")),
  P("Nabil Qutaishat", [], ("President of the Jordan Chamber of Commerce", "Jordan")),
 ],
 "meetings": [
  M(["Nader Haddadin", "Abdul-Karim al-Saadi"], "2006-04-09", None, None, "in-person",
    ["transit trade through the port of Aqaba", "Jordanian exports to Iraq",
     "security of the Amman-Baghdad highway"]),
  M(["Nader Haddadin", "Takeshi Hamura"], "2006-04-09", None, None, "in-person",
    ["Jordan's political and economic reform programme", "Japanese soft loans and grants in the water sector",
     "situation in Iraq"]),
  M(["Nader Haddadin", "Johan Ekström"], "2006-04-09", None, None, "in-person",
    ["humanitarian conditions in the Palestinian territories",
     "suspension of international aid to the Palestinian Authority", "UNRWA's financial difficulties",
     "Palestine refugees registered in Jordan"]),
  M(["Ziad Rawashdeh", "Abdul-Karim al-Saadi", "Ali Kadhim al-Musawi", "Nabil Qutaishat"], "2006-04-09",
    "Ministry of Industry and Trade", None, "in-person",
    ["transit trade", "veterinary quarantine", "ceiling of the annual trade protocol"]),
 ],
 "agreements": [
  A("memorandum of understanding on transit trade", "2006-04-09", ["Jordan", "Iraq"],
    ["Ziad Rawashdeh", "Abdul-Karim al-Saadi"]),
  A("protocol on veterinary quarantine", "2006-04-09", ["Jordan", "Iraq"],
    ["Ziad Rawashdeh", "Abdul-Karim al-Saadi"]),
  A("annual trade protocol", "2004-01", ["Jordan", "Iraq"], []),
 ],
 "statements": [
  S("Takeshi Hamura", "support", "Jordan"),
  S("Nader Haddadin", "gratitude", "Japan"),
  S("Nader Haddadin", "concern", None),
 ],
 "countries": ["Jordan", "Iraq", "Japan"],
 "organizations": ["UNRWA", "Palestinian Authority", "Jordan Chamber of Commerce"],
}

# ---------------------------------------------------------------- y09
FOUR09 = ["Kristjan Laansoo", "Edgars Zālītis", "Vytautas Grigaliūnas", "Tomasz Wierzbicki"]
G["y09"] = {
 "persons": [
  P("Kristjan Laansoo", ["Foreign Minister Laansoo", "Laansoo"], ("Foreign Minister", "Estonia")),
  P("Edgars Zālītis", ["Zālītis"], ("Foreign Minister", "Latvia")),
  P("Vytautas Grigaliūnas", [], ("Foreign Minister", "Lithuania")),
  P("Tomasz Wierzbicki", ["Wierzbicki"], ("Foreign Minister", "Poland")),
  P("Ostap Zhuravskyi", [], ("Foreign Minister", "Ukraine")),
 ],
 "meetings": [
  M(FOUR09, "2024-05-20", "Tallinn", None, "in-person",
    ["regional security", "protection of critical undersea infrastructure", "support to Ukraine",
     "preparations for the NATO summit", "EU's 14th package of sanctions against Russia",
     "security of the Baltic Sea", "Russian jamming of satellite navigation signals"]),
  M(["Kristjan Laansoo", "Tomasz Wierzbicki"], "2024-05-20", "Tallinn", None, "in-person",
    ["cooperation in consular matters", "political consultations"]),
  M(["Kristjan Laansoo", "Ostap Zhuravskyi"], "2024-05-21", None, None, "video call",
    ["Ukraine's path to EU membership", "Estonian military aid to Ukraine", "Ukraine peace summit in Switzerland"]),
 ],
 "agreements": [
  A("joint declaration on regional security, the protection of critical undersea infrastructure and continued "
    "support to Ukraine", "2024-05-20", ["Estonia", "Latvia", "Lithuania", "Poland"], FOUR09),
  A("Memorandum of Understanding on Cooperation in Consular Matters", "2024-05-20", ["Estonia", "Poland"],
    ["Kristjan Laansoo", "Tomasz Wierzbicki"]),
  A("agreement on cross-border emergency medical assistance", "2024-03-14", ["Estonia", "Latvia"],
    ["Kristjan Laansoo", "Edgars Zālītis"]),
 ],
 "statements": [S(n, "condemnation", "Russia") for n in FOUR09] + [
  S("Tomasz Wierzbicki", "invitation", "Estonia"),
  S("Kristjan Laansoo", "support", "Ukraine"),
 ],
 "countries": ["Estonia", "Latvia", "Lithuania", "Poland", "Ukraine", "Russia", "Switzerland"],
 "organizations": ["NATO", "European Union", "Nordic-Baltic Eight"],
}

# ---------------------------------------------------------------- y10
VISIT10 = "state visit of the President of Peru to Brazil"
G["y10"] = {
 "persons": [
  P("Rodrigo Alvarado Quiroz", ["Alvarado"], ("President", "Peru")),
  P("Marta Albuquerque", ["Albuquerque"], ("President", "Brazil")),
  P("Javier Cárdenas Ugarte", [], ("Foreign Minister", "Peru")),
  P("Paulo Henrique Tavares", ["Foreign Minister Tavares"], ("Foreign Minister", "Brazil")),
  P("Sérgio Lobato", [], ("Minister of Science and Technology", "Brazil")),
  P("Carmen Rosa Paredes", [], ("Ambassador to Brazil", "Peru")),
  P("Otávio Magalhães", [], ("President of the Federal Senate", "Brazil")),
 ],
 "meetings": [
  M(["Rodrigo Alvarado Quiroz", "Marta Albuquerque"], "2011-10-27", "Planalto Palace", VISIT10, "in-person",
    ["Interoceanic Highway", "electricity exports from hydroelectric plants in the Peruvian Amazon",
     "border security", "Brazilian financing of infrastructure in southern Peru",
     "Peru's bid to host the 2013 UNASUR summit"]),
  M(["Rodrigo Alvarado Quiroz", "Marta Albuquerque"], "2011-07-28", "Lima",
    "inauguration of President Alvarado", "in-person", []),
  M(["Rodrigo Alvarado Quiroz", "Paulo Henrique Tavares"], "2011-10-27", "Itamaraty Palace",
    "lunch in honour of the Peruvian president", "in-person", []),
  M(["Rodrigo Alvarado Quiroz", "Otávio Magalhães"], "2011-10-28", "National Congress", VISIT10, "in-person",
    ["parliamentary cooperation", "ratification of the energy agreement"]),
 ],
 "agreements": [
  A("Joint Declaration", "2011-10-27", ["Peru", "Brazil"], ["Rodrigo Alvarado Quiroz", "Marta Albuquerque"]),
  A("Action Plan for the Strategic Alliance 2012-2016", "2011-10-27", ["Peru", "Brazil"],
    ["Javier Cárdenas Ugarte", "Paulo Henrique Tavares"]),
  A("Letter of Intent on Cooperation in Space Technology", "2011-10-27", ["Peru", "Brazil"],
    ["Sérgio Lobato", "Carmen Rosa Paredes"]),
  A("Energy Agreement", "2010-06", ["Peru", "Brazil"], []),
 ],
 "statements": [
  S("Rodrigo Alvarado Quiroz", "gratitude", "Brazil"),
  S("Marta Albuquerque", "support", "Peru"),
 ],
 "countries": ["Peru", "Brazil"],
 "organizations": ["UNASUR"],
}

# ---------------------------------------------------------------- y11
G["y11"] = {
 "persons": [
  P("Mesfin Alemu Bekele", ["Dr. Mesfin"], ("Foreign Minister", "Ethiopia")),
  P("Tesfay Gebremeskel", [], ("Foreign Minister", "Eritrea")),
  P("Abdirahman Hassan Warsame", ["Warsame"], ("Foreign Minister", "Somalia")),
  P("Farah Abdi Guled", [], ("Minister of Ports and Marine Transport", "Somalia")),
 ],
 "meetings": [
  M(["Mesfin Alemu Bekele", "Tesfay Gebremeskel", "Abdirahman Hassan Warsame", "Farah Abdi Guled"],
    "2018-11-09", "Bahir Dar", "tripartite meeting of the foreign ministers of Ethiopia, Eritrea and Somalia",
    "in-person", ["implementation of the tripartite cooperation", "joint infrastructure projects",
                  "facilitation of trade", "regional security mechanism"]),
  M(["Mesfin Alemu Bekele", "Tesfay Gebremeskel"], "2018-11-09", "Bahir Dar",
    "tripartite meeting of the foreign ministers of Ethiopia, Eritrea and Somalia", "in-person",
    ["reopening of the Zalambessa and Bure border crossings", "resumption of flights between the two capitals"]),
  M(["Mesfin Alemu Bekele", "Abdirahman Hassan Warsame"], "2018-11-09", None, None, "in-person",
    ["training of the Somali National Army", "drawdown of AMISOM troops", "fight against al-Shabaab"]),
 ],
 "agreements": [
  A("roadmap for the implementation of the tripartite cooperation", "2018-11-09",
    ["Ethiopia", "Eritrea", "Somalia"],
    ["Mesfin Alemu Bekele", "Tesfay Gebremeskel", "Abdirahman Hassan Warsame"]),
  A("Joint Declaration on Comprehensive Cooperation", "2018-09-05", ["Ethiopia", "Eritrea", "Somalia"], []),
  A("Joint Declaration of Peace and Friendship", "2018-07-09", ["Ethiopia", "Eritrea"], []),
 ],
 "statements": [
  S("Mesfin Alemu Bekele", "support", "Somalia"),
  S("Abdirahman Hassan Warsame", "gratitude", "Ethiopia"),
 ],
 "countries": ["Ethiopia", "Eritrea", "Somalia", "Djibouti"],
 "organizations": ["AMISOM", "al-Shabaab"],
}

# ---------------------------------------------------------------- y12
G["y12"] = {
 "persons": [
  P("Ana Lucía Cervantes Robles", ["Secretary Cervantes"], ("Foreign Secretary", "Mexico")),
  P("Héctor Aníbal Monzón", ["Minister Monzón"], ("Minister of Foreign Affairs", "Guatemala")),
  P("Rodrigo Iturbide Salas", [], ("Undersecretary for Latin America and the Caribbean", "Mexico")),
  P("Lucía Marroquín de León", [], ("Vice Minister of Foreign Affairs", "Guatemala")),
  P("Marco Tulio Banegas", [], ("Foreign Secretary", "Honduras")),
  P("Dorian Castillo", [], ("Minister of Foreign Affairs", "Belize")),
 ],
 "meetings": [
  M(["Ana Lucía Cervantes Robles", "Héctor Aníbal Monzón", "Rodrigo Iturbide Salas", "Lucía Marroquín de León"],
    "2025-06-12", "Mexico City", "XIV Meeting of the Mexico-Guatemala Binational Commission", "in-person",
    ["migration", "security", "trade", "border infrastructure", "health", "extradition",
     "technical and scientific cooperation", "social programmes in Guatemalan border communities",
     "temporary work visas for border workers"]),
  M(["Ana Lucía Cervantes Robles", "Héctor Aníbal Monzón"], "2025-02", "Tapachula", None, "in-person", []),
  M(["Ana Lucía Cervantes Robles", "Marco Tulio Banegas"], "2025-06-11", None, None, "phone call",
    ["floods in the department of Choluteca", "humanitarian assistance"]),
  M(["Ana Lucía Cervantes Robles", "Dorian Castillo"], "2025-06-09", None, None, "video call",
    ["modernisation of the Chetumal-Santa Elena border crossing", "cooperation within SICA"]),
 ],
 "agreements": [
  A("Protocol Amending the Extradition Treaty between Mexico and Guatemala", "2025-06-12",
    ["Mexico", "Guatemala"], ["Ana Lucía Cervantes Robles", "Héctor Aníbal Monzón"]),
  A("Extradition Treaty between Mexico and Guatemala", "1997", ["Mexico", "Guatemala"], []),
  A("Programme of Technical and Scientific Cooperation 2025-2027", "2025-06-12", ["Mexico", "Guatemala"], []),
 ],
 "statements": [
  S("Héctor Aníbal Monzón", "gratitude", "Mexico"),
  S("Ana Lucía Cervantes Robles", "condolences", "Honduras"),
 ],
 "countries": ["Mexico", "Guatemala", "Honduras", "Belize"],
 "organizations": ["Central American Integration System"],
}

# ---------------------------------------------------------------- y13
G["y13"] = {
 "persons": [
  P("Bishnu Prasad Adhikari", ["Minister Adhikari", "Adhikari"],
    ("Minister for Industry, Commerce and Supplies", "Nepal")),
  P("Hari Sharan Joshi", [], ("Commerce Secretary", "Nepal")),
  P("Abul Hasnat Chowdhury", ["Minister Chowdhury", "Chowdhury"], ("Commerce Minister", "Bangladesh")),
  P("Mahbubur Rahman Khan", ["Ambassador Khan"], ("Ambassador to Nepal", "Bangladesh")),
  P("Dinesh Raj Ghimire", [], ("Secretary at the Ministry of Culture, Tourism and Civil Aviation", "Nepal")),
  P("Kamal Prasad Dhungana", [], ("Foreign Minister", "Nepal")),
  P("Keshav Raj Pandey", [], ("Prime Minister", "Nepal")),
 ],
 "meetings": [
  M(["Bishnu Prasad Adhikari", "Hari Sharan Joshi", "Abul Hasnat Chowdhury", "Mahbubur Rahman Khan"],
    "2003-08-21", "Singha Durbar", "delegation-level talks", "in-person",
    ["Nepal's trade deficit with Bangladesh", "use of Mongla port by Nepali traders",
     "transit route through the Banglabandh border point", "Nepal's bid to join the World Trade Organization",
     "SAFTA negotiations", "air services", "promotion of bilateral trade"]),
  M(["Abul Hasnat Chowdhury", "Kamal Prasad Dhungana"], "2003-08-20", None, None, "in-person",
    ["preparations for the SAARC summit in Islamabad", "Bhutanese refugees in eastern Nepal"]),
 ],
 "agreements": [
  A("air services agreement", "2003-08-21", ["Nepal", "Bangladesh"], ["Dinesh Raj Ghimire", "Mahbubur Rahman Khan"]),
  A("memorandum of understanding on the promotion of bilateral trade", "2003-08-21", ["Nepal", "Bangladesh"],
    ["Bishnu Prasad Adhikari", "Abul Hasnat Chowdhury"]),
  A("Transit Agreement", "1976", ["Nepal", "Bangladesh"], []),
 ],
 "statements": [
  S("Bishnu Prasad Adhikari", "gratitude", "Bangladesh"),
  S("Abul Hasnat Chowdhury", "support", "Nepal"),
 ],
 "countries": ["Nepal", "Bangladesh", "Bhutan"],
 "organizations": ["World Trade Organization", "SAARC"],
}

# ---------------------------------------------------------------- y14
CRED14 = "presentation of copies of credentials"
G["y14"] = {
 "persons": [
  P("Hamad Obaid Al Suwaidi", ["Dr. Al Suwaidi"], ("Minister of State for Foreign Affairs", "United Arab Emirates")),
  P("Yerlan Baimukhanov", [], ("Ambassador to the UAE", "Kazakhstan")),
  P("Gonzalo Irazábal Pérez", [], ("Ambassador to the UAE", "Uruguay")),
  P("Jean-Marie Ebongue", [], ("Ambassador to the UAE", "Cameroon")),
  P("Aibek Nurlanov", ["Nurlanov"], ("Deputy Minister of Foreign Affairs", "Kazakhstan")),
 ],
 "meetings": [
  M(["Hamad Obaid Al Suwaidi", "Yerlan Baimukhanov"], "2015-02-18", "Abu Dhabi", CRED14, "in-person", []),
  M(["Hamad Obaid Al Suwaidi", "Gonzalo Irazábal Pérez"], "2015-02-18", "Abu Dhabi", CRED14, "in-person", []),
  M(["Hamad Obaid Al Suwaidi", "Jean-Marie Ebongue"], "2015-02-18", "Abu Dhabi", CRED14, "in-person",
    ["Boko Haram attacks in northern Cameroon"]),
  M(["Hamad Obaid Al Suwaidi", "Aibek Nurlanov"], "2015-02-18", None, None, "in-person",
    ["energy", "investment", "air transport", "Expo 2017 in Astana", "visa exemption",
     "implementation of the Agreement on the Avoidance of Double Taxation",
     "UAE candidacy for the UN Human Rights Council"]),
 ],
 "agreements": [
  A("agreement on mutual visa exemption for holders of diplomatic, special and service passports", "2015-02-18",
    ["United Arab Emirates", "Kazakhstan"], ["Hamad Obaid Al Suwaidi", "Aibek Nurlanov"]),
  A("Agreement on the Avoidance of Double Taxation", "2008", ["United Arab Emirates", "Kazakhstan"], []),
  A("Air Services Agreement", "2013", ["United Arab Emirates", "Uruguay"], []),
 ],
 "statements": [
  S("Hamad Obaid Al Suwaidi", "condolences", "Cameroon"),
  S("Aibek Nurlanov", "support", "United Arab Emirates"),
 ],
 "countries": ["United Arab Emirates", "Kazakhstan", "Uruguay", "Cameroon"],
 "organizations": ["Boko Haram", "UN Human Rights Council"],
}

# ---------------------------------------------------------------- y15
BNC15 = "3rd Session of the South Africa-Botswana Bi-National Commission"
G["y15"] = {
 "persons": [
  P("Themba Nkosi", ["President Nkosi"], ("President", "South Africa")),
  P("Tebogo Sebego", [], ("President", "Botswana")),
  P("Thandiwe Mokoena", [], ("Minister of International Relations and Cooperation", "South Africa")),
  P("Kabo Mmolawa", [], ("Minister of International Affairs and Cooperation", "Botswana")),
  P("Ronald Mathebula", [], ("Minister of Justice and Correctional Services", "South Africa")),
  P("Nnunu Ramokate", [], ("Minister of Justice", "Botswana")),
  P("Sipho Radebe", [], ("Minister of Defence and Military Veterans", "South Africa")),
  P("Onkemetse Tshosa", [], ("Minister of Defence and Security", "Botswana")),
 ],
 "meetings": [
  M(["Themba Nkosi", "Tebogo Sebego"], "2022-11-24", "Union Buildings, Pretoria", BNC15, "in-person",
    ["bilateral agreements", "Joint Communiqué", "security situation in Cabo Delgado",
     "fight against terrorism in Mozambique", "Trans-Kalahari railway line"]),
  M(["Thandiwe Mokoena", "Kabo Mmolawa"], "2022-11-23", "OR Tambo Building",
    "Ministerial Session of the " + BNC15, "in-person",
    ["finalisation of the agreements", "draft Joint Communiqué"]),
  M(["Sipho Radebe", "Onkemetse Tshosa"], None, "Pretoria", BNC15, "in-person",
    ["joint patrols along the Limpopo River", "deployment of the SADC Mission in Mozambique"]),
  M(["Themba Nkosi", "Tebogo Sebego"], "2022-08", "Kinshasa", "SADC Summit", "in-person", []),
 ],
 "agreements": [
  A("Joint Communiqué", "2022-11-24", ["South Africa", "Botswana"], ["Themba Nkosi", "Tebogo Sebego"]),
  A("Extradition Treaty", "2022-11-24", ["South Africa", "Botswana"], ["Ronald Mathebula", "Nnunu Ramokate"]),
  A("Treaty on Mutual Legal Assistance in Criminal Matters", "2022-11-24", ["South Africa", "Botswana"],
    ["Ronald Mathebula", "Nnunu Ramokate"]),
  A("Memorandum of Understanding on Water Resources Management", "2022-11-24", ["South Africa", "Botswana"], []),
 ],
 "statements": [
  S("Themba Nkosi", "concern", "Mozambique"),
  S("Themba Nkosi", "support", "Mozambique"),
  S("Tebogo Sebego", "support", "Mozambique"),
 ],
 "countries": ["South Africa", "Botswana", "Mozambique"],
 "organizations": ["SADC", "SADC Mission in Mozambique"],
}

# ---------------------------------------------------------------- y16
SUM16 = "second EU-Africa Summit"
G["y16"] = {
 "persons": [
  P("Duarte Figueiredo", ["Figueiredo"], ("Prime Minister", "Portugal")),
  P("Domingos Kiluanji", [], ("President", "Angola")),
  P("Alberto Nhaca", [], ("President", "Mozambique")),
  P("Jorge Lopes Semedo", [], ("Prime Minister", "Cape Verde")),
  P("Braima Djaló", ["Djaló"], ("President", "Guinea-Bissau")),
  P("Aurélio Pinheiro Lima", [], ("President", "Sao Tome and Principe")),
  P("Kwame Osei-Bonsu", ["Osei-Bonsu"], ("President", "Ghana"),
    ("chairman of the African Union", None, "African Union")),
  P("Luís Mendes Pacheco", [], ("Foreign Minister", "Portugal")),
  P("Celestino Mané", [], ("Foreign Minister", "Guinea-Bissau")),
 ],
 "meetings": [
  M(["Duarte Figueiredo", "Domingos Kiluanji", "Alberto Nhaca", "Jorge Lopes Semedo", "Braima Djaló",
     "Aurélio Pinheiro Lima"], "2007-12-08", None, SUM16, "in-person",
    ["strengthening of the Community of Portuguese Language Countries", "higher education exchanges"]),
  M(["Duarte Figueiredo", "Kwame Osei-Bonsu"], "2007-12-08", None, SUM16, "in-person",
    ["Portugal's efforts to convene the EU-Africa Summit"]),
 ],
 "agreements": [
  A("Lisbon Declaration", "2007-12-09", ["European Union", "African Union"], []),
  A("Joint Africa-EU Strategy", "2007-12-09", ["European Union", "African Union"], []),
  A("Cotonou Agreement", "2000", ["European Union", "ACP group"], []),
  A("Framework Agreement on Development Cooperation", "2007-12-09", ["Portugal", "Guinea-Bissau"],
    ["Luís Mendes Pacheco", "Celestino Mané"]),
 ],
 "statements": [
  S("Kwame Osei-Bonsu", "gratitude", "Portugal"),
  S("Duarte Figueiredo", "support", "Guinea-Bissau"),
 ],
 "countries": ["Portugal", "Angola", "Mozambique", "Cape Verde", "Guinea-Bissau", "Sao Tome and Principe",
               "Ghana", "United Kingdom", "Zimbabwe"],
 "organizations": ["European Union", "African Union", "Community of Portuguese Language Countries",
                   "ACP group"],
}


def main():
    for doc_id, gold in sorted(G.items()):
        with open(os.path.join(HERE, doc_id + ".json"), "w", encoding="utf-8") as f:
            json.dump(gold, f, ensure_ascii=False, indent=1)
            f.write("\n")
    print("wrote", len(G), "files")


if __name__ == "__main__":
    main()
