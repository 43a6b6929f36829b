// Minimal POSIX path helpers for INCLUDE resolution, identical in browser and Node.
export function dirname(path: string): string {
  const slash = path.lastIndexOf('/');
  return slash < 0 ? '' : path.slice(0, slash);
}

export function joinPath(base: string, relative: string): string {
  if (relative.startsWith('/')) return normalise(relative);
  return normalise(base === '' ? relative : `${base}/${relative}`);
}

export function normalise(path: string): string {
  const absolute = path.startsWith('/');
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..' && out.length > 0 && out[out.length - 1] !== '..') out.pop();
    else if (part === '..' && absolute) continue;
    else out.push(part);
  }
  return (absolute ? '/' : '') + out.join('/');
}
