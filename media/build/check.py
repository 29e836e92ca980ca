#!/usr/bin/env python3
"""Check the course package the way the app will, plus what a person would listen and look for.

    python3 media/build/check.py            every step in course.json

For each step: step.json, questions.json and course.json parse and hold the fields of
media/README.md; the film's measured duration matches step.json (within 1 s); every caption
file is WebVTT with increasing cue times inside the film, and all languages have the same
cue times; the film is under 5 MB (1 MB a minute for a longer lecture) and the poster under 80 kB; and the narration lines up with
the captions: every spoken sentence of manuscript.md must start (found with ffmpeg
silencedetect) within 0.15 s of a cue. Exits 1 if anything is wrong.
"""

import json
import re
import subprocess
import sys
from pathlib import Path

sys.dont_write_bytecode = True  # no __pycache__ in the package
from build import parse_manuscript  # noqa: E402

MEDIA_DIR = Path(__file__).resolve().parent.parent
SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
CUE_TIME = re.compile(r"^(\d{2}):(\d{2}):(\d{2})\.(\d{3}) --> (\d{2}):(\d{2}):(\d{2})\.(\d{3})$")
problems = []


def problem(where, msg):
    problems.append(f"{where}: {msg}")


def text_ok(where, value, name):
    if not isinstance(value, dict) or not value.get("sv"):
        problem(where, f"{name} needs a Swedish text")
    elif not value.get("en"):
        problem(where, f"{name} has no English text")


def parse_vtt(path):
    lines = path.read_text(encoding="utf-8").split("\n")
    if not lines or lines[0].strip() != "WEBVTT":
        raise ValueError("does not start with WEBVTT")
    cues = []
    for i, line in enumerate(lines):
        m = CUE_TIME.match(line.strip())
        if m:
            g = [int(x) for x in m.groups()]
            start = g[0] * 3600 + g[1] * 60 + g[2] + g[3] / 1000
            end = g[4] * 3600 + g[5] * 60 + g[6] + g[7] / 1000
            text = []
            for t in lines[i + 1:]:
                if not t.strip():
                    break
                text.append(t)
            cues.append((start, end, text))
    return cues


def probe(path):
    out = subprocess.run(["ffprobe", "-v", "error", "-show_entries",
                          "format=duration:stream=codec_name,width,height,pix_fmt,sample_rate,channels",
                          "-of", "json", str(path)], capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def speech_onsets(path):
    err = subprocess.run(["ffmpeg", "-nostdin", "-i", str(path), "-vn", "-af",
                          "silencedetect=noise=-45dB:duration=0.3", "-f", "null", "-"],
                         capture_output=True, text=True).stderr
    return [float(x) for x in re.findall(r"silence_end: ([0-9.]+)", err)]


def check_step(rel, course_defaults):
    step_dir = MEDIA_DIR / rel
    where = rel + "/step.json"
    step = json.loads((step_dir / "step.json").read_text(encoding="utf-8"))
    if not SLUG.match(step.get("slug", "")) or step["slug"] != Path(rel).name:
        problem(where, "slug must be the folder name in lower-case letters, digits and hyphens")
    text_ok(where, step.get("title"), "title")
    text_ok(where, step.get("summary"), "summary")
    film = step_dir / step["film"]["file"]
    info = probe(film)
    duration = float(info["format"]["duration"])
    if abs(duration - step["film"]["durationSeconds"]) > 1:
        problem(where, f"durationSeconds {step['film']['durationSeconds']} but the film is {duration:.2f} s")
    size = film.stat().st_size
    # About 0.85 MB a minute is what the build makes; a longer lecture may be larger than 5 MB.
    if size >= max(5_000_000, 1_000_000 * duration / 60):
        problem(rel, f"film is {size / 1e6:.2f} MB")
    poster = step_dir / step["poster"]
    if poster.stat().st_size >= 80_000:
        problem(rel, f"poster is {poster.stat().st_size / 1e3:.0f} kB")
    streams = {s["codec_name"]: s for s in info["streams"]}
    v, a = streams.get("h264"), streams.get("aac")
    if not v or (v["width"], v["height"], v["pix_fmt"]) != (1280, 720, "yuv420p") or not a:
        problem(rel, "film must be H.264 1280x720 yuv420p with AAC sound")

    cue_sets = {}
    for cap in step["captions"]:
        path = step_dir / cap["file"]
        try:
            cues = parse_vtt(path)
        except ValueError as e:
            problem(f"{rel}/{cap['file']}", str(e))
            continue
        last = -1
        for start, end, text in cues:
            if start < last - 1e-6 or end <= start or end > duration + 1e-3:
                problem(f"{rel}/{cap['file']}", f"cue {start:.3f}-{end:.3f} out of order or outside film")
            if len(text) > 2 or any(len(t) > 45 for t in text):
                problem(f"{rel}/{cap['file']}", f"cue at {start:.3f} is longer than 2 lines of 45")
            last = start
        cue_sets[cap["lang"]] = cues
    if "sv" not in cue_sets:
        problem(where, "Swedish captions are required")
    times = {lang: [(s, e) for s, e, _ in cues] for lang, cues in cue_sets.items()}
    if len(set(map(tuple, times.values()))) > 1:
        problem(rel, "caption languages differ in cue count or times")
    for lang, path in step["transcript"].items():
        for line in (step_dir / path).read_text(encoding="utf-8").split("\n"):
            if line.startswith("#") and not line.startswith("## "):
                problem(f"{rel}/{path}", f"only '## ' headings are allowed: {line[:40]}")

    # Every sentence is followed by a pause of 0.4 s or more, so every sentence start is a
    # speech onset; a long pause inside a sentence (after a colon, say) adds an onset that
    # falls inside a cue. So: at least one aligned onset per spoken sentence.
    starts = [s for s, _, _ in cue_sets.get("sv", [])]
    onsets = [o for o in speech_onsets(film) if o < duration - 0.5]  # not the end of the file
    offsets = [min(abs(o - s) for s in starts) for o in onsets]
    aligned = [d for d in offsets if d <= 0.15]
    sentences = sum(len(s["sentences"]) for s in parse_manuscript(step_dir / "manuscript.md"))
    if len(aligned) < sentences:
        problem(rel, f"only {len(aligned)} of {sentences} sentences start within 0.15 s of a cue")
    worst = max(aligned, default=0)

    q = json.loads((step_dir / step["questions"]).read_text(encoding="utf-8"))["questions"]
    per_test = step.get("questionsPerTest", course_defaults["questionsPerTest"])
    if len(q) < max(8, per_test):
        problem(rel, f"only {len(q)} questions")
    ids = set()
    for question in q:
        qw = f"{rel}/questions.json: question \"{question.get('id')}\""
        if not SLUG.match(question.get("id", "")) or question["id"] in ids:
            problem(qw, "id must be unique kebab-case")
        ids.add(question.get("id"))
        choices = question.get("choices", [])
        right = [c for c in choices if c.get("correct")]
        if not 2 <= len(choices) <= 6 or not right or len(right) == len(choices):
            problem(qw, "needs 2-6 choices with at least one right and one wrong")
        if question.get("type") == "single" and len(right) != 1:
            problem(qw, "single needs exactly one right choice")
        if question.get("type") not in ("single", "multiple"):
            problem(qw, "type must be single or multiple")
        if len({c.get("id") for c in choices}) != len(choices):
            problem(qw, "choice ids must be unique")
        text_ok(qw, question.get("text"), "text")
        text_ok(qw, question.get("explanation"), "explanation")
        for c in choices:
            text_ok(qw, c.get("text"), f"choice {c.get('id')}")
    kinds = sum(1 for x in q if x.get("type") == "multiple")
    print(f"{rel}: {duration:.2f} s, film {size / 1e6:.2f} MB, poster {poster.stat().st_size / 1e3:.0f} kB, "
          f"{len(starts)} cues ({', '.join(sorted(cue_sets))}), {sentences} sentences, "
          f"{len(aligned)} speech onsets within {worst:.3f} s of a cue start, "
          f"{len(onsets) - len(aligned)} pauses inside a sentence, {len(q)} questions ({kinds} multiple)")


def main():
    course = json.loads((MEDIA_DIR / "course.json").read_text(encoding="utf-8"))
    for key in ("title", "subtitle", "description", "audience", "issuer"):
        text_ok("course.json", course.get(key), key)
    for part in course["parts"]:
        text_ok("course.json", part.get("title"), f"part {part['slug']} title")
        text_ok("course.json", part.get("summary"), f"part {part['slug']} summary")
        for rel in part["steps"]:
            check_step(rel, course["defaults"])
    for p in problems:
        print("PROBLEM " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
