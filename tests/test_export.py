import subprocess

import pytest
from PIL import Image

from layers.export import PRESETS, render

TITLE_BOX = (0.03, 0.03, 0.75, 0.125)  # left, top, right, bottom as fractions of the figure
LEGEND_BOX = (0.78, 0.12, 0.99, 0.52)


def ocr(png, box, tmp_path, scale: float = 1.0) -> str:
    """OCR a strip of the figure; tesseract reads large title glyphs better slightly scaled down."""
    im = Image.open(png)
    w, h = im.size
    crop = im.crop((int(box[0] * w), int(box[1] * h), int(box[2] * w), int(box[3] * h)))
    crop = crop.convert("L").resize((int(crop.width * scale), int(crop.height * scale)), Image.LANCZOS)
    crop.save(tmp_path / "crop.png")
    r = subprocess.run(["tesseract", str(tmp_path / "crop.png"), "-", "-l", "chi_sim", "--psm", "6"],
                       capture_output=True, text=True, check=True)
    return "".join(r.stdout.split())


@pytest.mark.ocr
@pytest.mark.parametrize("preset", list(PRESETS))
def test_presets_render_png_svg_pdf(frames, tmp_path, preset):
    png = render(frames, tmp_path / f"{preset}.png", preset=preset, dpi=200, city="包头市" if preset == "city" else None)
    svg = render(frames, tmp_path / f"{preset}.svg", preset=preset, dpi=72)
    pdf = render(frames, tmp_path / f"{preset}.pdf", preset=preset, dpi=72)
    assert png.stat().st_size > 100_000 and svg.stat().st_size > 10_000
    title = ocr(png, TITLE_BOX, tmp_path, scale=0.7)
    assert PRESETS[preset].title[-6:] in title, title  # the rare 鄂 is read as 哪 at times: check the last words
    legend = ocr(png, LEGEND_BOX, tmp_path)
    assert "图例" in legend and "旗县区" in legend, legend
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "NotoSansSC" in fonts.replace("-", "") and " yes " in fonts
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert PRESETS[preset].title in text.replace("\n", "")
    assert "<text" in svg.read_text(encoding="utf-8")


def test_cli_rejects_bad_output(tmp_path, capsys):
    from layers.__main__ import main

    assert main(["export", "--out", str(tmp_path / "x.gif")]) == 2
    assert "must end in .png, .svg or .pdf" in capsys.readouterr().err and not (tmp_path / "x.gif").exists()
