import subprocess

import pytest
from PIL import Image

from layers.export import PRESETS, compose, render
from tests.expected import ZONES_2018

TITLE_BOX = (0.03, 0.03, 0.75, 0.125)  # left, top, right, bottom as fractions of the figure
LEGEND_BOX = (0.78, 0.12, 0.99, 0.52)


def ocr(png, box, tmp_path, scale: float = 1.0) -> str:
    """OCR a strip of the figure; tesseract reads large title glyphs better slightly scaled down."""
    im = Image.open(png)
    w, h = im.size
    crop = im.crop((int(box[0] * w), int(box[1] * h), int(box[2] * w), int(box[3] * h)))
    crop = crop.convert("L").resize((int(crop.width * scale), int(crop.height * scale)), Image.LANCZOS)
    crop.save(tmp_path / "crop.png")
    r = subprocess.run(
        ["tesseract", str(tmp_path / "crop.png"), "-", "-l", "chi_sim", "--psm", "6"],
        capture_output=True,
        text=True,
        check=True,
    )
    return "".join(r.stdout.split())


@pytest.mark.ocr
@pytest.mark.parametrize("preset", list(PRESETS))
def test_presets_render_png_svg_pdf(frames, tmp_path, preset):
    png = render(
        frames,
        tmp_path / f"{preset}.png",
        preset=preset,
        dpi=200,
        city="包头市" if preset == "city" else None,
    )
    svg = render(frames, tmp_path / f"{preset}.svg", preset=preset, dpi=72)
    pdf = render(frames, tmp_path / f"{preset}.pdf", preset=preset, dpi=72)
    assert png.stat().st_size > 100_000 and svg.stat().st_size > 10_000
    title = ocr(png, TITLE_BOX, tmp_path, scale=0.7)
    # the rare 鄂 is read as 哪 at times: check the last words
    assert PRESETS[preset].title[-6:] in title, title
    legend = ocr(png, LEGEND_BOX, tmp_path)
    assert "图例" in legend and "旗县区" in legend, legend
    fonts = subprocess.run(["pdffonts", str(pdf)], capture_output=True, text=True, check=True).stdout
    assert "NotoSansSC" in fonts.replace("-", "") and " yes " in fonts
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True).stdout
    assert PRESETS[preset].title in text.replace("\n", "")
    assert "<text" in svg.read_text(encoding="utf-8")
    if preset == "layout-2018":  # vector exports stay light (14 MB and 4.9 MB before)
        assert svg.stat().st_size < 3_000_000 and pdf.stat().st_size < 1_000_000


def test_cli_rejects_bad_output(tmp_path, capsys):
    from layers.__main__ import main

    assert main(["export", "--out", str(tmp_path / "x.gif")]) == 2
    assert "must end in .png, .svg or .pdf" in capsys.readouterr().err and not (tmp_path / "x.gif").exists()


@pytest.mark.slow  # each renders a map (several seconds); CI runs them
@pytest.mark.parametrize("size", ["slide", "a4"])
def test_layout_export_labels_once_inside_the_frame(frames, size):
    from matplotlib.text import Annotation

    fig = compose(frames, preset="layout-2018", dpi=100, size=size)
    renderer = fig.canvas.get_renderer()
    ax = fig.axes[0]
    frame = ax.get_window_extent(renderer)
    # the map fills its frame (a slide showed it on 40 % of the width)
    assert frame.width / fig.bbox.width > 0.7
    labels = [t for t in ax.texts if isinstance(t, Annotation)]
    names = [t.get_text().replace("\n", "") for t in labels]
    assert len(names) == len(set(names)) > 30  # one label per name: no node named again as its county
    for name in ZONES_2018 + [
        "沿黄生态文化经济带",
        "呼包鄂榆发展轴",
        "包头市",
        "呼和浩特市",
        "鄂尔多斯市",
        "榆林市",
    ]:
        assert name in names, name
    boxes = [t.get_window_extent(renderer) for t in labels]
    for i, a in enumerate(boxes):
        assert frame.x0 <= a.x0 and a.x1 <= frame.x1 and frame.y0 <= a.y0 and a.y1 <= frame.y1, names[i]
        assert not any(a.overlaps(b) for b in boxes[i + 1 :]), names[i]
    legend = [t.get_text() for t in fig.axes[1].get_legend().get_texts()]
    assert set(
        ZONES_2018 + ["一轴：呼包鄂榆发展轴", "一带：沿黄生态文化经济带", "中心城市", "旗县区"]
    ) <= set(legend)
    import matplotlib.pyplot as plt

    plt.close(fig)


@pytest.mark.slow
def test_export_and_web_map_share_their_legend(frames):
    import matplotlib.pyplot as plt

    from layers.maps import layout_specs

    fig = compose(frames, preset="structure-2021", dpi=72)
    printed = [t.get_text() for t in fig.axes[1].get_legend().get_texts()]
    plt.close(fig)
    web = [s["label"] for s in reversed(layout_specs(frames, "hbew-2021")[0]) if s["legend"] and s["show"]]
    assert printed == web
