// Installs what the browser tests need from Debian when it is missing: the chromium package
// (never a downloaded browser build) and a CJK font, without which Chinese renders as boxes.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const installed = (pkg) => {
  try {
    return execSync(`dpkg-query -W -f='\${Status}' ${pkg} 2>/dev/null`, { encoding: 'utf8' }).includes('install ok installed');
  } catch {
    return false;
  }
};
const missing = [];
if (!existsSync(CHROMIUM)) missing.push('chromium');
if (!installed('fonts-noto-cjk')) missing.push('fonts-noto-cjk');
if (missing.length > 0) {
  const sudo = process.getuid?.() === 0 ? '' : 'sudo ';
  console.log(`installing Debian packages for the browser tests: ${missing.join(', ')}…`);
  execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')}`, { stdio: 'inherit' });
}
