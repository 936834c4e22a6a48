#!/usr/bin/python3
"""Parses a feed with feedparser (Debian's python3-feedparser, the parser behind many feed readers
and chat bots) and prints what it read as JSON: {version, title, subtitle, updated, links: [{rel,
type, href}], entries: [{id, title, updated, published, link, links, author, summary}]}. Exits 1
with the reason when feedparser reports the feed malformed (its "bozo" flag)."""
import json
import sys

import feedparser


def links(element):
    return [{'rel': l.get('rel'), 'type': l.get('type'), 'href': l.get('href')}
            for l in element.get('links', [])]


def main(path):
    with open(path, 'rb') as f:
        parsed = feedparser.parse(f.read())
    if parsed.bozo:
        print(f"feedparser found {path} malformed: {parsed.bozo_exception!r}", file=sys.stderr)
        return 1
    feed = parsed.feed
    print(json.dumps({
        'version': parsed.version,
        'title': feed.get('title'),
        'subtitle': feed.get('subtitle'),
        'id': feed.get('id'),
        'updated': feed.get('updated'),
        'links': links(feed),
        'entries': [{
            'id': e.get('id'),
            'title': e.get('title'),
            'updated': e.get('updated'),
            'published': e.get('published'),
            'link': e.get('link'),
            'links': links(e),
            'author': e.get('author'),
            'summary': e.get('summary'),
        } for e in parsed.entries],
    }, ensure_ascii=False))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
