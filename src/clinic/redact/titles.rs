//! The words that are never a name by themselves: titles, particles,
//! suffixes and the small words of titles. Names and the review list both
//! judge words by them.

use super::words::fold;

/// Name parts that are never matched alone; "St." of "St. Louis" too.
pub(super) const PARTICLES: [&str; 27] = [
    "de", "del", "della", "la", "las", "los", "le", "les", "y", "e", "da", "das", "do", "dos", "van", "von",
    "der", "den", "di", "du", "el", "al", "bin", "ibn", "st", "ste", "mt",
];

pub(super) const SUFFIXES: [&str; 9] = ["jr", "sr", "ii", "iii", "iv", "md", "phd", "esq", "rn"];

/// Titles before a name; the placeholder keeps only "Dr." and "Prof.".
/// "Pr" is the French professor's ("le Pr Diallo").
pub(super) const HONORIFICS: [&str; 27] = [
    "dr",
    "dra",
    "doctor",
    "doctora",
    "prof",
    "professor",
    "pr",
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "sr",
    "sra",
    "srta",
    "senor",
    "senora",
    "don",
    "dona",
    "rev",
    "lic",
    "licda",
    "ing",
    "mme",
    "mlle",
    "sister",
    "nurse",
];

/// Capitalised small words of titles ("Letter Of ..."), which neither make a
/// name nor cast doubt on the one after them.
pub(super) const FUNCTION_WORDS: [&str; 22] = [
    "of", "for", "the", "and", "or", "to", "from", "by", "with", "without", "in", "on", "at", "a", "an",
    "re", "about", "dear", "per", "para", "por", "sobre",
];

/// Whether a folded word is a title, a particle, a suffix or a small word
/// of titles: never a name by itself.
pub fn is_title_word(folded: &str) -> bool {
    HONORIFICS.contains(&folded)
        || PARTICLES.contains(&folded)
        || SUFFIXES.contains(&folded)
        || FUNCTION_WORDS.contains(&folded)
}

/// [`is_title_word`] for a word as written, so that a surname with accents
/// is not taken for a particle.
pub fn is_title_word_as_written(word: &str) -> bool {
    let folded = fold(word);
    is_title_word(&folded) && (word.is_ascii() || !PARTICLES.contains(&folded.as_str()))
}

/// Words that make an author a body rather than a person.
pub(super) const ORGANISATION_WORDS: [&str; 77] = [
    "hospital",
    "hospitals",
    "clinic",
    "clinica",
    "clinique",
    "center",
    "centre",
    "centro",
    "office",
    "department",
    "departamento",
    // A division of a ministry or a registry: "Civil Status Division".
    "division",
    "ministry",
    "ministerio",
    "ministere",
    "secretaria",
    "registry",
    "registro",
    "instituto",
    "institute",
    "institut",
    "program",
    "programme",
    "programa",
    "university",
    "universidad",
    "universite",
    "college",
    "school",
    "escuela",
    "foundation",
    "fundacion",
    "fondation",
    "association",
    "asociacion",
    "society",
    "services",
    "service",
    "bank",
    "banco",
    "agency",
    "embassy",
    "embajada",
    "consulate",
    "consulado",
    "church",
    "iglesia",
    "court",
    "police",
    "policia",
    "government",
    "gobierno",
    "national",
    "nacional",
    "federal",
    "state",
    "county",
    "municipal",
    "municipalidad",
    "health",
    "salud",
    "medical",
    "group",
    "council",
    "committee",
    "board",
    "network",
    "project",
    "trust",
    "union",
    "credit",
    "travel",
    "airlines",
    "insurance",
    "laboratory",
    "laboratorio",
    "pharmacy",
];

/// More words of bodies' names, in the languages of the cases:
/// "Hôpital St. Damien", "Children's Minnesota".
pub(super) const BODY_WORDS: &[&str] = &[
    // A castle, a school and a statue named by the word before them
    // ("Kyrenia Castle", "Pancyprian Lyceum", "Liberty Statue"); a bridge
    // and a fund in Spanish named by the words after them ("Puente de
    // Occidente", "Caja de Ahorros", the savings bank).
    "castle",
    "lyceum",
    // Romanian public funds and their words: national, of the county,
    // insurance, pensions, health ("Casa Națională de Asigurări de
    // Sănătate", "Casa Județeană de Pensii").
    "nationala",
    "judeteana",
    "asigurari",
    "pensii",
    "sanatate",
    // A tower and a rock named by the words before them ("Victoria Clock
    // Tower", "Sibebe Rock").
    "tower",
    "rock",
    // French: a group of a hospital's or a school's buildings ("Complexe
    // Pédiatrique de ...", "Complexe hospitalier ...") and a bridge named
    // by the words after it ("Pont Sidi ...").
    "complexe",
    "pont",
    "statue",
    "puente",
    "caja",
    // Public systems and offices in Portuguese, Spanish and French:
    // "Sistema Único de Saúde", "Superintendencia Nacional de Migraciones",
    // "Defensoría del Pueblo", "Conselho Tutelar".
    "sistema",
    "system",
    "systeme",
    "servico",
    "servicio",
    "saude",
    "sante",
    "superintendencia",
    "defensoria",
    "procuraduria",
    "conselho",
    "consejo",
    "conseil",
    "autoridad",
    "autoridade",
    "autorite",
    "direccion",
    "direcao",
    // French: "Direction de ..." (a directorate), as an author's first word.
    "direction",
    "registrar",
    "vara",
    "cartorio",
    // The civil registry office and the registry of Portugal, Mozambique
    // and Angola: "Conservatória do Registo Civil de ...".
    "conservatoria",
    "registo",
    "camara",
    "comision",
    "comissao",
    "oficina",
    "posto",
    "policlinico",
    "cour",
    "prefecture",
    "caisse",
    "universidade",
    "faculdade",
    "facultad",
    "faculte",
    "escola",
    "ecole",
    "colegio",
    "igreja",
    "eglise",
    "associacao",
    "sociedade",
    "sociedad",
    "societe",
    "hopital",
    "children",
    "hospice",
    "maternity",
    "maternidad",
    "polyclinic",
    "dispensary",
    "legal",
    "aid",
    "coalition",
    "advocates",
    "rights",
    "partners",
    "relief",
    "mission",
    "alliance",
    "authority",
    "fund",
    "organization",
    "organisation",
    "commission",
    "tribunal",
    "bureau",
    "directorate",
    "secretariat",
    "academy",
    "administration",
    "corporation",
    "charity",
    "parish",
    "diocese",
    "juzgado",
    "fiscalia",
    "alcaldia",
    "prefeitura",
    "fundacao",
    "mairie",
    "ayuntamiento",
    // French: "Archives Nationales", "Université d'État d'Haïti".
    "archives",
    "nationale",
    "nationales",
    "etat",
    "republique",
    // Vietnamese: "Bệnh viện" (hospital), "Viện" (institute), "Cục"
    // (department), "Ủy ban" (committee).
    "benh",
    "vien",
    "cuc",
    "uy",
    // Swahili: hospital, ministry, court, college, school, department,
    // centre, institute, council.
    "hospitali",
    "wizara",
    "mahakama",
    "chuo",
    "shule",
    "idara",
    "kituo",
    "taasisi",
    "halmashauri",
    // A delegation or general directorate, a public security service, a
    // province: "Délégation Générale à la Sûreté Nationale", "Gandaki
    // Province".
    "delegation",
    "delegacion",
    "generale",
    "surete",
    "province",
    "provincia",
    // Italian: the town council and the region ("Comune di ...",
    // "Regione Autonoma della Sardegna").
    "comune",
    "regione",
    // A law or a code by its name: "Código de las Familias", "Ley de
    // Ajuste Cubano", "Code des personnes et de la famille".
    "codigo",
    "code",
    "ley",
    "lei",
    "loi",
    // Turkish public bodies and laws: "Sağlık Bakanlığı" (ministry),
    // "Aile Mahkemesi" (court), "Türk Medeni Kanunu" (code), "Hatay Mustafa
    // Kemal Üniversitesi", "Devlet Hastanesi", "İl Sağlık Müdürlüğü",
    // "Belediyesi", "Valiliği", "Kurumu".
    "bakanligi",
    "mahkemesi",
    "kanunu",
    "universitesi",
    "hastanesi",
    "mudurlugu",
    "baskanligi",
    "belediyesi",
    "valiligi",
    "kurumu",
    // "Syrian Arab Red Crescent", "Turkish Red Crescent".
    "crescent",
    // Indonesian and Malay public bodies: a ministry, health, a public
    // hospital ("Rumah Sakit Umum Daerah", RSUD), a community health
    // centre, a local office, an agency, a court, a university, a school,
    // a foundation, an office, a government, a regency, a province.
    "kementerian",
    "kesehatan",
    "rsud",
    "rsup",
    "puskesmas",
    "dinas",
    "badan",
    "pengadilan",
    "universitas",
    "sekolah",
    "yayasan",
    "kantor",
    "pemerintah",
    "kabupaten",
    "provinsi",
    // Malay: a department, a statutory board, a court, an act, national,
    // a federal territory: "Jabatan Kebajikan Masyarakat", "Lembaga Hasil
    // Dalam Negeri", "Mahkamah Tinggi", "Akta Kanak-Kanak 2001".
    "jabatan",
    "lembaga",
    "mahkamah",
    "akta",
    "negara",
    "negeri",
    "wilayah",
    "persekutuan",
    // Kazakh in Latin letters: a centre (of), a ministry (of), written
    // last and small ("Halyqqa qyzmet kórsetý ortalyǵy").
    "ortalygy",
    "ortalyq",
    "ministrligi",
    // The Red Cross in Spanish, Portuguese and French ("Cruz Roja
    // Hondureña", "Cruz Vermelha", "Croix-Rouge"): "Cruz" alone is a
    // surname.
    "roja",
    "vermelha",
    "rouge",
    // Places of worship and monuments, named by the word after their
    // name: "Saint Vitus Cathedral", "Shwedagon Pagoda".
    "cathedral",
    "basilica",
    // The same in French and Spanish: "Basilique Notre-Dame de ...",
    // "Cathédrale Saint-Paul", "Catedral de ...".
    "basilique",
    "cathedrale",
    "catedral",
    "pagoda",
    "stupa",
    "temple",
    "mosque",
    "masjid",
    "monastery",
    "synagogue",
    "shrine",
    "monument",
    "mausoleum",
    // A fort named by the word before it: "Nakhal Fort" ("Fort" before a
    // name is a town's as often: "Fort Portal").
    "fort",
    // A monument, a mountain, a Thai or Sinhala temple named by the word
    // before their name: "Monumento a la Independencia", "Mount Elgon",
    // "Wat Arun", "Kelaniya Raja Maha Vihara".
    "monumento",
    "mount",
    // The same in French ("Mont Nimba"); a souq and a seaside promenade
    // named by the words after them ("Souq Al-Wataniya", "Paseo Marítimo
    // de ..."); a French secondary school named after a person ("Lycée
    // Ahmed Kassim").
    "mont",
    "souq",
    "souk",
    // The gate of an Arab city's walls, named by the words after it
    // ("Bab Zuweila", "Bab Al ...").
    "bab",
    // The same in French: "Porte du Non-Retour", "Porte de France".
    "porte",
    "paseo",
    "lycee",
    "wat",
    "vihara",
    "viharaya",
    // A law named by the word after its title: "Child Protection Act".
    "act",
    // An airport, named by the words before it, a person's name among
    // them or not: "Jomo Kenyatta International Airport".
    "airport",
    "aeropuerto",
    "aeroport",
    "aeroporto",
    // A court's decision cited by its number: "Sentencia C-355 de 2006".
    "sentencia",
    "sentenca",
    // A hill, a volcano or a square named by the word before or after
    // their name: "Cerro Verde", "volcán de Izalco", "Trafalgar Square".
    "cerro",
    "volcan",
    "square",
    // A Colombian health insurer (Entidad Promotora de Salud) and a
    // provider (Institución Prestadora): "Salud Total EPS".
    "eps",
    "ips",
    // A unit of a court or a service: "Unidad Judicial de Familia".
    "unidad",
    "unidade",
    // "Red Pública Integral de Salud", "Santé publique": public, in
    // Spanish, Portuguese and French, makes a body of its name.
    "publica",
    "publico",
    "publique",
    // A bank in French and Romanian: "Banque Internationale ...".
    "banque",
    "banca",
    // A market or a bazaar named by the word after its name: "Kariakoo
    // Market".
    "market",
    "bazaar",
    // A market in French and Portuguese, named by the words after it or
    // before it: "Marché Central", "Petit Marché", "Mercado Municipal".
    "marche",
    "mercado",
    // A house of a charity or a foundation in French: "Maison de l'Espoir".
    "maison",
    // A hotel named by the words before it: "Fongafale Reef Hotel".
    "hotel",
    // A feast named by the word after its name: "Heilala Festival", and
    // the Kichwa "raymi" (feast): "Inti Raymi", "Pawkar Raymi".
    "festival",
    "raymi",
    // A race of boats named by the word before it, as a feast is:
    // "Carriacou Regatta".
    "regatta",
    // A fountain and a beach named by the words before them ("King
    // Fahd's Fountain", "Grand Anse Beach"; not a park, which may be an
    // estate a family lives on); a square in Portuguese named by the
    // words after it ("Largo do Senado").
    "fountain",
    "beach",
    "largo",
    // A shrine or a feast of the Virgin: "Virgen de la Caridad".
    "virgen",
    "virgem",
    "vierge",
];

/// Body words that name a body only with the words before them ("Red
/// Pública", "Heilala Festival"): a run does not go on over capitals after
/// them.
pub(super) const WEAK_BODY_WORDS: [&str; 6] =
    ["publica", "publico", "publique", "festival", "raymi", "regatta"];

/// Titles of a ruler, folded, before the name of a body's eponym: "King
/// Hamad University Hospital", "Prince Sultan Military City".
pub(super) const RULER_TITLES: [&str; 16] = [
    "king", "queen", "prince", "princess", "emir", "amir", "sultan", "sheikh", "shaikh", "sheikha", "roi",
    "reine", "rey", "reina", "principe", "malik",
];

/// Kinds of a public body that ending its name make the one word of a
/// name of the case opening it the eponym's, folded: "Masaryk
/// University", "the Masaryk Memorial Cancer Institute". A clinic, a
/// practice or a firm takes its owner's name, so they are not here.
pub(super) const PUBLIC_EPONYM_KINDS: [&str; 6] = [
    "university",
    "institute",
    "hospital",
    "airport",
    "stadium",
    "museum",
];

/// Whether a body's name whose last word is `last` (folded), with
/// `before` the word before it, ends in a public body's kind: one of
/// [`PUBLIC_EPONYM_KINDS`], or "Medical Center".
pub(super) fn ends_in_public_kind(last: &str, before: Option<&str>) -> bool {
    PUBLIC_EPONYM_KINDS.contains(&last) || (["center", "centre"].contains(&last) && before == Some("medical"))
}
