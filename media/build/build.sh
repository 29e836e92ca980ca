#!/bin/sh
# Build the narrated films, captions, transcripts and posters of the course package.
#   media/build/build.sh                      every step listed in media/course.json
#   media/build/build.sh asylprocessen/att-soka-asyl [...]   only these steps
# Options: --verbose (sentence timing table), --keep-work DIR (keep WAVs and slide PNGs).
# Needs: apt-get install ffmpeg espeak-ng sox libsox-fmt-all imagemagick chromium \
#        fonts-open-sans fonts-dejavu-core python3
set -eu
missing=""
for tool in python3 ffmpeg ffprobe espeak-ng sox /usr/bin/convert /usr/bin/chromium; do
  command -v "$tool" >/dev/null 2>&1 || missing="$missing $tool"
done
if [ -n "$missing" ]; then
  echo "build.sh: missing:$missing" >&2
  echo "install: apt-get install ffmpeg espeak-ng sox libsox-fmt-all imagemagick chromium fonts-open-sans fonts-dejavu-core python3" >&2
  exit 1
fi
fc-list | grep -q "Open Sans" || echo "build.sh: warning: font Open Sans not found (apt-get install fonts-open-sans); slides will differ" >&2
exec python3 "$(dirname "$0")/build.py" "$@"
