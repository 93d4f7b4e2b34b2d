"""What a figure counts, as a unit: a span of time in hours ("days" -> 24) or a unit of measure in SI
("feet" -> metres, 0.3048), so that two wordings of one amount compare as one figure."""

from __future__ import annotations

_SPAN_HOURS = {"minute": 1 / 60, "hour": 1, "day": 24, "week": 168, "month": 730.5, "year": 8766}


def span_hours(counted: str) -> float | None:
    """Hours in one of the span of time a figure counts ("days" -> 24), None for anything else."""
    word = counted.lower()
    return _SPAN_HOURS.get(word[:-1] if word.endswith("s") else word)


# Units of measure a figure counts, in SI ("three-metre", "10 feet", "15 centimeters"): the
# thing counted is then a length, a mass or a volume, and two wordings compare as one figure.
_MEASURES = {
    "metre": ("m", 1.0), "meter": ("m", 1.0), "centimetre": ("m", 0.01), "centimeter": ("m", 0.01),
    "millimetre": ("m", 0.001), "millimeter": ("m", 0.001), "kilometre": ("m", 1000.0), "kilometer": ("m", 1000.0),
    "km": ("m", 1000.0), "cm": ("m", 0.01), "mm": ("m", 0.001), "mile": ("m", 1609.344), "nautical mile": ("m", 1852.0),
    "foot": ("m", 0.3048),
    "feet": ("m", 0.3048), "ft": ("m", 0.3048), "inch": ("m", 0.0254), "yard": ("m", 0.9144),
    "kilogram": ("kg", 1.0), "kilogramme": ("kg", 1.0), "kg": ("kg", 1.0), "gram": ("kg", 0.001),
    "gramme": ("kg", 0.001), "tonne": ("kg", 1000.0), "ton": ("kg", 1000.0),
    "litre": ("l", 1.0), "liter": ("l", 1.0), "gallon": ("l", 3.785), "barrel": ("l", 159.0),
    "hectare": ("m2", 10_000.0), "acre": ("m2", 4046.86),
}


def measure(counted: str) -> tuple[str, float] | None:
    """The SI unit and factor of the unit of measure a figure counts ("feet" -> ("m", 0.3048)),
    None for anything else."""
    word = counted.lower()
    for form in (word, word[:-1] if word.endswith("s") else "", word[:-2] if word.endswith("es") else ""):
        if form in _MEASURES:
            return _MEASURES[form]
    return None
