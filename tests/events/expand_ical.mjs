// Expands iCalendar files with ical.js (Mozilla's parser, used by Thunderbird and many web
// calendars), reading each DTSTART through the file's own VTIMEZONE: ical.js resolves a TZID
// against the calendar's VTIMEZONE components and knows no zone database of its own.
//
// Usage: node expand_ical.mjs <path to ical.js module> <file.ics>...
// Prints JSON: one {uid, file, start, cancelled} per occurrence, start as UTC seconds (or
// the date, "YYYY-MM-DD", of an all-day occurrence).
import { readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";

const [modulePath, ...files] = process.argv.slice(2);
const ICAL = (await import(pathToFileURL(modulePath).href)).default;
const MAX_OCCURRENCES = 1000;

const occurrences = [];
for (const file of files) {
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(file, "utf8")));
  const byUid = new Map();
  for (const vevent of calendar.getAllSubcomponents("vevent")) {
    const uid = vevent.getFirstPropertyValue("uid");
    if (!byUid.has(uid)) byUid.set(uid, []);
    byUid.get(uid).push(vevent);
  }
  for (const [uid, vevents] of byUid) {
    const master = vevents.find((vevent) => !vevent.hasProperty("recurrence-id"));
    const event = new ICAL.Event(master);
    for (const vevent of vevents) {
      if (vevent !== master) event.relateException(vevent);
    }
    const add = (start, component) =>
      occurrences.push({
        uid,
        file,
        start: start.isDate ? start.toString() : start.toUnixTime(),
        cancelled: component.getFirstPropertyValue("status") === "CANCELLED",
      });
    if (!event.isRecurring()) {
      add(event.startDate, master);
      continue;
    }
    const iterator = event.iterator();
    for (let next = iterator.next(), count = 0; next && count < MAX_OCCURRENCES; count++) {
      const details = event.getOccurrenceDetails(next);
      add(details.startDate, details.item.component);
      next = iterator.next();
    }
  }
}
process.stdout.write(JSON.stringify(occurrences));
