// Parses an iCalendar file with Mozilla's ical.js, as Thunderbird does, and prints what it read
// as JSON: { calname, method, events: [{ uid, summary, start, end, isDate, status, sequence, location, url, description, geo: [lat, lon] or null }] }.
// Exits 1 with the parser's message when the file does not parse.
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';

const text = readFileSync(process.argv[2], 'utf8');
try {
  const vcalendar = new ICAL.Component(ICAL.parse(text));
  const events = vcalendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      end: event.endDate.toString(),
      isDate: event.startDate.isDate,
      status: vevent.getFirstPropertyValue('status'),
      sequence: event.sequence,
      location: event.location,
      url: vevent.getFirstPropertyValue('url'),
      description: event.description,
      geo: vevent.getFirstPropertyValue('geo'),
    };
  });
  console.log(JSON.stringify({
    calname: vcalendar.getFirstPropertyValue('x-wr-calname'),
    method: vcalendar.getFirstPropertyValue('method'),
    events,
  }));
} catch (e) {
  console.error(`ical.js could not parse ${process.argv[2]}: ${e.message}`);
  process.exit(1);
}
