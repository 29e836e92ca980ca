#!/usr/bin/env python3
"""Build the narrated slide film of one or more steps from their manuscript.md.

For every step folder it writes film.mp4, poster.jpg, captions.sv.vtt, captions.en.vtt,
chapters.sv.vtt, chapters.en.vtt (one chapter a slide), transcript.sv.md, transcript.en.md, and
the measured film.durationSeconds and the chapters in step.json.
The manuscript format and the command are described in media/README.md, section
"Authoring a step and building its film".

Only the Python standard library is used; the media work is done by Debian tools:
espeak-ng (speech), sox (audio), chromium (slides), ffmpeg/ffprobe (film) and
/usr/bin/convert from ImageMagick (poster). Outputs are byte-identical when the inputs and
the tool versions are the same: nothing depends on the time, the machine's core count or
random numbers (sox runs with -R, x264 with a fixed thread count, ffmpeg with bitexact flags
and without metadata).
"""

import argparse
import html
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import wave
from pathlib import Path

BUILD_DIR = Path(__file__).resolve().parent
MEDIA_DIR = BUILD_DIR.parent

# --- settings (changing one changes every film: rebuild all steps) -------------------------
VOICE = "sv"            # espeak-ng Swedish voice
RATE = 162              # espeak-ng words per minute (nominal; Swedish compounds make it calmer)
PITCH = 42              # 0-99, default 50: a little lower sounds calmer
WORD_GAP = 0            # extra pause between words, in 10 ms
SAMPLE_RATE = 24000       # espeak-ng speaks at 22.05 kHz; 24 kHz keeps all of it
LEAD_IN = 0.8           # silence before the first sentence (s)
SENTENCE_GAP = 0.4      # pause after each sentence (s)
SLIDE_GAP = 0.5         # extra pause after the last sentence of a slide (s)
TAIL = 1.5              # silence after the last sentence (s)
SLIDE_LEAD = 0.3        # a slide appears this long before its first sentence starts (s)
FPS = 5
GOP = 10                # keyframe every 2 s at 5 fps
CRF = 30
# Keyframes every 2 s dominate the size of a slide film (the frames in between are ~100 bytes).
# With the defaults, x264's mb-tree sees a still picture and puts the keyframes at QP ~10
# (~35 kB each, ~1.3 MB a minute). Without mb-tree, with ipratio 1 and less psy-rd, CRF 30
# gives keyframes at QP ~19 (~19 kB): text stays sharp (checked at 2x zoom), and a film
# takes ~0.8 MB a minute with its sound.
X264_PARAMS = "mbtree=0:ipratio=1.0:psy-rd=0.5,0:deblock=0,0"
AUDIO_BITRATE = "32k"
X264_THREADS = 2        # fixed so that the film does not depend on the machine's core count
POSTER_MAX_BYTES = 80_000
LINE_MAX_CHARS = 42     # a cue holds at most two lines of about this many characters
# A gentle compander evens out the synthetic voice, then the whole narration is
# normalised to a peak of -1 dBFS (about -19 LUFS integrated for espeak-ng speech).
COMPAND = ["compand", "0.005,0.12", "6:-60,-60,-30,-18,-10,-8,0,-4", "-2", "-90", "0.005"]

CHROMIUM = "/usr/bin/chromium"
CONVERT = "/usr/bin/convert"   # ImageMagick; a stand-in `convert` may come first on PATH

LAYOUTS = ("title", "bullets", "statement", "sources")

MONTHS = ("januari februari mars april maj juni juli augusti september oktober "
          "november december").split()
ORDINALS = ("första andra tredje fjärde femte sjätte sjunde åttonde nionde tionde elfte tolfte "
            "trettonde fjortonde femtonde sextonde sjuttonde artonde nittonde tjugonde "
            "tjugoförsta tjugoandra tjugotredje tjugofjärde tjugofemte tjugosjätte tjugosjunde "
            "tjugoåttonde tjugonionde trettionde trettioförsta").split()


class ManuscriptError(Exception):
    pass


def log(msg):
    print(msg, flush=True)


# --- manuscript ---------------------------------------------------------------------------

def parse_manuscript(path):
    """Parse manuscript.md into a list of slides (dicts). Raises ManuscriptError."""
    text = path.read_text(encoding="utf-8")
    # Drop HTML comments but keep their line breaks so that line numbers stay right.
    text = re.sub(r"<!--.*?-->", lambda m: "\n" * m.group(0).count("\n"), text, flags=re.S)
    slides = []
    slide = None
    target = None   # the Swedish item the next `en:` line translates
    sentence = None  # the last spoken sentence (for `say:`)

    def fail(lineno, msg):
        raise ManuscriptError(f"{path}:{lineno}: {msg}")

    for lineno, raw in enumerate(text.split("\n"), start=1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("## "):
            slide = {"heading": {"sv": line[3:].strip(), "en": None}, "layout": None,
                     "lead": None, "bullets": [], "sentences": [], "line": lineno}
            slides.append(slide)
            target, sentence = slide["heading"], None
            continue
        if line.startswith("#"):
            fail(lineno, "only '## ' starts a slide; use <!-- --> for comments")
        if slide is None:
            fail(lineno, "text before the first '## ' slide heading")
        m = re.match(r"^(en|sv|say|lead|layout):\s*(.*)$", line)
        if line.startswith("- "):
            item = {"sv": line[2:].strip(), "en": None}
            slide["bullets"].append(item)
            target, sentence = item, None
        elif m:
            key, value = m.group(1), m.group(2).strip()
            if not value:
                fail(lineno, f"'{key}:' without text")
            if key == "en":
                if target is None:
                    fail(lineno, "'en:' must follow a heading, lead, bullet or sentence")
                if target["en"] is not None:
                    fail(lineno, "a second 'en:' for the same text")
                target["en"] = value
            elif key == "sv":
                sentence = {"sv": value, "en": None, "say": None, "line": lineno}
                slide["sentences"].append(sentence)
                target = sentence
            elif key == "say":
                if sentence is None:
                    fail(lineno, "'say:' must follow a 'sv:' sentence")
                sentence["say"] = value
            elif key == "lead":
                slide["lead"] = {"sv": value, "en": None}
                target, sentence = slide["lead"], None
            elif key == "layout":
                if value not in LAYOUTS:
                    fail(lineno, f"unknown layout '{value}' (use one of {', '.join(LAYOUTS)})")
                slide["layout"] = value
        else:
            fail(lineno, f"cannot read this line: {line[:60]!r}")

    if not slides:
        raise ManuscriptError(f"{path}: no slides")
    for i, s in enumerate(slides):
        if s["layout"] is None:
            s["layout"] = "title" if i == 0 else "bullets"
        where = f"{path}:{s['line']}"
        if s["heading"]["en"] is None:
            raise ManuscriptError(f"{where}: slide heading needs an 'en:' line")
        if not s["sentences"]:
            raise ManuscriptError(f"{where}: slide has no spoken 'sv:' sentence")
        for sen in s["sentences"]:
            if sen["en"] is None:
                raise ManuscriptError(f"{path}:{sen['line']}: sentence needs an 'en:' line")
        if s["layout"] == "sources" and not s["bullets"]:
            raise ManuscriptError(f"{where}: a sources slide lists its sources as '- ' items")
        if len(s["bullets"]) > 6:
            raise ManuscriptError(f"{where}: more than 6 items on one slide")
    if slides[-1]["layout"] != "sources":
        raise ManuscriptError(f"{path}: the last slide must have 'layout: sources' (Källor)")
    return slides


def load_lexicon():
    """Pronunciation fixes: regex<TAB>replacement lines in lexicon.tsv (for speech only)."""
    rules = []
    path = BUILD_DIR / "lexicon.tsv"
    for lineno, raw in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        parts = raw.split("\t")
        if len(parts) != 2:
            raise ManuscriptError(f"{path}:{lineno}: expected pattern<TAB>replacement")
        rules.append((re.compile(parts[0]), parts[1]))
    return rules


def speech_text(sentence, lexicon):
    if sentence["say"]:
        return sentence["say"]
    text = sentence["sv"]
    # "1 mars 2025" is read "ett mars": make day numbers ordinals.
    text = re.sub(r"\b([1-9]|[12][0-9]|3[01]) (%s)\b" % "|".join(MONTHS),
                  lambda m: ORDINALS[int(m.group(1)) - 1] + " " + m.group(2), text)
    for pattern, replacement in lexicon:
        text = pattern.sub(replacement, text)
    return text


# --- audio --------------------------------------------------------------------------------

def run(cmd, **kw):
    result = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, **kw)
    if result.returncode != 0:
        sys.stderr.write(result.stderr.decode("utf-8", "replace"))
        raise RuntimeError(f"command failed ({result.returncode}): {' '.join(map(str, cmd))}")
    return result.stdout.decode("utf-8", "replace")


def synthesize(text, work, index):
    """One sentence -> 48 kHz mono 16-bit WAV with the silence at both ends trimmed."""
    raw = work / f"s{index:03d}.raw.wav"
    out = work / f"s{index:03d}.wav"
    run(["espeak-ng", "-v", VOICE, "-s", str(RATE), "-p", str(PITCH), "-g", str(WORD_GAP),
         "-w", str(raw), "--", text])
    run(["sox", "-R", "-G", str(raw), "-r", str(SAMPLE_RATE), "-c", "1", "-b", "16", str(out),
         "silence", "1", "0.01", "-55d", "reverse", "silence", "1", "0.01", "-55d", "reverse"])
    with wave.open(str(out), "rb") as w:
        frames = w.readframes(w.getnframes())
    return frames


def silence(seconds):
    return b"\x00\x00" * round(seconds * SAMPLE_RATE)


def build_narration(slides, lexicon, work):
    """Concatenate all sentences with pauses; returns (wav path, timeline)."""
    pcm = bytearray(silence(LEAD_IN))
    timeline = []  # per sentence: slide index, start, end of speech (s)
    index = 0
    for si, slide in enumerate(slides):
        for ki, sentence in enumerate(slide["sentences"]):
            frames = synthesize(speech_text(sentence, lexicon), work, index)
            start = len(pcm) // 2 / SAMPLE_RATE
            pcm += frames
            end = len(pcm) // 2 / SAMPLE_RATE
            timeline.append({"slide": si, "sentence": sentence, "start": start, "end": end,
                             "wav": end - start})
            last_of_slide = ki == len(slide["sentences"]) - 1
            last_of_film = last_of_slide and si == len(slides) - 1
            if last_of_film:
                pcm += silence(TAIL)
            else:
                pcm += silence(SENTENCE_GAP + (SLIDE_GAP if last_of_slide else 0))
            index += 1
    joined = work / "narration.raw.wav"
    with wave.open(str(joined), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(SAMPLE_RATE)
        w.writeframes(bytes(pcm))
    final = work / "narration.wav"
    run(["sox", "-R", "-G", str(joined), "-b", "16", str(final)] + COMPAND + ["gain", "-n", "-1"])
    total = len(pcm) // 2 / SAMPLE_RATE
    return final, timeline, total


# --- slides -------------------------------------------------------------------------------

# Slide style. Text stays on plain white: on a tinted background the video's compression
# ringing around letters becomes visible. Body text is neutral grey-black (no chroma to smear);
# contrast: #1f1f1f, #333333 and #4a4a4a on white are 16.5:1, 12.6:1 and 8.9:1, #163a5f on white
# 11.6:1, white on the #163a5f band 11.6:1, the #2e5d8a kicker 6.9:1 (all at least WCAG AA).
CSS = """
* { box-sizing: border-box; }
html, body { margin: 0; padding: 0; background: #ffffff; }
body { font-family: "Open Sans", "DejaVu Sans", sans-serif; color: #1f1f1f;
       -webkit-font-smoothing: antialiased; text-rendering: geometricPrecision; }
.slide { position: relative; width: 1280px; height: 720px; overflow: hidden; background: #ffffff; }
.band { position: absolute; left: 0; top: 0; width: 1280px; height: 68px; background: #163a5f;
        color: #ffffff; display: flex; align-items: center; justify-content: space-between;
        padding: 0 96px; font-size: 21px; letter-spacing: 0.2px; }
.band .course { font-weight: 700; }
.band .part { font-weight: 400; }
.band .part b { font-weight: 600; }
.main { position: absolute; left: 96px; right: 96px; top: 120px; bottom: 112px;
        display: flex; flex-direction: column; }
h1 { margin: 0 0 34px 0; font-size: 50px; line-height: 1.15; font-weight: 700; color: #163a5f; }
ul { list-style: none; margin: 0; padding: 0; font-size: var(--fs, 36px); }
li { position: relative; line-height: 1.32; margin: 0 0 0.62em 0; padding-left: 1.15em; }
li::before { content: ""; position: absolute; left: 0.1em; top: 0.5em; width: 0.36em; height: 0.36em;
             background: #2e6da4; border-radius: 2px; }
/* The slide counter lives in the band at the top: the bottom of the picture is covered by the
   player's controls whenever they are shown. */
.band .right { display: flex; align-items: center; gap: 28px; }
.progress { display: flex; align-items: center; gap: 5px; }
.progress i { display: block; width: 18px; height: 5px; border-radius: 3px; background: #5b7a99; }
.progress i.done { background: #a9bfd4; }
.progress i.now { background: #ffffff; }
.progress span { margin-left: 12px; font-variant-numeric: tabular-nums; font-size: 19px; }

/* title slide */
.title .main { justify-content: center; top: 68px; bottom: 112px; }
.title .kicker { font-size: 24px; font-weight: 600; color: #2e5d8a; text-transform: none;
                 margin: 0 0 22px 0; letter-spacing: 0.3px; }
.title h1 { font-size: var(--fs, 62px); line-height: 1.12; margin: 0 0 28px 0; max-width: 1000px; }
.title .lead { font-size: 32px; line-height: 1.35; color: #333333; max-width: 960px; }
.title .accent { width: 96px; height: 6px; background: #2e6da4; border-radius: 3px; margin: 0 0 30px 0; }
.title .issuer { position: absolute; left: 96px; bottom: 120px; font-size: 22px; color: #4a4a4a; }
.title .issuer b { color: #163a5f; font-weight: 700; }

/* statement slide */
.statement .quote { border-left: 8px solid #2e6da4; padding: 6px 0 6px 36px;
                    font-size: var(--fs, 44px); line-height: 1.34; color: #1f1f1f; max-width: 1040px; }

/* sources slide */
.sources ul { font-size: var(--fs, 25px); }
.sources li { line-height: 1.3; margin-bottom: 0.55em; }
.sources li b { font-weight: 600; color: #163a5f; }
"""

FIT_SCRIPT = """
<script>
// Shrink the text of a slide (in 1 px steps, not below 70 %) until it fits its box, and
// record the result so that the build can warn about text that still does not fit.
document.querySelectorAll('.slide').forEach(function (slide) {
  var box = slide.querySelector('.main');
  var el = slide.querySelector('[data-fit]');
  if (!box || !el) { slide.setAttribute('data-result', 'ok'); return; }
  var start = parseFloat(el.getAttribute('data-fit'));
  var size = start;
  var min = Math.floor(size * 0.7);
  var fits = function () { return box.scrollHeight <= box.clientHeight + 1; };
  el.style.setProperty('--fs', size + 'px');
  while (!fits() && size > min) { size -= 1; el.style.setProperty('--fs', size + 'px'); }
  slide.setAttribute('data-result', !fits() ? 'overflow' : size < start ? 'ok size=' + size + 'px of ' + start + 'px' : 'ok');
});
</script>
"""


def esc(text):
    return html.escape(text, quote=True)


def source_html(text):
    """'Publisher: title' -> publisher in bold."""
    if ": " in text:
        publisher, rest = text.split(": ", 1)
        return f"<b>{esc(publisher)}:</b> {esc(rest)}"
    return esc(text)


def slide_html(slide, index, count, context):
    layout = slide["layout"]
    bars = "".join('<i class="%s"></i>' % ("now" if i == index else "done" if i < index else "")
                   for i in range(count))
    band = (f'<div class="band"><span class="course">{esc(context["course"])}</span>'
            f'<span class="right"><span class="part">{esc(context["part"])}</span>'
            f'<span class="progress">{bars}<span>{index + 1} / {count}</span></span></span></div>')
    heading = esc(slide["heading"]["sv"])
    if layout == "title":
        lead = f'<div class="lead">{esc(slide["lead"]["sv"])}</div>' if slide["lead"] else ""
        kicker = f'<div class="kicker">{esc(context["kicker"])}</div>' if context["kicker"] else ""
        body = (f'<div class="main">{kicker}<div class="accent"></div>'
                f'<h1 data-fit="62">{heading}</h1>{lead}</div>'
                f'<div class="issuer">En kurs från <b>{esc(context["issuer"])}</b></div>')
    elif layout == "statement":
        quote = slide["lead"]["sv"] if slide["lead"] else ""
        body = (f'<div class="main" style="justify-content:flex-start"><h1>{heading}</h1>'
                f'<div style="flex:1;display:flex;align-items:center">'
                f'<div class="quote" data-fit="44">{esc(quote)}</div></div></div>')
    elif layout == "sources":
        items = "".join(f"<li>{source_html(b['sv'])}</li>" for b in slide["bullets"])
        body = f'<div class="main"><h1>{heading}</h1><ul data-fit="25">{items}</ul></div>'
    else:
        items = "".join(f"<li>{esc(b['sv'])}</li>" for b in slide["bullets"])
        lead = (f'<div class="quote" style="font-size:32px;margin-bottom:30px">'
                f'{esc(slide["lead"]["sv"])}</div>') if slide["lead"] else ""
        body = f'<div class="main"><h1>{heading}</h1>{lead}<ul data-fit="36">{items}</ul></div>'
    return f'<section class="slide {layout}">{band}{body}</section>'


def render_slides(slides, context, work):
    """Render every slide with headless Chromium (one tall page, one screenshot), crop to PNGs."""
    count = len(slides)
    sections = "".join(slide_html(s, i, count, context) for i, s in enumerate(slides))
    page = work / "slides.html"
    page.write_text(f'<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8">'
                    f'<style>{CSS}</style></head><body>{sections}{FIT_SCRIPT}</body></html>',
                    encoding="utf-8")
    profile = work / "chromium-profile"
    base = [CHROMIUM, "--headless=new", "--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-extensions", "--no-first-run",
            "--disable-sync", "--hide-scrollbars", "--mute-audio", "--force-device-scale-factor=1",
            "--force-color-profile=srgb", "--disable-lcd-text", f"--user-data-dir={profile}",
            f"--window-size=1280,{720 * count}", "--virtual-time-budget=3000"]
    dom = run(base + ["--dump-dom", page.as_uri()])
    results = re.findall(r'<section class="slide [a-z]+" data-result="([^"]*)"', dom)
    if len(results) != count:
        raise RuntimeError("could not check the slide layout in Chromium")
    for i, result in enumerate(results):
        if result == "overflow":
            raise ManuscriptError(f"slide {i + 1} ('{slides[i]['heading']['sv']}'): "
                                  "text does not fit; shorten it")
        if "size=" in result:
            slides[i]["fit"] = result
    shot = work / "slides.png"
    run(base + [f"--screenshot={shot}", page.as_uri()])
    pngs = []
    for i in range(count):
        png = work / f"slide{i + 1:02d}.png"
        run([CONVERT, str(shot), "-crop", f"1280x720+0+{720 * i}", "+repage",
             "-define", "png:exclude-chunks=date,time", str(png)])
        pngs.append(png)
    return pngs


# --- captions and transcripts -------------------------------------------------------------

PUNCT_BREAK = re.compile(r"[,;:–—.!?]$")
# Good places to break a line or a cue: after punctuation, or before a conjunction or preposition.
BREAK_BEFORE = {
    "sv": set("""och men eller samt som att när om för i på med till från av hos utan eftersom så
              medan innan sedan där vilket vilken""".split()),
    "en": set("""and but or that which who when if for in on at with to from of by because so
              while before since where""".split()),
}
CUE_LINE_SLACK = 3      # a line may run this many characters over LINE_MAX_CHARS
CUE_MIN_CHARS = 18      # a shorter cue flashes by too fast


def break_rank(words, b, lang):
    """0 = after punctuation, 1 = before a conjunction or preposition, 2 = elsewhere."""
    if PUNCT_BREAK.search(words[b - 1]):
        return 0
    return 1 if words[b].lower() in BREAK_BEFORE[lang] else 2


def wrap_cue(text, lang):
    """At most two lines, balanced, broken at a good place."""
    if len(text) <= LINE_MAX_CHARS:
        return text
    words = text.split()
    best, best_cost = text, None
    for b in range(1, len(words)):
        a, c = " ".join(words[:b]), " ".join(words[b:])
        cost = max(len(a), len(c)) + 8 * break_rank(words, b, lang)
        if max(len(a), len(c)) > LINE_MAX_CHARS + CUE_LINE_SLACK:
            cost += 1000
        if best_cost is None or cost < best_cost:
            best, best_cost = a + "\n" + c, cost
    return best


def cue_fits(text, lang):
    limit = LINE_MAX_CHARS + CUE_LINE_SLACK
    return all(len(line) <= limit for line in wrap_cue(text, lang).split("\n"))


def split_into(text, n, lang):
    """Split text into n cues at word boundaries: every cue must fit two lines; then prefer
    good breaks, then parts of equal length."""
    words = text.split()
    if n <= 1 or len(words) < n:
        return [text]
    ideal = len(text) / n
    best, best_cost = None, None

    def combos(start, k):
        if k == 0:
            yield ()
            return
        for b in range(start, len(words) - k + 1):
            for rest in combos(b + 1, k - 1):
                yield (b,) + rest

    for breaks in combos(1, n - 1):
        bounds = (0,) + breaks + (len(words),)
        parts = [" ".join(words[bounds[i]:bounds[i + 1]]) for i in range(n)]
        cost = sum(abs(len(p) - ideal) for p in parts)
        cost += sum(30 * break_rank(words, b, lang) for b in breaks)
        cost += sum(200 for p in parts if len(p) < CUE_MIN_CHARS)
        cost += sum(1000 for p in parts if not cue_fits(p, lang))
        if best_cost is None or cost < best_cost:
            best, best_cost = parts, cost
    return best


def cue_parts(sv, en):
    """The fewest cues that hold the sentence in both languages (same count for both)."""
    for n in range(1, 8):
        sv_parts, en_parts = split_into(sv, n, "sv"), split_into(en, n, "en")
        if len(sv_parts) == len(en_parts) == n and all(
                [cue_fits(p, "sv") for p in sv_parts] + [cue_fits(p, "en") for p in en_parts]):
            return sv_parts, en_parts
    raise ManuscriptError(f"cannot fit this sentence into cues: {sv[:60]!r}")


def vtt_time(t):
    ms = round(t * 1000)
    h, ms = divmod(ms, 3_600_000)
    m, ms = divmod(ms, 60_000)
    s, ms = divmod(ms, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"


def vtt_escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def build_cues(timeline, total):
    """Cues (start, end, sv, en): one per sentence, long sentences split in proportion to the
    Swedish characters; both languages get the same cue times."""
    cues = []
    for i, item in enumerate(timeline):
        sv, en = item["sentence"]["sv"], item["sentence"]["en"]
        sv_parts, en_parts = cue_parts(sv, en)
        nxt = timeline[i + 1]["start"] if i + 1 < len(timeline) else total
        same_slide = i + 1 < len(timeline) and timeline[i + 1]["slide"] == item["slide"]
        end = nxt if same_slide else min(nxt, item["end"] + SENTENCE_GAP)
        speech = item["end"] - item["start"]
        done = 0
        starts = []
        for p in sv_parts:
            starts.append(item["start"] + speech * done / len(sv))
            done += len(p) + 1
        for k in range(len(sv_parts)):
            cue_end = starts[k + 1] if k + 1 < len(sv_parts) else end
            cues.append((starts[k], cue_end, sv_parts[k], en_parts[k]))
    return cues


def write_vtt(path, cues, lang):
    out = ["WEBVTT", ""]
    for n, (start, end, sv, en) in enumerate(cues, start=1):
        text = sv if lang == "sv" else en
        out += [str(n), f"{vtt_time(start)} --> {vtt_time(end)}", vtt_escape(wrap_cue(text, lang)), ""]
    path.write_text("\n".join(out), encoding="utf-8")


def build_chapters(timeline, slides, total):
    """Chapters (start, end, sv, en): one per slide, from the moment the slide appears."""
    starts = {}
    for item in timeline:
        starts.setdefault(item["slide"], max(0.0, item["start"] - SLIDE_LEAD))
    order = sorted(starts)
    chapters = []
    for k, si in enumerate(order):
        start = 0.0 if k == 0 else starts[si]
        end = starts[order[k + 1]] if k + 1 < len(order) else total
        heading = slides[si]["heading"]
        chapters.append((start, end, heading["sv"], heading["en"] or heading["sv"]))
    return chapters


def write_transcript(path, slides, lang):
    out = []
    for slide in slides:
        heading = slide["heading"][lang] or slide["heading"]["sv"]
        out += [f"## {heading}", ""]
        out += [" ".join(s[lang] for s in slide["sentences"]), ""]
        if slide["layout"] == "sources":
            out += [f"- {b[lang] or b['sv']}" for b in slide["bullets"]] + [""]
    path.write_text("\n".join(out).rstrip("\n") + "\n", encoding="utf-8")


# --- film ---------------------------------------------------------------------------------

def encode_film(pngs, timeline, slides, total, narration, work, target):
    """One frame list at FPS: a slide appears SLIDE_LEAD before its first sentence."""
    firsts = {}
    for item in timeline:
        firsts.setdefault(item["slide"], item["start"])
    boundaries = [0] + [max(0.0, firsts[i] - SLIDE_LEAD) for i in range(1, len(slides))]
    frames_total = math.ceil(total * FPS)
    frame_dir = work / "frames"
    frame_dir.mkdir()
    slide_index = 0
    for f in range(frames_total):
        t = f / FPS
        while slide_index + 1 < len(boundaries) and t >= boundaries[slide_index + 1] - 1e-9:
            slide_index += 1
        os.symlink(pngs[slide_index], frame_dir / f"f{f:05d}.png")
    tmp = target.with_name(target.name + ".tmp.mp4")
    run(["ffmpeg", "-nostdin", "-y", "-loglevel", "error",
         "-framerate", str(FPS), "-i", str(frame_dir / "f%05d.png"), "-i", str(narration),
         "-map", "0:v", "-map", "1:a",
         "-vf", "scale=1280:720:out_color_matrix=bt709:out_range=tv,format=yuv420p",
         "-c:v", "libx264", "-preset", "veryslow", "-tune", "stillimage", "-crf", str(CRF),
         "-x264-params", X264_PARAMS,
         "-r", str(FPS), "-g", str(GOP), "-keyint_min", str(GOP), "-threads", str(X264_THREADS),
         "-colorspace", "bt709", "-color_primaries", "bt709", "-color_trc", "bt709",
         "-color_range", "tv",
         "-c:a", "aac", "-b:a", AUDIO_BITRATE, "-ac", "1", "-ar", str(SAMPLE_RATE),
         "-fflags", "+bitexact", "-flags:v", "+bitexact", "-flags:a", "+bitexact",
         "-map_metadata", "-1", "-map_chapters", "-1", "-movflags", "+faststart", str(tmp)])
    tmp.replace(target)


def probe_duration(path):
    out = run(["ffprobe", "-v", "error", "-show_entries", "format=duration",
               "-of", "default=noprint_wrappers=1:nokey=1", str(path)])
    return float(out.strip())


def write_poster(png, target):
    tmp = target.with_name(target.name + ".tmp.jpg")
    for quality in (90, 86, 82, 78, 74, 70, 64, 58):
        run([CONVERT, str(png), "-strip", "-sampling-factor", "4:2:0", "-interlace", "none",
             "-quality", str(quality), f"jpg:{tmp}"])
        if tmp.stat().st_size < POSTER_MAX_BYTES:
            break
    tmp.replace(target)


def update_step_json(step_dir, duration):
    path = step_dir / "step.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    film = data.setdefault("film", {"file": "film.mp4", "contentType": "video/mp4"})
    film["durationSeconds"] = round(duration, 2)
    data["chapters"] = {"sv": "chapters.sv.vtt", "en": "chapters.en.vtt"}
    text = json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    if path.read_text(encoding="utf-8") != text:
        path.write_text(text, encoding="utf-8")


# --- steps --------------------------------------------------------------------------------

def course_context(course, rel):
    """Texts for the header band and title slide, from course.json."""
    parts = course.get("parts", [])
    for pi, part in enumerate(parts):
        if rel in part.get("steps", []):
            return {"course": course["title"]["sv"],
                    "part": f"Del {pi + 1} av {len(parts)} · {part['title']['sv']}",
                    "kicker": f"Del {pi + 1} · {part['title']['sv']}",
                    "issuer": course.get("issuer", {}).get("sv", "Länsstyrelsen")}
    return {"course": course["title"]["sv"], "part": "", "kicker": "",
            "issuer": course.get("issuer", {}).get("sv", "Länsstyrelsen")}


def build_step(rel, course, lexicon, keep=None, verbose=False):
    step_dir = (MEDIA_DIR / rel).resolve()
    manuscript = step_dir / "manuscript.md"
    if not manuscript.is_file():
        raise ManuscriptError(f"{rel}: no manuscript.md")
    if not (step_dir / "step.json").is_file():
        raise ManuscriptError(f"{rel}: no step.json (copy one from another step and edit it)")
    step_json = json.loads((step_dir / "step.json").read_text(encoding="utf-8"))
    slides = parse_manuscript(manuscript)
    context = course_context(course, rel)

    work = Path(tempfile.mkdtemp(prefix="film-"))
    try:
        log(f"{rel}: {len(slides)} slides, "
            f"{sum(len(s['sentences']) for s in slides)} sentences")
        narration, timeline, total = build_narration(slides, lexicon, work)
        pngs = render_slides(slides, context, work)
        film = step_dir / step_json.get("film", {}).get("file", "film.mp4")
        encode_film(pngs, timeline, slides, total, narration, work, film)
        duration = probe_duration(film)
        cues = build_cues(timeline, duration)
        write_vtt(step_dir / "captions.sv.vtt", cues, "sv")
        write_vtt(step_dir / "captions.en.vtt", cues, "en")
        chapters = build_chapters(timeline, slides, duration)
        write_vtt(step_dir / "chapters.sv.vtt", chapters, "sv")
        write_vtt(step_dir / "chapters.en.vtt", chapters, "en")
        write_transcript(step_dir / "transcript.sv.md", slides, "sv")
        write_transcript(step_dir / "transcript.en.md", slides, "en")
        write_poster(pngs[0], step_dir / "poster.jpg")
        update_step_json(step_dir, duration)
        words = sum(len(t["sentence"]["sv"].split()) for t in timeline)
        speech = sum(t["wav"] for t in timeline)
        log(f"{rel}: {duration:.2f} s, {len(cues)} cues, {words} words "
            f"({words / (speech / 60):.0f} wpm while speaking, {words / (duration / 60):.0f} overall), "
            f"film {film.stat().st_size / 1e6:.2f} MB, poster "
            f"{(step_dir / 'poster.jpg').stat().st_size / 1e3:.0f} kB")
        for i, s in enumerate(slides):
            if s.get("fit"):
                log(f"  note: slide {i + 1} text shrunk to fit ({s['fit']})")
        if verbose:
            log("  #   slide  wav(s)  start(s)  end(s)  sentence")
            for n, t in enumerate(timeline, start=1):
                log(f"  {n:<3d} {t['slide'] + 1:>5d}  {t['wav']:6.2f}  {t['start']:8.2f}  "
                    f"{t['end']:6.2f}  {t['sentence']['sv'][:60]}")
        if keep:
            dest = Path(keep) / rel
            if dest.exists():
                shutil.rmtree(dest)
            shutil.copytree(work, dest, symlinks=True)
    finally:
        shutil.rmtree(work, ignore_errors=True)


def step_rel(arg):
    """'part/step' relative to media/, or a path to the step folder."""
    if (MEDIA_DIR / arg).is_dir():
        return arg.strip("/")
    path = Path(arg).resolve()
    if path.is_dir() and path.is_relative_to(MEDIA_DIR):
        return path.relative_to(MEDIA_DIR).as_posix()
    raise ManuscriptError(f"{arg}: not a step folder under {MEDIA_DIR}")


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("steps", nargs="*",
                        help="step folders relative to media/ (default: all in course.json)")
    parser.add_argument("--verbose", action="store_true", help="print the sentence timing table")
    parser.add_argument("--keep-work", metavar="DIR",
                        help="copy the intermediate files (WAVs, slide PNGs) to DIR")
    args = parser.parse_args()
    course = json.loads((MEDIA_DIR / "course.json").read_text(encoding="utf-8"))
    steps = args.steps or [s for part in course["parts"] for s in part["steps"]]
    try:
        lexicon = load_lexicon()
        for rel in steps:
            build_step(step_rel(rel), course, lexicon, args.keep_work, args.verbose)
    except ManuscriptError as e:
        sys.stderr.write(f"error: {e}\n")
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
