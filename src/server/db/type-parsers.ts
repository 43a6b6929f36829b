// Text-format parsers shared by both drivers, so a row looks the same whichever database served it.
export const OID = { INT8: 20, DATE: 1082, TIMESTAMP: 1114, TIMESTAMPTZ: 1184, NUMERIC: 1700 } as const;

/** '2026-01-05 02:00:00.123456+00' → '2026-01-05T02:00:00.123Z'. */
export function parseTimestamptz(text: string): string {
  const iso = text.replace(' ', 'T').replace(/([+-]\d\d)$/, '$1:00');
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? text : date.toISOString();
}

export const TYPE_PARSERS: Record<number, (text: string) => unknown> = {
  [OID.INT8]: (text) => Number(text),
  [OID.NUMERIC]: (text) => Number(text),
  [OID.DATE]: (text) => text,
  [OID.TIMESTAMPTZ]: parseTimestamptz,
};
