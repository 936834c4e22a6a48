// Builds the pages' world map outline from well-kept open boundary data, so no shape is drawn by
// hand: Natural Earth's 1:110m land and admin-0 country boundaries (public domain), as TopoJSON in
// npm world-atlas (ISC), turned into SVG paths with npm topojson-client (ISC).
//
// Output: src/main/resources/META-INF/resources/assets/world.svg, served by web.Assets under a
// versioned, immutable URL. Projection: equirectangular (plate carrée) at 10 units per degree,
//   x = (longitude + 180) * 10, y = (90 - latitude) * 10, viewBox 0 0 3600 1800,
// the one web.PlaceMap puts its dots in, so a page crops the map with its own viewBox. Coordinates
// are rounded to whole units (0.1 degree, about 11 km: finer than the 1:110m data) and written as
// relative moves so the file stays small; Antarctica, which has no events, is left out. The land is
// filled and the borders between countries stroked; the light colours are attributes, and a style
// sheet changes them in dark mode (prefers-color-scheme, as the stats chart does), so the map still
// shows where a Content-Security-Policy keeps the image's style out. The borders keep one pixel's
// width at any zoom (non-scaling-stroke). A rebuild from the same packages gives the same bytes.
//
// Usage: npm ci --prefix tools/worldmap && node tools/worldmap/build.mjs
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { feature, mesh } from 'topojson-client';

const here = dirname(fileURLToPath(import.meta.url));
const assets = join(here, '..', '..', 'src', 'main', 'resources', 'META-INF', 'resources', 'assets');
const modules = join(here, 'node_modules');
const json = (p) => JSON.parse(readFileSync(join(modules, p), 'utf8'));
const version = (p) => json(join(p, 'package.json')).version;

const SCALE = 10; // units per degree; keep in step with web.PlaceMap.UNITS_PER_DEGREE
const SOUTH = -60; // land wholly south of this is left out (web.PlaceMap.WORLD_SOUTH is -58)
const x = (lon) => Math.round((lon + 180) * SCALE);
const y = (lat) => Math.round((90 - lat) * SCALE);

// A ring or line that crosses the antimeridian (Russia's Chukotka, Fiji) jumps from 180 to -180
// degrees; drawn as it is, it would cross the whole map. Its longitudes are unwrapped into one run
// (some beyond ±180), and a copy shifted by 360 degrees is drawn too: the asset's viewBox clips
// both copies to the part of the world they show.
function unwrapped(coordinates, closed) {
  const run = [];
  let shift = 0;
  for (let i = 0; i < coordinates.length; i++) {
    const [lon, lat] = coordinates[i];
    if (i > 0) {
      const d = lon + shift - run[i - 1][0];
      if (d > 180) shift -= 360;
      else if (d < -180) shift += 360;
    }
    run.push([lon + shift, lat]);
  }
  const out = [path(run, closed)];
  if (run.some(([lon]) => lon > 180)) out.push(path(run.map(([lon, lat]) => [lon - 360, lat]), closed));
  if (run.some(([lon]) => lon < -180)) out.push(path(run.map(([lon, lat]) => [lon + 360, lat]), closed));
  return out.join('');
}

// One ring or line as "M x y l dx dy …", repeated points (after rounding) dropped; a ring that
// rounds to fewer than three points is dropped.
function path(coordinates, closed) {
  const points = [];
  for (const [lon, lat] of coordinates) {
    const p = [x(lon), y(lat)];
    const last = points[points.length - 1];
    if (!last || last[0] !== p[0] || last[1] !== p[1]) points.push(p);
  }
  if (closed && points.length > 1) {
    const [first, last] = [points[0], points[points.length - 1]];
    if (first[0] === last[0] && first[1] === last[1]) points.pop();
  }
  if (points.length < (closed ? 3 : 2)) return '';
  let d = `M${points[0][0]} ${points[0][1]}`;
  let seg = '';
  for (let i = 1; i < points.length; i++) {
    const dx = points[i][0] - points[i - 1][0];
    const dy = points[i][1] - points[i - 1][1];
    seg += (seg ? ' ' : '') + `${dx} ${dy}`.replace(/ -/g, '-');
  }
  d += 'l' + seg.replace(/ -/g, '-') + (closed ? 'z' : '');
  return d;
}

function rings(geometry) {
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  return [];
}

const landTopo = json('world-atlas/land-110m.json');
const countriesTopo = json('world-atlas/countries-110m.json');
const land = feature(landTopo, landTopo.objects.land);
const landPath = land.features
  .flatMap((f) => rings(f.geometry))
  .filter((r) => r.some(([, lat]) => lat > SOUTH)) // Antarctica: no events, off the world view
  .map((r) => unwrapped(r, true))
  .filter(Boolean)
  .join('');
// Borders shared by two countries (a !== b): coasts are the land's edge already.
const borders = mesh(countriesTopo, countriesTopo.objects.countries, (a, b) => a !== b);
const borderPath = borders.coordinates
  .map((line) => unwrapped(line, false))
  .filter(Boolean)
  .join('');

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${360 * SCALE} ${180 * SCALE}" width="${360 * SCALE}" height="${180 * SCALE}">
<!-- Natural Earth 1:110m land and country boundaries (public domain, naturalearthdata.com), via world-atlas ${version('world-atlas')} (ISC, Mike Bostock) and topojson-client ${version('topojson-client')}; equirectangular, x = (lon + 180) * ${SCALE}, y = (90 - lat) * ${SCALE}; built by tools/worldmap/build.mjs -->
<style>@media (prefers-color-scheme:dark){.land{fill:#4a433f}.borders{stroke:#221f1d}}</style>
<path class="land" fill="#e4ddd6" d="${landPath}"/>
<path class="borders" fill="none" stroke="#fdfcfb" stroke-width="1" stroke-linejoin="round" vector-effect="non-scaling-stroke" d="${borderPath}"/>
</svg>
`;
mkdirSync(assets, { recursive: true });
writeFileSync(join(assets, 'world.svg'), svg);
console.log(`world.svg: ${svg.length} bytes (land ${landPath.length}, borders ${borderPath.length})`);
