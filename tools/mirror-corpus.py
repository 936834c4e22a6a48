#!/usr/bin/env python3
"""Lay out a TWiR corpus directory (../shared/twir: pages/, feeds/, archives.html, manifest.json)
as the site itself is laid out, so Rusty Events can read it as a mirror:

    <out>/rss.xml, <out>/atom.xml, <out>/blog/archives/index.html,
    <out>/blog/YYYY/MM/DD/this-week-in-rust-NNN/index.html

Usage: tools/mirror-corpus.py [CORPUS_DIR] OUT_DIR
Then:  RUSTY_EVENTS_TWIR_URL=file:OUT_DIR/ ./mvnw quarkus:run
   or  python3 -m http.server -d OUT_DIR 8000 and RUSTY_EVENTS_TWIR_URL=http://localhost:8000
"""
import json
import shutil
import sys
from pathlib import Path
from urllib.parse import urlsplit

LIVE = "https://this-week-in-rust.org/"


def target(out: Path, url: str) -> Path:
    path = urlsplit(url).path.lstrip("/")
    return out / (path + "index.html" if path.endswith("/") or path == "" else path)


def main(argv):
    if len(argv) not in (2, 3):
        sys.exit(__doc__)
    corpus = Path(argv[1]) if len(argv) == 3 else Path(__file__).resolve().parent.parent.parent / "shared" / "twir"
    out = Path(argv[-1])
    manifest = json.loads((corpus / "manifest.json").read_text(encoding="utf-8"))
    copies = list(manifest["feeds"].items()) + list(manifest["archive"].items())
    copies += [(page["url"], page["file"]) for page in manifest["pages"]]
    for url, file in copies:
        if not url.startswith(LIVE):
            continue
        dest = target(out, url)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(corpus / file, dest)
    print(f"{len(copies)} files from {corpus} laid out under {out}")


if __name__ == "__main__":
    main(sys.argv)
