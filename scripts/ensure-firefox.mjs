// The Firefox journeys (tests/firefox) need Debian's firefox-esr, driven by puppeteer-core over
// WebDriver BiDi: neither Playwright nor Puppeteer can download a browser here. Install the
// package when running as root on Debian/Ubuntu, otherwise explain what to do.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = ['/usr/bin/firefox-esr', '/usr/bin/firefox', '/usr/lib/firefox-esr/firefox-esr'];

/** The Firefox executable: FIREFOX_PATH, else the first system Firefox found, else null. */
export function firefoxPath() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) return fromEnv;
  return candidates.find((path) => existsSync(path)) ?? null;
}

/** Finds Firefox, installing Debian's firefox-esr as root when none is found; exits if none. */
export function ensureFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    fail(`FIREFOX_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const found = firefoxPath();
  if (found) return found;
  if (process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('\n> Firefox is missing: installing Debian\'s "firefox-esr" package');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [
      ['update', '-qq'],
      ['install', '-y', '-qq', 'firefox-esr'],
    ]) {
      const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
      if (result.status !== 0) fail(`apt-get ${args.join(' ')} failed.`);
    }
    if (existsSync('/usr/bin/firefox-esr')) return '/usr/bin/firefox-esr';
  }
  fail(
    'No Firefox was found. Install one (Debian: sudo apt-get install firefox-esr) ' +
      'or point FIREFOX_PATH at a Firefox executable, then run the command again.',
  );
}

function fail(message) {
  console.error(`\n${message}`);
  process.exit(1);
}
