"""Word lists for invented people, companies and places (all names are made up)."""

from enum import StrEnum

from app.model import Department


class Language(StrEnum):
    """The language a demo account's texts are written in."""

    DE = "de"
    EN = "en"


# Country -> (language of the texts, currency, phone prefix, share of generated accounts in %).
COUNTRIES: dict[str, tuple[Language, str, str, int]] = {
    "DE": (Language.DE, "EUR", "+49", 50),
    "AT": (Language.DE, "EUR", "+43", 15),
    "CH": (Language.DE, "CHF", "+41", 12),
    "PL": (Language.EN, "EUR", "+48", 12),
    "FR": (Language.EN, "EUR", "+33", 11),
}

SELLERS: tuple[str, ...] = ("Jonas Weber", "Sabine Krüger", "Luca Meier")
INSIDE_SALES: tuple[str, ...] = ("Nadine Roth", "Florian Haas")
TECHNICIANS: tuple[str, ...] = (
    "Markus Lehmann",
    "Thomas Berger",
    "Kevin Schulz",
    "Reto Frei",
    "Andrzej Kowalczyk",
    "Julien Moreau",
)

INDUSTRIES: tuple[str, ...] = (
    "Machine tools",
    "Presses & forming",
    "Measuring equipment",
    "Automotive supplier",
)

FIRST_NAMES: dict[str, tuple[str, ...]] = {
    "DE": (
        "Andreas", "Birgit", "Christian", "Daniela", "Frank", "Jürgen", "Katrin", "Klaus",
        "Martina", "Matthias", "Nicole", "Ralf", "Sandra", "Stefan", "Thorsten", "Ute",
    ),
    "PL": (
        "Agnieszka", "Bartłomiej", "Dorota", "Grzegorz", "Joanna", "Krzysztof", "Łukasz",
        "Małgorzata", "Paweł", "Tomasz", "Zofia", "Wojciech",
    ),
    "FR": (
        "Amélie", "Bernard", "Céline", "Émile", "François", "Hélène", "Jérôme", "Laurence",
        "Nathalie", "Olivier", "Sébastien", "Valérie",
    ),
}  # fmt: skip

SURNAMES: dict[str, tuple[str, ...]] = {
    "DE": (
        "Bauer", "Becker", "Fischer", "Groß", "Hoffmann", "Köhler", "Krause", "Lange",
        "Maier", "Meißner", "Neumann", "Schäfer", "Schmitt", "Vogt", "Weiß", "Zimmermann",
        "Hofstätter", "Gruber", "Brunner", "Ammann", "Keller", "Würth",
    ),
    "PL": (
        "Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński",
        "Szymański", "Dąbrowski", "Kozłowski", "Jankowski", "Mazur",
    ),
    "FR": (
        "Martin", "Bernard", "Dubois", "Lefèvre", "Moreau", "Girard", "Rousseau", "Mercier",
        "Faure", "Gauthier", "Perrin", "Chevalier",
    ),
}  # fmt: skip

# Country -> (postal code, city) pairs.
CITIES: dict[str, tuple[tuple[str, str], ...]] = {
    "DE": (
        ("73430", "Aalen"), ("72760", "Reutlingen"), ("42103", "Wuppertal"),
        ("09111", "Chemnitz"), ("78532", "Tuttlingen"), ("33602", "Bielefeld"),
        ("91052", "Erlangen"), ("57072", "Siegen"), ("88045", "Friedrichshafen"),
        ("06108", "Halle (Saale)"), ("97421", "Schweinfurt"), ("58095", "Hagen"),
    ),
    "AT": (
        ("4400", "Steyr"), ("4600", "Wels"), ("8010", "Graz"), ("6850", "Dornbirn"),
        ("3100", "Sankt Pölten"), ("9020", "Klagenfurt"),
    ),
    "CH": (
        ("8400", "Winterthur"), ("9000", "St. Gallen"), ("2502", "Biel/Bienne"),
        ("5400", "Baden"), ("6300", "Zug"), ("4600", "Olten"),
    ),
    "PL": (
        ("90-001", "Łódź"), ("50-001", "Wrocław"), ("44-100", "Gliwice"), ("61-001", "Poznań"),
        ("35-001", "Rzeszów"), ("40-001", "Katowice"),
    ),
    "FR": (
        ("57000", "Metz"), ("25000", "Besançon"), ("42000", "Saint-Étienne"), ("68100", "Mulhouse"),
        ("74300", "Cluses"), ("69007", "Lyon"),
    ),
}  # fmt: skip

STREETS: dict[str, tuple[str, ...]] = {
    "DE": (
        "Industriestraße", "Gewerbepark", "Am Hüttenwerk", "Carl-Benz-Straße", "Röntgenstraße",
        "Max-Eyth-Straße", "Zeppelinstraße", "Im Gewerbegebiet Süd",
    ),
    "PL": ("ul. Przemysłowa", "ul. Fabryczna", "ul. Łąkowa", "ul. Żeromskiego"),
    "FR": ("rue de l'Industrie", "avenue des Forges", "rue Pasteur", "zone artisanale des Prés"),
}  # fmt: skip

# What the company does, by industry, for invented company names.
TRADES: dict[str, dict[str, tuple[str, ...]]] = {
    "DE": {
        "Machine tools": ("Werkzeugmaschinen", "Maschinenbau", "Zerspanungstechnik"),
        "Presses & forming": ("Umformtechnik", "Pressenbau", "Stanztechnik"),
        "Measuring equipment": ("Messtechnik", "Prüfsysteme", "Feinmesstechnik"),
        "Automotive supplier": ("Präzisionsteile", "Drehteile", "Fahrzeugkomponenten"),
    },
    "PL": {
        "Machine tools": ("Zakłady Mechaniczne", "Fabryka Obrabiarek"),
        "Presses & forming": ("Tłocznia", "Kuźnia"),
        "Measuring equipment": ("Zakład Metrologii", "Precyzja Pomiarowa"),
        "Automotive supplier": ("Części Samochodowe", "Obróbka Precyzyjna"),
    },
    "FR": {
        "Machine tools": ("Mécanique de Précision", "Machines-Outils"),
        "Presses & forming": ("Forges et Presses", "Emboutissage"),
        "Measuring equipment": ("Métrologie Industrielle", "Contrôle Dimensionnel"),
        "Automotive supplier": ("Décolletage", "Équipements Automobiles"),
    },
}

LEGAL_FORMS: dict[str, tuple[str, ...]] = {
    "DE": ("GmbH", "GmbH & Co. KG", "AG"),
    "AT": ("GmbH", "Ges.m.b.H.", "AG"),
    "CH": ("AG", "GmbH", "SA"),
    "PL": ("Sp. z o.o.", "S.A."),
    "FR": ("S.A.S.", "S.A.", "SARL"),
}

# Department -> (German job title, English job title).
JOB_TITLES: dict[Department, tuple[str, str]] = {
    Department.PURCHASING: ("Leitung Einkauf", "Head of Purchasing"),
    Department.ENGINEERING: ("Leitung Fertigungstechnik", "Manufacturing Engineering Manager"),
    Department.PRODUCTION: ("Produktionsleitung", "Production Manager"),
    Department.MANAGEMENT: ("Geschäftsführung", "Managing Director"),
    Department.FINANCE: ("Kaufmännische Leitung", "Finance Manager"),
    Department.QUALITY: ("Leitung Qualitätssicherung", "Quality Manager"),
    Department.IT: ("IT-Leitung", "IT Manager"),
    Department.OTHER: ("Instandhaltung", "Maintenance Lead"),
}


def name_group(country: str) -> str:
    """The word-list group for a country: German-speaking, Polish or French."""
    return country if country in ("PL", "FR") else "DE"


def full_name(group: str, first: str, last: str) -> str:
    """First and last name; Polish surnames in -ski/-cki take the feminine -ska/-cka."""
    if group == "PL" and first.endswith("a") and last.endswith(("ski", "cki")):
        last = last[:-1] + "a"
    return f"{first} {last}"


def ascii_slug(text: str) -> str:
    """Lower-case ASCII letters and digits only, for invented e-mail addresses."""
    table = str.maketrans(
        {
            "ä": "ae", "ö": "oe", "ü": "ue", "ß": "ss", "ą": "a", "ć": "c", "ę": "e", "ł": "l",
            "ń": "n", "ó": "o", "ś": "s", "ź": "z", "ż": "z", "é": "e", "è": "e", "ê": "e",
            "à": "a", "ç": "c", "î": "i", "ô": "o",
        }
    )  # fmt: skip
    folded = text.lower().translate(table)
    return "".join(char for char in folded if char.isascii() and char.isalnum())
