// Splits a raw Ink tag ("reveals: upload") into key and value; shared by every tag reader.
export interface TagParts {
  key: string;
  value: string;
}

export function splitTag(raw: string): TagParts {
  const text = raw.trim();
  const colon = text.indexOf(':');
  if (colon < 0) return { key: text.toLowerCase(), value: '' };
  return { key: text.slice(0, colon).trim().toLowerCase(), value: text.slice(colon + 1).trim() };
}
