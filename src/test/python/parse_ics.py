#!/usr/bin/python3
"""Parses an iCalendar file with python-icalendar (Debian's python3-icalendar) and prints what it
read as JSON: {calname, method, refresh, events: [{uid, summary, start, end, isDate, status,
sequence, location, url, description, geo}]}, geo as [latitude, longitude] or null. Exits 1 with the reason when the file does not parse or
a component carries parse errors (python-icalendar records some errors instead of raising)."""
import datetime
import json
import sys

import icalendar


def main(path):
    with open(path, 'rb') as f:
        data = f.read()
    try:
        calendar = icalendar.Calendar.from_ical(data)
    except Exception as e:  # the library raises ValueError and friends
        print(f"python-icalendar could not parse {path}: {e}", file=sys.stderr)
        return 1
    errors = [(c.name, c.errors) for c in calendar.walk() if getattr(c, 'errors', None)]
    if errors:
        print(f"python-icalendar found errors in {path}: {errors}", file=sys.stderr)
        return 1
    events = []
    for vevent in calendar.walk('VEVENT'):
        start = vevent.decoded('DTSTART')
        end = vevent.decoded('DTEND')
        events.append({
            'uid': str(vevent.get('UID')),
            'summary': str(vevent.get('SUMMARY')),
            'start': start.isoformat(),
            'end': end.isoformat(),
            'isDate': not isinstance(start, datetime.datetime),
            'status': str(vevent.get('STATUS')),
            'sequence': int(vevent.get('SEQUENCE', 0)),
            'location': str(vevent.get('LOCATION')) if vevent.get('LOCATION') is not None else None,
            'url': str(vevent.get('URL')) if vevent.get('URL') is not None else None,
            'description': str(vevent.get('DESCRIPTION')) if vevent.get('DESCRIPTION') is not None else None,
            # GEO (RFC 5545 3.8.1.6) as python-icalendar's vGeo reads "lat;lon"
            'geo': [float(vevent.get('GEO').latitude), float(vevent.get('GEO').longitude)]
            if vevent.get('GEO') is not None else None,
        })
    print(json.dumps({
        'calname': str(calendar.get('X-WR-CALNAME')),
        'method': str(calendar.get('METHOD')),
        'refresh': str(calendar.get('REFRESH-INTERVAL').to_ical().decode()) if calendar.get('REFRESH-INTERVAL') is not None else None,
        'events': events,
    }, ensure_ascii=False))
    return 0


if __name__ == '__main__':
    sys.exit(main(sys.argv[1]))
