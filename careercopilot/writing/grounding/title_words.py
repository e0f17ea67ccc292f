"""Job-title words of other languages with no root shared with their English word (session 16, set 14's
held titles in other words: "lawyer" for "Abogada", "head of quality" for "Jefe de Calidad", "paralegal" for
"Procuradora"). Cognates ("dentista", "ingénieur") are found by spelling (:func:`.titles._translated`); these
are the words spelling cannot find.

Source: written by hand (session 16) from common dictionary translations of these title words —
masculine and feminine forms, folded, lower case (:func:`.text.fold_accents`); NOT yet checked against a
published list. The reference to check it against is ESCO v1.2's occupation labels (European Commission,
esco.ec.europa.eu: preferred and alternative labels per EU language and Norwegian) and, for Turkish, the
Türk Dil Kurumu dictionary (sozluk.gov.tr). Each English word maps to the words of every language, one set.
"""

from __future__ import annotations

import re

#: English title word → its words in other languages (masculine and feminine forms).
TITLE_WORDS: dict[str, frozenset[str]] = {
    "lawyer": frozenset(
        "abogado abogada advogado advogada avvocato avvocata avocat avocate rechtsanwalt rechtsanwaltin anwalt "
        "anwaltin advocaat adwokat adwokatka advokat advokatka avukat asianajaja jurist juristin juriste".split()),
    "attorney": frozenset("abogado abogada advogado advogada avvocato avvocata avocat avocate rechtsanwalt "
                          "rechtsanwaltin advocaat adwokat advokat avukat asianajaja".split()),
    "paralegal": frozenset("procurador procuradora rechtsanwaltsfachangestellte paralegal".split()),
    "head": frozenset(
        "jefe jefa chefe capo responsabile responsable leiter leiterin hoofd kierownik kierowniczka vedouci "
        "sef sefa paallikko johtaja leder sjef truong proviseur proviseure".split()),
    # session 20: Vietnamese "trưởng" (head, "Trưởng nhóm" team lead), French "proviseur(e)" (head of a lycée)
    "lead": frozenset("truong".split()),
    "plant": frozenset("usine planta fabrica werk stabilimento fabryka zavod tehdas fabrika fabrikk fabrik".split()),
    "manager": frozenset("gerente gestor gestora responsable leiter leiterin kierownik kierowniczka vedouci "
                         "johtaja paallikko leder sjef yonetici mudur".split()),
    "director": frozenset("direktor direktorin dyrektor dyrektorka reditel reditelka johtaja mudur".split()),
    "teacher": frozenset(
        "profesor profesora professor professora insegnante docente enseignant enseignante lehrer lehrerin "
        "leraar lerares nauczyciel nauczycielka ucitel ucitelka ogretmen opettaja laerer larare".split()),
    "nurse": frozenset(
        "enfermero enfermera enfermeiro enfermeira infermiere infermiera infirmier infirmiere pfleger pflegerin "
        "verpleegkundige pielegniarka pielegniarz sestra hemsire sairaanhoitaja sykepleier sjukskoterska".split()),
    "accountant": frozenset("contador contadora contabilista ragioniere commercialista comptable buchhalter "
                            "buchhalterin boekhouder ksiegowy ksiegowa ucetni muhasebeci kirjanpitaja "
                            "regnskapsforer".split()),
    "engineer": frozenset("muhendis insinoori ingenior inzynier inzenyr".split()),
    "physician": frozenset("medico medica arzt arztin lekarz lekarka lekar laakari lege hekim".split()),
    "doctor": frozenset("medico medica arzt arztin lekarz lekarka lekar laakari lege hekim".split()),
    "cook": frozenset("cocinero cocinera cozinheiro cozinheira cuoco cuoca cuisinier cuisiniere koch kochin "
                      "kucharz kucharka kuchar asci kokki kokk".split()),
    "judge": frozenset("juez jueza juiz juiza giudice juge richter richterin rechter sedzia soudce hakim "
                       "tuomari dommer".split()),
    "pharmacist": frozenset("apotheker apothekerin apteekkari eczaci farmaceuta lekarnik".split()),
    "farmer": frozenset("agricultor agricultora landwirt landwirtin boer rolnik zemedelec ciftci viljelija "
                        "bonde".split()),
    # ground121 (set 26: "when I started as an apprentice" for «Leerling hoefsmid», «Tanuló (apprentice)»): the trainee
    # in a trade by its dictionary words — nl leerling, de Lehrling/Auszubildende(r)/Azubi, da/no lærling, sv lärling,
    # it apprendista, fr apprenti(e), es/pt aprendiz, hu tanuló, pl uczeń/praktykant, cs/sk učeň, tr çırak
    "apprentice": frozenset("leerling lehrling auszubildender auszubildende azubi laerling larling apprendista apprenti "
                            "apprentie aprendiz aprendiza tanulo uczen praktykant praktykantka ucen ucennice cirak".split()),
}

#: Keys of :data:`TITLE_WORDS` that name a workplace inside a title ("plant manager"), no title by themselves.
WORKPLACE_WORDS = frozenset({"plant"})


def translates(english: str, theirs: str) -> bool:
    """``theirs`` (folded, lower case) is ``english`` (a title word, lower case) in another language by
    :data:`TITLE_WORDS`."""
    return theirs in TITLE_WORDS.get(english, ())


#: Greek and Latin spellings English writes one way and the Romance and Germanic languages another ("ph" → "f",
#: "th" → "t", "ch"/"qu"/"c" → "k", "y" → "i", "ae"/"oe" → "e"): applied to both words before their stems are compared.
_SPELLINGS = (("ph", "f"), ("th", "t"), ("ch", "k"), ("qu", "k"), ("ck", "k"), ("c", "k"), ("y", "i"), ("ae", "e"),
              ("oe", "e"))
#: Agent and adjective endings of a profession's word (English first, then the other languages' forms): "-logist" /
#: "-logo, -loga, -logue, -loge, -log"; "-ist" / "-ista, -iste, -isto"; "-therapist" / "-terapeuta, -thérapeute,
#: -therapeut"; "-ician" / "-ico, -ica, -icien"; plurals.
_AGENT_ENDINGS = ("logists", "logist", "logos", "logas", "logues", "loges", "logo", "loga", "logue", "loge", "login",
                  "logi", "log", "euten", "eutas", "eutes", "euta", "eute", "eut", "istas", "istes", "ists", "ista",
                  "iste", "isto", "istin", "ist", "ikians", "ikian", "ikiens", "ikienne", "ikien", "ikos", "ikas", "iko",
                  "ika", "ikerin", "iker")


def _agent_stem(word: str) -> str:
    """``word`` respelt (:data:`_SPELLINGS`) and cut before its agent ending (written respelt: "-ician" as "-ikian")."""
    w = word
    for a, b in _SPELLINGS:
        w = w.replace(a, b)
    for ending in _AGENT_ENDINGS:
        if w.endswith(ending) and len(w) - len(ending) >= 2:
            return w[: len(w) - len(ending)] + ("log" if ending.startswith("log") else "")
    return w


def agent_cognate(english: str, theirs: str) -> bool:
    """``theirs`` (folded, lower case: "fisioterapeuta", "geologa", "arqueologo", "tecnologo") is the profession word
    ``english`` ("physiotherapist", "geologist", "archaeologist", "technologist") in a Romance or Germanic language:
    the same stem of five letters or more after the usual spelling shifts (:data:`_SPELLINGS`) and their agent endings
    (:data:`_AGENT_ENDINGS`) — where :func:`.names.cognate`'s spelling ratio misses (0.62 for "physiotherapist" /
    "fisioterapeuta") or the English word is rarer than its frequency floor ("geologist"). Only words with an agent
    ending in English are read: no place or firm name bends into a title this way (session 27, ground88)."""
    if english == theirs or not re.search(r"(?:ist|ists|ician|icians)$", english):
        return False
    a, b = _agent_stem(english), _agent_stem(theirs)
    return len(a) >= 5 and a == b


#: English job titles → the same title in other languages where no word of it is a cognate ("head chef" / "jefe de
#: cocina"), folded, lower case, masculine and feminine forms; a title of one word when none of its translations
#: shares its root ("translator" / "traductrice"). Source: written by hand (session 27, ground88) from the ESCO
#: occupation labels of these occupations (European Commission, ESCO v1.2: preferred and alternative labels in es, fr,
#: pt, it, de, nl, pl) and ISCO-08 group 3434/5120/2643 titles as remembered — NOT checked against the ESCO download
#: (no network here); the reference to check it against is ESCO's occupations_<lang>.csv.
TITLE_PHRASES: dict[str, frozenset[str]] = {
    "head chef": frozenset((
        "jefe de cocina", "jefa de cocina", "chef de cuisine", "chef cuisinier", "chefe de cozinha", "chefe de cuisine",
        "capo cuoco", "chef di cucina", "kuchenchef", "kuchenchefin", "chef-kok", "szef kuchni")),
    "executive chef": frozenset(("jefe ejecutivo de cocina", "chef ejecutivo", "chef executif", "chef executivo",
                                 "executive chef", "chef esecutivo", "kuchendirektor")),
    "sous chef": frozenset(("segundo de cocina", "segunda de cocina", "second de cuisine", "seconde de cuisine",
                            "sous-chef de cuisine", "subchefe de cozinha", "sous chef de cozinha", "sous-chef",
                            "souschef", "sotto chef", "sottochef", "zastepca szefa kuchni")),
    "chef de partie": frozenset(("jefe de partida", "jefa de partida", "chef de partie", "capo partita",
                                 "chefe de partida", "postenkoch", "postenkochin")),
    "kitchen assistant": frozenset(("ayudante de cocina", "aide de cuisine", "commis de cuisine", "ajudante de cozinha",
                                    "aiuto cuoco", "kuchenhilfe", "pomoc kuchenna")),
    # ground143 (set 28's "head baker" for «Chef boulanger»): French "chef" + trade, Italian "capo" + trade, Spanish
    # "jefe de" + workplace — ESCO labels of these occupations as remembered (baker 7512.1, pastry chef 3434.1, team
    # leader), NOT checked against the ESCO download
    "head baker": frozenset(("chef boulanger", "cheffe boulangere", "chef boulangere", "jefe de panaderia",
                             "jefa de panaderia", "jefe panadero", "jefa panadera", "capo fornaio", "capo panettiere",
                             "chefe de padaria", "backstubenleiter", "backstubenleiterin", "kierownik piekarni")),
    "head pastry chef": frozenset(("chef patissier", "cheffe patissiere", "chef patissiere", "jefe de pasteleria",
                                   "jefa de pasteleria", "capo pasticcere", "capo pasticciere", "chefe de pastelaria",
                                   "chefe pasteleiro", "patissier chef")),
    "team leader": frozenset(("chef d equipe", "cheffe d equipe", "jefe de equipo", "jefa de equipo", "capo squadra",
                              "caposquadra", "chefe de equipe", "chefe de equipa", "teamleiter", "teamleiterin",
                              "kierownik zespolu", "ploegleider")),
    "head of department": frozenset(("chef de rayon", "cheffe de rayon", "chef de service", "cheffe de service",
                                     "jefe de departamento", "jefa de departamento", "jefe de seccion", "jefa de seccion",
                                     "capo reparto", "caporeparto", "abteilungsleiter", "abteilungsleiterin",
                                     "kierownik dzialu")),
    "translator": frozenset(("traductor", "traductora", "traducteur", "traductrice", "tradutor", "tradutora",
                             "traduttore", "traduttrice", "ubersetzer", "ubersetzerin", "vertaler", "tlumacz",
                             "tlumaczka")),
    "reviser": frozenset(("reviseur", "reviseure", "reviseuse", "revisor", "revisora", "revisore", "lektor")),
    "site manager": frozenset(("jefe de obra", "jefa de obra", "chef de chantier", "conducteur de travaux",
                               "encarregado de obra", "diretor de obra", "capocantiere", "direttore di cantiere",
                               "bauleiter", "bauleiterin", "kierownik budowy")),
    "foreman": frozenset(("capataz", "contremaitre", "encarregado", "caposquadra", "capo squadra", "vorarbeiter",
                          "polier", "brygadzista", "ploegbaas")),
    "nursing assistant": frozenset(("auxiliar de enfermeria", "tecnico de enfermagem", "tecnica de enfermagem",
                                    "aide-soignant", "aide-soignante", "operatore socio sanitario", "pflegehelfer",
                                    "pflegehelferin", "opiekun medyczny")),
    "general manager": frozenset(("director general", "directora general", "directeur general", "directrice generale",
                                  "diretor geral", "diretora geral", "direttore generale", "geschaftsfuhrer",
                                  "geschaftsfuhrerin", "dyrektor generalny")),
    "front office manager": frozenset(("jefe de recepcion", "jefa de recepcion", "chef de reception",
                                       "responsable de reception", "chefe de recepcao", "capo ricevimento",
                                       "empfangschef", "empfangschefin")),
    # ground98 (set 24's "chief winemaker" for "Enóloga Jefa", "dietitian" for "Nutricionista", "automation technician"
    # for "automatikerfaget"): ESCO labels of these occupations as remembered (oenologist 2113.2, dietitian 2265.1,
    # automation engineering technician 3113, hearing aid technician 3214 / German Hörakustiker-Handwerk) — NOT checked
    # against the ESCO download; Brazil's and Argentina's regulated "nutricionista" is the dietitian (Lei 8.234/1991)
    "winemaker": frozenset(("enologo", "enologa", "oenologue", "enologue", "onologe", "onologin", "enologo", "vinificador",
                            "vinificadora", "winemaker")),
    "chief winemaker": frozenset(("enologo jefe", "enologa jefa", "jefe de enologia", "jefa de enologia", "enologo en jefe",
                                  "enologa en jefe", "enologo chefe", "enologa chefe", "chefe de enologia", "chef de cave",
                                  "oenologue en chef", "capo enologo", "enologo capo", "kellermeister", "kellermeisterin")),
    "head winemaker": frozenset(("enologo jefe", "enologa jefa", "jefe de enologia", "jefa de enologia", "enologo chefe",
                                 "enologa chefe", "chef de cave", "capo enologo", "kellermeister", "kellermeisterin")),
    "dietitian": frozenset(("nutricionista", "dietista", "dietista-nutricionista", "dieteticien", "dieteticienne",
                            "diatassistent", "diatassistentin", "dietist", "dietetyk", "dietetyczka", "dietista nutrizionista")),
    "clinical dietitian": frozenset(("nutricionista clinica", "nutricionista clinico", "dietista clinico", "dietista clinica",
                                     "dieteticien clinicien", "dieteticienne clinicienne")),
    "nutritionist": frozenset(("nutricionista", "nutrizionista", "nutritionniste", "dietista-nutricionista")),
    "automation technician": frozenset(("automatiker", "automatikerfaget", "automatikar", "automationstechniker",
                                        "automatiktekniker", "tecnico de automatizacion", "tecnico em automacao",
                                        "technicien en automatisme", "tecnico dell automazione")),
    "hearing aid acoustician": frozenset(("horakustiker", "horakustikerin", "horakustik", "horgerateakustiker",
                                          "horgerateakustikerin", "audioprothesiste", "audioprotesista", "audioprotesico")),
    "master hearing aid acoustician": frozenset(("horakustikmeister", "horakustikmeisterin", "horakustikermeister",
                                                 "horakustikermeisterin", "horakustiker-meister", "horakustiker-meisterin",
                                                 "meisterin im horakustiker-handwerk", "meister im horakustiker-handwerk")),
}
#: Words before a translated title that make it another, lower rung ("sous-chef de cuisine", "segundo jefe de cocina",
#: "adjoint au chef de chantier", "stellvertretender Küchenchef").
_LOWER_BEFORE = frozenset("sous segundo segunda second seconde sub adjoint adjointe adjunto adjunta ayudante aide "
                          "asistente assistant assistente stellvertretender stellvertretende vice zastepca".split())


def phrase_translated(title: str, line: str) -> bool:
    """``line`` (a resume header line) writes ``title`` (an English job title, any case) as one of its translations in
    :data:`TITLE_PHRASES` — as whole words, with no lower rung's word right before it (:data:`_LOWER_BEFORE`)."""
    from careercopilot.writing.grounding.text import fold_accents

    key = " ".join(re.findall(r"[a-z]+", title.lower()))
    forms = TITLE_PHRASES.get(key)
    if not forms:
        return False
    folded = " ".join(re.findall(r"[a-z]+(?:-[a-z]+)?", fold_accents(line).lower()))
    for form in forms:
        for m in re.finditer(rf"(?<![\w-]){re.escape(form)}(?![\w-])", folded):
            before = folded[:m.start()].split()[-1:]
            if not (before and before[0] in _LOWER_BEFORE):
                return True
    return False
