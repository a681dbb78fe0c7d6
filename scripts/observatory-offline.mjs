/**
 * Mozilla HTTP Observatory scores for pages of a running Meridian, offline: the scorer's own tests
 * (@mdn/mdn-http-observatory, not a project dependency) run on the headers and HTML our server
 * sends, as if served at https://news.example.org behind a TLS proxy that redirects http to https
 * (TLS, its redirect and HSTS preloading are the deployment's part, not the app's).
 *
 *   npm install --prefix /tmp/obs @mdn/mdn-http-observatory@1.4.8 --ignore-scripts
 *   OBSERVATORY_DIR=/tmp/obs/node_modules/@mdn/mdn-http-observatory \
 *     node scripts/observatory-offline.mjs http://127.0.0.1:3000/ http://127.0.0.1:3000/world/some-story
 *
 * A `COOKIE` environment variable is sent with every request (for editor pages). Prints one line per
 * URL: score, grade and every test that moved the score; exits 1 when a page scores below 100.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = process.env.OBSERVATORY_DIR;
if (!dir) {
  process.stderr.write('Set OBSERVATORY_DIR to an installed @mdn/mdn-http-observatory (see the header of this file).\n');
  process.exit(2);
}
const load = (file) => import(pathToFileURL(path.join(dir, 'src', file)).href);
const { ALL_TESTS } = await load('constants.js');
const { Requests } = await load('types.js');
const { getGradeForScore, getScoreModifier } = await load('grader/grader.js');
const { MINIMUM_SCORE_FOR_EXTRA_CREDIT } = await load('grader/charts.js');

const HOST = 'news.example.org';

async function score(url) {
  const response = await fetch(url, { redirect: 'manual', headers: process.env.COOKIE ? { cookie: process.env.COOKIE } : {} });
  const body = await response.text();
  const headers = Object.fromEntries([...response.headers].filter(([name]) => name !== 'set-cookie'));
  const setCookie = response.headers.getSetCookie();
  if (setCookie.length > 0) headers['set-cookie'] = setCookie;
  const { pathname, search } = new URL(url);
  const https = new URL(`https://${HOST}${pathname}${search}`);
  const auto = { status: response.status, headers, data: body, verified: true };
  const requests = new Requests(HOST);
  requests.responses.auto = auto;
  requests.responses.https = auto;
  requests.responses.http = { status: 301, headers: { location: https.href }, verified: true };
  requests.responses.httpRedirects = [
    { url: new URL(`http://${HOST}${pathname}${search}`), status: 301 },
    { url: https, status: response.status },
  ];
  requests.resources.path = body;
  requests.session = { url: https, jar: null };
  let total = 100;
  let uncurved = 100;
  const moved = [];
  for (const test of ALL_TESTS) {
    const result = test(requests);
    const modifier = result.result ? getScoreModifier(result.result) : 0;
    total += modifier;
    if (modifier < 0) uncurved += modifier;
    if (modifier !== 0) moved.push(`${result.result} ${modifier > 0 ? '+' : ''}${modifier}`);
  }
  const final = getGradeForScore(uncurved >= MINIMUM_SCORE_FOR_EXTRA_CREDIT ? total : uncurved);
  return { url, status: response.status, ...final, moved };
}

let worst = Infinity;
for (const url of process.argv.slice(2)) {
  const result = await score(url);
  worst = Math.min(worst, result.score);
  console.log(`${String(result.score).padStart(3)} ${result.grade.padEnd(2)} ${result.status} ${new URL(url).pathname}  ${result.moved.join(', ')}`);
}
process.exit(worst >= 100 ? 0 : 1);
