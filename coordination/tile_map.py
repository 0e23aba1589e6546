"""The tile-grid map of the matrix page: one square per country of the region, laid out
roughly as on a map, shaded by its number of active activities, each a link to its profile.

Pure layout over numbers the matrix already has (no query of its own): the page's table
stays the primary view, and the map says the same in text (name and count on every tile).
"""

from dataclasses import dataclass

#: ``code: (row, column)`` on a 10 × 9 grid, north to south and west to east: Mexico and
#: Central America down the west, the Greater then the Lesser Antilles to the east, South
#: America below.
POSITIONS = {
    "MX": (1, 1), "BS": (1, 5),
    "GT": (2, 1), "BZ": (2, 2), "CU": (2, 4), "HT": (2, 6), "DO": (2, 7), "KN": (2, 8),
    "AG": (2, 9),
    "SV": (3, 1), "HN": (3, 2), "JM": (3, 5), "DM": (3, 9),
    "NI": (4, 2), "LC": (4, 9),
    "CR": (5, 2), "VC": (5, 8), "BB": (5, 9),
    "PA": (6, 3), "TT": (6, 7), "GD": (6, 8),
    "CO": (7, 4), "VE": (7, 5), "GY": (7, 6), "SR": (7, 7),
    "EC": (8, 3), "PE": (8, 4), "BO": (8, 5), "BR": (8, 6),
    "CL": (9, 4), "PY": (9, 5), "UY": (9, 6),
    "AR": (10, 5),
}  # fmt: skip

#: Shades besides "none" (0): a count is placed among them by its share of the largest.
LEVELS = 4


@dataclass(frozen=True)
class Tile:
    """One country's square: where it sits, its name, count, shade and profile address."""

    code: str
    name: str
    url: str
    count: int
    level: int
    row: int
    column: int


def shade(count, largest):
    """0 for nothing, else 1..:data:`LEVELS` by ``count``'s share of ``largest``."""
    if count <= 0 or largest <= 0:
        return 0
    return max(1, -(-count * LEVELS // largest))  # ceil(LEVELS * count / largest)


def tile_map(rows, counts):
    """The :class:`Tile` of each country of ``rows`` (the matrix's rows: code, name, profile
    address) placed on the grid, with ``counts`` (``{code: active activities}``)."""
    largest = max(counts.values(), default=0)
    tiles = []
    for row in rows:
        if row.code not in POSITIONS:
            continue
        count = counts.get(row.code, 0)
        grid_row, column = POSITIONS[row.code]
        tiles.append(
            Tile(
                code=row.code,
                name=row.name,
                url=row.profile_url,
                count=count,
                level=shade(count, largest),
                row=grid_row,
                column=column,
            )
        )
    return sorted(tiles, key=lambda tile: (tile.row, tile.column))
