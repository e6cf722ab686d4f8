// The browser tests need Chromium. Playwright cannot download one here, so use the system's:
// install Debian's package when running as root, otherwise explain what to do.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export function ensureChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    fail(`CHROMIUM_PATH is set to ${fromEnv}, but no file is there.`);
  }
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  if (process.platform === 'linux' && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    console.log('\n> Chromium is missing: installing Debian\'s "chromium" package');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    for (const args of [
      ['update', '-qq'],
      ['install', '-y', '-qq', 'chromium'],
    ]) {
      const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
      if (result.status !== 0) fail(`apt-get ${args.join(' ')} failed.`);
    }
    if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  }
  fail(
    'No Chromium was found. Install one (Debian/Ubuntu: sudo apt-get install chromium) ' +
      'or point CHROMIUM_PATH at a Chromium or Chrome executable, then run the command again.',
  );
}

function fail(message) {
  console.error(`\n${message}`);
  process.exit(1);
}
