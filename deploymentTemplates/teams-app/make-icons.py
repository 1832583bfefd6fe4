#!/usr/bin/env python3
"""Draws the Teams app icons with the standard library only (zlib + struct), so no image tool is needed:
color.png  192x192, full colour (white calendar on the accent colour);
outline.png 32x32, white outline on a transparent background, as Teams requires.
Run it again after changing ACCENT; commit the PNGs."""
import struct, zlib, os

ACCENT = (0x1F, 0x4E, 0x79)  # keep in sync with "accentColor" in manifest.json
WHITE = (255, 255, 255)


def png(path, width, height, pixel):
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(width)) for y in range(height))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)  # 8-bit RGBA
    with open(path, "wb") as f:
        f.write(b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b""))


def calendar(x, y, size, stroke):
    """True on the strokes of a calendar glyph drawn in a size x size box: frame, header bar, rings, a 3x2 grid."""
    m = size // 6                       # margin
    left, right, top, bottom = m, size - m - 1, m + size // 12, size - m - 1
    inside = left <= x <= right and top <= y <= bottom
    frame = inside and (x - left < stroke or right - x < stroke or y - top < stroke or bottom - y < stroke)
    header = inside and top <= y < top + size // 6
    rings = any(abs(x - cx) < stroke and m - size // 24 <= y <= top + size // 12 for cx in (left + size // 5, right - size // 5))
    cells = False
    grid_top = top + size // 6 + stroke * 2
    cw, ch = (right - left) // 4, (bottom - grid_top) // 3
    for i in range(3):
        for j in range(2):
            cx, cy = left + cw // 2 + i * cw + stroke, grid_top + ch // 3 + j * ch + stroke
            if cx <= x < cx + max(stroke * 2, cw // 2) and cy <= y < cy + max(stroke * 2, ch // 2):
                cells = True
    return frame or header or rings or cells


here = os.path.dirname(os.path.abspath(__file__))
png(os.path.join(here, "color.png"), 192, 192,
    lambda x, y: (*WHITE, 255) if calendar(x, y, 192, 8) else (*ACCENT, 255))
png(os.path.join(here, "outline.png"), 32, 32,
    lambda x, y: (*WHITE, 255) if calendar(x, y, 32, 2) else (0, 0, 0, 0))
